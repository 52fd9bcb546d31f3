"""Teaser cards: another page's linked headline with its blurb under it, set in or beside the story.

A site lists its other stories as cards: a headline that is a link (``<h2><a>...</a></h2>``, or ``<a><h5>...</h5></a>``)
and an unlinked sentence or two under it. The headline goes with the rails (it is all link), but the blurb is plain text
and stayed, read as a paragraph: GSMArena's weekly roundup ("Features Tensor G3 chip, 120Hz display, and up to 256GB
storage." under "Google announces Pixel 8a, starts at $499"), AutoIndustriya's previous and next stories ("The most
powerful Mini hot hatch to come out of Oxford has 306 HP and a huge rear wing", set at the story's top and end), USA
Today's reader-contributions card ("View reader contributions and add your own related to this story." under its linked
heading). On the dev pages the rule finds 514 such blurbs on 57 publishers, none in a reference. It keeps a shop's
product card (LittleThings' review quotes, kept by their reference: the headline links off the site), a box with a
second paragraph or more words than a date and a byline beside the headline (Recode's roundup under its series title:
the story itself), and a blurb whose words the page prints again outside such cards.

A blurb may close on a link of its own to the headline's page ("... Die Polizei entfernte sie. (29.03.2023) mehr" on
NDR's cards), which the card's class word alone had told apart (scramble207): with class and id words scrambled, 59
such blurbs on 9 dev publishers (NY Daily News, Gizmodo, heise, NDR, Capital.gr, RIA, The Sun), none in a reference.
A blurb with a link elsewhere (a story's own text citing a source) stays.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from itertools import islice
from urllib.parse import urlsplit

from extractors.clean import widgets
from extractors.clean.dom import norm

#: A blurb runs this many words (fewer is a label or a number, more a story's paragraph).
BLURB_WORDS = (4, 40)
#: The card is the blurb's parent or an ancestor up to this many levels above it.
CARD_LEVELS = 3
#: Besides its headline and blurb a card holds a few words more at most: a date, an author.
CARD_EXTRA_CHARS = 80
HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def site_host(root) -> str | None:
    """The page's own host, from its canonical link or its ``og:url``: the first of the URLs
    ``//link[@rel='canonical']/@href`` and then ``//meta[@property='og:url']/@content`` select that names a host.
    One walk reads them and ends at the first canonical link naming a host (most pages set it in their head): two
    XPath searches of the whole page had cost 0.30 ms a page."""
    og_urls = []
    for el in root.iter("link", "meta"):
        if el.tag == "link":
            if el.get("rel") == "canonical" and (url := el.get("href")) is not None \
                    and (host := urlsplit(url.strip()).hostname):
                return host.removeprefix("www.")
        elif el.get("property") == "og:url" and (url := el.get("content")) is not None:
            og_urls.append(url)
    for url in og_urls:
        if host := urlsplit(url.strip()).hostname:
            return host.removeprefix("www.")
    return None


def _on_site(href: str, host: str | None) -> bool:
    """The link leads to another page of the site (a shop's product card links off it)."""
    target = urlsplit(href.strip()).hostname
    return target is None or host is not None and target.removeprefix("www.") == host


def _linked_heading(heading, host: str | None) -> bool:
    """The heading is all link to another page of the site: it sits inside a link, or its links hold all its words."""
    text = norm(heading.text_content())
    outer = next((el for el in heading.iterancestors() if el.tag == "a"), None)
    links = [outer] if outer is not None else list(heading.iter("a"))
    all_linked = outer is not None or norm(" ".join(a.text_content() for a in links)) == text
    return bool(text and links) and all_linked and all(_on_site(a.get("href") or "", host) for a in links)


def _shows_text(text: str | None) -> bool:
    """``norm(text)`` is not empty, told without collapsing a paragraph's words: it holds a character other than white
    space, and beyond the zero-width ones ``norm`` removes (``_card`` asks it of every paragraph beside a blurb)."""
    if not text or text.isspace():
        return False
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        return bool(norm(text))
    return True


def _holds_text(p) -> bool:
    """``norm(p.text_content())`` is not empty: the paragraph's first text node says so when it shows a word (most
    paragraphs open on their text), without the XPath call that builds the whole text."""
    return _shows_text(p.text) or _shows_text(p.text_content())


def _card(blurb, host: Callable[[], str | None]):
    """The smallest box around the blurb that holds a heading, if that is a card: one heading, no other paragraph and
    few words besides. A box with another paragraph ends the search, as every box above holds that paragraph too; the
    test stops at the first one, where reading the whole text of a story's box for each of its paragraphs cost a
    quarter of cleaning."""
    box = blurb.getparent()
    for _ in range(CARD_LEVELS):
        if box is None or box.tag in ("body", "html", "article", "main") \
                or any(p is not blurb and _holds_text(p) for p in box.iter("p")):
            return None
        headings = list(islice(box.iter(*HEADINGS), 2))
        if headings:
            extra = len(norm(box.text_content())) - len(norm(blurb.text_content())) - len(norm(headings[0].text_content()))
            card = len(headings) == 1 and extra <= CARD_EXTRA_CHARS
            return box if card and _linked_heading(headings[0], host()) else None
        box = box.getparent()
    return None


def _leads_to_headline(links: list, card) -> bool:
    """Every link of the blurb leads where the card's headline does: a "more" link closing the blurb (NDR's "... Die
    Polizei entfernte sie. (29.03.2023) mehr"), not a link of the story's own text."""
    heading = next(card.iter(*HEADINGS))
    targets = {a.get("href") for a in (*heading.iter("a"), *(el for el in heading.iterancestors() if el.tag == "a"))}
    return all(a.get("href") in targets for a in links)


def drop_teaser_blurbs(root) -> None:
    """Delete the blurbs of teaser cards (unlinked, or linked only where the headline leads) whose words the page prints nowhere else but in such cards (a site
    may set the same card at the story's top and at its end: AutoIndustriya's previous and next stories); a blurb that
    repeats a line of the story itself stays. The page's host and whole text are read only when a card is found (each
    a search of the whole page)."""
    host = cache(partial(site_host, root))
    blurbs: dict[str, list] = {}
    for blurb in root.iter("p"):
        if (card := _card(blurb, host)) is None or not _leads_to_headline(blurb.findall(".//a"), card):
            continue
        words = norm(blurb.text_content())
        if BLURB_WORDS[0] <= widgets.word_count(words) <= BLURB_WORDS[1]:
            blurbs.setdefault(words, []).append(blurb)
    if not blurbs:
        return
    text = norm(root.text_content())
    for words, found in blurbs.items():
        if text.count(words) == len(found):
            for blurb in found:
                blurb.drop_tree()
