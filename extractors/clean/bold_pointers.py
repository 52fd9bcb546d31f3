"""Paragraphs that point to another page: a bold lead-in, then one link, and nothing else.

Inside the story, a paragraph built as ``<p><strong>lead-in</strong><a>title</a></p>`` is a pointer set among the
paragraphs, never the story's own words: the Courier-Post's related story ("**Victims from Vineland, Bridgeton**
Vineland accidents kill drivers, ages 19 and 22"), USA TODAY's ("**Trump's post-impeachment shakeup:** Loyalists moved
into top jobs, others pushed out"), GamesRadar+'s subscription pitch ("**Not a subscriber to SFX?** Then head on over
here to get the latest issues sent directly to your home/device!", the second sentence the link), Rivals.com's
ranking link ("**CLASS OF 2026 RANKINGS:** Rivals100"). No dev reference keeps one. The lead-in's words are too
many for the link-share rule (``html.keep_block``: 57 % linked on the Courier-Post) and too varied for a lexicon.
A paragraph with words outside the two, or a second link, is left to the other rules.
"""
from __future__ import annotations

from extractors.clean.dom import norm

#: The tags of a bold lead-in.
_BOLD = frozenset({"strong", "b"})


def drop_bold_pointers(container) -> None:
    """Delete the container's paragraphs that are a bold lead-in and one link (``_is_bold_pointer``)."""
    for p in [p for p in container.iter("p") if _is_bold_pointer(p)]:
        p.drop_tree()  # keeps its tail, the parent's words after it


def _is_bold_pointer(p) -> bool:
    """``<p>`` (maybe through one ``<span>``) holding a bold run with no link, then a link, and no other words."""
    box = p
    parts = _elements(box)
    if len(parts) == 1 and parts[0].tag == "span" and not _loose_text(box):
        box = parts[0]
        parts = _elements(box)
    return (
        len(parts) == 2 and parts[0].tag in _BOLD and parts[1].tag == "a" and not _loose_text(box)
        and parts[0].find(".//a") is None and bool(norm(parts[0].text_content())) and bool(norm(parts[1].text_content()))
    )


def _elements(el) -> list:
    return [child for child in el if isinstance(child.tag, str)]


def _loose_text(el) -> bool:
    """Words in ``el`` outside its child elements (its own text and its children's tails)."""
    return bool((el.text or "").strip()) or any((child.tail or "").strip() for child in el)
