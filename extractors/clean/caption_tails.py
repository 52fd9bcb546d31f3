"""Photo captions a text dump gives with the same credit at their end: a gallery's or a page's pictures by one
photographer or under one licence.

A copy runs a caption and its credit together on one line, often without a space: "... in San Francisco,
Calif.Leah Millis/The Chronicle" four times above the San Francisco Chronicle's story, "... clearly visible from the
air. SIA/EFAK/YPPOA" three times in The Observer's, "Bildlegende: Drusenführer Laith al-Balaous vor einem Porträt
seines ermordeten Vaters. SRF" on SRF's, "... 최고위원과 대화하고 있다. 뉴스1" on the Hankook Ilbo's. A caption longer than the
caption rules read (``text_regions.MARKED_CAPTION_WORDS``), or with a credit no list names, reads as a paragraph;
that ``SHARED_TAIL_LINES`` lines or more end with the same words after their last sentence says those words are a
credit and the lines captions. A story's paragraphs end their last sentence themselves. A caption closing on no
sentence may name its credit after "by" or "via" instead (``_BY_TAIL``): Chicago YIMBY's "Site map of 1325 W Fulton
Street by KPF and ParkFowler Plus" and "PREVIOUS (left) – current (right) renderings of Fulton Bond by KPF and
ParkFowler Plus" beside "Rendering of Fulton Bond by KPF and ParkFowler Plus", GQ's outfit credits "Jacket, by Prada /
... / Pants, by Polo Ralph Lauren"; no two dev dump lines so ending are in a reference.

A photo's caption may also come twice in a row, once bare and once with its credit run on (``twinned_captions``):
ABC News' "Attorney General William Barr speaks to ABC News' Pierre Thomas during an interview on Feb. 13, 2020."
over the same words with "ABC News" glued on (and "Countries with Confirmed Coronavirus Cases" over "... CasesABC
Photo Illustration"), Rest of World's "Office buildings await future tenants in Duqm’s special economic zone. Tara
Atkinson for Rest of World" over the bare caption. The credited twin goes as a caption already; the bare one read as a
paragraph. A story's paragraph is never printed again with a name after it, but a lead photo's caption may repeat the
story's first paragraph (The Local's "The food delivery app Just Eat is set to vanish ... File photo: Phil
Noble/Reuters/Ritzau Scanpix" over its lead): a pair with no paragraph of prose above it in the region is left alone.
"""
from __future__ import annotations

import re
from collections import defaultdict

from extractors.clean import widgets
from extractors.clean.text_regions import line_kind

#: A credit after a caption's last sentence: words up to ``TAIL_WORDS`` after its full stop (a space or none), opening
#: with a letter or digit (a closing quote or bracket ends the sentence itself), a capital or digit when no space sets
#: it apart ("Liberation.fr" is a name), no sentence end of their own.
TAIL_WORDS = 6
_TAIL = re.compile(r"(?<=[^\W\d_]{2})[.!?](?P<space>\s?)(?P<tail>[^\W_][^.!?]*)$")
#: A credit after "by" or "via" closing a line of no sentence: two to ``TAIL_WORDS`` words.
_BY_TAIL = re.compile(rf"\s(?:by|via)\s(?P<tail>\S+(?:\s\S+){{1,{TAIL_WORDS - 1}}})$", re.IGNORECASE)
#: This many lines or more ending with the same credit make them captions.
SHARED_TAIL_LINES = 2
#: A caption runs this many words or more (shorter ones are the caption rules' own).
CAPTION_WORDS = 8
#: A bare caption printed again with its credit (``twinned_captions``) runs this many words or more.
TWIN_WORDS = 4


def _tail(line: str) -> str | None:
    # both tails need a caption of one line and ``CAPTION_WORDS`` words: tell most lines so before any pattern runs
    if "\n" in line or widgets.word_count(line) < CAPTION_WORDS:
        return None
    if not widgets.SENTENCE_END.search(line) and (by := _BY_TAIL.search(line)) is not None:
        return by.group("tail")
    # only the last full stop can open a tail (a tail holds none): match there instead of searching from each one
    end = max(line.rfind("."), line.rfind("!"), line.rfind("?"))
    match = _TAIL.match(line, end) if end > 0 else None
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


def _credited_twin(bare: str, credited: str) -> bool:
    """``credited`` is ``bare`` with a credit run on: up to ``TAIL_WORDS`` words opening with a capital or digit,
    closing no sentence ("ABC News", "Jared C. Tilton/Getty Images", "Tara Atkinson for Rest of World")."""
    if "\n" in credited or len(credited) <= len(bare) or not credited.startswith(bare):
        return False
    tail = credited[len(bare):].strip()
    return (bool(tail) and (tail[0].isupper() or tail[0].isdigit()) and 1 <= widgets.word_count(tail) <= TAIL_WORDS
            and not widgets.SENTENCE_END.search(tail))


def twinned_captions(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s lines of ``TWIN_WORDS`` words or more printed again right above
    or below with a credit run on, under a paragraph of prose of the region above the pair (see the module
    docstring)."""
    prose = [index for index in range(start, end) if line_kind(lines[index]) == "prose"]
    return frozenset(
        index for index in range(start, end)
        if widgets.word_count(lines[index]) >= TWIN_WORDS and any(
            _credited_twin(lines[index], lines[near]) and prose and prose[0] < min(index, near)
            for near in (index - 1, index + 1) if start <= near < end
        )
    )
