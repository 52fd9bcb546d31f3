"""Reporters' names set in bold over the story: a byline, not a subheading.

Paragraphs wholly in ``<strong>``/``<b>`` count as the story's subheadings, which the unrelated-lines rule
(``html.without_unrelated_lines``) spares. Some papers print the byline the same way, as the story's first
paragraph: ``<p><strong>Mohloai Mpesi</strong></p>`` and ``<p><strong>Mathatisi Sebusi/Mohalenyane
Phakela</strong></p>`` under the deks (the Lesotho Times), ``<p><strong>MTHOBISI SITHOLE</strong></p>`` (Ilanga).
None of those dev references keeps the name. A bold line of names near the story's top, right above its first
paragraph of prose, is no subheading: it is only spared no more, and still goes only if the story shares none of its
words. A bold name with another bold line or heading under it (an interview's speaker label, a list of names) stays
set apart.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from extractors.clean import widgets
from extractors.clean.dump_bylines import is_names_line

#: The story's opening: the byline is judged among this many first paragraphs.
OPENING_BLOCKS = 4


class _Block(Protocol):
    text: str
    bold: bool


def opening_bylines(blocks: Sequence[_Block]) -> frozenset[str]:
    """A bold paragraph of persons' names right above the story's first sentence of prose, near its top."""
    for index, block in enumerate(blocks[:OPENING_BLOCKS]):
        if _is_prose(block):
            return frozenset()
        if block.bold and is_names_line(block.text) and index + 1 < len(blocks) and _is_prose(blocks[index + 1]):
            return frozenset({block.text})
    return frozenset()


def _is_prose(block: _Block) -> bool:
    return not block.bold and widgets.SENTENCE_END.search(block.text) is not None
