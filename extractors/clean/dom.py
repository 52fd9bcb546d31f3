"""Small helpers over page text and lxml elements that the HTML cleaner's stages share."""
from __future__ import annotations

import re
from itertools import pairwise

from lxml import etree

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


#: What ``norm`` makes of a text, told without making it: characters outside spaces, words, and whether the text opens
#: and whether it closes on such a character (None for an empty text).
_Spread = tuple[int, int, bool | None, bool | None]


def _spread(text: str) -> _Spread:
    """The spread of one text, its zero-width characters left out as ``norm`` leaves them."""
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = _ZERO_WIDTH.sub("", text)
    if not text:
        return 0, 0, None, None
    words = text.split()
    return sum(map(len, words)), len(words), not text[0].isspace(), not text[-1].isspace()


def _joined(first: _Spread, second: _Spread) -> _Spread:
    """The spread of two texts run together: a word closing the first and one opening the second are one word."""
    if first[2] is None:
        return second
    if second[2] is None:
        return first
    return first[0] + second[0], first[1] + second[1] - (first[3] and second[2]), first[2], second[3]


def _length(spread: _Spread) -> int:
    """``len(norm(text))``: the characters and one space between each two words."""
    return spread[0] + spread[1] - 1 if spread[1] else 0


def chain_lengths(chain: list) -> list[int]:
    """``len(norm(el.text_content()))`` of each element of ``chain``, each the parent of the one before.

    ``html.widen`` weighs every box from the story's block up to ``<body>``: read whole, each box's text held the one
    below it again, and the page's text was split into words once a level (``widen`` over the 1248 corpus pages took
    0.85 s so, 0.46 s this way, every length the same). A parent's text is its own text, then each child's and its
    tail in order (the XPath string-value ``text_content`` reads; a comment or a processing instruction adds its tail
    only), so each level splits only the text it adds around the box below, and the words at the seams run together
    where no space stands between them.
    """
    spread = _spread(chain[0].text_content())
    lengths = [_length(spread)]
    for child, parent in pairwise(chain):
        before: list[str] = [parent.text or ""]
        after: list[str] = []
        side = before
        for node in parent:
            tag = node.tag
            if node is child:
                side = after
            elif isinstance(tag, str):
                side.append(node.text_content())
            elif tag is not etree.Comment and tag is not etree.ProcessingInstruction:
                spread = _spread(parent.text_content())  # an entity left unresolved: read with the parent's text
                break
            side.append(node.tail or "")
        else:
            spread = _joined(_joined(_spread("".join(before)), spread), _spread("".join(after)))
        lengths.append(_length(spread))
    return lengths
