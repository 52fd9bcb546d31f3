"""Small helpers over page text and lxml elements that the HTML cleaner's stages share."""
from __future__ import annotations

import re

#: Word tokens, for counting words in a block.
TOKENS = re.compile(r"\w+")
#: Paragraphs shorter than this (characters) are not evidence of prose when scoring.
MIN_PARAGRAPH = 25


#: Zero-width characters (space, non-joiner, joiner, word joiner, BOM): invisible, and str.split keeps them.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def norm(text: str) -> str:
    """Collapse whitespace (str.split knows NBSP and the other Unicode spaces; zero-width ones go too)."""
    return " ".join(_ZERO_WIDTH.sub("", text).split())


def class_and_id(el) -> str:
    """An element's class and id attributes as one string, where widget vocabulary is looked for."""
    return f"{el.get('class', '')} {el.get('id', '')}"
