"""A lone teaser headline set between two paragraphs of a text dump's story, spaced like a paragraph of its own.

A teaser for another story placed inside the story's region stands apart by blank lines as a subheading does, so
neither the blank-line signal (``glued_teasers``) nor its shape alone parts it: subheadings the reference keeps
look the same. Measured over the 923 dev dumps (dumpsC296) among the headline-shaped lines left between two prose
paragraphs (4 to 20 words, closing no sentence, no CJK), a subheading rarely comes alone and usually shares a word
with the section it opens, while a teaser is the page's only such line, long, and shares no word with the paragraph
under it: such lines hold 274 tokens outside the references (22 publishers: Forbes' "Why America Must Lead A Global
Action Plan For The Covid-19 Pandemic", the Washington Post's "As the backlogged IRS struggles to open mail ...", the
Atlantic's "Kevin Fallon: The Greatest Movie Franchises of All Time", the NY Post's "Here's who won and lost at the
Democratic debate", the FT, Eurogamer, BET, novinky, Time, Verfassungsblog) against 150 inside (11 publishers). A page
setting two such lines or more (GSMArena's run of headlines and blurbs, its subheadings) is left alone.
"""
from __future__ import annotations

import re

from extractors.clean import widgets
from extractors.clean.text_regions import line_kind

#: A lone teaser has at least this many words (a subheading runs shorter).
LONE_TEASER_WORDS = 9
#: And at most this many (a headline, not a sentence run on without a stop).
HEADLINE_MAX_WORDS = 20
#: A prose paragraph beside it has at least this many words.
PROSE_WORDS = 8
_CONTENT_WORD = re.compile(r"\w{5,}")


def _is_headline_shaped(para: str) -> bool:
    words = widgets.word_count(para)
    return (4 <= words <= HEADLINE_MAX_WORDS and "\n" not in para and not widgets.SENTENCE_END.search(para)
            and not widgets.CJK.search(para) and not para.rstrip().endswith((":", "："))
            and line_kind(para) != "item")


def _is_prose(para: str) -> bool:
    return widgets.word_count(para) >= PROSE_WORDS and bool(widgets.SENTENCE_END.search(para))


def _words(text: str) -> set[str]:
    return {word.lower() for word in _CONTENT_WORD.findall(text)}


def lone_teasers(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The one headline-shaped paragraph set between two prose paragraphs, of ``LONE_TEASER_WORDS`` words or more and
    sharing no word of five letters or more with the paragraph under it (module docstring); none when the page sets
    two such lines or more (its subheadings)."""
    between = [index for index in range(1, len(paragraphs) - 1)
               if _is_headline_shaped(paragraphs[index])
               and _is_prose(paragraphs[index - 1]) and _is_prose(paragraphs[index + 1])]
    if len(between) != 1:
        return frozenset()
    index = between[0]
    line = paragraphs[index]
    if widgets.word_count(line) < LONE_TEASER_WORDS or _words(line) & _words(paragraphs[index + 1]):
        return frozenset()
    return frozenset({line})
