"""Photo captions a text dump gives with the same credit at their end: a gallery's or a page's pictures by one
photographer or under one licence.

A copy runs a caption and its credit together on one line, often without a space: "... in San Francisco,
Calif.Leah Millis/The Chronicle" four times above the San Francisco Chronicle's story, "... clearly visible from the
air. SIA/EFAK/YPPOA" three times in The Observer's, "Bildlegende: Drusenführer Laith al-Balaous vor einem Porträt
seines ermordeten Vaters. SRF" on SRF's, "... 최고위원과 대화하고 있다. 뉴스1" on the Hankook Ilbo's. A caption longer than the
caption rules read (``text_regions.MARKED_CAPTION_WORDS``), or with a credit no list names, reads as a paragraph;
that ``SHARED_TAIL_LINES`` lines or more end with the same words after their last sentence says those words are a
credit and the lines captions. A story's paragraphs end their last sentence themselves.
"""
from __future__ import annotations

import re
from collections import defaultdict

from extractors.clean import widgets

#: A credit after a caption's last sentence: words up to ``TAIL_WORDS`` after its full stop (a space or none), opening
#: with a letter or digit (a closing quote or bracket ends the sentence itself), a capital or digit when no space sets
#: it apart ("Liberation.fr" is a name), no sentence end of their own.
TAIL_WORDS = 6
_TAIL = re.compile(r"(?<=[^\W\d_]{2})[.!?](?P<space>\s?)(?P<tail>[^\W_][^.!?]*)$")
#: This many lines or more ending with the same credit make them captions.
SHARED_TAIL_LINES = 2
#: A caption runs this many words or more (shorter ones are the caption rules' own).
CAPTION_WORDS = 8


def _tail(line: str) -> str | None:
    # only the last full stop can open a tail (a tail holds none): match there instead of searching from each one
    end = max(line.rfind("."), line.rfind("!"), line.rfind("?"))
    match = _TAIL.match(line, end) if "\n" not in line and end > 0 else None
    if match is None:
        return None
    tail = match.group("tail").strip()
    if not match.group("space") and not (tail[0].isupper() or tail[0].isdigit()):
        return None
    words = widgets.word_count(tail)
    return tail if 1 <= words <= TAIL_WORDS and widgets.word_count(line) - words >= CAPTION_WORDS else None


def captions_with_shared_credit(lines: list[str]) -> frozenset[str]:
    """The lines that end with the same credit after their last sentence as ``SHARED_TAIL_LINES`` - 1 other lines."""
    groups: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        if (tail := _tail(line)) is not None:
            groups[tail].add(line)
    return frozenset(line for found in groups.values() if len(found) >= SHARED_TAIL_LINES for line in found)
