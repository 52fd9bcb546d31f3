"""Korean words' stems, for comparing a Korean line with its story's lines.

A Korean word carries its particle or ending glued on ("최고위가" and "최고위원회의", "개정안" and "개정안을",
"표명하며" and "표명하는"), and most run two to four syllables, under the four letters ``text_regions._stems`` needs:
the first ``STEM_SYLLABLES`` syllables of each word of two syllables or more are what two lines on one subject share.
"""
from __future__ import annotations

import re

HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,}")
#: A Korean word's stem: its first ``STEM_SYLLABLES`` syllables.
STEM_SYLLABLES = 2


def hangul_stems(line: str) -> set[str]:
    """The first ``STEM_SYLLABLES`` syllables of each Korean word of two syllables or more in the line."""
    return {word[:STEM_SYLLABLES] for word in _HANGUL_WORD.findall(line)}
