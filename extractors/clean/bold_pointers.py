"""Paragraphs that point to another page: a bold lead-in, then a link (or links set apart by bars), nothing else.

Inside the story, a paragraph built as ``<p><strong>lead-in</strong><a>title</a></p>`` is a pointer set among the
paragraphs, never the story's own words: the Courier-Post's related story ("**Victims from Vineland, Bridgeton**
Vineland accidents kill drivers, ages 19 and 22"), USA TODAY's ("**Trump's post-impeachment shakeup:** Loyalists moved
into top jobs, others pushed out"), GamesRadar+'s subscription pitch ("**Not a subscriber to SFX?** Then head on over
here to get the latest issues sent directly to your home/device!", the second sentence the link), Rivals.com's
ranking links ("**CLASS OF 2026 RANKINGS:** Rivals100", "**TRANSFER PORTAL:** Latest news | Transfer search | ...").
No dev reference keeps one. The lead-in's words are too many for the link-share rule (``html.keep_block``: 57 %
linked on the Courier-Post; a row of links of 25 words or more escapes it too) and too varied for a lexicon. A
paragraph with words of its own besides the lead-in, or a link inside the bold run, is left to the other rules.
"""
from __future__ import annotations

from extractors.clean.dom import norm

#: The tags of a bold lead-in.
_BOLD = frozenset({"strong", "b"})
#: What may stand between the links of one pointer: Rivals.com's "**CLASS OF 2024 RANKINGS:** Rivals250 | Team |
#: Position | State", The Washington Post's "**How to help:** Your community | Seniors | Restaurants | ...".
_SEPARATORS = " \t\n\r|•·,/"


def drop_bold_pointers(container) -> None:
    """Delete the container's paragraphs that are a bold lead-in and links (``_is_bold_pointer``)."""
    for p in [p for p in container.iter("p") if _is_bold_pointer(p)]:
        p.drop_tree()  # keeps its tail, the parent's words after it


def _is_bold_pointer(p) -> bool:
    """``<p>`` (maybe through one ``<span>``) holding a bold run with no link, then links with at most separators
    between them (``_SEPARATORS``), and no other words."""
    box = p
    parts = _elements(box)
    if len(parts) == 1 and parts[0].tag == "span" and not _loose_text(box):
        box = parts[0]
        parts = _elements(box)
    if len(parts) < 2 or parts[0].tag not in _BOLD or any(part.tag != "a" for part in parts[1:]):
        return False
    return (
        not (box.text or "").strip() and not (parts[0].tail or "").strip()
        and all(not (part.tail or "").strip(_SEPARATORS) for part in parts[1:])
        and parts[0].find(".//a") is None and all(norm(part.text_content()) for part in parts)
    )


def _elements(el) -> list:
    return [child for child in el if isinstance(child.tag, str)]


def _loose_text(el) -> bool:
    """Words in ``el`` outside its child elements (its own text and its children's tails)."""
    return bool((el.text or "").strip()) or any((child.tail or "").strip() for child in el)
