"""Render an HTML page as the plain text a browser's "select all, copy" gives: the text-dump benchmark's input.

Users paste pages copied from a browser (``newsfacts extract page.txt``); issue 12 scores such dumps,
navigation, share lines and footer included. The corpus has the HTML and the expected body, so each
page is rendered here the way a browser serialises a selection to ``text/plain`` (Chromium's text
iterator, close to the ``innerText`` algorithm), then cleaned by the text-dump path:

- only visible body text: ``head``, scripts, styles, ``noscript`` (scripts run in a browser), templates,
  embedded objects, form controls, images (no alt text is copied), SVG, closed ``<dialog>``s, the
  body of a closed ``<details>`` (its ``<summary>`` shows), elements with the ``hidden`` attribute, an
  inline ``display: none`` / ``visibility: hidden`` style, or a class every CSS framework hides
  (``HIDDEN_CLASSES``) are dropped, except React's streamed segments (``<div hidden id="S:1">``),
  which its script moves into place, rendered where they stand;
- block elements (``BLOCKS``) start and end a line; paragraphs and headings are followed by a blank
  line (their bottom margin); ``<br>`` is a line break; list items are lines of their own;
- a table row is a line with its cells separated by tabs (a block inside a cell breaks the row, as in
  a browser); ``<pre>`` keeps its line breaks;
- whitespace inside a line collapses to one space, as rendering does.

Scripts do not run (a page a script builds, like a Next.js one shipping its article as data, copies as its
shell) and stylesheets are not applied, so menus or pop-ups that only a stylesheet hides stay in the dump: the
dumps carry at least the furniture a browser's copy would, never less.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import lxml.html
from lxml import etree

from extractors.clean.widgets import words
from extractors.formats.encoding import decode_bytes

#: Never rendered as text (or, for ``noscript``, not rendered when scripts run).
SKIP = words(
    "head script style noscript template iframe object embed svg math canvas video audio img picture source track "
    "map input select option optgroup datalist textarea meta link base title"
)
#: Block-level by the user agent stylesheet: each starts and ends a line.
BLOCKS = words(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody "
    "thead tfoot tr ul caption"
)
#: Blocks with a bottom margin of about a line: a blank line follows them in a copy.
SPACED = words("p h1 h2 h3 h4 h5 h6")
#: Utility classes that CSS frameworks (Bootstrap, Tailwind, Foundation, WordPress themes) define as hidden.
HIDDEN_CLASSES = words("hidden d-none hide is-hidden display-none")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: React's streamed server-rendering segments (``<div hidden id="S:1">``).
_STREAMED = re.compile(r"^S:[0-9a-f]+$")
_SPACES = re.compile(r"[^\S\n\t\u00a0]+")
_TAB = "\t"


#: Other ways a copy reaches the cleaner, for checking that the dump rules do not lean on this renderer's line
#: spacing: "browser" as rendered; "tight" without blank lines (editors and chat tools that drop paragraph margins);
#: "spaced" with a blank line after every line (pastes that double line breaks); "crlf" with Windows line ends
#: (the Windows clipboard); "indented" with two spaces before every line (copies out of an indented editor or a PDF).
COPY_STYLES: dict[str, Callable[[str], str]] = {
    "browser": lambda text: text,
    "tight": lambda text: re.sub(r"\n\s*\n+", "\n", text),
    "spaced": lambda text: re.sub(r"\n+", "\n\n", text),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "indented": lambda text: re.sub(r"(?m)^(?=\S)", "  ", text),
}


def render_bytes(data: bytes) -> str:
    """The page's bytes (any charset it declares) as a browser's plain-text copy."""
    text, _ = decode_bytes(data, "text/html")
    return render(text)


def render(html: str) -> str:
    """A decoded page as a browser's plain-text copy (see the module docstring)."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return ""
    body = root.find("body")
    items: list[str | int] = []  # text, or a count of required line breaks
    _walk(body if body is not None else root, items, pre=False)
    return _assemble(items)


def _hidden(el) -> bool:
    if el.tag == "div" and _STREAMED.match(el.get("id") or ""):
        return False  # React streams a segment hidden and its script swaps it into place: a browser shows it
    if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    if el.tag == "dialog" and el.get("open") is None:
        return True
    return bool(HIDDEN_CLASSES.intersection((el.get("class") or "").split()))


class Verbatim(str):
    """Text inside ``<pre>``: its spaces are kept."""


def _walk(el, items: list[str | int], *, pre: bool) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or tag in SKIP or _hidden(el):
        return
    if tag == "br":
        items.append("\n")
        return
    pre = pre or tag == "pre"
    block = tag in BLOCKS
    if block:
        items.append(1)
    closed_details = tag == "details" and el.get("open") is None
    if not closed_details:
        _text(el.text, items, pre=pre)
    cells = 0
    for child in el:
        if closed_details:
            if child.tag == "summary":
                _walk(child, items, pre=pre)  # only the summary of a closed <details> shows
            continue
        if tag == "tr" and child.tag in ("td", "th"):
            if cells:
                items.append(_TAB)
            cells += 1
        _walk(child, items, pre=pre)
        _text(child.tail, items, pre=pre)
    if block:
        items.append(2 if tag in SPACED else 1)


def _text(text: str | None, items: list[str | int], *, pre: bool) -> None:
    if not text:
        return
    if not pre:
        items.append(_SPACES.sub(" ", text.replace("\n", " ")))
        return
    for index, line in enumerate(text.split("\n")):
        if index:
            items.append("\n")
        items.append(Verbatim(line))


def _assemble(items: list[str | int]) -> str:
    """Join text and line breaks: consecutive required breaks count once (the largest), none at the ends;
    spaces collapse across inline elements, and spaces only between blocks vanish."""
    out: list[str] = []
    pending = 0
    for item in items:
        if isinstance(item, int):
            pending = max(pending, item)
            continue
        verbatim = isinstance(item, Verbatim)
        if not verbatim and not item.strip(" "):
            if item and out and not out[-1].endswith((" ", "\n", _TAB)):
                out.append(" ")
            continue
        if pending:
            if out:
                out.append("\n" * pending)
            pending = 0
        if not verbatim and out and out[-1].endswith((" ", "\n", _TAB)):
            item = item.lstrip(" ")
        out.append(item)
    lines = []
    for line in "".join(out).split("\n"):
        cells = [cell.strip(" ") for cell in line.split(_TAB)]
        lines.append(_TAB.join(cells) if any(cells) else "")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
