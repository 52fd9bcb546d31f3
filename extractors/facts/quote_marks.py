"""Quoted passages found by their marks alone: curly, guillemet and low-high pairs, British single
quotes told apart from apostrophes, and paragraphs that reopen a quote that runs on.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: (open mark, close mark); straight double quotes pair up in order of appearance.
QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))
#: The pairs of a paragraph that writes its guillemets the other way round: » ... « is German's and Danish's style
#: (junge Welt, Spektrum) and some French pages' (Guinéenews: "» Je ne peux pas répondre à cela sur-le-champ
#: « , a-t-il dit").
REVERSED_PAIRS = (("“", "”"), ("»", "«"), ("„", "“"))
SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)")
SINGLE_CLOSE = re.compile(r"(?<=\S)’(?![A-Za-z])")
#: Straight single quotes, the British tabloid style ('It's rare,' he said): the same mark is the
#: apostrophe, so a quote opens before a letter at a word start and closes only right after
#: sentence punctuation ("rare,'"), where an apostrophe ("It's", "players'") never stands.
STRAIGHT_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))'(?=[^\W\d_])")
STRAIGHT_SINGLE_CLOSE = re.compile(r"(?<=[,.?!])'(?![^\W\d_])")
QUOTE_OPENERS = re.compile("[\"“«„‘']")
REVERSED_OPENERS = re.compile("[\"“»„‘']")
#: A paragraph that writes its guillemets reversed: they go » « » « ..., each » closed by a «. A paragraph that opens
#: with the » closing a quote run on from the one before ("... fin », a-t-il dit. « Autre »") has one « too few.
_REVERSED_GUILLEMETS = re.compile("^[^«»]*(?:»[^«»]*«[^«»]*)+$")
SENTENCE_START = re.compile(r"^[\[\"“‘'(…A-Z0-9]|^\.\.\.")


@dataclass(frozen=True)
class QuoteSpan:
    """Character span of quoted words (without the marks) and whether the quote was left open."""

    start: int
    end: int
    open_ended: bool  # no closing mark in the paragraph: the quote continues in the next one


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted stretches of ``text`` paragraph by paragraph, scare quotes included (filtered later)."""
    spans: list[QuoteSpan] = []
    offset = 0
    paragraphs = text.split("\n")
    # whether the next non-empty paragraph opens with a straight single quote, in one pass from the end
    continued, opens_next = [False] * len(paragraphs), False
    for k in range(len(paragraphs) - 1, -1, -1):
        continued[k] = opens_next
        if paragraphs[k].strip():
            opens_next = bool(STRAIGHT_SINGLE_OPEN.match(paragraphs[k]))
    for paragraph, runs_on in zip(paragraphs, continued):
        spans.extend(QuoteSpan(offset + s, offset + e, o) for s, e, o in _paragraph_quotes(paragraph, runs_on))
        offset += len(paragraph) + 1
    return spans


def _paragraph_quotes(par: str, continued: bool = False) -> list[tuple[int, int, bool]]:
    """Quotes of one paragraph; ``continued``: the next paragraph opens with a straight single quote,
    which is how a quote running over paragraphs is marked in that style. A paragraph whose guillemets go
    » « » « pairs them that way round (``REVERSED_PAIRS``)."""
    found = []
    i = 0
    reversed_marks = bool(_REVERSED_GUILLEMETS.match(par))
    openers, pairs = (REVERSED_OPENERS, REVERSED_PAIRS) if reversed_marks else (QUOTE_OPENERS, QUOTE_PAIRS)
    while i < len(par):
        opening = openers.search(par, i)
        if opening is None:
            break
        i = opening.start()
        ch = par[i]
        close = None
        if ch == '"':
            close = '"'
        elif ch == "‘" and SINGLE_OPEN.match(par, i):
            match = SINGLE_CLOSE.search(par, i + 1)
            end = match.start() if match else len(par)
            found.append((i + 1, end, match is None))
            i = end + 1
            continue
        elif ch == "'":
            match = STRAIGHT_SINGLE_CLOSE.search(par, i + 1) if STRAIGHT_SINGLE_OPEN.match(par, i) else None
            # another opener before the close: this one was an apostrophe ("rock 'n' roll")
            if match is not None and not STRAIGHT_SINGLE_OPEN.search(par, i + 1, match.start()):
                found.append((i + 1, match.start(), False))
                i = match.end()
            elif i == 0 and continued and match is None and STRAIGHT_SINGLE_OPEN.match(par):
                found.append((1, len(par), True))
                break
            else:
                i += 1
            continue
        else:
            close = next((c for o, c in pairs if o == ch), None)
        if close is None:
            i += 1
            continue
        end = par.find(close, i + 1)
        if end == -1:
            found.append((i + 1, len(par), True))
            break
        found.append((i + 1, end, False))
        i = end + 1
    return [(s, e, o) for s, e, o in found if e > s]


def is_speech(text: str, span: QuoteSpan) -> bool:
    """Whether a quoted stretch is speech rather than a scare-quoted term ("change of stance").

    Four words or more are quoted words, sentence or not (the gold convention: fragments of 1 to 3 words are
    not quotes): the second half of a split quote ("..., she said, 'but we are coping'"), a quoted phrase
    in a sentence ("... attacks on 'military command and control facilities,'" Global News; "ready for 'any
    crisis or contingencies.'" Taipei Times; "to 'apaiser la colère et tourner la page'" Le Monde)."""
    words = text[span.start : span.end].split()
    content = text[span.start : span.end].strip()
    if len(words) < 2:
        return False
    if span.open_ended or len(words) >= 6 and content[-1] in ".?!,…—-":
        return True
    before = text[max(0, span.start - 3) : span.start - 1].strip()
    sentence_like = bool(SENTENCE_START.match(content)) and content[-1] in ".?!,…—-"
    return (
        (sentence_like and len(words) >= 3) or (before.endswith(":") and len(words) >= 3) or len(words) >= 4
    )


def inside_spans(i_char: int, spans: list[QuoteSpan]) -> bool:
    """Whether ``i_char`` lies in one of ``spans``, which are in text order and never overlap (as
    ``find_quote_spans`` yields them): a binary search, since it is asked for every token."""
    k = bisect.bisect_right(spans, i_char, key=lambda span: span.start) - 1
    return k >= 0 and i_char < spans[k].end
