"""Small helpers over page text and lxml elements that the HTML cleaner's stages share."""
from __future__ import annotations

import re

#: Word tokens, for counting words in a block.
TOKENS = re.compile(r"\w+")
#: Paragraphs shorter than this (characters) are not evidence of prose when scoring.
MIN_PARAGRAPH = 25


def norm(text: str) -> str:
    """Collapse whitespace (str.split knows NBSP and the other Unicode spaces; zero-width ones go too)."""
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    return " ".join(text.split())


def class_and_id(el) -> str:
    """An element's class and id attributes as one string, where widget vocabulary is looked for."""
    return f"{el.get('class', '')} {el.get('id', '')}"
