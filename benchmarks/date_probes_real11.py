"""Draw ``en_real11`` and ``en_real12``, real-sentence date probe batches weighted to durations and spans (issue 11,
dates372): counted lengths after a preposition ("for three years", "over the past decade", "in the first six months",
"within 48 hours"), counted lengths before a noun ("a two-week ceasefire", "the 90-day period"), spans from a date
("since 2019", "since last year"), ages and other periods that are no dates ("a 12-year-old", "aged 40"), and the
unseen sets' other kinds: weekdays alone, relative periods ("earlier this month", "late last year"), seasons, fiscal
years and quarters, and decades.

``python -m benchmarks.date_probes_real11 [--batch real11|real12]`` prints a batch as unlabelled JSONL rows (``dates``
empty); ``--check`` says whether its labelled file holds exactly the drawn sentences, in order. Issue 11's unseen sets
read dates overlap F1 .811 while the English dev gold reads .970 and its test .905, durations the weakest part of the
test (.844); here durations and spans take five of the twelve turns of a round (``TURNS``).

The pool is ``date_probes_real5.pool``'s (the English dev pages of the check's genres, of publishers with no facts test
article and none of the wires and papers kept away, pages of the facts dev gold left out), every sentence of an
earlier batch (``EARLIER``, ``en_real``..``en_real10``) left out. Sentences are ranked by ``sha256(seed + sentence)``
and the kinds take turns, each taking the best-ranked sentence of its kind from a publisher under
``date_probes_real5.PER_PUBLISHER`` rows and a page under ``PER_PAGE`` (``date_probes_real5.draw_in_turns``). The rows
were labelled by reading before newsfacts ran on them; ``python -m benchmarks.date_probes --set real11`` scores them
(``real12`` is held out: labelled before any rule of the round, scored once at its end, not tuned on).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from benchmarks.date_probes import GOLD
from benchmarks.date_probes_real import _MONTHS, print_or_check
from benchmarks.date_probes_real5 import draw_in_turns

REAL11_FILE = GOLD / "en_real11.jsonl"
REAL12_FILE = GOLD / "en_real12.jsonl"
#: Every earlier batch of publisher sentences: their sentences stay out of both draws.
EARLIER = tuple(GOLD / f"en_{name}.jsonl" for name in ("real", "real2", "real3", "real4", "real5", "real6", "real7",
                                                       "real8", "real9", "real10"))
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|"
           r"forty|fifty|sixty|ninety|hundred|a few|several|a couple of|a|an|half a)")
_UNIT = r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|nights?|quarters?)"
_YEAR = r"(?:19|20)\d\d"
_ABBR_MONTH = r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
#: The kinds of the draw; written for the draw, not from the extractor's lexicons.
KINDS: dict[str, re.Pattern[str]] = {
    "duration-after-preposition": re.compile(
        rf"\b(?:for|over|during|throughout|spanning|lasting|in|after|nearly|almost|about|roughly|more than|less than|"
        rf"up to|at least)\s+(?:the\s+)?(?:past|last|next|first|final|coming|previous|following)?\s*{_NUMBER}\s+"
        rf"{_UNIT}\b|\b(?:over|in|during|for)\s+the\s+(?:past|last|next|previous)\s+(?:decade|year|month|century)\b",
        re.IGNORECASE,
    ),
    "duration-before-noun": re.compile(
        rf"\b{_NUMBER}[- ](?:year|month|week|day|decade|century|hour|minute)(?:-long)?\s+(?!old\b)[a-z]+",
        re.IGNORECASE,
    ),
    "span-since-within": re.compile(
        rf"\bsince\s+(?:(?:early|mid|late)[- ])?(?:the\s+)?(?:{_YEAR}|{_MONTHS}|{_ABBR_MONTH}|{_WEEKDAY}|last\s+\w+|"
        rf"{_SEASON}|the\s+(?:start|beginning|end)\b)"
        rf"|\bwithin\s+(?:the\s+)?(?:next|first|past|last)?\s*{_NUMBER}\s+{_UNIT}\b"
        rf"|\b(?:by|until|through)\s+(?:the\s+end\s+of\s+)?{_YEAR}\b",
        re.IGNORECASE,
    ),
    "age-like": re.compile(
        r"\b\d{1,3}[- ]year[- ]old\b|\baged?\s+\d{1,3}\b|\b\d{1,3}\s+years\s+old\b|\bin\s+(?:his|her|their)\s+"
        r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b"
        r"|\b(?:decades?|years?|centur(?:y|ies)|months?)-(?:old|long)\b",
        re.IGNORECASE,
    ),
    "weekday-alone": re.compile(
        rf"\b{_WEEKDAY}(?:'s)?\b(?!,?\s+(?:\d|{_MONTHS}|{_ABBR_MONTH}))"
    ),
    "relative-period": re.compile(
        r"\b(?:earlier|later|late|early)\s+(?:this|last|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\b"
        r"|\b(?:last|next|this|the previous|the coming|the past)\s+(?:month|year|spring|summer|fall|autumn|winter)\b",
        re.IGNORECASE,
    ),
    "season": re.compile(
        rf"\b(?:in|during|this|last|next|the|over|since|by|early|late|of)\s+(?:the\s+)?{_SEASON}\b",
        re.IGNORECASE,
    ),
    "fiscal-quarter": re.compile(
        r"\b(?:first|second|third|fourth|final|last)[- ]quarter\b|\bQ[1-4]\b|\b[1-4]Q\b|\bH[12]\b"
        r"|\b(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)?\d\d\b|\bFY\s?'?\d|\bfirst\s+half\b|\bsecond\s+half\b",
        re.IGNORECASE,
    ),
    "decade": re.compile(
        r"\b(?:19|20)\d0s\b|\b'\d0s\b|\bthe\s+(?:past|last|next|previous|coming)\s+decade\b"
        r"|\bthe\s+(?:nineties|eighties|seventies|sixties|fifties|forties|thirties|twenties)\b"
        r"|\b(?:this|that|the)\s+decade\b",
        re.IGNORECASE,
    ),
}
#: Each batch's file, seed, size and the files whose sentences stay out.
BATCHES: dict[str, tuple[Path, str, int, tuple[Path, ...]]] = {
    "real11": (REAL11_FILE, "newsfacts-dates372-real-11:", 48, EARLIER),
    "real12": (REAL12_FILE, "newsfacts-dates372-real-12:", 30, (*EARLIER, REAL11_FILE)),
}
#: Durations and spans take five turns of twelve: ``KINDS`` in this order, repeated.
TURNS = ("duration-after-preposition", "weekday-alone", "duration-before-noun", "relative-period",
         "span-since-within", "season", "duration-after-preposition", "fiscal-quarter", "age-like",
         "duration-before-noun", "decade", "span-since-within")


def draw(batch: str = "real11") -> list[dict]:
    """A batch's rows, unlabelled, in draw order (module docstring)."""
    _, seed, size, earlier = BATCHES[batch]
    return draw_in_turns(batch, seed, size, earlier, KINDS, TURNS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", choices=sorted(BATCHES), default="real11")
    parser.add_argument("--check", action="store_true", help="check that the batch's file holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.batch), BATCHES[args.batch][0], args.check)


if __name__ == "__main__":
    sys.exit(main())
