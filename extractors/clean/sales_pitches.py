"""House sales pitches set inside a story: short blocks around a link to the publication's own sales pages.

A publisher puts its calls to subscribe, become a member, download its app or visit its job board into the story's
own markup, as a short paragraph or list item ("Become a Blister member now to check out this and all of our Flash
Reviews ...", Blister Review; "The Times of India News App for Latest City News", The Times of India; "Get Your
Dream Job. Use InformationWeek's hosted, searchable job board ...", InformationWeek; "Canadian subs: 1 year ...
Click Here", Natural Home). Their words vary with each site; their link does not: it goes to the site's own
subscription, membership, app or jobs page (``data/<language>/sales_links.txt``). No dev reference keeps such a
block. A pitch is one paragraph: a box of blocks around such a link may be a short story with its own call. The link must stay on the page's site: a story may point to another company's job board or shop
(TechCrunch's HackerRank story links hackerrank.com/jobs from a paragraph of the story).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from extractors.clean import widgets

#: Addresses of a site's own sales pages, searched in a link's address (``data/<language>/sales_links.txt``).
SALES_LINK = widgets.local_lines("sales_links.txt")
#: A pitch is short: a block of more words around such a link is the story's (it may name the offer in passing).
PITCH_WORDS = 50
#: The elements a pitch is set in: the nearest of them around the link goes whole.
_PITCH_BLOCKS = widgets.words("p li dd td div h2 h3 h4 h5 h6 blockquote")
#: The longest second-level label under a country's domain that names no site ("co.uk", "com.au", "or.jp").
_COUNTRY_SECOND_LEVEL = 3


def site_names(host: str | None) -> frozenset[str]:
    """The labels of a host that name a site, without "www" and the domain's suffix: "timesofindia.indiatimes.com"
    -> {timesofindia, indiatimes}, "www.bbc.co.uk" -> {bbc}, "cnn.com" -> {cnn}."""
    if not host:
        return frozenset()
    *labels, top = host.lower().split(".")
    if len(top) == 2 and len(labels) > 1 and len(labels[-1]) <= _COUNTRY_SECOND_LEVEL:
        labels.pop()
    return frozenset(label for label in labels if label != "www")


def _own_sales_link(href: str, names: frozenset[str]) -> bool:
    """A link to a sales page of the page's own site (a relative link stays on it)."""
    if not SALES_LINK.search(href):
        return False
    host = urlsplit(href).hostname if "//" in href else None
    return host is None or bool(site_names(host) & names)


def drop_sales_pitches(root, host: str | None) -> None:
    """Delete the short paragraphs (``PITCH_WORDS``, no block inside) whose link goes to a sales page of the page's site (``host``)."""
    names = site_names(host)
    if not names:
        return
    for link in [a for a in root.iter("a") if _own_sales_link((a.get("href") or "").strip(), names)]:
        block = next((el for el in link.iterancestors() if el.tag in _PITCH_BLOCKS), None)
        if block is None or block.getparent() is None or any(el.tag in _PITCH_BLOCKS for el in block.iterdescendants()):
            continue  # gone with an earlier pitch, or a box of blocks (a story may be that short)
        if widgets.word_count(" ".join(block.text_content().split())) <= PITCH_WORDS:
            block.drop_tree()
