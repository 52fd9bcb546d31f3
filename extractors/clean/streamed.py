"""React's streamed server rendering put in place, as a browser's scripts put it.

React 18+'s streaming renderer (Next.js' app router and other React sites) sends the page's shell first, with a
``<template id="B:1">`` (or ``id="P:1"``) placeholder where a part is not ready, often between the comments
``<!--$?-->`` and ``<!--/$-->`` around a fallback (a spinner, a skeleton). The part comes later in the stream
inside ``<div hidden id="S:1">``, followed by a one-line script that moves it into place:

- ``$RC("B:1","S:1")`` (``$RR`` when it waits for style sheets first): remove the segment from the page, then
  remove the template and every node after it up to the boundary's closing ``<!--/$-->`` (or ``<!--/&-->``;
  nested boundaries counted), then insert the segment's children there;
- ``$RS("S:1","P:1")``: insert the segment's children before the placeholder and remove the placeholder.

Without the move, the article sits in ``hidden`` divs at the end of the page, cut into as many segments as the
page had pending parts: LessWrong's post is spread over segments none of which holds half the page's prose (the
``HIDDEN_STORY_SHARE`` rescue in ``html.prune`` takes a single segment holding most of it, as on Anadolu Ajansı's
Next.js pages), so the HTML path kept nothing. This performs the same DOM moves, in the order of the page's calls,
before anything reads the tree; the dump renderer (``benchmarks.text_dumps``) shows the segments where they stand.
Dev pages with the markup: LessWrong (``$RC``, ``$RS``), Anadolu Ajansı (``$RC``, ``$RS``, ``$RR``), the Daily
Star's nav (``$RC``), Hankook Ilbo (``$RC``).
"""
from __future__ import annotations

import re

from lxml import etree

#: The inline runtime's calls: ``$RC("B:1","S:1")``, ``$RR("B:1","S:1",[…])``, ``$RS("S:1","P:1")``.
_CALL = re.compile(r'\$R([CRS])\(\s*"([^"\\]+)"\s*,\s*"([^"\\]+)"')
#: Whether a page may carry the calls: one search of the raw page before parsing, on its UTF-8 bytes where the parse
#: takes bytes (0.07 ms a page over the corpus; on the ``str`` 0.13 ms; three substring tests 0.43 ms, since "$" is
#: common in scripts).
_MARKER = re.compile(r"\$R[CRS]\(")
_MARKER_BYTES = re.compile(rb"\$R[CRS]\(")
_ID = re.compile(r"^[BPS]:[0-9a-zA-Z]+$")
_OPEN = frozenset(("$", "$?", "$~", "$!", "&"))
_CLOSE = frozenset(("/$", "/&"))


def may_stream(page: str | bytes) -> bool:
    """Whether the page (its text or UTF-8 bytes) holds one of the runtime's calls (then it is parsed with its comments kept)."""
    return (_MARKER_BYTES if isinstance(page, bytes) else _MARKER).search(page) is not None


def place_segments(root) -> int:
    """Move each streamed segment to its placeholder as the page's scripts do; then drop every comment.

    ``root`` must be parsed with its comments kept (the boundaries' ends are comments). Returns the number of
    segments placed.
    """
    calls = [m.groups() for script in root.iter("script") for m in _CALL.finditer(script.text or "")]
    placed = 0
    if calls:
        ids: dict[str, etree._Element] = {}
        for el in root.iter():
            if isinstance(el.tag, str) and (ident := el.get("id")) and _ID.match(ident):
                ids.setdefault(ident, el)  # the first, as getElementById finds it
        for kind, first, second in calls:
            if kind == "S":
                placed += _complete_segment(ids.get(first), ids.get(second))
            else:
                placed += _complete_boundary(ids.get(first), ids.get(second))
    for comment in list(root.iter(etree.Comment)):
        _detach(comment)  # the text around it joined into one text node, as the parser leaves it without comments
    return placed


def _detach(el) -> None:
    """Remove ``el`` from its parent, leaving the text after it in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail, el.tail = el.tail, None
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _move_children(segment, parent, before) -> None:
    """Insert ``segment``'s text and children into ``parent`` before ``before`` (at its end when None)."""
    if segment.text:
        previous = before.getprevious() if before is not None else (parent[-1] if len(parent) else None)
        if previous is not None:
            previous.tail = (previous.tail or "") + segment.text
        else:
            parent.text = (parent.text or "") + segment.text
        segment.text = None
    for child in list(segment):
        if before is not None:
            before.addprevious(child)  # lxml moves the child's tail with it: the text after it in the segment
        else:
            parent.append(child)


def _complete_boundary(template, segment) -> int:
    if segment is None or segment.getparent() is None:
        return 0
    _detach(segment)
    if template is None or (parent := template.getparent()) is None:
        return 0  # no boundary to fill: the segment is dropped, as the runtime does
    node, depth = template, 0
    while node is not None:
        if node.tag is etree.Comment:
            data = (node.text or "").strip()
            if data in _CLOSE:
                if depth == 0:
                    break
                depth -= 1
            elif data in _OPEN:
                depth += 1
        following = node.getnext()
        parent.remove(node)  # the fallback, with the text after each of its nodes
        node = following
    _move_children(segment, parent, node)
    return 1


def _complete_segment(segment, placeholder) -> int:
    if segment is None or segment.getparent() is None:
        return 0
    _detach(segment)
    if placeholder is None or (parent := placeholder.getparent()) is None:
        return 0
    _move_children(segment, parent, placeholder)
    _detach(placeholder)
    return 1
