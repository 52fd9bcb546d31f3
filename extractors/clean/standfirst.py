"""The standfirst (summary line under the headline): noted before pruning, since the headers that
hold it are often removed as furniture, then put first in the body when the container lacks it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.clean import widgets
from extractors.clean.date_stamps import is_date_only
from extractors.clean.dom import MIN_PARAGRAPH, TOKENS, class_and_id, norm

#: Any heading under the headline may hold the summary (Anadolu Ajansı prints it as an ``<h4>``).
_STANDFIRST_TAGS = widgets.words("p h2 h3 h4 h5 h6 div span")
#: A summary sits right under its headline: only this many of the following blocks are examined.
_STANDFIRST_WINDOW = 60
#: The longest summary line; a declared one may be longer when the description was cut from it.
_MAX_STANDFIRST = 600
_MAX_DECLARED = 1500
#: A description cut from a block must keep this many of its words to be recognised.
_MIN_SHARED_TOKENS = 12
#: Substrings every STANDFIRST_TOKENS member contains: a cheap test before tokenising class names.
_STANDFIRST_HINT = re.compile(
    r"standfirst|de[kc]|sub|excerpt|le(?:de|ad)|intro|summary|synopsis|strap|descr|sapo|chapo|perex", re.IGNORECASE
)
#: The same substrings, sought in an ASCII string lower-cased: six times faster than ``re.IGNORECASE``, which also
#: folds the non-ASCII "ſ", "ı", "İ" and "K" (``_names_standfirst`` leaves other strings to ``_STANDFIRST_HINT``).
_STANDFIRST_HINT_LOWER = re.compile(_STANDFIRST_HINT.pattern)


#: Class words of an ``<h1>`` that holds the summary line, not the headline: the standfirst words and The
#: Economist's "rubric" (``<h1 class="rubric">`` under its ``<h2>`` headline), Slate's ``sl-art-head-dek``.
_DEK_H1_TOKENS = widgets.STANDFIRST_TOKENS | {"rubric"}
#: ... unless they also name a title: "lead-content__title" (mirror.co.uk), "story-lead-headline" (orf.at).
_TITLE_TOKENS = widgets.words("title headline header heading hed")


@dataclass(frozen=True, slots=True)
class Standfirst:
    """A summary-line candidate found before pruning, with document positions to judge it later."""

    headline_at: int  # position of the <h1> it follows
    at: int
    text: str
    element: object
    declared: bool  # repeats the page's declared description (else only its class says "summary")
    echoed: bool = False  # unmarked, and repeats one of the page's other declared summaries (see ``pick_standfirst``)
    #: marked by its class, and repeats one of the page's other declared summaries: kept even when pruned
    marked_echo: bool = False


def find_standfirsts(
    root, descriptions: tuple[str, ...] = (), title: str | None = None
) -> tuple[dict, list[Standfirst]]:
    """Document positions of the paragraphs, and the summary-line candidates after each ``<h1>``.

    Runs before pruning because headers that hold the summary are often pruned as furniture
    ("sidebar-grid__header", "hero"); the candidate is recognised by its class ("standfirst",
    "dek", "subtitle", "excerpt", ...) or by repeating one of the page's declared descriptions
    (``Metadata.summaries``: JSON-LD, Open Graph, Twitter and meta tags may each word it differently).
    An ``<h1>`` classed as a dek (``_dek_h1``), or one that says the page's first declared description and not its
    ``title`` (``_declared_h1``), is a candidate, not a headline: it does not move the window.
    """
    declared_texts = [(d, " ".join(TOKENS.findall(d.lower()))) for d in descriptions if d]
    wanted = bool(declared_texts)
    # a block shorter than this repeats no description (``repeats_description``'s length test): its words go untold
    reach = min((0.8 * len(d) - 10 for d, _ in declared_texts), default=0)

    def repeats(text: str, which: list[tuple[str, str]], mine: str | None) -> bool:
        return any(repeats_description(text, d, tokens, mine) for d, tokens in which)

    positions: dict = {}
    found: list[Standfirst] = []
    headline_at = None
    named: dict[str, bool] = {}  # class and id -> names a standfirst: a page repeats its classes (list items, cards)
    # positions count only these tags (lxml filters them without building the other elements)
    for index, el in enumerate(root.iter("h1", *_STANDFIRST_TAGS)):
        tag = el.tag
        if tag in _LEAD_TAGS:
            positions[el] = index  # looked up later: the story's first paragraph, its container, or a lead
        elif tag == "h1":
            positions[el] = index  # kept for ``unmarked_lead``: pruning may drop the header
            dek = _dek_h1(el) or _declared_h1(el, declared_texts[:1], title)
            if headline_at is None or not dek:
                headline_at = index
                if not dek:
                    continue
        if headline_at is None or index - headline_at > _STANDFIRST_WINDOW:
            continue
        marked = False
        if el.get("class") or el.get("id"):
            attrs = class_and_id(el)
            if tag == "h1":
                marked = True  # an <h1> gets here only as a dek (``_dek_h1``)
            elif (marked := named.get(attrs)) is None:
                marked = named[attrs] = _names_standfirst(attrs)
        if not marked and (not wanted or (tag in ("div", "span") and len(el))):
            continue  # unmarked wrappers are judged by their children (text_content of a big div is costly)
        text = norm(el.text_content())
        if not MIN_PARAGRAPH <= len(text) <= _MAX_DECLARED:
            continue
        mine = " ".join(TOKENS.findall(text.lower())) if wanted and len(text) >= reach else None  # told once
        declared = repeats(text, declared_texts[:1], mine)
        echo = not declared and repeats(text, declared_texts[1:], mine)
        echoed = echo and not marked
        if not declared and len(text) > _MAX_STANDFIRST:
            continue
        if not (declared or marked or echoed) or widgets.is_credit_line(text) or widgets.is_widget_line(text):
            continue
        if any(a.tag in ("figure", "figcaption") for a in el.iterancestors()):
            continue  # a description that repeats the lead photo's caption (FUNKE's papers) names no summary
        if not (declared or echoed) and _holds_byline(el):
            continue  # a header box named like a lede that holds the byline: its date, title and author, no summary
        if tag == "span" and _part_of_block(el):
            continue  # the words after a dateline ("<span>Berlin.</span> <span>Die Füchse ...</span>"): the block is the lead
        found.append(Standfirst(headline_at, index, widgets.strip_artifacts(text), el, declared, echoed, echo and marked))
    return positions, found


def _names_standfirst(attrs: str) -> bool:
    """A class-and-id string holds a standfirst word (``widgets.STANDFIRST_TOKENS``): "article-dek", "c-standfirst".

    Tested for the words' substrings first (``_STANDFIRST_HINT``), most strings holding none.
    """
    hint = _STANDFIRST_HINT_LOWER.search(attrs.lower()) if attrs.isascii() else _STANDFIRST_HINT.search(attrs)
    return hint is not None and bool(widgets.attr_tokens(attrs) & widgets.STANDFIRST_TOKENS)


def _dek_h1(el) -> bool:
    """An ``<h1>`` whose class names a summary line and no title: a dek set in the headline's tag.

    The Economist's "rubric" and Slate's "sl-art-head-dek" are ``<h1>`` under a headline set as a smaller
    heading (or as the page title only); taken for the headline, the summary would be dropped with it.
    """
    if not el.get("class"):
        return False
    tokens = widgets.attr_tokens(class_and_id(el))
    return bool(tokens & _DEK_H1_TOKENS) and not tokens & _TITLE_TOKENS


def _declared_h1(el, declared: list[tuple[str, str]], title: str | None) -> bool:
    """An ``<h1>`` that says the page's first declared description (``repeats_description``) and not its title: the
    dek set in the headline's tag, under a headline set smaller or given only as the page's title. Aeon's ``<h1>``
    "For 3,000 years, humans have struggled to understand the embryo. ..." under its ``<h2>`` "Building embryos" (title
    "After 3,000 years of science, the embryo is very different"), Medium's "My talk at the White House Frontiers
    Conference" on wtfeconomy.com (title "WTF? What's The Future?"); both references keep it as the dek.
    """
    if not declared or not title:
        return False
    text = norm(el.text_content())
    mine = " ".join(TOKENS.findall(text.lower()))
    if not mine or mine == " ".join(TOKENS.findall(title.lower())):
        return False
    description, wanted = declared[0]
    return repeats_description(text, description, wanted)


#: Class or id tokens of a byline or its author link.
_BYLINE_TOKENS = widgets.words("byline author authors")


def _holds_byline(el) -> bool:
    """The element holds a byline: a descendant whose class or id names one, or a link to the author (``rel=author``).

    A header's boxes may be named like a lede and hold the date, the headline again and the author ("lede-wrapper" on
    vulture.com, "Sept. 7, 2016 The Secret to Superhero TV By Abraham Riesman"; "standard-lede-bottom" on
    theverge.com, the author's follow box): taken for the summary, they stood in front of the real one (vulture's
    "lede-feature-teaser" above it, The Verge's unmarked line under the headline).
    """
    for inner in el.iterdescendants():
        if inner.get("rel") == "author":
            return True
        attrs = class_and_id(inner) if isinstance(inner.tag, str) else ""
        if attrs.strip() and widgets.attr_tokens(attrs) & _BYLINE_TOKENS:
            return True
    return False


#: Children that start a block of their own: their text is not part of a sibling span's line.
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "section", "figure"})


def _part_of_block(span) -> bool:
    """An inline element beside other inline text in its parent (a dateline before it, more words after)."""
    parent = span.getparent()
    if parent is None:
        return False
    around = [parent.text or ""]
    for child in parent:
        if child is not span and isinstance(child.tag, str) and child.tag not in _BLOCKS:
            around.append(child.text_content())
        around.append(child.tail or "")
    return bool(norm("".join(around)))


def repeats_description(text: str, description: str, wanted: str, mine: str | None = None) -> bool:
    """The block says what the declared description says: the same words, or the description cut from it.

    Descriptions are often the standfirst cut at a length, with or without an ellipsis, even in
    mid-word (faz.net, publico.es, haberturk.com, aftonbladet.se): a block that opens with all of the
    description's words but its last (possibly cut) one is the summary it was cut from. ``mine``: the block's words
    lower-cased and joined by spaces, when the caller has them (they are told from ``text`` otherwise).
    """
    # cheap length test first: most paragraphs after a headline are plainly not the description
    if len(text) < 0.8 * len(description) - 10:
        return False
    if mine is None:
        mine = " ".join(TOKENS.findall(text.lower()))
    if len(text) <= 1.2 * len(description) + 10 and (mine == wanted or _signed(mine, description, wanted)):
        return True
    opening = wanted.rsplit(" ", 1)[0]
    return opening.count(" ") + 1 >= _MIN_SHARED_TOKENS and f"{mine} ".startswith(f"{opening} ")


#: A signature a site appends to its description: a separator, then a few words ("- Anadolu Ajansı",
#: "• Foto: Deja Gaston" on jungewelt.de).
_SIGNATURE = re.compile(r"\s[-–—|•·]\s*(?:\w+\W*){1,4}$")


def _signed(mine: str, description: str, wanted: str) -> bool:
    """The description is the block's words and then a site's signature after a separator."""
    signature = _SIGNATURE.search(description)
    if signature is None or not f"{wanted} ".startswith(f"{mine} "):
        return False
    return " ".join(TOKENS.findall(description[: signature.start()].lower())) == mine


def pick_standfirst(container, positions: dict, candidates: list[Standfirst]) -> list[str]:
    """The summary lines under the last headline before the story's first paragraph, if they precede it.

    One that repeats the page's declared description wins, with the headings beside it whose class names a summary;
    of two that do, one inside the other, the inner one: the box around it opens with the same words and goes on to the
    byline, the date and the comment count (ZEIT's ``article__intro`` around its ``summary``, Vice's header around its
    dek: "... Von Angela Köckritz 25. November 2017, 21:00 Uhr ... 66 Kommentare", "... by Sarah Jeong May 26, 2016,
    10:14pm Share Tweet Snap");
    else the last one whose class names a summary, with the blocks of the same template before it (a standfirst
    written as two or three bullet lines: lavanguardia.com's "subtitle" headings, aftonbladet.se's "lead"
    paragraphs); else an unmarked block that repeats another declared summary (junge Welt's ``<h2>`` under the
    headline is its ``twitter:description``; the class of a marked line is the surer sign when a site's tags
    summarise only one of several lines). A line that is wholly a link is a teaser of another story
    (lavanguardia.com's live-blog link), not a summary.
    """
    first = next(
        (p for p in container.iter("p") if len(norm(p.text_content())) >= MIN_PARAGRAPH and p in positions), None
    )
    if first is None:  # a story written with <br> only: it starts where its container does
        first = container
    if first not in positions:
        return []
    story_at = positions[first]
    headline_at = max((c.headline_at for c in candidates if c.headline_at < story_at), default=None)
    root = container.getroottree().getroot()
    wrappers = set(first.iterancestors())  # a block around the story's first paragraph is not a summary of it
    marked: list[tuple[object, str]] = []
    echoed: list[str] = []
    declared: Standfirst | None = None
    decks: list[tuple[int, str]] = []  # marked headings: summary lines beside a declared one (``_DECK_TAGS``)
    for candidate in candidates:
        if candidate.headline_at != headline_at or candidate.at >= story_at or candidate.element in wrappers:
            continue
        if candidate.declared:
            if _repeats_block(candidate.text, first):
                continue  # a summary box that repeats the story's opening paragraph (cbc.ca's "detailSummary")
            # trusted even when its header was pruned, over blocks only named "summary"; of two that nest, the inner one
            if declared is None or declared.element in candidate.element.iterancestors():
                declared = candidate
        elif candidate.echoed:
            echoed.append(candidate.text)
        elif _in_tree(candidate.element, root) or candidate.element.tag in _DECK_TAGS or candidate.marked_echo:
            # marked only by its class: judged on what survived pruning and caption collection
            # ("lead-art" wrappers hold a photo and its caption); a heading is a line, no picture's wrapper, so it
            # counts even when its header box was pruned (autoindustriya's <h2 class="subtitle">, The Washington
            # Post's 2020 <h2 class="font--subhead">); so does a line that also repeats another declared summary
            # (TODAY's pruned <div class="styles_articleDek">, its og:description, while the meta description is the
            # first paragraph); a printed date alone is no dek (the Post's "font--subhead" date)
            text = norm(candidate.element.text_content())
            if (
                MIN_PARAGRAPH <= len(text) and not widgets.is_credit_line(text) and not _all_link(candidate.element, text)
                and not is_date_only(text)
            ):
                marked.append((candidate.element, text))
                if candidate.element.tag in _DECK_TAGS:
                    decks.append((candidate.at, text))
    if declared is not None:
        # a second summary line set as a heading the description does not word: cbc.ca's <h2 class="deck"> under its
        # "detailSummary" box, abc.es's second <h2 class="voc-subtitle">, pcworld.es's <h3 class="strapline"> under
        # its declared <h3 class="description">; their references keep both (a <div> named "lead" there is the lead
        # picture's box, a heading wholly a link another story's teaser: abc.es's third "voc-subtitle")
        lines = sorted([(declared.at, declared.text), *(deck for deck in decks if deck[1] != declared.text)])
        return [text for _, text in lines]
    if not marked:
        return echoed[:1]
    last, text = marked[-1]
    shape = (last.tag, last.get("class"))
    lines = [text]
    for sibling in last.itersiblings(preceding=True):
        found = next((t for el, t in marked if el is sibling), None)
        if found is None or (sibling.tag, sibling.get("class")) != shape:
            break
        lines.insert(0, found)
    return lines


#: Tags of the marked summary lines kept beside a declared one (``pick_standfirst``).
_DECK_TAGS = widgets.words("h2 h3 h4 h5 h6")
#: Tags of blocks that may hold an unmarked summary between the headline and the story: a ``<h2>`` too, the dek
#: set as a subheading under the ``<h1>`` (ABC News' ``Article__Headline__Desc``, The Verge's 2024 layout).
_LEAD_TAGS = ("p", "div", "h2")
_BLOCK_CHILDREN = frozenset({"p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "table", "section", "article", "figure"})
#: An unmarked summary is a sentence or two: this long at least and at most (characters).
_LEAD_MIN, _LEAD_MAX = 60, 500
_SENTENCE_END = (*widgets.FULL_STOPS, "“", "”", '"', "»", "«", "」")


def unmarked_lead(container, positions: dict) -> list[str]:
    """Prose blocks between the headline and the story's first paragraph that survived pruning.

    Some layouts give the summary no class a reader of markup could know it by (FUNKE's papers:
    berlinermorgenpost.de, abendblatt.de, braunschweiger-zeitung.de, waz.de write ``<div
    class="expressive-copy-lg">``; faz.net, lto.de, 20min.ch and nature.com too), and their
    description is often a caption, not the summary. What gives it away is its place -- after
    the ``<h1>`` (``positions`` were taken before pruning, which often drops the header), before
    the story -- and its shape: a leaf block (or an ``<h2>``: ABC News, The Verge) of one or two whole sentences
    that is not a link, a byline or a widget line (captions and rails are gone by now). A box there that holds only a list gives its
    items when they are summary points (``_summary_points``).
    """
    first = next(
        (p for p in container.iter("p") if p in positions and len(norm(p.text_content())) >= MIN_PARAGRAPH), None
    )
    if first is None:
        return []
    story_at = positions[first]
    headline_at = max((at for el, at in positions.items() if at < story_at and el.tag == "h1"), default=None)
    if headline_at is None:
        return []
    root = container.getroottree().getroot()
    found: list[str] = []
    for el in root.iter(*_LEAD_TAGS):
        at = positions.get(el)
        if at is None or not headline_at < at < story_at:
            continue
        if any(isinstance(child.tag, str) and child.tag in _BLOCK_CHILDREN for child in el):
            found.extend(_summary_points(el))
            continue
        text = norm(el.text_content())
        if not _LEAD_MIN <= len(text) <= _LEAD_MAX or not text.endswith(_SENTENCE_END):
            continue
        if _all_link(el, text) or widgets.is_widget_line(text) or widgets.is_byline(text) or widgets.is_credit_line(text):
            continue
        found.append(text)
    return found


#: A summary point is a line of this many words at least and at most (a kicker, a tag or a menu item is shorter).
_POINT_WORDS = (6, 40)


def _summary_points(box) -> list[str]:
    """The items of a box under the headline that holds a list and nothing else, when each item is a summary point.

    Some layouts sum a story up in a few bullet lines under the headline, each a clause without a full stop:
    elmundo.es's ``<div class="subtitulo"><ul><li>``, xataka.com's ``<section class="post-entradilla">`` of
    ``<li><h2>`` lines. A list of links (a menu, tags, related stories), of short labels or of widget lines is not.
    """
    children = [child for child in box if isinstance(child.tag, str)]
    if len(children) != 1 or children[0].tag not in ("ul", "ol"):
        return []
    items = [item for item in children[0] if isinstance(item.tag, str)]
    if len(items) < 2 or any(item.tag != "li" for item in items):
        return []
    points = []
    for item in items:
        text = norm(item.text_content())
        if not _POINT_WORDS[0] <= widgets.word_count(text) <= _POINT_WORDS[1] or any(
            a.text_content().strip() for a in item.iter("a")
        ) or widgets.is_widget_line(text) or widgets.is_byline(text) or widgets.is_credit_line(text):
            return []
        points.append(text)
    return points


def _repeats_block(text: str, block) -> bool:
    """The text's words are the block's words (the block is the story's first paragraph).

    A declared description that is the opening paragraph again must not stand in front of the marked summary above it.
    One that is only the paragraph's first sentence is the page's dek: El Sol de Mazatlán's ``<h3 class="subtitle">``
    "El barril de petróleo mexicano de exportación se desplomó 22 por ciento este martes respecto al viernes" over
    "El barril ... respecto al viernes, al cerrar hoy en 18.78 dólares por barril, ...", kept by its reference.
    """
    needle = " ".join(TOKENS.findall(text.lower()))
    return bool(needle) and needle == " ".join(TOKENS.findall(block.text_content().lower()))


def _all_link(el, text: str) -> bool:
    return sum(len(norm(a.text_content())) for a in el.iter("a")) >= 0.9 * len(text)


def _in_tree(el, root) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is root:
            return True
    return el is root
