"""Small helpers over page text and lxml elements that the HTML cleaner's stages share."""
from __future__ import annotations

import re

#: Word tokens, for counting words in a block.
TOKENS = re.compile(r"\w+")
#: Paragraphs shorter than this (characters) are not evidence of prose when scoring.
MIN_PARAGRAPH = 25


#: Zero-width characters that only mark or forbid a break (zero-width space, word joiner, BOM): invisible, and
#: str.split keeps them. Not the non-joiner U+200C and joiner U+200D: they are spelling, not spacing (Persian
#: "می‌آمد" on Varzesh3, Aryanews and YJC; Hindi conjuncts on Jagran; emoji sequences), and a word run together
#: without its non-joiner is another word.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")


def norm(text: str) -> str:
    """Collapse whitespace (str.split knows NBSP and the other Unicode spaces; zero-width spaces go too)."""
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = _ZERO_WIDTH.sub("", text)  # rare: tested first with fast substring searches (this is the hot path)
    return " ".join(text.split())


def class_and_id(el) -> str:
    """An element's class and id attributes as one string, where widget vocabulary is looked for."""
    return f"{el.get('class', '')} {el.get('id', '')}"


def release(held: dict) -> None:
    """Empty a dict keyed by a page's elements from its last key to its first.

    lxml frees a subtree removed from the page (``prune``'s widgets and furniture) when the last Python object
    standing for one of its elements ends, and at each such end searches the subtree from its top for another.
    A dict of elements in document order (``find_standfirsts``'s positions), freed whole, ends them first to last:
    each search walks past every element whose object ended before it, quadratic in a big pruned block (0.6 s CPU
    over the 915 corpus pages, a tenth of extracting their bodies). Ended last to first, each search stops at the
    first element.
    """
    while held:
        held.popitem()  # the last key inserted first
