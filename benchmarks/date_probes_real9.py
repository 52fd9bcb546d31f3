"""Draw ``en_real9`` and ``en_real10``, real-sentence date probe batches weighted to the unseen sets' kinds (issue 11,
dates368): datelines, weekdays alone, relative periods ("earlier this month"), fiscal years, ranges ("from March to
May"), durations ("for three years"), clock times with a zone, and dates in legal or official phrasing ("effective
Jan. 1", "no later than", "as of").

``python -m benchmarks.date_probes_real9 [--batch real9|real10]`` prints a batch as unlabelled JSONL rows (``dates``
empty); ``--check`` says whether its labelled file holds exactly the drawn sentences, in order. The unseen sets (wire
news, government and conflict reports, US political news) read dates overlap F1 .811 while the English dev gold reads
.970 and its test .905. ``en_real5``..``en_real8`` drew those genres with many kinds a round; here the unseen sets'
own shapes take the turns (``TURNS``), weekdays, durations and official phrasing twice a round.

The pool is ``date_probes_real5.pool``'s (the English dev pages of the check's genres, of publishers with no facts test
article and none of the wires and papers kept away, pages of the facts dev gold left out), every sentence of an
earlier batch (``EARLIER``, ``en_real``..``en_real8``) left out. Sentences are ranked by ``sha256(seed + sentence)``
and the kinds take turns, each taking the best-ranked sentence of its kind from a publisher under
``date_probes_real5.PER_PUBLISHER`` rows and a page under ``PER_PAGE`` (``date_probes_real5.draw_in_turns``). The rows
were labelled by reading before newsfacts ran on them; ``python -m benchmarks.date_probes --set real9`` scores them
(``real10`` is held out: labelled before any rule of the round, scored once at its end, not tuned on).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from benchmarks.date_probes import GOLD
from benchmarks.date_probes_real import _MONTHS, print_or_check
from benchmarks.date_probes_real5 import draw_in_turns

REAL9_FILE = GOLD / "en_real9.jsonl"
REAL10_FILE = GOLD / "en_real10.jsonl"
#: Every earlier batch of publisher sentences: their sentences stay out of both draws.
EARLIER = tuple(GOLD / f"en_{name}.jsonl" for name in ("real", "real2", "real3", "real4", "real5", "real6", "real7",
                                                       "real8"))
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
           r"a few|several|a couple of|a|an|half a)")
_UNIT = r"(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|nights?)"
_YEAR = r"(?:19|20)\d\d"
_ABBR_MONTH = r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
#: The kinds of the draw; written for the draw, not from the extractor's lexicons.
KINDS: dict[str, re.Pattern[str]] = {
    "dateline": re.compile(r"^[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][A-Za-z.\- ]+)?\s*(?:\([A-Za-z ]+\)\s*)?[—–-]{1,2}\s"),
    "weekday-alone": re.compile(
        rf"\b(?:on|since|by|until|from|last|late|early|this|next)?\s*{_WEEKDAY}(?:'s)?\b(?!,?\s+(?:\d|{_MONTHS}|{_ABBR_MONTH}))"
    ),
    "relative-period": re.compile(
        r"\b(?:earlier|later|late|early)\s+(?:this|last|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\b"
        r"|\b(?:last|next|this|the previous|the coming|the past)\s+(?:month|year|spring|summer|fall|autumn|winter)\b"
        r"|\b(?:yesterday|tomorrow|tonight|the day before|the next day|the following day)\b",
        re.IGNORECASE,
    ),
    "fiscal-year": re.compile(
        r"\b(?:fiscal|financial|budget|tax|school|academic)\s+(?:year|years|quarter)\b|\bFY\s?'?\d|\b(?:19|20)\d\d-\d\d\b",
        re.IGNORECASE,
    ),
    "range": re.compile(
        rf"\b(?:from|between)\s+(?:(?:early|mid|late)[- ])?(?:{_MONTHS}|{_ABBR_MONTH}|{_YEAR}|{_WEEKDAY}|\d{{1,2}}\s+(?:{_MONTHS}))"
        r"\b.{0,30}?\b(?:to|through|until|and|till|into)\b"
        rf"|\b(?:{_MONTHS}|{_ABBR_MONTH})\s+\d{{1,2}}\s?[-–]\s?\d{{1,2}}\b|\b{_YEAR}\s?[-–]\s?{_YEAR}\b"
    ),
    "duration": re.compile(
        rf"\b(?:for|over|within|during|after|spanning|nearly|almost|about|more than|less than|in)\s+(?:the\s+)?"
        rf"(?:past|last|next|first|coming)?\s*{_NUMBER}\s+{_UNIT}\b"
        rf"|\b{_NUMBER}[- ](?:year|month|week|day|decade|hour)[- ](?:long|old)?\s*[a-z]+",
        re.IGNORECASE,
    ),
    "time-zone": re.compile(
        r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)\s*\(?(?:[ECMPA][SD]?T|GMT|UTC|BST|CET|IST|local|"
        r"Eastern|Pacific|Central|Mountain|ET|PT)?\b|\b\d{1,2}[:.]\d\d\s*(?:GMT|UTC|[ECMP][SD]T|ET|PT)\b"
        r"|\b(?:noon|midnight)\b",
    ),
    "official": re.compile(
        r"\b(?:effective|as of|as at|no later than|not later than|deadline|expires?|expired|takes? effect|"
        r"went into effect|goes into effect|signed into law|enacted|scheduled for|due (?:on|by)|ahead of|"
        r"beginning|starting|through)\s+(?:on\s+)?(?:the\s+)?"
        rf"(?:{_MONTHS}|{_ABBR_MONTH}|{_YEAR}|{_WEEKDAY}|\d{{1,2}}\s+(?:{_MONTHS})|next|this|the end of)",
        re.IGNORECASE,
    ),
}
#: Each batch's file, seed, size and the files whose sentences stay out.
BATCHES: dict[str, tuple[Path, str, int, tuple[Path, ...]]] = {
    "real9": (REAL9_FILE, "newsfacts-dates368-real-9:", 40, EARLIER),
    "real10": (REAL10_FILE, "newsfacts-dates368-real-10:", 30, (*EARLIER, REAL9_FILE)),
}
#: Weekdays, durations and official phrasing take two turns a round: ``KINDS`` in this order, repeated.
TURNS = ("dateline", "weekday-alone", "relative-period", "official", "duration", "fiscal-year", "range",
         "weekday-alone", "time-zone", "official", "duration")


def draw(batch: str = "real9") -> list[dict]:
    """A batch's rows, unlabelled, in draw order (module docstring)."""
    _, seed, size, earlier = BATCHES[batch]
    return draw_in_turns(batch, seed, size, earlier, KINDS, TURNS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", choices=sorted(BATCHES), default="real9")
    parser.add_argument("--check", action="store_true", help="check that the batch's file holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.batch), BATCHES[args.batch][0], args.check)


if __name__ == "__main__":
    sys.exit(main())
