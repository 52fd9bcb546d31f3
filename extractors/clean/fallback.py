"""When the main pass finds nothing, or implausibly little: cheaper-to-trust generic fallbacks, then a reason.

The main pass (``html.extract_body``) trusts class names and paragraph scoring; on some pages that
picks a popup or prunes the story. Only then (so the common path pays nothing) the fallbacks run,
first to last, and the first that yields a plausible body wins:

1. ``densest_container`` over the pruned tree: the element whose own paragraph children hold the
   most text outside links (boilerpipe/readability-style density, no class-name bonuses), widened
   like the main pass;
2. the same over the page parsed afresh, with only never-visible tags removed (a story the pruning
   removed: inside a block named like a widget, a hidden one, a ``<nav>``);
3. the page's JSON-LD ``articleBody`` (schema.org), split into paragraphs;
4. ``embedded_paragraphs``: article markup shipped inside a script's JSON (client-rendered pages
   whose visible HTML is a shell: React Query or Next.js state holding ``"<p>..."`` strings).

If the page still yields no text, ``why_empty`` says why, for ``Document.error`` (when the page
shows signs of an article; otherwise the ``empty_body`` quality flag speaks for it).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable

from extractors.clean import html as html_clean
from extractors.clean.dom import MIN_PARAGRAPH, norm
from extractors.clean.marks import find_marks

#: The main pass's body is implausibly small below this share of the page's prose (after pruning) ...
SMALL_SHARE = 0.3
#: ... when it is also shorter than this (characters): a short story beside long reader comments is not small.
SMALL_BODY = 400
#: ... and only when the page has at least this much prose (characters) to choose from.
MIN_PAGE_PROSE = 400
#: A page with this many visible words (or that declares an article) and no text read is an error.
ARTICLE_WORDS = 100
#: A fallback replaces a non-empty main result only when it has this many times the text.
BETTER_BY = 2.0
_BLOCK_TAGS = ("p", "li", "td", "pre", "blockquote", "dd")
_WRAPPER_TAGS = ("div", "section", "article", "main", "span", "font", "center")
#: Tags that are never visible text, removed before the unpruned fallback.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "canvas")
#: A JSON string literal long enough to hold a story (escapes kept; decoded with ``json.loads``).
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.){200,})"', re.DOTALL)
#: Paragraph markup, raw or JSON-escaped (``\u003cp``, ``<\/p>``).
_MARKUP = re.compile(r"<p[\s>]|\\u003cp[\s>\\]", re.IGNORECASE)
#: Template placeholders left in shipped markup: ``$$ARTICLEAD$$``, ``{{ad_slot}}``, ``%%BANNER%%``, ``[[ad]]``.
_PLACEHOLDER = re.compile(r"^(?:\$\$\w+\$\$|\{\{\s*\w+\s*\}\}|%%\w+%%|\[\[\w+\]\])$")


def too_small(paragraphs: list[str] | tuple[str, ...], pruned_root, article_body: str | None = None) -> bool:
    """Nothing was found, or a few lines where the pruned page, or the story it declares, holds far more.

    ``article_body``: the page's JSON-LD ``articleBody`` (a sane one: see ``document.sane_body``). A page whose
    HTML is a shell a script fills in has little prose to compare with, so a few lines of furniture the main pass
    found there (scmp.com's author biography, the only paragraph its server renders) pass as the story unless the
    page's own declared text shows how much more there is.
    """
    chars = sum(len(p) for p in paragraphs)
    if not chars:
        return True
    if chars >= SMALL_BODY:
        return False
    if article_body and len(article_body) >= MIN_PAGE_PROSE and chars < SMALL_SHARE * len(article_body):
        return True
    body = pruned_root.find("body")
    prose = html_clean.prose_chars(body if body is not None else pruned_root)
    return prose >= MIN_PAGE_PROSE and chars < SMALL_SHARE * prose


def rescue(
    html: str, paragraphs: list[str], pruned_root, article_body: str | None = None,
    lead: Callable[[object, list[str]], list[str]] | None = None,
) -> list[str]:
    """The first fallback that beats ``paragraphs`` (see the module docstring), else ``paragraphs``.

    ``lead``: the main pass's standfirst finder (``html.Body.lead``), asked of the container the first fallback
    takes from the same pruned tree (the document positions it needs belong to that tree).
    """
    best = list(paragraphs)
    declared = _declared_paragraphs(article_body)

    def from_pruned(html: str, pruned_root) -> list[str]:
        return _from_pruned(html, pruned_root, lead)

    for attempt in (from_pruned, _from_unpruned, lambda *_: declared, embedded_paragraphs):
        found = attempt(html, pruned_root)
        if _size(found) >= BETTER_BY * _size(best) and found:
            best = found
        if not too_small(best, pruned_root, article_body):
            break
    return best


def _size(paragraphs: list[str]) -> int:
    return sum(len(p) for p in paragraphs)


def _declared_paragraphs(article_body: str | None) -> list[str]:
    """JSON-LD ``articleBody`` as paragraphs (one per non-empty line); a teaser cut with an ellipsis is not a body."""
    if not article_body or article_body.rstrip().endswith(("...", "…")):
        return []
    lines = [norm(line) for line in html_clean.parse_html(f"<p>{article_body}</p>").text_content().split("\n")]
    return [line for line in lines if line]


def _from_pruned(html: str, pruned_root, lead: Callable[[object, list[str]], list[str]] | None = None) -> list[str]:
    container = densest_container(pruned_root)
    if container is None:
        return []
    found = html_clean.paragraphs_of(container)
    return [*lead(container, found), *found] if lead is not None and found else found


def _from_unpruned(html: str, pruned_root) -> list[str]:
    root = html_clean.parse_html(html)
    _drop_invisible(root)
    html_clean.collect_captions(root, find_marks(root))
    container = densest_container(root)
    return html_clean.paragraphs_of(container) if container is not None else []


def _drop_invisible(root) -> None:
    """Remove the never-visible tags (``_INVISIBLE``) with their text from a tree no pruning has seen."""
    for el in list(root.iter(*_INVISIBLE)):
        if el.getparent() is not None:
            el.drop_tree()


def densest_container(root):
    """The element whose paragraph children (and grandchildren, at half weight) hold the most unlinked text.

    No class-name bonuses and no comma counts: only how much text sits outside links, so the
    choice does not depend on the page's vocabulary or language.
    """
    body = root.find("body")
    if body is None:
        body = root
    linked = {inner for a in body.iter("a") for inner in a.iter()}
    totals: dict = {}
    for el in body.iter(*_BLOCK_TAGS, *_WRAPPER_TAGS, "table"):
        if el in linked or el is body:
            continue
        if el.tag == "table":
            text = html_clean.table_text(el) or ""
            links = sum(len(norm(a.text_content())) for a in el.iter("a"))
        elif el.tag in _BLOCK_TAGS:
            text = norm(el.text_content())
            links = sum(len(norm(a.text_content())) for a in el.iter("a"))
        else:
            text, links = html_clean.direct_text(el), _inline_links(el)
        good = len(text) - 2 * links
        if len(text) < MIN_PARAGRAPH or good <= 0:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        totals[parent] = totals.get(parent, 0) + good
        if (grand := parent.getparent()) is not None:
            totals[grand] = totals.get(grand, 0) + good / 2
    if not totals:
        return None
    best = max(totals, key=totals.get)
    return html_clean.widen(best, body, html_clean.Texts())


def _inline_links(el) -> int:
    """Characters of link text in a wrapper's own text (``direct_text`` takes in its inline children, links too).

    Without them a box of bare links weighed as prose: city.udn.com's forum post hides 606 words of spam links in
    two 1px boxes, USA Today's photo gallery shows a line of sports section links, and on those storyless pages
    the fallback took the links as the densest text.
    """
    return sum(
        len(norm(a.text_content()))
        for child in el if isinstance(child.tag, str) and child.tag not in html_clean.BLOCK_TAGS
        for a in child.iter("a")
    )


def embedded_paragraphs(html: str, pruned_root=None) -> list[str]:
    """Paragraphs of the longest article markup shipped as a JSON string inside a ``<script>``.

    The fragment is parsed on its own, so its own never-visible tags go first: an embed's ``<script>`` inside the
    shipped markup would otherwise read as text (a Gazzetta del Mezzogiorno page in the unlabelled pool gave 28 words
    of jQuery code as its whole output).
    """
    root = html_clean.parse_html(html)
    best: list[str] = []
    for script in root.iter("script"):
        code = script.text or ""
        if len(code) < 200 or not _MARKUP.search(code):
            continue
        for match in _JSON_STRING.finditer(code):
            raw = match.group(1)
            if not _MARKUP.search(raw):
                continue
            try:
                fragment = json.loads(f'"{raw}"')
            except ValueError:
                continue
            froot = html_clean.parse_html(f"<html><body>{fragment}</body></html>")
            _drop_invisible(froot)
            html_clean.collect_captions(froot, find_marks(froot))
            found = [p for p in html_clean.paragraphs_of(froot.find("body")) if not _PLACEHOLDER.match(p)]
            if _size(found) > _size(best):
                best = found
    return best


def why_empty(html: str, declares_article: bool = False) -> str | None:
    """Why an HTML page yielded no article text, for ``Document.error``; None when it shows no sign of one.

    A page that declares an article (JSON-LD) or shows ``ARTICLE_WORDS`` visible words had a story we
    could not read: that is an error, with its reason. A page with neither (a bare menu, an empty
    shell) is simply not an article: the ``empty_body`` quality flag says so, and it is stored.
    """
    root = html_clean.parse_html(html)
    scripts = sum(1 for _ in root.iter("script"))
    _drop_invisible(root)
    body = root.find("body")
    visible = norm((body if body is not None else root).text_content())
    words = len(visible.split())
    if not declares_article and words < ARTICLE_WORDS:
        return None
    if words == 0:
        shell = f" ({scripts} scripts build it in a browser)" if scripts else ""
        return f"no article text found: the page declares an article but has no visible text{shell}"
    longest = max((len(norm(p.text_content())) for p in root.iter(*_BLOCK_TAGS)), default=0)
    return (
        f"no article text found: the page's {words} visible words are navigation, links, labels or "
        f"page furniture (longest paragraph {longest} characters)"
    )
