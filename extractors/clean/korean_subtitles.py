"""The subtitle lines a Korean story sets above its lead photo, which a text dump puts above the story's region.

Korean news pages open the story with two to four short lines summing it up, no full stop after them, then the lead
photo's enlarge label and caption, then the first paragraph: Hankook Ilbo's "2시간 반 만에 끝난 '빈손' 최고위" /
"선호투표제 당규 개정안 상정에" / ... over "이미지 확대보기" and a caption, Newsis's on Daum "지난해 11월 이경규 유튜브
채널 강형욱 출연" / "이경규, \"안락사 언급 후 견주 울어…노래 불렀다\" 발언" over "[서울=뉴시스]..." (the dev references
keep them). Short lines without a sentence read as furniture, so the region starts below them and the header's
lines are dropped. A rail of teasers or the headline speaks of the story too, so the block is bounded: the lines are
Korean, none a sentence, each shares ``SUBTITLE_SHARED`` Korean stems (``hangul.hangul_stems``) with the story's lines (its subheadings too:
Hankook Ilbo's "15일 최고위가 사실상 마지노선" shares "사실상" only with "사실상 10분 만에 끝난 최고위", a subheading,
and its block of four had gone whole), and the block runs
``SUBTITLE_LINES`` lines, between the story and at most ``PHOTO_LINES`` lines of photo label and caption.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from extractors.clean import widgets
from extractors.clean.hangul import HANGUL, hangul_stems
from extractors.clean.text_regions import line_kind

#: A subtitle block runs this many lines (fewer is a headline or a kicker, more a rail).
SUBTITLE_LINES = range(2, 5)
#: Each subtitle line holds this many words at least and shares this many stems with the story's prose.
SUBTITLE_WORDS = 3
SUBTITLE_SHARED = 2
#: Lines between the block and the story: the photo's enlarge label and its caption.
PHOTO_LINES = 2
#: A line mostly in Hangul: the share of its letters.
HANGUL_SHARE = 0.5
_LETTER = re.compile(r"[^\W\d_]")


def korean_subtitles(lines: list[str], start: int, end: int) -> list[str]:
    """The subtitle lines right above the story region ``lines[start:end]``, or none (see the module docstring)."""
    # the story's stems, read once and only for a line above that is Korean furniture (most dumps have none)
    story = cache(lambda: frozenset().union(*(hangul_stems(line) for line in lines[start:end]
                                              if line_kind(line) != "widget")))
    above = start - 1
    while above >= max(start - PHOTO_LINES, 0) and not _is_subtitle(lines[above], story):
        above -= 1
    block: list[str] = []
    while above >= 0 and _is_subtitle(lines[above], story):
        block.insert(0, lines[above])
        above -= 1
    return block if len(block) in SUBTITLE_LINES else []


def _is_subtitle(line: str, story: Callable[[], frozenset[str]]) -> bool:
    letters = len(_LETTER.findall(line))
    return (line_kind(line) == "furniture" and widgets.word_count(line) >= SUBTITLE_WORDS
            and len(HANGUL.findall(line)) >= HANGUL_SHARE * max(letters, 1)
            and len(hangul_stems(line) & story()) >= SUBTITLE_SHARED)

