"""Main text of an HTML page: prune furniture, find the article container, keep its paragraphs.

Stages, cheapest first (each says why it exists):

0. ``find_standfirsts``: before anything is removed, note the summary-line candidates under
   each ``<h1>`` (headers holding them are often pruned as furniture).
1. ``prune``: drop elements that are never article text (scripts, forms controls, ``nav``,
   ``aside``, hidden nodes) and blocks whose class/id/role tokens name a widget (share bars,
   newsletter prompts, related rails, comments, fact boxes ...; vocabulary in ``widgets.py``);
   a widget-named block holding most of the prose survives unless it sits among the story's
   own paragraphs. Captions and credits are collected first so they land in ``captions``.
2. ``find_container``: readability-style scoring -- every paragraph-like block gives points
   (length, commas) to its ancestors; the best one, discounted by link density, is widened
   to the ancestor that adds most paragraphs built like its own (stories cut into chunks).
   When the page declares a sane JSON-LD ``articleBody``, the container is instead the
   smallest element holding the DOM paragraphs that match it (unless it is only a summary). A site whose
   pages append the next article in full below the first says where its own story is in its site profile.
3. ``blocks``: image-plus-label blocks in the container become captions; the container is
   serialised into paragraphs (block elements split, ``<br>`` is a line break); link-dense
   blocks go unless they read as a sentence, pull quotes that repeat the story go, the
   standfirst is put first, and each paragraph passes line rules shared with text dumps
   (widget lines, bylines, author names, e-mail, Cloudflare artifacts, repeats). The story ends at its site
   profile's end line (``before_end``) and where a JSON-LD ``articleBody`` that agrees with it ends
   (``before_body_end``).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import islice

import lxml.html
from lxml import etree

from extractors.clean import streamed, widgets
from extractors.clean.bold_bylines import opening_bylines
from extractors.clean.bold_pointers import drop_bold_pointers
from extractors.clean.comment_threads import comment_threads
from extractors.clean.contents_boxes import drop_contents_boxes
from extractors.clean.dom import MIN_PARAGRAPH, TOKENS, chain_lengths, class_and_id, norm
from extractors.clean.folded_bios import drop_folded_bios
from extractors.clean.link_records import drop_link_records
from extractors.clean.marks import Marks, in_page
from extractors.clean.profiles import SiteProfile, story_end
from extractors.clean.site_names import footer_names, without_site_appeals
from extractors.clean.standfirst import find_standfirsts, pick_standfirst, unmarked_lead
from extractors.clean.summary_boxes import is_summary_box
from extractors.clean.teaser_cards import drop_teaser_blurbs
from extractors.clean.text_regions import (
    ATTRIBUTION_LINES,
    COMMENT_PROMPT,
    COMMENTS_BELOW,
    drop_run_together_repeats,
    drop_unrelated_lines,
    is_attribution,
    is_promo,
    said_again,
)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
#: An XHTML-style self-closed ``<html ... />`` start tag. A browser ignores the slash on a non-void element and reads
#: the page; libxml2 ends the document there and drops the whole page (cracked.com's template opens so, and its story
#: came out empty). Looked for only in the page's opening, where the start tag stands.
_SELF_CLOSED_HTML = re.compile(r"<html\b([^>]*?)\s*/>", re.IGNORECASE)
_OPENING = 4096
#: Never article text. ``<picture>`` is not among them: it holds no text, and the image inside it shows that the
#: short label beside it is a caption (``collect_image_labels``; wdr.de, sportschau.de, standard.co.uk). Nor are
#: ``<rt>``/``<rp>``: see ``_bare_reading``.
KILL_TAGS = widgets.words(
    "script style noscript template svg math iframe object embed canvas video audio source track map "
    "button input select option optgroup textarea label dialog nav aside footer menu head link meta base form"
)


#: Elements that start a new paragraph when serialising.
BLOCK_TAGS = widgets.words(
    "p div section article main header footer h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead "
    "tbody tfoot tr figure figcaption address hr center form fieldset details summary body html"
)


HEADINGS = widgets.words("h1 h2 h3 h4 h5 h6")
_BOLD_TAGS = widgets.words("strong b")
#: Blocks that carry prose and give points to their ancestors.
_PARA_TAGS = widgets.words("p pre td blockquote dd")
_TAG_WEIGHT = {"div": 5, "article": 8, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
               "form": -3, "ol": -3, "ul": -3, "dl": -3, "li": -3, "th": -5, "header": -5}


_ROLE_KILL = widgets.words("navigation banner contentinfo complementary search dialog menu menubar alert")
#: Never removed for their class: prose ("para-with-font", "summary") and inline words ("tag-link" on a name).
_NEVER_WIDGET = widgets.words("body article main p a span em strong b i u abbr time sup sub small mark cite q")
#: "read-more" wrappers often hold the collapsed rest of the story, not an insert beside it.
_CONTINUATION_TOKENS = widgets.words("more")
#: Structural tags that are usually furniture but that some layouts wrap the story in.
_SOFT_KILL_TAGS = widgets.words("nav aside footer form")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: "Read more: <link>", "Our Standards: <link>": a label introducing a link, not a sentence.
_LABEL = re.compile(r"^\W*\w+(?:\s+\w+){0,3}\s*:\s*\S")
_COMMAS = re.compile(r"[,，、،]")
#: Ends of a sentence or clause in any script (a label under an image has none of them).
_CLAUSE_ENDS = (*widgets.FULL_STOPS, ":", ";", ",", "،", "”", '"')
_LINKED_SENTENCE_ENDS = (*widgets.FULL_STOPS, ":", ".”", "?”", '."')
#: A hidden block holding more than this share of the page's prose is the story, shown by a script: paywalls
#: ship the rest of the text under ``hidden``, and streamed server rendering (React ``<div hidden id="S:1">``)
#: parks the whole article in a hidden segment that a script moves into place.
HIDDEN_STORY_SHARE = 0.5
#: An ``<aside>``/``<footer>``/``<nav>``/``<form>`` holding more than this share of the page's prose is the story
#: itself (washingtontimes.com's story in an ``<aside>``, Arya News', Natural Home's and wienbadminton.at's in the
#: page's one ``<form>``: all of the prose). A sidebar can outweigh a short story and still leave the story's
#: paragraphs outside: il Fatto Quotidiano's Adnkronos ticker of whole dispatches (80% of the prose), Libération's
#: "mod" box, the WAZ's and the Yomiuri's footers, the New York Daily News', 20 Minutes' and the Tokyo Shimbun's
#: asides (50-70%; none of it in the dev references).
SOFT_STORY_SHARE = 0.9
#: A table cell longer than this holds prose or a page section: the table is layout, not data.
MAX_CELL = 300
#: A table with more than this share of its filled cells wholly linked is navigation, not data.
LINKED_CELLS = 0.6
#: How many characters of prose an ancestor must add to pay for one character of other text.
WIDEN_COST = 0.5


@dataclass(frozen=True, slots=True)
class Block:
    """One output paragraph before line rules: its text and what it was made of."""

    text: str
    # characters inside <a>: link-dense blocks are rails and tag lists. Counted with whitespace collapsed, as the
    # text is: a link's words wrapped over indented source lines (MDR's summary points, "<a href="#haben">das\n
    # Zustandekommen des Haushalts</a>") had counted their indentation and read as more link than text
    link_chars: int
    tag: str  # the block element that produced it
    quoted: bool = False  # inside a <blockquote>: a pull quote when its words recur in the story
    in_list: int = 0  # for a list item, an id shared by the items of its list (0 otherwise)
    bold: bool = False  # all its words in <strong>/<b>: a subheading set as a paragraph


@dataclass(frozen=True, slots=True)
class Body:
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    items: frozenset[str] = frozenset()  # paragraphs that are items of a list or table, or preformatted text
    #: The summary lines above another container of the pruned tree that it lacks (``summary_above``): a fallback
    #: container (``fallback.rescue``) gets the standfirst the main pass would have put before its own.
    lead: Callable[[object, list[str]], list[str]] | None = None
    #: The element positions ``lead`` reads (``find_standfirsts``'s), kept until the fallback has had its chance and
    #: then emptied with ``dom.release``, so lxml frees the pruned subtrees cheaply.
    positions: dict = field(default_factory=dict, repr=False, compare=False)
    #: Paragraphs the page sets apart as subheadings: headings, paragraphs wholly in bold (``without_unrelated_lines``
    #: spares them).
    set_apart: frozenset[str] = frozenset()


def parse_html(text: str, utf8: bytes | None = None):
    """Parse with lxml's HTML parser; a str with an XML encoding declaration is accepted (``utf8``: see
    ``parse_page``)."""
    return parse_page(text, utf8)[0]


#: lxml.html's element classes, chosen in C: lxml.html's own lookup is a Python call for every element object built
#: (about 1,800 a page), and its form-control classes add nothing the cleaner uses.
_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def parse_page(text: str, utf8: bytes | None = None):
    """``(root, cut)``: the parsed page, and whether the parser stopped at its nesting limit.

    libxml2 refuses to nest elements deeper than 256 and drops everything after that point, in
    bounded memory; ``cut`` lets the caller flag the page as truncated (or fail it when nothing
    came before) instead of storing a silently shortened text. A fresh parser per page keeps
    its error log this page's own when threads share the process.

    The page goes to libxml2 as UTF-8 bytes with that encoding named: given a ``str``, lxml hands over its
    1-, 2- or 4-byte code units and libxml2 converts them to UTF-8 first, a tenth of the parse (the trees are
    the same on every corpus page). Text that lxml would treat otherwise as bytes (a byte order mark, a NUL, an
    XML declaration left at the start, unpaired surrogates) takes the ``str`` path. ``utf8``, when given, is
    ``text`` exactly in UTF-8 (the page's own bytes: ``encoding.decode_page``), handed over as it is.

    A page streamed by React's server renderer is parsed with its comments kept and its hidden segments moved into
    place as its scripts would (``streamed.place_segments``, which then drops the comments as the parser does).
    """
    if len(declared := _XML_DECL.sub("", text, count=1)) != len(text):
        text, utf8 = declared, None  # the bytes say otherwise now
    if (start := _SELF_CLOSED_HTML.search(text, 0, _OPENING)) is not None:
        text, utf8 = f"{text[:start.start()]}<html{start.group(1)}>{text[start.end():]}", None
    if not text or text.isspace():  # as ``not text.strip()``, without copying the page
        return lxml.html.document_fromstring("<html><body></body></html>", parser=_parser()), False
    if (data := _utf8(text, utf8)) is not None:
        parser = _parser("utf-8", comments=(comments := streamed.may_stream(data)))
        try:
            root = lxml.html.document_fromstring(data, parser=parser)
        except (etree.ParserError, ValueError):
            pass  # parsed again below as the str path does, wrapper retry included
        else:
            if comments:
                streamed.place_segments(root)
            return root, _stopped_deep(parser)
    parser = _parser(comments=(comments := streamed.may_stream(text)))
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        root = lxml.html.document_fromstring(f"<html><body>{text}</body></html>", parser=parser)
    if comments:
        streamed.place_segments(root)
    return root, _stopped_deep(parser)


def show_story_noscripts(root, title: str | None) -> None:
    """Unwrap each ``<noscript>`` that holds the page's headline and half its prose or more into its parent.

    A page built by script may keep its only copy of the story in the no-script fallback, which a browser
    without scripts shows: fortune.com's 2015 pages hold the whole article under its ``<h1>`` in a ``<noscript>``
    and leave the shown ``content-well`` empty (the cleaner took the licensing notes), qualcomm.com's press
    releases hold the release and its title there (the page came out empty). Elsewhere a ``<noscript>`` holds a
    pixel, a "JavaScript is disabled" notice or a widget's form (on dev at most 6% of the page's prose;
    bsky.app's notice over a post holds all of it but not the headline), which ``KILL_TAGS`` drops with the other
    unshown elements.
    """
    if not title:
        return
    held = [(el, chars) for el in root.iter("noscript") if (chars := prose_chars(el))]
    if not held:
        return
    page, headline = prose_chars(root), " ".join(title.split())
    for el, chars in held:
        if 2 * chars >= page and el.getparent() is not None and headline in " ".join(el.text_content().split()):
            el.drop_tag()


def _parser(encoding: str | None = None, *, comments: bool = False) -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(remove_comments=not comments, remove_pis=True, collect_ids=False, encoding=encoding)
    parser.set_element_class_lookup(_LOOKUP)
    return parser


def _utf8(text: str, utf8: bytes | None = None) -> bytes | None:
    """The page as UTF-8 bytes (``utf8`` when given), or None where bytes would parse otherwise than the ``str``
    (see ``parse_page``)."""
    if text.startswith(("\ufeff", "<?xml")):
        return None
    if utf8 is not None:
        return None if b"\x00" in utf8 else utf8
    if "\x00" in text:
        return None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # unpaired surrogates
        return None


def _stopped_deep(parser) -> bool:
    return any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "Excessive depth" in e.message for e in parser.error_log)


#: Class names saying that a block has or lacks a caption, not that it is one: "has-caption" wraps an image
#: and its caption (bbc.com), "no_caption" / "withoutCaption" mark a list item or a photo without any
#: (buzzfeed.com's first list item is the story's opening sentence, express.co.uk's photo paragraphs).
_CAPTION_STATE = re.compile(r"(?:has|with|without|no)[-_]?caption")


def _caption_text(el) -> str:
    # Child elements are separate parts (caption, then credit): join them with a space, or
    # "...on Thursday." and "Jane Roe / AFP" run together.
    return widgets.strip_artifacts(norm(" ".join(el.itertext())))


def _caption_named(root, marks: Marks) -> list:
    """The marked elements still in the page whose class or id holds "caption" or "cptn" in any case, or whose class
    names the text under a picture (``widgets.names_image_text``), in document order (``marks.Marks.captions``)."""
    found = []
    for el in marks.captions:
        if not in_page(el, root):
            continue
        cls, ident = el.get("class"), el.get("id")
        if cls and ("caption" in (low := cls.lower()) or "cptn" in low or widgets.names_image_text(cls)
                    or _is_legend_caption(el)) or ident and ("caption" in (low := ident.lower()) or "cptn" in low):
            found.append(el)
    return found


def _is_legend_caption(el) -> bool:
    """A block whose class ends in the word for a caption (``widgets.names_caption``: "legende", "article__legend")
    beside a picture: in its parent or grandparent there is an image (a login box's or a fieldset's legend has none)."""
    if not widgets.names_caption(el.get("class") or ""):
        return False
    up = el.getparent()
    for holder in (up, up.getparent() if up is not None else None):
        if holder is not None and next(holder.iter("img", "picture"), None) is not None:
            return True
    return False


#: A caption-named block is caption-sized below this many characters; a longer one may be the story's wrapper.
CAPTION_CHARS = 600


def _prose_heart(root):
    """The element whose own ``<p>`` children hold the most paragraph text (``root`` itself when none does)."""
    held = _prose_held(root)
    return held.most_common(1)[0][0] if held else root


def collect_captions(root, marks: Marks) -> list[str]:
    """Remove caption/credit elements (figcaption, caption-classed blocks, ``<figure>``) and return their text.

    ``marks``: the page's marked elements (``marks.find_marks``), among them those whose class may name a caption.

    A block whose class names a picture and its description or copyright ("detail-img__description" on freiepresse.de,
    "content-media__description" on g1.globo.com, "image_desc" on qq.com) is a caption too, when caption-sized.

    A figure holding a table of two rows or more is the table's wrapper (``<figure class="table">`` on LessWrong,
    ``<figure class="wp-block-table">`` on ONE Esports' WordPress pages): its caption goes, its table stays.
    """
    captions: list[str] = []
    release_stray_figures(root)
    for el in _italic_captions(root):
        if (text := norm(el.text_content())) not in captions:
            captions.append(text)
        _drop(el)
    for el in list(root.iter("figcaption", "figure")):
        if el.getparent() is None:
            continue
        for cap in list(el.iter("figcaption")) if el.tag == "figure" else [el]:
            if (text := _caption_text(cap)) and text not in captions:
                captions.append(text)
            _drop(cap)  # its caption- or credit-classed parts must not be collected again below
    heart = None
    for el in _caption_named(root, marks):
        attrs = _CAPTION_STATE.sub(" ", class_and_id(el).lower())
        if el.getparent() is None or el.tag in ("body", "html", "article", "main"):
            continue
        if "caption" in attrs or "cptn" in attrs:
            if len(el.text_content()) >= CAPTION_CHARS:
                heart = _prose_heart(root) if heart is None else heart
                if heart is el or el in heart.iterancestors():
                    continue  # an unclosed caption box that swallowed the story: a wrapper, not a caption
            if len(el.text_content()) < CAPTION_CHARS and (text := _caption_text(el)) and text not in captions:
                captions.append(text)
            _drop(el)
        elif (widgets.names_image_text(el.get("class") or "") or _is_legend_caption(el)) \
                and len(el.text_content()) < CAPTION_CHARS:
            # the text under a picture, by a class naming both (a longer block is the story set beside its picture)
            if (text := _caption_text(el)) and text not in captions:
                captions.append(text)
            _drop(el)
    for el in list(root.iter("figure")):
        if el.getparent() is not None:
            if el.find(".//table") is not None and len(el.findall(".//tr")) >= 2:
                el.drop_tag()
            else:
                _drop(el)
    return captions


#: What a figure shows of its own: a picture, a player, or its caption.
_FIGURE_OWN = frozenset(("figcaption", "img", "picture", "amp-img", "video", "audio", "iframe", "svg", "canvas",
                         "object", "embed"))


def release_stray_figures(root) -> None:
    """Take the story out of a ``<figure>`` tag that shows nothing of its own but paragraphs of prose.

    A figure holds a picture, a player or a table with its caption; the cleaner drops figures whole once their
    captions are read. A ``<figure>`` whose own children are paragraphs of prose (more than ``CAPTION_CHARS`` in
    its ``<p>`` children) and no picture, media or caption is a mistyped tag: Lil'Log's 'Why We Think' writes
    ``<figure>`` for ``</figure>`` after a caption three times, so the parser nests the rest of the post, figure
    in figure, inside the picture before it, and the whole second half went with that picture. A browser shows
    the text wherever it is nested; here it is put after the outermost figure around it (or left in place, the
    tag removed, when no figure encloses it), so the figures keep only their pictures and captions. Short
    text-only figures (Bild's and the Tagesspiegel's credit and caption boxes, under 100 characters) are left.
    One dev page has the markup (a structural repair, like ``streamed.place_segments``).
    """
    for figure in list(root.iter("figure")):
        if figure.getparent() is None:
            continue
        own = [child.tag for child in figure if isinstance(child.tag, str)]
        if not _FIGURE_OWN.isdisjoint(own) or "p" not in own:
            continue
        if sum(len(child.text_content()) for child in figure if child.tag == "p") <= CAPTION_CHARS:
            continue
        outer = None
        for ancestor in figure.iterancestors("figure"):
            outer = ancestor
        if outer is None:
            figure.drop_tag()
            continue
        anchor, after = outer, outer.tail
        outer.tail, figure.text = figure.text, None
        for child in list(figure):
            anchor.addnext(child)  # lxml moves the child's tail with it: the text after it in the figure
            anchor = child
        anchor.tail = (anchor.tail or "") + (after or "") or None
        _drop(figure)


#: An italic paragraph under a picture is its caption up to this many words.
ITALIC_CAPTION_WORDS = 60
_IMAGE_TAGS = ("img", "picture", "amp-img")
_WORD = re.compile(r"\w")


def _italic_captions(root) -> list:
    """Paragraphs set wholly in italics right under a picture inside the story: the picture's caption, set as a
    paragraph of the story's box with no ``<figcaption>`` ("<figure><img></figure><p><em>Outside (left) and inside
    (right) parts of the ... Deadbolt.</em></p>" on Network World; Wikimedia's blog under its charts; heise's tips under
    each screenshot, "Die Installation ist ein Kinderspiel."). No dev reference keeps one. A picture above the story's
    first paragraph may carry its italic standfirst, and an italic question under a picture opens an interview
    (mbl.is): neither is judged. Controls between them (a lightbox's close button) hold no word.

    Found from the italic paragraphs up to the pictures above them: most pages have none, and judging every block
    of a page for its words and pictures cost 5% of cleaning it.
    """
    under = {}  # picture -> the italic paragraph that is the next block with words after it
    for after in root.iter("p"):
        if _is_italic_paragraph(after) and _WORD.search(after.text_content()):
            under.update((image, after) for image in _pictures_above(after))
    if not under:
        return []
    found = []
    for image in root.iter("figure", "p", "div"):  # the pictures in document order
        if (after := under.get(image)) is None:
            continue
        text = norm(after.text_content())
        if widgets.word_count(text) > ITALIC_CAPTION_WORDS or text.rstrip(")]”\"' ").endswith(("?", "？")):
            continue
        if any(sib.tag == "p" and len(norm(sib.text_content())) >= MIN_PARAGRAPH for sib in image.itersiblings(preceding=True)
               if isinstance(sib.tag, str)):
            found.append(after)
    return found


def _pictures_above(paragraph) -> list:
    """The pictures whose next sibling with words is ``paragraph``: a ``<figure>`` holding an image, or a ``<p>`` or
    ``<div>`` holding one and no word, with only blocks without words (or comments) between them and it."""
    found = []
    for sib in paragraph.itersiblings(preceding=True):
        if not isinstance(sib.tag, str):
            continue
        worded = _WORD.search(sib.text_content()) is not None
        if (sib.tag == "figure" or sib.tag in ("p", "div") and not worded) and next(sib.iter(*_IMAGE_TAGS), None) is not None:
            found.append(sib)
        if worded:
            break
    return found


def _is_italic_paragraph(el) -> bool:
    """A ``<p>`` whose words all sit in one ``<em>`` or ``<i>``."""
    children = [child for child in el if isinstance(child.tag, str)]
    return (el.tag == "p" and len(children) == 1 and children[0].tag in ("em", "i")
            and not (el.text or "").strip() and not (children[0].tail or "").strip())


def collect_image_labels(container) -> list[str]:
    """Remove image-plus-label blocks from the story container and return the labels that read as captions."""
    labels: list[str] = []
    for img in list(container.iter("img")):
        holder = _image_holder(img)
        if holder is None or holder is container or container not in holder.iterancestors():
            continue
        text = _caption_text(holder)
        if widgets.word_count(text) >= 2 and not widgets.is_widget_line(text) and text not in labels:
            labels.append(text)
        _drop(holder)
    return labels


def _image_holder(img):
    """The block holding an image and a short untitled label under it (``<p><img><em>Label</em></p>``), if any.

    Layouts without ``<figure>`` still put the caption in the same small block as the image;
    the label is short and not a sentence (no closing punctuation), which a paragraph that
    merely starts with an inline icon would have.
    """
    el = img.getparent()
    # climb through the image's own wrappers ("imageWrapper", "detail-img__image-wrapper": mdr.de,
    # freiepresse.de) to the block where its label sits beside it
    while el is not None and el.tag in ("a", "picture", "span", "div") and not norm(el.text_content()):
        el = el.getparent()
    if el is None or el.tag not in ("p", "div") or el.getparent() is None:
        return None
    text = norm(el.text_content())
    words = widgets.word_count(text)
    if not 1 <= words <= 25 or text.endswith(_CLAUSE_ENDS):
        return None
    inner = [block for block in el.iter("p", "h1", "h2", "h3", "li", "table") if block is not el]
    if len(inner) > 1 or inner and inner[0].tag != "p":
        return None  # holds other blocks: a card or a layout wrapper, not one image with its label
    return el  # the label may sit in a paragraph of its own (wdr.de "mediaInfo", sportschau.de "absatzbild__info")


def _drop(el) -> None:
    """Remove an element but keep its tail text (the words after it belong to the parent)."""
    if el.getparent() is not None:
        el.drop_tree()


def prune(root, profile: SiteProfile | None) -> None:
    """Delete never-content tags, hidden nodes, and widget blocks (unless they hold most of the prose)."""
    if profile is not None:
        for xpath in profile.compiled["drop"]:
            for el in xpath(root):
                _drop(el)
    body = root.find("body")
    if body is None:
        body = root
    for thread in comment_threads(body):
        _drop(thread)
    prose = ProseMeter()
    total = prose(body) or 1
    core = prose_core(body, prose.paragraph)  # the paragraphs measured for ``total`` are looked up, not read again
    stack = [body]
    while stack:
        el = stack.pop()
        for child in list(el):
            tag = child.tag
            if not isinstance(tag, str):
                _drop(child)  # comments and processing instructions left by the parser
                continue
            if tag in _SOFT_KILL_TAGS and prose(child) > SOFT_STORY_SHARE * total:
                stack.append(child)  # the story itself sits in an <aside>/<footer> (seen in the wild)
                continue
            if (tag in KILL_TAGS and not (tag == "aside" and is_summary_box(child))) or (tag == "rt" and _bare_reading(el)):
                _drop(child)
                continue
            if tag == "blockquote" and is_embedded_post(child):
                _drop(child)
                continue
            if not child.attrib:
                stack.append(child)  # no role, class, id, label or hidden mark: nothing more to judge (most elements)
                continue
            if _is_widget(child, total, prose, core):
                _drop(child)
                continue
            if _is_hidden(child) and prose(child) <= HIDDEN_STORY_SHARE * total:
                _drop(child)
                continue
            stack.append(child)


def _bare_reading(parent) -> bool:
    """Whether a ruby reading (``<rt>``: the caller tests the tag first, as ``prune`` meets every element) stands in a ``<ruby>``,
    ``parent``, that gives no ``<rp>`` brackets to set it apart in plain text.

    ``<rp>`` is the page's own rendering of a reading where ruby cannot be shown, as in text: Yomiuri's furigana
    ``<ruby><rb>弾劾</rb><rp>（</rp><rt>だんがい</rt><rp>）</rp></ruby>`` reads "弾劾（だんがい）", as its two dev
    references (fundus', lang1's) and the dump renderer keep it. A reading without them would be glued to its base
    ("弾劾だんがい", another word), so only the base is kept.
    """
    return parent.find("rp") is None


#: The permalink an X/Twitter embed closes with, its post's date: "https://twitter.com/realDonaldTrump/status/1212…".
_POST_PERMALINK = re.compile(r"^https?://(?:(?:www|mobile)\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d", re.IGNORECASE)


def is_embedded_post(blockquote) -> bool:
    """A ``<blockquote>`` whose last link is a post's permalink: a post embedded from X/Twitter, whatever its class.

    X's embed code closes the quoted post with "— Name (@handle) <a href=…/status/…>Date</a>"; the blocks go
    for their "twitter-tweet" class too, but the link is what marks one when the class is the publisher's own (dev
    pages with their class words scrambled, ``benchmarks.class_words``: The Week's "The Fake News said I played golf
    today …", Deadline's "Trump Airlines. Now there's a brand. …", Gateway Pundit's "FT: Zelensky is considering
    replacing Syrsky …"). Dev references leave such posts out (60 of 65, trafwins187); the text dump's counterpart is
    ``text_regions.drop_embedded_posts``.

    The permalink must close this blockquote's own text, not a post embedded inside it: David Wolfe quotes the Sun
    Sentinel's report in a ``<blockquote>`` whose last child is an X post, and the quoted paragraph is the story's
    (its reference keeps it); ``prune`` then meets the inner post and drops it alone.
    """
    links = blockquote.findall(".//a[@href]")
    if not links or _POST_PERMALINK.match(links[-1].get("href", "").strip()) is None:
        return False
    return next(links[-1].iterancestors("blockquote")) is blockquote


#: A player's class or id names it: "video-inline" (abendblatt.de), "rll-youtube-player" (telepinar.com.mx).
_PLAYER = re.compile(r"video|player", re.IGNORECASE)


def drop_player_titles(root) -> None:
    """Delete the subheadings that title the video player set right after them: the clip's, not the story's.

    DW sets each embedded clip under its own ``<h2>`` ("Wie häufig sind Impfschäden?" over a ``<video>``), the
    Hamburger Abendblatt an ``<h3>`` over its "video-inline" figure, Telepinar "En Video: ..." over a YouTube player;
    the player goes (as a widget or a caption) and its title stayed, read as a subheading of the next paragraph. No dev reference
    keeps a heading set right before a player (CBC, NPR, Today, The Verge and Sportschau set them too). A gallery's
    title stays: references keep Engadget's "Gallery: ... | 9 Photos".
    """
    for heading in [el for el in root.iter(*HEADINGS - {"h1"}) if el.getparent() is not None]:
        player = heading.getnext()
        if player is not None and isinstance(player.tag, str) and (
            player.tag == "video" or _PLAYER.search(class_and_id(player))
        ):
            _drop(heading)


#: The most words a poll's or quiz's box holds: its title, a question and the answers offered.
POLL_WORDS = 120


def drop_polls(root, marks: Marks) -> None:
    """Delete the reader polls and quizzes set in the story: a question and the answers to tick beside it.

    Outside a ``<form>`` (gone as a never-content tag), a poll is known by its controls: two or more radio buttons of
    one group (one ``name``), in a box that asks a question. 20 Minuten's poll ("Welches dieser Mittel ist dein Favorit,
    wenn du dich erkältet fühlst?" over "Eine wärmende Suppe." ...), Super Express's quiz teasers on sport.se.pl and
    superbiz.se.pl ("QUIZ. Jak dobrze znasz polską ekstraklasę?", "Pytanie 1 z 10", a question and four answers):
    their answers are labels, so the question and the title stayed, read as the story's lines. No dev reference
    keeps them. The box is the smallest one around a radio button that holds another of its group and the question.
    ``marks``: the page's marked elements (``marks.find_marks``), among them the radio buttons.

    Each box is judged once for all the radio buttons under it (a quiz's answers climb through the same boxes), until
    a poll is dropped: the boxes around it hold less then, and are judged again.
    """
    wordy: dict = {}  # box -> more than POLL_WORDS words
    asks: dict = {}  # (box, group name) -> two radio buttons of the group and a question in it
    for radio in marks.radios:
        if not in_page(radio, root):
            continue  # in a poll dropped already, or a box an earlier rule removed
        name = radio.get("name")
        box = radio.getparent()
        while box is not None and box.tag not in ("body", "html"):
            if (over := wordy.get(box)) is None:
                over = wordy[box] = widgets.word_count(norm(box.text_content())) > POLL_WORDS
            if over:
                break
            if (poll := asks.get((box, name))) is None:
                poll = asks[box, name] = len(box.xpath(".//input[@type='radio'][@name=$name]", name=name)) >= 2 and any(
                    line.strip().endswith(("?", "？")) for line in box.itertext()
                )
            if poll:
                _drop(_poll_card(box))
                wordy.clear()
                asks.clear()
                break
            box = box.getparent()


def _poll_card(box):
    """The largest box around a poll's question that adds only its title: no paragraph, ``POLL_WORDS`` words in all."""
    while (parent := box.getparent()) is not None and parent.tag not in ("body", "html"):
        if widgets.word_count(norm(parent.text_content())) > POLL_WORDS or any(
            p is not box and box not in p.iterancestors() for p in parent.iter("p")
        ):
            break
        box = parent
    return box


#: The most words a headline set as a kicker and a title holds.
SPLIT_HEADLINE_WORDS = 24


def drop_split_headlines(container) -> None:
    """Delete the heading above the story that sets the headline as a kicker and a title, each in a child of its own.

    Layouts print the page's headline as an ``<h2>`` of two parts: FAZ's "header-label" and "header-title" ("Spionage-
    drehscheibe Schweiz" / "Ein großer Tummelplatz für russische Spione"), t-online's kicker and headline of a stream
    item ("USA stoppen Schattentanker" / "Acht Namen, vier Flaggen – und tonnenweise Öl für China"), Spektrum's
    "content__kicker" and "content__title" ("Genetik" / "Das Geheimnis der parasitischen Riesenblumen"). Worded
    unlike the declared title, it escapes ``text._is_headline_part``; no reference keeps it. Only a heading before the
    story's first paragraph of prose is judged (below it, a heading of two parts is a subheading with a number or an
    icon), and only the first.
    """
    for el in container.iter():
        if el.tag == "p" and prose_length(norm(el.text_content())) >= PROSE_PARAGRAPH:
            return  # the story has begun: a heading below is a subheading
        if el.tag not in HEADINGS or el.getparent() is None:
            continue
        parts = [child for child in el if isinstance(child.tag, str) and norm(child.text_content())]
        if len(parts) >= 2 and widgets.word_count(norm(el.text_content())) <= SPLIT_HEADLINE_WORDS:
            _drop(el)
            return


#: The most words a person card holds: a name, a role and a line or two about them.
PERSON_CARD_WORDS = 60


def drop_person_cards(root, marks: Marks) -> None:
    """Delete the cards that present a person, marked so in the page's microdata: a writer's or an interviewee's.

    A box typed ``schema.org/Person`` (or given ``itemprop="author"``) holds a name, a role and maybe a line about
    them, set beside the story: Actu-Environnement's author card closing it ("Dorothée Laperche, journaliste" /
    "Rédactrice spécialisée", inside the copyright line), SRF's expandable person box under the paragraph that names
    its expert ("Thomas Jäger" / "Politikwissenschaftler" / "Personen-Box aufklappen" / "Der Politologe Thomas Jäger
    ist Professor ..."). Neither reference keeps them. An inline element among other words is a name inside a
    sentence and stays. ``marks``: the page's marked elements (``marks.find_marks``), among them the persons.
    """
    for el in marks.persons:
        if not in_page(el, root):
            continue  # inside a card dropped already, or a box an earlier rule removed
        if widgets.word_count(norm(el.text_content())) <= PERSON_CARD_WORDS and (
            el.tag in BLOCK_TAGS or not _in_running_text(el)
        ):
            _drop(el)


def _in_running_text(el) -> bool:
    """Words stand beside the inline element in its parent: it is a name inside a sentence, not a card of its own."""
    parent = el.getparent()
    around = [parent.text or "", el.tail or ""]
    around += [
        (sibling.tail or "") + (sibling.text_content() if isinstance(sibling.tag, str) else "")
        for sibling in parent if sibling is not el
    ]
    return bool(norm("".join(around)))


#: The most words a call-to-action card holds, in at most ``ACTION_CARD_PARAGRAPHS`` paragraphs: a title and a pitch.
ACTION_CARD_WORDS, ACTION_CARD_PARAGRAPHS = 80, 3


def drop_action_cards(root, marks: Marks) -> None:
    """Delete the small cards that end in a button: a pitch that asks the reader to act (subscribe, book, join).

    A card set among the story's paragraphs pitches something of the site's and closes with its button: junge Welt's
    trial offer ("2 Wochen kostenlos testen", two paragraphs, then "Jetzt bestellen" in a ``btn`` box), LeadDev's
    conference card ("LDX3 London agenda is live!"), Fierce Pharma's webinar card, The Economic Times' "(Catch all the
    Business News ...)", USA TODAY's "You've contributed successfully to: ..." box. No dev reference keeps them. The
    card is the smallest box around the button that holds a paragraph; it goes when the button is its last words, it
    holds at most ``ACTION_CARD_PARAGRAPHS`` paragraphs and ``ACTION_CARD_WORDS`` words, and no ``<h1>`` (a header box
    whose last words are a share button holds the headline and the standfirst: El Mundo's). ``marks``: the page's
    marked elements (``marks.find_marks``), among them the buttons.
    """
    judged: dict = {}  # box -> its verdict as a card (``_is_small_card``)
    held: dict = {}  # box -> whether a paragraph is in it (``_holds_paragraph``)
    for button in marks.buttons:
        if not in_page(button, root) or not norm(button.text_content()):
            continue  # in a card dropped already (or a box an earlier rule removed), or an empty icon link
        card = button.getparent()
        while card is not None and card.tag not in ("body", "html") and not _holds_paragraph(card, held):
            card = card.getparent()
        if card is None or card.tag in ("body", "html") or not _is_small_card(card, judged):
            continue
        last = next((el for el in reversed(list(card.iter())) if isinstance(el.tag, str) and norm(el.text or "")), None)
        if last is not None and (last is button or button in last.iterancestors()):
            _drop(card)
            judged.clear()  # the boxes around it hold less now
            held.clear()


def _holds_paragraph(box, held: dict) -> bool:
    """A ``<p>`` is in the box. ``held`` keeps each answer: the links of a page climb through the same big boxes, each
    searched to its end when it holds none (0.36 ms a page over the corpus pages' buttons, 0.11 ms kept)."""
    if box not in held:
        held[box] = next(box.iterdescendants("p"), None) is not None
    return held[box]


def _is_small_card(card, judged: dict) -> bool:
    """A title and a pitch: ``ACTION_CARD_PARAGRAPHS`` paragraphs and ``ACTION_CARD_WORDS`` words at most, no ``<h1>``.

    The paragraphs are counted first and only up to one too many, so a story container around a share button costs
    little; ``judged`` keeps each verdict, as a page's links share their cards."""
    if card not in judged:
        judged[card] = (
            sum(1 for _ in islice(card.iterdescendants("p"), ACTION_CARD_PARAGRAPHS + 1)) <= ACTION_CARD_PARAGRAPHS
            and card.find(".//h1") is None
            and widgets.word_count(norm(card.text_content())) <= ACTION_CARD_WORDS
        )
    return judged[card]


def _is_hidden(el) -> bool:
    if el.get("hidden") is not None:
        return True
    if el.get("aria-hidden") == "true" and el.tag != "p":
        return True  # aria-hidden marks icons and decoration; a paragraph under it is still the story
    if (classes := el.get("class")) and not widgets.HIDDEN_CLASSES.isdisjoint(classes.lower().split()):
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def prose_core(body, measure: Callable[[object], int] | None = None) -> frozenset:
    """The block whose own paragraphs hold the most prose, the boxes built like it, and their ancestors.

    That block is where the story's paragraphs sit, whatever the story's share of the page: a story
    wrapper may carry a widget word ("float-sidebar-container" on self.com, "read-more" on
    heraldsun.com.au, "theiaStickySidebar" on landesspiegel.li, "cn_pagination_container" on
    architecturaldigest.com) while comments, biographies and teaser summaries elsewhere are
    paragraphs too, and push its share under ``_is_widget``'s 40%. A story cut into one box per
    paragraph (Postmedia's papers, politico.eu) repeats the box: its other boxes, built like the
    heart and in parents built like its parent, are the story too.
    """
    held = _prose_held(body, measure)
    if not held:
        return frozenset()
    heart = held.most_common(1)[0][0]
    core = {heart, *heart.iterancestors()}
    if (parent := heart.getparent()) is not None:
        shape, outer = _shape(heart), _shape(parent)
        for el in held:
            if _shape(el) == shape and (up := el.getparent()) is not None and _shape(up) == outer:
                core.update((el, up))
    return frozenset(core)


def _prose_held(root, measure: Callable[[object], int] | None = None) -> Counter:
    """Characters of paragraph-long ``<p>`` text each element holds in its own ``<p>`` children (``measure``: a
    ``<p>``'s characters, ``paragraph_chars`` or a ``ProseMeter``'s record of them)."""
    held: Counter = Counter()
    measure = measure or paragraph_chars
    for p in root.iter("p"):
        if (chars := measure(p)) >= MIN_PARAGRAPH and (parent := p.getparent()) is not None:
            held[parent] += chars
    return held


def _is_widget(el, total_prose: int, prose_of: ProseMeter, core: frozenset = frozenset()) -> bool:
    """Role, class/id or a short ``aria-label`` name a widget, and the block is not where the prose lives.

    ``core``: the blocks that hold the page's main run of paragraphs (``prose_core``); a class name
    alone does not remove them (only a role, a comment section or a box inside the story does).
    """
    role = el.get("role")
    if role and role.lower() in _ROLE_KILL:
        return True
    if el.tag in _NEVER_WIDGET:
        return False
    attrs = f"{class_and_id(el)} {_widget_label(el)}"
    if not attrs.strip():
        return False
    tokens = widgets.attr_tokens(attrs)
    if el.tag == "blockquote" and "pullquote" not in tokens and next(el.iter("a"), None) is None:
        # a quotation without links is text unless its name makes it a pull quote: NPR's passages quoted from a
        # source in ``<blockquote class="edTag">`` ("tag" read as a widget word), in both dev pages' references
        return False
    if tokens & widgets.COMMENT_TOKENS:  # most names hold no comment word: skip the per-name split on this hot path
        tokens -= widgets.comment_story_words(attrs)
    named = tokens & widgets.BOILERPLATE_TOKENS
    if not named or (named <= widgets.LINKED_WIDGET_TOKENS and next(el.iter("a"), None) is None):
        return False
    if el.tag in HEADINGS and _inside_story(el):
        return False  # a subheading among the story's paragraphs ("widget-title", "nav_<anchor>"): its text is judged later
    if tokens & widgets.CONSENT_TOKENS and not tokens & widgets.CONTENT_TOKENS:
        return True  # a cookie or consent dialog, however much it says: no story lives in one
    # a wrapper that merely carries a widget token ("layout-with-rail", "story-body has-ads") may hold the story
    prose = prose_of(el)
    if 0 < prose < 0.4 * total_prose and (parent := el.getparent()) is not None:
        # a story cut into repeated chunks ("grid__container" x 4, "article-widget <uuid>"): judge them together
        key = _shape(el)
        prose = sum(prose_of(sib) for sib in parent if _shape(sib) == key)
    if prose > 0.4 * total_prose or el in core:
        if tokens & widgets.BOILERPLATE_TOKENS - _CONTINUATION_TOKENS and _inside_story(el):
            return True  # a long box (a transcript "factbox") inserted among the story's own paragraphs
        # reader comments can outweigh the story: a comment block survives only if a name of its own says "article"
        return bool(tokens & widgets.COMMENT_TOKENS) and not tokens & widgets.CONTENT_TOKENS
    return not (tokens & widgets.CONTENT_TOKENS and prose >= 400)


#: An ``aria-label`` of at most this many words names a block ("Newsletter Anmeldung", "Podcast-Player",
#: "More stories"); a longer one reads out its content ("Eingebettetes Video — Wie häufig sind Impfschäden?").
_LABEL_WORDS = 4


def _widget_label(el) -> str:
    """The element's ``aria-label`` when short enough to name the block, else "".

    Layouts built from utility classes ("col-span-3 w-full border p-4") say what a block is only
    to screen readers: FUNKE's papers (waz.de, braunschweiger-zeitung.de) label their newsletter
    box ``aria-label="Newsletter Anmeldung"``; the National Post and the Telegraph label rails
    "Below Article Taboola Feed" and "More stories".
    """
    label = el.get("aria-label")
    return label if label and len(label.split()) <= _LABEL_WORDS else ""


def _inside_story(el) -> bool:
    """The element sits among at least three prose paragraphs of its parent: an insert, not a story wrapper."""
    parent = el.getparent()
    if parent is None:
        return False
    siblings = sum(
        1 for sib in parent if sib is not el and sib.tag == "p" and len((sib.text_content() or "").strip()) >= MIN_PARAGRAPH
    )
    return siblings >= 3


def _shape(el) -> tuple[str, str]:
    """Tag and first class name: siblings built from one template share it even when ids differ."""
    classes = (el.get("class") or "").split()
    return (el.tag if isinstance(el.tag, str) else "", classes[0] if classes else "")


def paragraph_chars(p) -> int:
    """Characters of a ``<p>``'s text, spaces around it not counted."""
    return len((p.text_content() or "").strip())


def prose_chars(el, measure: Callable[[object], int] = paragraph_chars) -> int:
    """Characters of paragraph-long text under ``el``: ``<p>`` blocks and text runs between ``<br>`` tags.

    Older templates set the whole story as bare text cut by ``<br><br>`` in one ``<div>``, with no
    ``<p>`` at all (habr.com, timesofindia.com, winfuture.de): counting only ``<p>`` would weigh such a
    story as nothing, and a widget-named wrapper around it would be pruned as furniture. ``measure``
    gives a ``<p>``'s characters (``ProseMeter`` remembers them).
    """
    chars = sum(n for p in el.iter("p") if (n := measure(p)) >= MIN_PARAGRAPH)
    holders = {br.getparent() for br in el.iter("br")}
    for holder in holders:
        if holder is not None and holder.tag != "p" and not any(a.tag == "p" for a in holder.iterancestors()):
            chars += sum(len(run) for run in br_runs(holder) if len(run) >= MIN_PARAGRAPH)
    return chars


class ProseMeter:
    """``prose_chars`` of the elements ``prune`` judges, each element and each paragraph measured once.

    Pruning measures the body, then each wrapper it keeps, then that wrapper's children, and for a chunk the
    chunks beside it: the same paragraphs again and again. The figures stay true because an element is measured
    only while its parent's children are judged, before anything under it is removed.
    """

    def __init__(self) -> None:
        self._elements: dict = {}
        self._paragraphs: dict = {}

    def __call__(self, el) -> int:
        chars = self._elements.get(el)
        if chars is None:
            chars = self._elements[el] = prose_chars(el, self.paragraph)
        return chars

    def paragraph(self, p) -> int:
        """``paragraph_chars`` of a ``<p>``, read once."""
        chars = self._paragraphs.get(p)
        if chars is None:
            chars = self._paragraphs[p] = paragraph_chars(p)
        return chars


def br_runs(el) -> list[str]:
    """The element's own text (inline children included, block children not) cut at its ``<br>`` children."""
    runs, parts = [], [el.text or ""]
    for child in el:
        if child.tag == "br":
            runs.append(norm("".join(parts)))
            parts = []
        elif isinstance(child.tag, str) and child.tag not in BLOCK_TAGS:
            parts.append(child.text_content() or "")
        parts.append(child.tail or "")
    runs.append(norm("".join(parts)))
    return [run for run in runs if run]


def direct_text(el) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in BLOCK_TAGS:
            parts.append(child.text_content() or "")
        parts.append(child.tail or "")
    return norm("".join(parts))


class Texts:
    """Normalised texts of one tree's elements, each read once.

    Scoring, the link-density discount and widening weigh the same blocks, wrappers and links: a text
    read by one stage is looked up by the next instead of read again. Valid only while the tree is not
    modified (between pruning and the removal of image labels).
    """

    def __init__(self) -> None:
        self._full: dict = {}
        self._block: dict = {}

    def full(self, el) -> str:
        """All the element's text, whitespace collapsed."""
        text = self._full.get(el)
        if text is None:
            text = self._full[el] = norm(el.text_content())
        return text

    def block(self, el) -> str:
        """A paragraph tag's whole text, a wrapper's own text (``direct_text``): what it says as one block."""
        text = self._block.get(el)
        if text is None:
            text = self._block[el] = self.full(el) if el.tag in _PARA_TAGS else direct_text(el)
        return text

    def links(self, el) -> int:
        """Characters of the element's text inside links."""
        return sum(len(self.full(a)) for a in el.iter("a"))


def _link_density(el, texts: Texts) -> float:
    text = len(texts.full(el))
    if not text:
        return 1.0
    return min(texts.links(el) / text, 1.0)


#: Wrappers whose own text ``find_container`` scores as a paragraph (or as the runs between its ``<br>`` tags).
_WRAPPER_TAGS = widgets.words("div section article span font center li")
#: The elements ``find_container`` scores: paragraph tags, wrappers and tables.
_SCORED_TAGS = tuple(sorted(_PARA_TAGS | _WRAPPER_TAGS | {"table"}))


def find_container(root):
    """The element whose paragraphs score highest (readability-style), or ``<body>``."""
    body = root.find("body")
    if body is None:
        body = root
    scores: dict = {}
    texts = Texts()
    for el in body.iter(*_SCORED_TAGS):  # lxml passes over the other elements (about half of them) in C
        tag = el.tag
        if tag in _PARA_TAGS:
            # a block holding paragraph blocks (a <blockquote> or a cell of <p>s) counts its own text, as in
            # ``_prose_blocks``: its paragraphs are credited already
            nested = next(el.iterdescendants(*_PARA_TAGS), None) is not None
            text = direct_text(el) if nested else texts.block(el)
        elif tag in _WRAPPER_TAGS:
            if len(runs := _br_paragraphs(el)) > 1:
                for run in runs:  # each run is a paragraph of ``el``, which holds them as a <div> holds <p>s
                    _credit(scores, el, run, body)
                continue
            text = texts.block(el)  # a list item counts like a paragraph: some stories are lists
        else:  # a <table>
            text = table_text(el) or ""  # a data table counts as one paragraph: some stories are tables
        if len(text) >= MIN_PARAGRAPH:
            _credit(scores, el.getparent(), text, body)
    if not scores:
        return body
    # The best score after the link-density discount. The discount only lowers a score (s * (1 - density)
    # <= max(s, 0)), so elements are weighed from the highest raw score down and the costly density (the
    # text of big wrappers) is no longer measured once no raw score left can win. A tie goes to the element
    # scored first.
    best, best_key = body, (float("-inf"), 0)
    for order, (el, score) in sorted(enumerate(scores.items()), key=lambda item: -item[1][1]):
        if max(score, 0.0) < best_key[0]:
            break
        key = (score * (1 - _link_density(el, texts)), -order)
        if key > best_key:
            best, best_key = el, key
    return widen(best, body, texts)


def _br_paragraphs(el) -> list[str]:
    """The paragraph-long runs of an element's own text cut by its ``<br>`` children (none without one).

    A story set as bare text with ``<br><br>`` between paragraphs (phoronix.com's "content" div,
    timesofindia.com's "Normal" div) is its element's paragraphs, as readability reads it: scored as one
    text credited to the element's parent, it weighs less than a short author box of real ``<p>``s.
    """
    if el.find("br") is None:
        return []
    return [run for run in br_runs(el) if len(run) >= MIN_PARAGRAPH]


def _credit(scores: dict, ancestor, text: str, body) -> None:
    """Add a paragraph's points to its holder and, halved and thinned out, to three ancestors above it."""
    points = 1 + len(_COMMAS.findall(text)) + min(len(text) // 100, 3)
    level = 0
    while ancestor is not None and level < 4:
        if ancestor not in scores:
            scores[ancestor] = _initial_score(ancestor)
        scores[ancestor] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
        if ancestor is body:
            break
        ancestor, level = ancestor.getparent(), level + 1


def widen(candidate, body, texts: Texts):
    """Climb from the best-scored element while the climb adds more prose than furniture.

    Scoring favours the densest block, so a story cut into chunks (live blogs, ad breaks,
    per-paragraph widgets) yields only one chunk. Climbing counts as prose only blocks built
    like the candidate's own paragraphs (same tag and class): teaser cards and rails are
    prose-like too, but they come from other templates. A lone paragraph above the candidate counts only in a run
    of its kind, in the box being climbed to, in a box repeating the candidate's own boxes, or in the candidate's
    twin (``_twin``).
    """
    chain = [candidate]
    for ancestor in candidate.iterancestors():
        if _holds_several_stories(ancestor):
            break  # a listing or an infinite scroll: the next story is not ours
        chain.append(ancestor)
        if ancestor is body:
            break
    position = {el: i for i, el in enumerate(chain)}
    weight: dict[tuple[str, str], int] = {}
    per_level: list[list[tuple[object, tuple[str, str], int]]] = [[] for _ in chain]
    # each block is counted once, at the lowest chain member that holds it
    for block, shape, good in _prose_blocks(chain[-1], texts):
        level = next((position[a] for a in block.iterancestors() if a in position), None)
        if block in position:
            level = position[block]
        if level is None:
            continue
        per_level[level].append((block, shape, good))
        if level == 0:
            weight[shape] = weight.get(shape, 0) + good
    total_good = sum(weight.values()) or 1
    signature = {shape for shape, good in weight.items() if good >= 0.1 * total_good}
    runs = Counter(block.getparent() for level in per_level[1:] for block, shape, _ in level if shape in signature)
    # a story cut into one box per paragraph: its other boxes repeat the boxes around the candidate's paragraphs
    own_boxes = {_boxes(block, candidate) for block, shape, _ in per_level[0] if shape in signature}
    chain_boxes = tuple(_shape(el) for el in chain)
    twin = _twin(candidate, chain[-1])
    totals = chain_lengths(chain)
    best, best_value, good_so_far = candidate, float("-inf"), 0
    for level, el in enumerate(chain):
        good_so_far += sum(
            good for block, shape, good in per_level[level]
            # above the candidate, a lone paragraph in a box of its own is a teaser card or a feed item
            if shape in signature and (
                level == 0 or runs[block.getparent()] >= 2 or block.getparent() is el
                or _boxes(block, el)[: -level] in own_boxes and _boxes(block, el)[-level:] == chain_boxes[:level]
                or twin is not None and block.getparent() is twin
            )
        )
        total = totals[level]
        good = min(good_so_far, total)
        value = good - WIDEN_COST * (total - good)
        if value > best_value:
            best, best_value = el, value
    return best


def _twin(candidate, top):
    """The one other box under ``top`` built as the candidate is (its tag, and its classes and maybe more), or None.

    A story split around an insert continues in a second copy of its text box: engadget.com closes its 2020 stories
    in a ``<div class="article-text c-gray-1 no-review">`` below the ad rail that follows the ``<div
    class="article-text c-gray-1">`` of the rest, each in its own grid. When that copy holds several paragraphs they
    count as a run (timeslive.co.za's "text" boxes, politico.com's "story-text", newyorker.com's
    "body__inner-container", rp.pl's "body articleBody" halves); a lone closing paragraph needs its box to be
    the candidate's only copy. A template repeated more often is a listing: bukvy.org's "post-content" teasers for
    four other posts, tarnkappe.info's eighteen "content entry-content" cards. A box with no class is no template.
    """
    classes = set((candidate.get("class") or "").split())
    if not classes:
        return None
    shape = _shape(candidate)
    around = {candidate, *candidate.iterancestors()}
    found = [
        el for el in top.iter(candidate.tag)
        if el not in around and _shape(el) == shape and classes <= set((el.get("class") or "").split())
        and candidate not in el.iterancestors()
    ]
    return found[0] if len(found) == 1 else None


def _boxes(block, top) -> tuple[tuple[str, str], ...]:
    """Tag and first class of each element between a block and ``top`` (exclusive), innermost first."""
    path = []
    for ancestor in block.iterancestors():
        if ancestor is top:
            break
        path.append(_shape(ancestor))
    return tuple(path)


def _holds_several_stories(el) -> bool:
    return sum(1 for _ in el.iter("h1")) > 1 or sum(1 for _ in el.iter("article")) > 1


def _prose_blocks(el, texts: Texts) -> list[tuple[object, tuple[str, str], int]]:
    """(element, tag and class, prose characters not in links) for each paragraph-like block under ``el``.

    A block inside a link (a teaser card wrapped in one ``<a>``) has no prose of its own. A block holding
    paragraph blocks (a ``<blockquote>`` of ``<p>``s) counts only its own text, as a ``<div>`` does: counted
    whole, its paragraphs would count twice, and a story quoting a few paragraphs (thefederalistpapers.org,
    thepoliticalinsider.com, infoq.com's Japanese edition) would weigh more than its own text, so that every
    climb in ``widen`` looked free and took in the page's end (a home-screen prompt, a related rail).
    """
    linked = {inner for a in el.iter("a") for inner in a.iter()}
    found = []
    for block in el.iter(*_PARA_TAGS, "div", "section", "li"):
        nested = block.tag in _PARA_TAGS and next(block.iterdescendants(*_PARA_TAGS), None) is not None
        text = direct_text(block) if nested else texts.block(block)
        if len(text) >= MIN_PARAGRAPH:
            links = len(text) if block in linked else texts.links(block)
            found.append((block, (block.tag, block.get("class") or ""), max(len(text) - 2 * links, 0)))
    return found


def _initial_score(el) -> float:
    score = _TAG_WEIGHT.get(el.tag, 0)
    tokens = widgets.class_tokens(class_and_id(el))
    if tokens & widgets.CONTENT_TOKENS:
        score += 25
    return score


def _common_ancestor(elements: list, stop):
    paths = []
    for el in elements:
        chain = []
        while el is not None:
            chain.append(el)
            if el is stop:
                break
            el = el.getparent()
        paths.append(chain[::-1])
    common = stop
    for nodes in zip(*paths):
        if all(n is nodes[0] for n in nodes):
            common = nodes[0]
        else:
            break
    return common


def container_from_body(root, article_body: str):
    """The smallest element holding the DOM paragraphs that JSON-LD ``articleBody`` contains, if they cover it."""
    reference = " " + " ".join(TOKENS.findall(article_body)) + " "
    ref_tokens = reference.count(" ") - 1
    if ref_tokens < 30:
        return None
    matched, covered = [], 0
    for el in root.iter("p", "li", "h2", "h3", "blockquote", "pre", "div"):
        text_tokens = TOKENS.findall(el.text_content() if el.tag != "div" else direct_text(el))
        if len(text_tokens) < 6:
            continue
        if f" {' '.join(text_tokens)} " in reference and not any(m in el.iterancestors() for m in matched):
            matched.append(el)
            covered += len(text_tokens)
    if covered < 0.6 * ref_tokens or not matched:
        return None
    body = root.find("body")
    return _common_ancestor(matched, body if body is not None else root) if len(matched) > 1 else matched[0].getparent()


def serialise(container) -> list[Block]:
    """Paragraphs of a container: block elements split, ``<br>`` a line break, ``<br><br>`` a paragraph break.

    Newlines in the page source are spaces (only ``<br>`` and ``<pre>`` break lines); a data
    table is one block, a row per line and its cells joined by `` | `` (see ``table_text``). Words after a block
    element, in its parent, are the parent's block: the author's name under a related card's ``<h2>`` title (La
    Vanguardia's "Lee también" cards inside its stories) is the card's text, not a heading set apart from the story.
    """
    blocks: list[Block] = []
    buffer: list[str] = []
    # "list" numbers the innermost <ul>/<ol> being walked (0: none), so that a list's items can be judged together
    # "plain": whether the block holds words outside <strong>/<b> (a block without is set in bold)
    state = {"links": 0, "tag": container.tag, "quotes": 0, "pre": 0, "heading": 0, "list": 0, "lists": 0, "plain": False}

    def flush() -> None:
        text = _lines_text("".join(buffer)) if buffer else ""
        if text:
            in_list = state["list"] if state["tag"] == "li" else 0
            blocks.append(Block(text, state["links"], state["tag"], state["quotes"] > 0, in_list, not state["plain"]))
        buffer.clear()
        state["links"] = 0
        state["plain"] = False

    def add(text: str, link: bool, bold: bool) -> None:
        buffer.append(text if state["pre"] else text.replace("\n", " "))
        if link:
            state["links"] += len(norm(text))
        if not bold and not state["plain"] and not text.isspace():
            state["plain"] = True

    def walk(el, in_link: bool, in_bold: bool) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if tag == "br":
            if buffer and buffer[-1] == "\n":
                flush()
            else:
                buffer.append("\n")
        elif tag == "table" and (rows := table_text(el)) is not None:
            flush()
            links = sum(len(norm(a.text_content())) for a in el.iter("a"))
            blocks.append(Block(rows, links, "table", state["quotes"] > 0))
        else:
            is_block = tag in BLOCK_TAGS
            outer_tag = state["tag"]
            if is_block:
                flush()
                state["tag"] = tag
            outer_list = state["list"]
            if tag in ("ul", "ol"):
                state["lists"] += 1
                state["list"] = state["lists"]
            link = in_link or (tag == "a" and not (state["heading"] and _anchor(el)))
            state["quotes"] += tag == "blockquote"
            state["pre"] += tag == "pre"
            state["heading"] += tag in HEADINGS
            bold = in_bold or tag in _BOLD_TAGS
            if el.text:
                add(el.text, link, bold)
            for child in el:
                walk(child, link, bold)
            if tag in ("td", "th"):
                buffer.append(" ")
            if is_block:
                flush()
                state["tag"] = outer_tag  # words after the block, in its parent, are the parent's
            state["quotes"] -= tag == "blockquote"
            state["pre"] -= tag == "pre"
            state["heading"] -= tag in HEADINGS
            state["list"] = outer_list
        if el.tail:
            if buffer and buffer[-1] == "\n" and not el.tail.strip():
                return
            add(el.tail, in_link, in_bold)

    walk(container, False, False)
    flush()
    return blocks


_BLANK_LINES = re.compile(r"\n{2,}")


def _lines_text(raw: str) -> str:
    """Each line with its whitespace collapsed, blank lines dropped; most blocks are one line, which ``norm`` does alone."""
    if "\n" not in raw:
        return norm(raw)
    return _BLANK_LINES.sub("\n", "\n".join(norm(line) for line in raw.split("\n"))).strip()


def _anchor(a) -> bool:
    """An ``<a>`` that leads nowhere else: a jump target (``name=``, no ``href``) or a link into the page itself.

    Subheadings carry them as permalinks (hakibenita.com's ``href="#use-median"``, mdr.de's
    ``<a name="sprung4">``); a heading made of one is a subheading, not a link to another story.
    """
    href = a.get("href")
    return href is None or href.startswith("#")


def table_text(table) -> str | None:
    """A data table as text, one row per line and cells joined by `` | ``; None for a layout table.

    A data table has at least two rows, a row of two cells or more, no table inside, short cells
    (a layout table puts whole paragraphs, or the page, in one cell), and cells that are mostly not
    links (a calendar, a menu or a link rail is furniture: its rows are judged one by one).
    """
    if any(inner is not table for inner in table.iter("table")):
        return None
    rows = []
    widest = filled = linked = 0
    caption = table.find("caption")
    for row in table.iter("tr"):
        elements = [cell for cell in row if cell.tag in ("td", "th")]
        cells = [norm(_cell_text(cell)) for cell in elements]
        if any(len(cell) > MAX_CELL for cell in cells):
            return None
        widest = max(widest, len(cells))
        for cell, element in zip(cells, elements, strict=True):
            if cell:
                filled += 1
                linked += sum(len(norm(a.text_content())) for a in element.iter("a")) >= len(cell)
        if any(cells):
            rows.append(" | ".join(cells))
    if len(rows) < 2 or widest < 2 or linked > LINKED_CELLS * filled:
        return None
    if caption is not None and (title := norm(" ".join(caption.itertext()))):
        rows.insert(0, title)
    return "\n".join(rows)


def _cell_text(el) -> str:
    """A table cell's text as a browser shows it: inline markup joins its words ("4<sup>th</sup>" is "4th",
    wccftech's dates), a ``<br>`` or a block inside the cell parts them."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            inner = _cell_text(child)
            parts.append(f" {inner} " if child.tag == "br" or child.tag in BLOCK_TAGS else inner)
        parts.append(child.tail or "")
    return "".join(parts)


#: A heading of at most this many words that names a widget is a label ("Related", "Mehr zum Thema").
HEADING_WIDGET_WORDS = 4
#: A block of at least this many ``<br>``-broken lines ...
LINKED_LINES = 3
#: ... this much of whose text is links is a list of links, however many words its titles add up to.
LINKED_LINES_SHARE = 0.9


def keep_block(block: Block) -> bool:
    """Generic paragraph rules for HTML blocks: link rails, widget labels, e-mail and URL lines."""
    text = block.text
    if block.tag == "h1":
        return False  # the headline: Document.title carries it
    if block.tag == "table":
        return True  # a data table (``table_text`` already turned tables of links away)
    words = widgets.word_count(text)
    if block.link_chars and block.link_chars >= 0.6 * len(text) and words < 25 and not _linked_sentence(block, words):
        return False
    if _linked_lines(block):
        return False
    return not widgets.is_widget_line(text, max_words=HEADING_WIDGET_WORDS if block.tag in HEADINGS else 5)


def _linked_lines(block: Block) -> bool:
    """A block of ``<br>``-broken lines that are links, at most a label among them: a list of other stories.

    The link rule above spares blocks of 25 words or more, a paragraph with a few links in it; a list of linked
    titles set apart only by ``<br>`` is one block whose titles add up past that: ABC7 New York's "RELATED
    INFORMATION" links after its story (five titles, 35 words, all linked), The Federalist Papers' "READ MORE:" over
    four linked titles of other outlets' articles (96% linked). A story's lines keep their unlinked words.
    """
    lines = block.text.count("\n") + 1
    return lines >= LINKED_LINES and block.link_chars >= LINKED_LINES_SHARE * (len(block.text) - lines + 1)


def _linked_sentence(block: Block, words: int) -> bool:
    """A paragraph that is a sentence around a link ("Why had there been such a <a>strong turn</a>?").

    Rails and teaser lists are link-dense too, but their items are titles: no closing
    punctuation, and some unlinked words only when they are a label ("Read more: ...").
    """
    text = block.text
    return (
        block.tag == "p"
        and words >= 3
        and "\n" not in text
        and not _LABEL.match(text)
        and text.endswith(_LINKED_SENTENCE_ENDS)
        and block.link_chars < len(text) - 2
        and not widgets.is_widget_line(text, max_words=words)
    )


def _drop_pull_quotes(blocks: list[Block]) -> list[Block]:
    """The blocks without quoted blocks that a longer paragraph says again, and the signature under each.

    Layouts mark pull quotes in many ways ("pullquote", "pull-right", a styled blockquote);
    what they share is that the quoted words are also in the story, so the repetition is the
    signal. Only ``<blockquote>`` content is judged: a subheading may well echo a sentence.
    A pull quote signed by its speaker in the blocks under it (``_signature``) goes with its signature, and
    may trim the sentence it lifts (``text_regions.said_again``): the Tagesspiegel's "Karsten Haustein, Universität
    Leipzig" and the Tageblatt's "Patrick Dury, LCGB-Präsident" under theirs, as the text dumps drop them.
    """
    if not any(block.quoted for block in blocks):
        return list(blocks)  # nothing to judge: most pages quote nothing, and every block's words were read
    tokens = [TOKENS.findall(b.text) for b in blocks]
    dropped: set[int] = set()
    for index, (block, words) in enumerate(zip(blocks, tokens, strict=True)):
        if not block.quoted or index in dropped or not 6 <= len(words) <= 60:
            continue
        signature = _signature(blocks, index)
        if any(other != index and said_again(words, tokens[other], trimmed=signature > 0) for other in range(len(blocks))):
            dropped.update(range(index, index + 1 + signature))
    return [block for index, block in enumerate(blocks) if index not in dropped]


def _signature(blocks: list[Block], index: int) -> int:
    """How many blocks right under the quoted block at ``index`` sign it: a name and a role each
    (``text_regions.is_attribution``), no heading, at most ``text_regions.ATTRIBUTION_LINES`` of them."""
    count = 0
    while (count < ATTRIBUTION_LINES and index + 1 + count < len(blocks)
           and blocks[index + 1 + count].tag not in HEADINGS and is_attribution(blocks[index + 1 + count].text)):
        count += 1
    return count


#: A list is prose when at most this share of its items read as widget labels: its other items are plain words.
PROSE_LIST_WIDGETS = 0.25
#: Lists shorter than this are judged item by item (a share bar or a two-link menu is short).
PROSE_LIST_ITEMS = 4


def _without_notice_lines(block: Block) -> Block | None:
    """A kept ``block`` without its ``<br>``-broken lines that are notices, or None when nothing else is left.

    A story's closing lines set apart by ``<br>`` mix furniture into one block, where the block rules judge only the
    whole: the translator and the syndication notice ("Aus dem Englischen von Jan Doolan" / "Copyright: Project
    Syndicate, 2025" on Die Presse), the source above the translation note ("© Quanta Magazine" / "Von »Spektrum der
    Wissenschaft« übersetzte ..." on Spektrum). A line that is furniture whatever its length (``is_widget_line`` with
    no short-label allowance: a copyright, promo or house-ad line) goes; a photo credit stays, as the line under its
    caption ("Credit: NASA" on Space.com is in its reference). Preformatted text and tables keep their lines.
    """
    if "\n" not in block.text or block.tag in ("pre", "table"):
        return block
    lines = [line for line in block.text.split("\n") if not widgets.is_widget_line(line, max_words=0)]
    if not lines:
        return None
    return block if len(lines) == block.text.count("\n") + 1 else replace(block, text="\n".join(lines))


def paragraphs_of(container) -> list[str]:
    """The container's paragraphs after the block rules (link rails, widget labels, pull quotes out)."""
    return [block.text for block in kept_blocks(container)]


#: Block elements whose text is an item among others (a list's, a table's) or preformatted, never a label left over.
_ITEM_TAGS = widgets.words("li td th dd dt table pre")


def kept_blocks(container) -> list[Block]:
    """The container's blocks that ``paragraphs_of`` keeps, with what they were made of."""
    blocks = serialise(container)
    kept = _with_section_numbers(blocks, _with_subheadings(blocks, [keep_block(b) for b in blocks]))
    prose_lists = _prose_lists(blocks, kept)
    links = (_teaser_summaries(blocks) | _link_list_items(blocks, kept) | _labels_over_links(blocks, kept)
             | _headline_kickers(blocks, kept) | _closing_reading_list(blocks, kept))
    return _drop_pull_quotes([
        trimmed for index, (b, keep) in enumerate(zip(blocks, kept, strict=True))
        if (keep or b.in_list in prose_lists and not b.link_chars and not widgets.is_widget_line(b.text, max_words=0))
        and index not in links and (trimmed := _without_notice_lines(b)) is not None
    ])


#: A list of at least this many items ...
LINK_LIST_ITEMS = 3
#: ... of which this share went as links (``keep_block``) is a list of links: its items this much linked go too.
LINK_LIST_DROPPED, LINK_LIST_ITEM_LINKS = 0.6, 0.4


def _link_list_items(blocks: list[Block], kept: list[bool]) -> set[int]:
    """Indexes of the items of a list of links that the link rule let through, and of the heading right above it.

    ``keep_block`` judges each item alone, and an item whose kicker is not linked passes (FUNKE's papers, waz.de,
    abendblatt.de and bsz.de, set "Exklusive Politik-Hintergründe – für Sie recherchiert" over items such as
    "<strong>„Über manches irritiert“: </strong><a>Klingbeil greift Klöckner an</a>" inside the story; the Telegraph's
    shopping list gives the shop's link and a remark). Where most of a list's items went as links, the list is links:
    its items at least ``LINK_LIST_ITEM_LINKS`` linked go too, and so does a heading over it (its label: the FUNKE
    heading, Businessweek's "Story Tools"). An item that mentions a link in passing stays (obamawhitehouse.gov's "For
    updates on the Obama Presidential Center, you can follow @ObamaFoundation on Twitter", in its reference).
    """
    items: Counter = Counter()
    dropped: Counter = Counter()
    for block, keep in zip(blocks, kept, strict=True):
        if block.in_list:
            items[block.in_list] += 1
            dropped[block.in_list] += not keep and block.link_chars > 0
    lists = {key for key, count in items.items() if count >= LINK_LIST_ITEMS and dropped[key] >= LINK_LIST_DROPPED * count}
    found = set()
    for index, block in enumerate(blocks):
        if block.in_list in lists and block.link_chars >= LINK_LIST_ITEM_LINKS * len(block.text):
            found.add(index)
            if index and blocks[index - 1].tag in HEADINGS and not blocks[index - 1].in_list:
                found.add(index - 1)
    return found


#: A label over a block of links is at most this many words.
LINK_LABEL_WORDS = 4


def _labels_over_links(blocks: list[Block], kept: list[bool]) -> set[int]:
    """Indexes of the short labels whose next block went as links: the heading of a box of other stories.

    The link rules drop the box's links, not its label, which is plain text ("UPDATES" over ABC7 New York's links
    to its coronavirus coverage; FAZ.NET's "Zum Thema" over its related links; Le Figaro's "À découvrir";
    Rzeczpospolita's "Czytaj więcej"). A label is a few words with no closing punctuation, and the block after its
    links goes too (the box goes on, or the page's furniture follows): a shop card's price over its "Buy now" link
    (the Telegraph's, Engadget's) or a subheading over a one-line link (Nine's "WHAT'S NEXT") is followed by the
    story again, and stays. A label holds no digit: a live ticker's day heading ("Dienstag, 27. August 2024" on BR)
    is the story's, whatever follows it.
    """
    return {
        index for index, (block, keep) in enumerate(zip(blocks, kept, strict=True))
        if keep and index + 1 < len(blocks) and not kept[index + 1] and blocks[index + 1].link_chars
        and _wholly_linked(blocks[index + 1]) and (index + 2 == len(blocks) or not kept[index + 2])
        and not block.link_chars and not block.in_list and not any(char.isdigit() for char in block.text)
        and widgets.word_count(block.text) <= LINK_LABEL_WORDS and not block.text.endswith(_CLAUSE_ENDS)
    }


#: A closing reading list has at least this many items ...
READING_LIST_ITEMS = 3
#: ... under a heading of at most this many words.
READING_LIST_HEADING_WORDS = 8


def _closing_reading_list(blocks: list[Block], kept: list[bool]) -> set[int]:
    """Indexes of a reading list closing the story: a heading over a list whose every kept item holds a link.

    A publisher closes its story with a box of its coverage on the subject, each item a blurb around a link to
    another of its stories: HuffPost's "A HuffPost Guide To Coronavirus" (a bold line over "What happens if we end
    <a>social distancing</a> too soon?" and six more), The New Yorker's ``<h2>`` "Race, Policing, and Black Lives
    Matter Protests" (over "The <a>death of George Floyd</a>, in context." and five more); neither reference keeps
    them, nor does Animal-World's its closing "References" list of linked sources. The link rules spare such items,
    as each is a sentence with a link in it. The list must be the last of the kept blocks (but for a promotion under
    it, HuffPost's membership pitch, which goes anyway) and sit right under a short heading or bold line ending no
    clause: a list the story introduces ("Here is what changes:") or goes on after is the story's.
    """
    # from the end, so that only the blocks under the list are tested as promotions (each test runs every language's list)
    last = next((index for index in range(len(kept) - 1, -1, -1)
                 if kept[index] and not is_promo(blocks[index].text)), -1)
    if last < 0 or not blocks[last].in_list:
        return set()
    key = blocks[last].in_list
    first = last
    while first and blocks[first - 1].in_list == key:
        first -= 1
    items = [index for index in range(first, last + 1) if kept[index]]
    if len(items) < READING_LIST_ITEMS or not all(blocks[index].link_chars for index in items):
        return set()
    heading = next((index for index in range(first - 1, -1, -1) if kept[index]), None)
    if heading is None:
        return set()
    label = blocks[heading]
    if (label.in_list or not (label.tag in HEADINGS or label.bold) or "\n" in label.text or label.link_chars
            or widgets.word_count(label.text) > READING_LIST_HEADING_WORDS or label.text.endswith(_CLAUSE_ENDS)):
        return set()
    return {heading, *items}


#: A kicker over the headline runs this many words at most.
KICKER_WORDS = 5


def _headline_kickers(blocks: list[Block], kept: list[bool]) -> set[int]:
    """Indexes of the kickers over the headline: a short label right above the ``<h1>``, before the story begins.

    The headline goes (``keep_block``), and the section or topic line the page sets over it stayed, as the story's
    first line: "Features" and "Double jeopardy" on Ars Technica, "Hitzefolgen" on MDR, "News" on Nature, "Live" on
    the NZZ, "Wypłata już w marcu" on Super Biznes, "OpiniãoCotidiano" on UOL; no dev reference keeps one. A label is
    a few words closing no sentence, one line, no list item; an ``<h1>`` under the story's prose is a subheading
    (``_with_subheadings``), and what sits over it is the story's.
    """
    found = set()
    for index, block in enumerate(blocks[:-1]):
        if blocks[index + 1].tag == "h1" and kept[index] and not block.in_list \
                and "\n" not in block.text and widgets.word_count(block.text) <= KICKER_WORDS \
                and not widgets.SENTENCE_END.search(block.text):
            found.add(index)
        if kept[index] and _is_story_prose(block):
            break
    return found


#: A text cut short by the site: a word, then an ellipsis ("... съобщава доц. д-р...", "... 警視庁が背...").
_CUT_SHORT = re.compile(r"\w\s?(?:\.\.\.|…)$")
#: How a text ``_CUT_SHORT`` matches ends.
_CUT_ENDS = ("...", "…", "...\n", "…\n")


def _teaser_summaries(blocks: list[Block]) -> set[int]:
    """Indexes of the blocks that are a teaser card's summary: cut short by the site, and a link or under one.

    A card for another story shows the opening of its text cut off mid-word, linked to the story (tokyo-np.co.jp's
    "detail-sub" paragraphs, notebookcheck.com's "← Huawei Ascend P7: Weitere Details z...") or under its linked title
    (actualno.com's "relation-box" inside the story: an ``<h2>`` link over "... съобщава доц. д-р..."). A story's own
    paragraph trailing off ("Little did I know…" on verfassungsblog, "その判断は…" on the Nikkei) links nowhere.
    """
    found = set()
    for index, block in enumerate(blocks):
        # the pattern is anchored at the end (maybe before a last newline): a search tries it at every character
        if not block.text.endswith(_CUT_ENDS) or not _CUT_SHORT.search(block.text):
            continue
        before = blocks[index - 1] if index else None
        if _wholly_linked(block) or before is not None and before.tag in HEADINGS and _wholly_linked(before):
            found.add(index)
    return found


def _with_subheadings(blocks: list[Block], kept: list[bool]) -> list[bool]:
    """``kept``, with the headings that introduce a paragraph of the story kept, whatever their links or tag.

    ``keep_block`` judges a heading alone, and drops one that is mostly a link or is an ``<h1>`` (taken for the
    headline). Followed by a paragraph of the story's prose, a heading is the story's subheading: vox.com's
    ranked titles link the film ("19) <a>Ingrid Goes West</a>"), Substack posts set theirs as ``<h1>``
    (chinatalk's "Do Fiscal Constraints Even Matter?"). Still dropped: a heading that is wholly a link (a teaser
    card's title over its summary: 9news.com.au, berliner-zeitung.de, mbl.is; the byline under it, repubblica.it's
    "di Teresa Fallavollita 20 Novembre 2024", is the card's text, no heading: ``serialise``), a widget label, even
    above prose (abendblatt.de's "Auch interessant"; a newsletter box's "WAZ-Newsletter: Jetzt kostenlos
    anmelden!" over its pitch), and any heading above the story's first prose paragraph: there it is the
    headline (mdr.de's ``<h1>``), a byline or a kicker.

    A section heading may stand over a title of the section's first item rather than over its prose
    (``_item_title``): QbitAI's ``<h1>`` "智川X-Agent核心功能" over "1. 零代码AI应用搭建，10秒定义专属智能体" and then
    the item's prose, cron.weekly's ``<h1>`` "News & general 🗞" over an entry's ``<h2>`` title and then its
    comment; the heading is the story's all the same.
    """
    judged = list(kept)
    story_begun = False
    for index, (block, keep) in enumerate(zip(blocks, kept, strict=True)):
        if (
            not keep and story_begun and block.tag in HEADINGS and not _wholly_linked(block)
            and _heads_prose(blocks, kept, index + 1)
            and not widgets.is_widget_line(block.text, max_words=HEADING_WIDGET_WORDS, subheading=True)
        ):
            judged[index] = True
        story_begun = story_begun or keep and _is_story_prose(block)
    return judged


def _heads_prose(blocks: list[Block], kept: list[bool], at: int) -> bool:
    """Whether a kept paragraph of the story's prose is at ``at``, or right after an item's title there."""
    if at < len(blocks) and _item_title(blocks[at], kept[at]):
        at += 1
    return at < len(blocks) and kept[at] and _is_story_prose(blocks[at])


def _item_title(block: Block, keep: bool) -> bool:
    """A title over one item of a section: a heading, or a kept short ``<p>`` outside lists closing no sentence."""
    if block.tag in HEADINGS:
        return True
    return (
        keep and block.tag == "p" and not block.in_list and prose_length(block.text) < PROSE_PARAGRAPH
        and not widgets.SENTENCE_END.search(block.text)
    )


_SECTION_NUMBER = re.compile(r"\d{1,2}")


def _with_section_numbers(blocks: list[Block], kept: list[bool]) -> list[bool]:
    """``kept``, with the paragraphs that number the story's sections kept: bare numbers reading 1, 2, ... in order.

    ``keep_block`` drops a paragraph that is a bare number: a gallery's counter or a share count. Chinese stories
    number their sections in a paragraph of its own above each section's heading or first paragraph ("1" /
    "全国名校长在小地方遇难题" on ifeng.com, "1" / "美国方面是..." on huanqiu.com; both references keep them). A counter
    does not count up from 1 with a kept block after each number; every unlinked ``<p>`` that is a bare number must
    take part, so a run that skips or repeats a number stays dropped.
    """
    numbered = [i for i, b in enumerate(blocks) if b.tag == "p" and not b.link_chars and _SECTION_NUMBER.fullmatch(b.text)]
    if len(numbered) < 2 or [int(blocks[i].text) for i in numbered] != list(range(1, len(numbered) + 1)):
        return kept
    if not all(i + 1 < len(blocks) and kept[i + 1] and i + 1 not in numbered for i in numbered):
        return kept
    return [keep or i in numbered for i, keep in enumerate(kept)]


#: A block with this share of its characters in links is wholly a link (a title linking to another page).
WHOLLY_LINKED = 0.9
#: The shortest paragraph that shows the story has begun or goes on under a heading (characters, ``prose_length``).
PROSE_PARAGRAPH = 80
#: The largest share of a prose paragraph's characters that may sit in links.
PROSE_LINKS = 0.3


def prose_length(text: str) -> int:
    """A paragraph's length in Latin-script characters: a Chinese or Japanese character counts three.

    ``PROSE_PARAGRAPH`` was set on spaced text, where a word takes about six characters with its space; a Chinese or
    Japanese word takes two (``widgets.word_count``), so a sentence of theirs reads as a third of its length."""
    return len(text) + 2 * len(widgets.CJK.findall(text)) if not text.isascii() else len(text)


def _wholly_linked(block: Block) -> bool:
    return block.link_chars >= WHOLLY_LINKED * len(block.text)


def _is_story_prose(block: Block) -> bool:
    """A paragraph of running prose: a ``<p>`` outside lists, long, mostly unlinked, ending a sentence."""
    return (
        block.tag == "p" and not block.in_list and prose_length(block.text) >= PROSE_PARAGRAPH
        and block.link_chars < PROSE_LINKS * len(block.text) and bool(widgets.SENTENCE_END.search(block.text))
    )


def _prose_lists(blocks: list[Block], kept: list[bool]) -> set[int]:
    """Lists whose items are mostly kept: an item among them that starts with a widget word is still an item.

    A list in the story names things ("Sources for this traffic include: Email/IMs, Copying and pasting
    a link, ..." on parse.ly; "user type, visit count, ..., search term, location" on foxbusiness.com); an
    item reading "Email" or "Search" is a control only in a list of controls, where most items are.
    """
    items: Counter = Counter()
    dropped: Counter = Counter()
    for block, keep in zip(blocks, kept, strict=True):
        if block.in_list:
            items[block.in_list] += 1
            dropped[block.in_list] += not keep
    return {
        key for key, count in items.items()
        if count >= PROSE_LIST_ITEMS and 0 < dropped[key] <= PROSE_LIST_WIDGETS * count
    }


def before_end(paragraphs: list[str], profile: SiteProfile | None) -> list[str]:
    """The story above the first paragraph that is one of the site profile's end lines (``profiles.story_end``) or a
    prompt to comment (``text_regions.COMMENT_PROMPT``) with ``COMMENTS_BELOW`` of the story's words above it.

    A publisher closes its story with a mark ("(END)" on Yonhap) or, on a paywalled page, with a notice ("Il vous
    reste 57.09% de cet article à lire." on Le Monde, "この記事は会員限定です。..." on the Nikkei): what follows is
    rails or the sign-up box. Each wording is one publisher's, so it lives in that publisher's profile. A comment
    section's prompt or house rules open the comments, whoever prints them: the text dumps' story ends above them
    (``data/<language>/comment_prompts.txt``, each wording seen on two publishers or more), and a page's markup may
    leave them in the story's box too (Nature's 2011 "This is a public forum. Please keep to our Community
    Guidelines. ..." under its last paragraph); as in a dump, a prompt with less than a quarter of the story's words
    above it opens a box set inside the story, which goes on. An end line as the first paragraph is kept: with
    nothing above it, cutting there would leave the page silently empty.
    """
    at = next((index for index, para in enumerate(paragraphs) if index and (
        story_end(profile, para)
        or COMMENT_PROMPT.fullmatch(para)  # rare: the words are counted only then
        and sum(len(TOKENS.findall(p)) for p in paragraphs[:index])
        >= COMMENTS_BELOW * sum(len(TOKENS.findall(p)) for p in paragraphs)
    )), None)
    return paragraphs if at is None else paragraphs[:at]


#: Share of the extracted words the page's JSON-LD ``articleBody`` must hold before it may say where the story ends.
BODY_AGREEMENT = 0.8
#: How many of the ``articleBody``'s last words the last kept paragraph must hold: the two agree on the story's end.
BODY_END_WORDS = 6


def before_body_end(paragraphs: list[str], article_body: str | None) -> list[str]:
    """The paragraphs up to the one holding the end of the page's JSON-LD ``articleBody``, when the two agree.

    A page that declares its story's text says where it ends; what the container holds below it is furniture of
    any kind and wording: an investment disclaimer (berlinermorgenpost.de), a reader poll and a call to share tips
    with the community (20min.ch), a "last updated" date line (corriere.it), an "end of further information" label
    (hessenschau.de). Trusted only when the declared text holds at least ``BODY_AGREEMENT`` of the extracted words
    (so it is this story, whole, not a teaser) and one paragraph holds its last ``BODY_END_WORDS`` words; subheadings
    and standfirsts, which ``articleBody`` often leaves out, are kept above that paragraph.
    """
    if not article_body or len(paragraphs) < 2:
        return paragraphs
    body = [w.casefold() for w in TOKENS.findall(article_body)]
    if len(body) < BODY_END_WORDS:
        return paragraphs
    declared = _shingles(body)
    words = [[w.casefold() for w in TOKENS.findall(p)] for p in paragraphs]
    held = [sum((_shingles(ws) & declared).values()) / max(1, len(ws) - 3) if ws else 1.0 for ws in words]
    total = sum(len(ws) for ws in words) or 1
    if sum(min(h, 1.0) * len(ws) for h, ws in zip(held, words, strict=True)) < BODY_AGREEMENT * total:
        return paragraphs
    end = " " + " ".join(body[-BODY_END_WORDS:]) + " "
    last = next((i for i in range(len(words) - 1, -1, -1) if end in " " + " ".join(words[i]) + " "), None)
    return paragraphs if last is None else paragraphs[: last + 1]


def _shingles(words: list[str]) -> Counter:
    """Runs of four words (one run for a shorter text), to measure how much of a paragraph a text holds."""
    return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))


def _copied(text: str, paragraphs: list[str]) -> bool:
    """The text's words are one paragraph's words: a standfirst printed again as a paragraph of the story.

    A standfirst the story repeats only in part is kept, as the references keep it: a sentence taken from the story
    (The Observer's "'The fact that nobody has never explored the hill before is a mystery'", El Mundo's "Bajo su mando
    se encontraba el control de todos los zulos y las armas", eyethu News' quote line, LeadDev's "Agent security is
    identity security") or the opening of its first paragraph (El Sol de Mazatlán's ``<h3 class="subtitle">``).
    """
    needle = " ".join(TOKENS.findall(text))
    return any(needle == " ".join(TOKENS.findall(p)) for p in paragraphs)


def _contained(text: str, paragraphs: list[str]) -> bool:
    """The text's words already appear, in order, inside one of the paragraphs."""
    needle = " ".join(TOKENS.findall(text))
    return any(needle in " ".join(TOKENS.findall(p)) for p in paragraphs)


#: A photo story's captions of a paragraph's length (characters) or more ...
PHOTO_STORY_CAPTION = 80
#: ... at least this many of them, holding this many times the text the main pass found.
PHOTO_STORY_CAPTIONS, PHOTO_STORY_SHARE = 3, 1.5


def photo_story(body: Body) -> Body:
    """A story told in the captions under its photos: its paragraph-long captions join its text, in page order.

    Captions beside a story's text are not its text (the references leave them out), but a photo story has no
    other text: vnexpress.net's 2014 photo stories set every paragraph after the lede in the caption cell under a
    photo (``<table class="tplCaption">``), popsugar.com's slideshows each slide's text in its ``<figcaption>``.
    Without them the body is the lede alone. What gives such a page away is the share: on dev their prose captions
    hold 4.7 and 1.9 times the text the main pass found, on every other page 0.9 times at most (lsm.lv,
    actualno.com: a few long captions beside a short story). Short captions (a credit, a photo's title) stay
    captions.
    """
    told = [caption for caption in body.captions if len(caption) >= PHOTO_STORY_CAPTION]
    found = sum(len(p) for p in body.paragraphs)
    if len(told) < PHOTO_STORY_CAPTIONS or sum(len(c) for c in told) < PHOTO_STORY_SHARE * found or _dated_feed(told):
        return body
    return replace(body, paragraphs=body.paragraphs + tuple(told), captions=tuple(c for c in body.captions if c not in told))


#: Captions of which this share names one date are the items of a dated feed or gallery, not a photo story's text.
DATED_FEED_SHARE = 0.5
_NUMBER = re.compile(r"\S*\d\S*")


def _dated_feed(captions: list[str]) -> bool:
    """Whether most of ``captions`` share a number: a stream of other stories or a gallery of other days.

    Teaser cards and gallery slides set their text in caption markup too, each with its date: UOL's "Futebol" stream
    below the story ("... 21/05/2020 19h03" on every card), the Independent's "UK news in pictures" gallery
    ("... 2 November 2020 ..."). A photo story's captions tell its events and share no date.
    """
    counts = Counter(token for caption in captions for token in set(_NUMBER.findall(caption)))
    return any(count >= DATED_FEED_SHARE * len(captions) for count in counts.values())


#: The headline's ``<article>`` is trusted over a better-scored block outside it when it holds this much prose.
HEADLINE_ARTICLE_PROSE = 400


def headline_articles(root, title: str | None) -> tuple:
    """The ``<article>`` elements of the page's headline: the one holding the ``<h1>`` that says the page's title,
    and those after that ``<h1>`` and before any other ``<h1>`` (the next story of an infinite scroll), in order.

    A page with no ``<h1>`` saying its title may set each story of a stream under an ``<h2>`` in an ``<article>`` of
    its own, and the next ``<h2>`` heads the next story: The Week's 'Speed Reads' page opened at one post prints the
    stream's next seven posts in full after it, and the last, longer, won. Such an ``<h2>`` counts only inside an
    ``<article>`` with more ``<article>`` elements after it.

    Taken before pruning (headers holding the ``<h1>`` are often pruned). See ``choose_container``.
    """
    wanted = norm(title or "").lower()
    if not wanted:
        return ()
    level = "h1" if any(norm(el.text_content()).lower() == wanted for el in root.iter("h1")) else "h2"
    marks = list(root.iter(level, "article"))
    at = next((i for i, el in enumerate(marks) if el.tag == level and norm(el.text_content()).lower() == wanted), None)
    if at is None:
        return ()
    found = list(marks[at].iterancestors("article"))[:1]
    if level == "h2" and not (found and any(el.tag == "article" for el in marks[at + 1:])):
        return ()
    for el in marks[at + 1:]:
        if el.tag == level:
            break
        found.append(el)
    return tuple(found)


def choose_container(root, profile: SiteProfile | None, article_body: str | None, stories: tuple = ()):
    """The story's container in a pruned tree: the site profile's, the JSON-LD ``articleBody``'s, or the scored one.

    ``stories``: the headline's ``<article>`` elements (``headline_articles``). A scored block outside all of them
    is another story or a sidebar: newsgram.com's infinite scroll appends three more stories, each an ``<article>``
    under its own ``<h1>``, and a longer one won; baon.hu's sidebar slider of obituary notices outweighed a short
    story in the one ``<article>`` after the headline. The best block inside the first of them is taken instead,
    when it still holds some prose after pruning and the block outside outweighs it (a story cut into two ``<article>``s, as washingtonpost.com's
    2011 pages are, keeps its scored half).
    """
    if profile is not None:
        container = next((found[0] for xpath in profile.compiled["body"] if (found := xpath(root))), None)
        if container is not None:
            return container
    container = find_container(root)
    guided = container_from_body(root, article_body) if article_body else None
    # a JSON-LD "articleBody" that is only the standfirst matches a small part of the story: ignore it then
    # (judged against the scored container unless scoring fell back to the whole page)
    if guided is not None and not (
        container.tag not in ("body", "html") and prose_chars(guided) < 0.5 * prose_chars(container)
    ):
        return guided
    # only a block that outweighs the article is another story or a sidebar; a smaller one won on its class
    # (nikkei.com's newsletter notice under the free part of the story: where the story ends)
    if (
        stories and _outside(container, stories, root) and prose_chars(stories[0]) >= HEADLINE_ARTICLE_PROSE
        and sum(map(len, paragraphs_of(container))) > sum(map(len, paragraphs_of(stories[0])))
    ):
        return find_container(stories[0])
    return container


def _outside(container, stories: tuple, root) -> bool:
    """The container is in none of the headline's ``<article>`` elements, holds none, and they survived pruning."""
    if root not in stories[0].iterancestors():
        return False
    held = {container, *container.iterancestors()}
    return not any(story in held or container in story.iterancestors() for story in stories)


def extract_body(
    root, marks: Marks, *, profile: SiteProfile | None = None, article_body: str | None = None, descriptions: tuple[str, ...] = (),
    title: str | None = None,
) -> Body:
    """Article paragraphs and captions from a parsed page (the tree is modified in place).

    ``marks``: the page's marked elements, found before any rule removed one (``marks.find_marks``).
    ``descriptions``: the summaries the page declares (``Metadata.summaries``), to recognise its standfirst.
    ``title``: the page's title, to find its headline's ``<article>`` (``headline_articles``).
    """
    positions, standfirsts = find_standfirsts(root, descriptions, title)
    stories = headline_articles(root, title)
    drop_player_titles(root)
    drop_contents_boxes(root)
    drop_polls(root, marks)
    drop_person_cards(root, marks)
    drop_folded_bios(root, marks)
    drop_action_cards(root, marks)
    drop_teaser_blurbs(root)
    drop_link_records(root, marks)
    captions = collect_captions(root, marks)
    prune(root, profile)
    container = choose_container(root, profile, article_body, stories)
    drop_split_headlines(container)
    drop_bold_pointers(container)
    captions += [label for label in collect_image_labels(container) if label not in captions]
    # a block that repeats a caption is that caption shown again: a video's title over its player
    # (abendblatt.de), a gallery's title under its slides (aol.com), a scroll-driven photo story's text
    # beside its figure (restofworld.org)
    blocks = kept_blocks(container)
    paragraphs = [block.text for block in blocks if block.text not in captions]
    items = frozenset(block.text for block in blocks if block.tag in _ITEM_TAGS or block.in_list)
    set_apart = frozenset(block.text for block in blocks if block.tag in HEADINGS or block.bold) - opening_bylines(blocks)
    def new(lines: list[str]) -> list[str]:
        return [line for line in lines if line not in captions and not _contained(line, paragraphs)]

    paragraphs[:0] = new(story_above(container, positions))
    paragraphs[:0] = summary_above(container, positions, standfirsts, captions, paragraphs)

    def lead(other, found: list[str]) -> list[str]:
        return summary_above(other, positions, standfirsts, captions, found)

    return Body(tuple(paragraphs), tuple(captions), items, lead, positions, set_apart)


def without_unrelated_lines(paragraphs: tuple[str, ...], set_apart: frozenset[str]) -> tuple[str, ...]:
    """The story without the short lines set into it that share none of its words (``text_regions.drop_unrelated_lines``,
    the text dumps' rule), but for the lines the page sets apart (``set_apart``: its subheadings and items).

    Copied into the story's box, a photo's credit ("Chuck Burton/AP" on NPR, "Craig McDean/GQ" on E! Online), the
    reporter's name ("Tatiana Parafiniuk-Talesnick @TatianaSophiaPT" on The Register-Guard, "Guy Benson" on Townhall,
    "Daniel Aragón" on ABC), a control ("Personen-Box aufklappen Personen-Box zuklappen" on SRF, "Previous Next" on the
    Daily News), a quiz's counter ("Pytanie 1 z 10" on Super Express and Super Biznes) or a promo line share no word
    with the story; 19 dev pages lose such lines, and their references leave them out. A
    subheading in other words than its section is set as a heading or wholly in bold ("Calibration conundrum" on MIT
    News, "Loose-Leaf Black Tea Inside a Baggy" on The New Yorker, a CEO's name over his answer on the Miami Herald),
    and a list's or table's items name things of their own. Still lost: subheadings set as plain lines (Al Yaum's,
    eHow's "Step 1" in a ``<span>``), an italic source line (Startup Grind), a picture's joke caption (Habr).
    """
    related = set(drop_unrelated_lines(list(paragraphs)))
    return tuple(para for para in paragraphs if para in related or para in set_apart)


#: Never shown: their text is no line of the page (the footer is, and its copyright notice with it).
_UNSHOWN = widgets.words("head script style noscript template svg math")
#: What ``page_lines`` leaves out with its subtree: the unshown tags and comments, processing instructions and
#: entities (whose ``tag`` is lxml's factory function), so one set lookup tells it instead of a type test and a lookup.
_HIDDEN = _UNSHOWN | {etree.Comment, etree.ProcessingInstruction, etree.Entity}
#: Elements whose start breaks the line: ``<br>`` and the blocks.
_BREAKS = BLOCK_TAGS | {"br"}
assert BLOCK_TAGS.isdisjoint(_HIDDEN) and "pre" in BLOCK_TAGS  # ``page_lines`` asks a block's end no more


def page_lines(root) -> list[str]:
    """The page's text before anything is pruned, a line per block element, ``<br>`` or ``<pre>`` line, as
    ``serialise`` sets the story's: where the footer's copyright notice names the site (``without_appeals``),
    ``<footer>`` and the rails included. Every page pays for it, so the tree is read by lxml's ``iterwalk`` (its
    start and end events come from C) in one loop, not by a recursive walk, each event asking the fewest set lookups
    and function calls: a break flushes the line inline, not by a call (a block's start and end are half the
    events: 0.81 -> 0.72 ms a page), and only a break's start or a block's end asks whether the tag is a ``<pre>``
    (no hidden tag is a block: ``_HIDDEN``). The lines come as read: ``without_appeals`` collapses the whitespace
    (``norm``) of those under the story only, a fifth of the walk's time saved."""
    lines: list[str] = []
    buffer: list[str] = []
    add, join, clear = buffer.append, "".join, buffer.clear

    def add_pre(text: str) -> None:  # a <pre>'s line breaks: each ends a line, an empty one too
        first, *rest = text.split("\n")
        add(first)
        for line in rest:
            lines.append(join(buffer))
            clear()
            add(line)

    pre = 0  # how many <pre> elements the walk is inside
    walker = etree.iterwalk(root, events=("start", "end"))
    skip = walker.skip_subtree
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if tag in _HIDDEN:
                skip()  # its text is not shown; its tail is, at its end event
                continue
            if tag in _BREAKS:
                if buffer:
                    lines.append(join(buffer))
                    clear()
                if tag == "pre":
                    pre += 1
            text = el.text
        else:
            if tag in BLOCK_TAGS:
                if buffer:
                    lines.append(join(buffer))
                    clear()
                if tag == "pre":
                    pre -= 1
            text = el.tail
        if text:
            if pre and "\n" in text:
                add_pre(text)
            else:
                add(text)
    if buffer:
        lines.append(join(buffer))
    return lines


def without_appeals(paragraphs: tuple[str, ...], lines: list[str]) -> tuple[str, ...]:
    """The story less the reader appeals and house blurbs closing it that name the site, by the name the page's
    copyright notice under the story gives (``site_names``, the text dumps' rule; ``lines``: ``page_lines``, as read).

    Blister's member pitch ("Become a Blister Member or Deep Dive subscriber ...", "© 2022 BLISTER"), the Motley
    Fool's report pitch ("1 great stock to buy for 2015 and beyond ...", "© 1995 - 2015 The Motley Fool"), GigaOM's
    "Related content from GigaOM Pro (sub req’d):" and the staff notes closing HuffPost 2010 and The New Republic 2016
    ("... for the Huffington Post. You can send him an e-mail; ...") stood in their stories' boxes; no reference keeps
    them. ONE Esports' follow line and affiliate notice, which its reference keeps, go too, as in its dump. The notice
    counts from the page's last line that the story prints on: a "©" above it is a photo's credit.
    """
    shown = {line for para in paragraphs for line in para.split("\n")}
    under: list[str] = []  # the lines under the story's last, whitespace collapsed, read from the page's end
    for read in reversed(lines):
        if read.isspace() or not (line := norm(read)):  # a line of white space: no call (half the page's lines)
            continue
        if line in shown:
            return without_site_appeals(paragraphs, footer_names(under[::-1], 0))
        under.append(line)
    return paragraphs


def without_run_together_repeats(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The story without a paragraph that says several paragraphs above it again, run together
    (``text_regions.drop_run_together_repeats``, the text dumps' rule): The Namibian's box under the story repeating
    its paragraphs from the second on ("The Police suspect the plastic bag was tied around her head to suffocate her.
    The Police responded to a phone call from Telecom Namibia. ...") is in its page's story box too, and its
    reference leaves it out; a lead holding the lines under it comes before them and stays.
    """
    return tuple(drop_run_together_repeats(list(paragraphs)))


def summary_above(container, positions: dict, standfirsts: list, captions: list[str], paragraphs: list[str]) -> list[str]:
    """The standfirst above the container's story (marked, declared, else an unmarked lead), unless a paragraph copies it.

    Also asked of the container a fallback takes from the pruned tree: where the main pass chose a box with no story
    (a fund widget on The Economic Times, a photo frame on Novinky, whose stories are ``<br>``-broken text or
    ``<p>``s the main pass's container missed), the rescued story came without the summary printed under its
    headline (ET's ``<h2 class="summary">``, Novinky's perex), which both references keep.
    """
    def new(lines: list[str]) -> list[str]:
        return [line for line in lines if line not in captions and not _copied(line, paragraphs)]

    return new(pick_standfirst(container, positions, standfirsts)) or new(unmarked_lead(container, positions))


def story_above(container, positions: dict) -> list[str]:
    """Paragraphs between the headline and the container's first paragraph, built like it: the story's opening.

    Some layouts set the story's first paragraphs in a box of their own above the rest: the free opening above
    the paywalled ``<div class="wall protected-content">`` on g1.globo.com, the ``teaser-content`` above the
    ``remainder-content`` on washingtonpost.com, each paragraph the same ``<p>`` (tag and class) as those of the
    container, in a box built like theirs. A summary, a notice or a teaser card is built otherwise (``pick_standfirst`` and ``unmarked_lead`` judge
    those). ``positions``: document positions taken before pruning (``find_standfirsts``).
    """
    first = next(
        (p for p in container.iter("p") if p in positions and len(norm(p.text_content())) >= MIN_PARAGRAPH), None
    )
    if first is None or not first.get("class"):
        return []  # an unclassed <p> is what every block of a page is built from
    story_at = positions[first]
    headline_at = max((at for el, at in positions.items() if at < story_at and el.tag == "h1"), default=None)
    if headline_at is None:
        return []
    shape = (first.tag, first.get("class"), _shape(first.getparent()))
    root = container.getroottree().getroot()
    found = []
    for el in root.iter("p"):
        at = positions.get(el)
        if at is None or not headline_at < at < story_at or (el.tag, el.get("class"), _shape(el.getparent())) != shape:
            continue
        if len(text := norm(el.text_content())) >= MIN_PARAGRAPH:
            found.append(text)
    return found
