"""Draw ``en_real7`` and ``en_real8``, real-sentence date probe batches weighted to the shapes earlier batches had few
of (issue 11, dates331): durations and ages of things, relative dates, spans and ranges, school and fiscal years,
quarters, decades and centuries, clock times with a zone, and dates inside names and titles.

``python -m benchmarks.date_probes_real7 [--batch real7|real8]`` prints a batch as unlabelled JSONL rows (``dates``
empty); ``--check`` says whether its labelled file holds exactly the drawn sentences, in order. Issue 11's unseen sets
read dates overlap F1 .811 (durations on the English test .844) while the English dev gold reads .970; ``en_real5`` and
``en_real6`` drew the unseen sets' shapes one row a kind, so a duration, a relative date or a range came up about once
in eleven rows. Here the kinds take turns with durations and relative dates twice a round (``KINDS``): a counted
length before a noun ("a three-year term", "the 90-day pause") or after "for"/"over"/"nearly" ("for nearly two
decades"), ages of things ("decades-old", "a century-old"), relative days and months ("last week", "earlier this
month", "the day before", "two days later"), weekdays ("on Tuesday"), spans ("from 2019 to 2021", "between March and
May", "2019-21"), school, academic and fiscal years, quarters and halves, decades and centuries, clock times with a
zone, and dates inside names ("the 9/11 attacks", "the January 6 committee", "the 2020 election").

The pool is ``date_probes_real5.pool``'s (the English dev pages of the check's genres, of publishers with no facts test
article and none of the wires and papers kept away, pages of the facts dev gold left out), every sentence of an
earlier batch (``EARLIER``) left out. Sentences are ranked by ``sha256(seed + sentence)`` and the kinds take turns,
each taking the best-ranked sentence of its kind from a publisher that has fewer than ``PER_PUBLISHER`` rows and a
page with fewer than ``PER_PAGE``, until the batch's size. The rows were labelled by reading, before newsfacts ran on
them; ``python -m benchmarks.date_probes --set real7`` scores them (``real8`` is held out: scored, not tuned on).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from benchmarks.date_probes import GOLD
from benchmarks.date_probes_real import _MONTHS, print_or_check
from benchmarks.date_probes_real5 import REAL5_FILE, REAL6_FILE, draw_in_turns

REAL7_FILE = GOLD / "en_real7.jsonl"
REAL8_FILE = GOLD / "en_real8.jsonl"
#: Every earlier batch of publisher sentences: their sentences stay out of both draws.
EARLIER = (*(GOLD / f"en_{name}.jsonl" for name in ("real", "real2", "real3", "real4")), REAL5_FILE, REAL6_FILE)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
           r"hundred|a few|several|a couple of|a|an|half a)")
_UNIT = r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|nights?|quarters?)"
_YEAR = r"(?:1[6-9]|20)\d\d"
#: The kinds of the draw, in turn order (durations and relative dates twice); written for the draw, not from the
#: extractor's lexicons.
KINDS: dict[str, re.Pattern[str]] = {
    "duration-compound": re.compile(
        rf"\b{_NUMBER}[- ](?:year|month|week|day|decade|century|hour|minute)(?:-long)?\s+(?!old\b)[a-z]+"
        r"|\b(?:decades?|years?|centur(?:y|ies)|months?)-(?:old|long)\b",
        re.IGNORECASE,
    ),
    "relative-day": re.compile(
        r"\b(?:the\s+)?(?:day|night|week|month|year)\s+(?:before|after|earlier|prior)\b"
        r"|\b(?:the\s+)?(?:previous|following|next)\s+(?:day|morning|night|week|month|year)\b"
        rf"|\b{_NUMBER}\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier|before|after|ago|prior)\b"
        r"|\b(?:yesterday|tomorrow|tonight|overnight)\b",
        re.IGNORECASE,
    ),
    "span-range": re.compile(
        rf"\b(?:from|between)\s+(?:(?:early|mid|late)[- ])?(?:the\s+)?(?:{_MONTHS}|{_YEAR}|{_WEEKDAY}|\d{{1,2}}\s+(?:{_MONTHS}))"
        r"\b.{0,30}?\b(?:to|through|until|and|till|into)\b"
        rf"|\b{_YEAR}\s?[-–]\s?(?:{_YEAR}|\d\d)\b"
        rf"|\b(?:{_MONTHS})\s+\d{{1,2}}\s?[-–]\s?\d{{1,2}}\b|\b(?:since|until|through|by)\s+(?:{_MONTHS}|{_YEAR})\b"
    ),
    "school-fiscal": re.compile(
        r"\b(?:school|academic|fiscal|financial|tax|budget|calendar|model|season)\s+years?\b|\bFY\s?'?\d"
        r"|\b(?:semester|term|session)\b",
        re.IGNORECASE,
    ),
    "duration-span": re.compile(
        rf"\b(?:for|over|within|during|in|after|spanning|nearly|almost|about|more than|less than)\s+(?:the\s+)?"
        rf"(?:past|last|next|first|coming|better part of)?\s*(?:nearly\s+|almost\s+|about\s+)?{_NUMBER}\s+{_UNIT}\b"
        rf"|\b(?:for|over)\s+(?:decades|years|months|weeks|centuries)\b",
        re.IGNORECASE,
    ),
    "relative-period": re.compile(
        r"\b(?:last|next|this|earlier this|later this|the previous|the coming|the past|the following|late last|"
        r"early next|earlier in the)\s+(?:week|month|year|weekend|decade|century|spring|summer|fall|autumn|winter)\b"
        rf"|\b(?:on|last|next|this|since|by|until|late|early)\s+{_WEEKDAY}\b(?!,?\s+(?:\d|{_MONTHS}))",
        re.IGNORECASE,
    ),
    "quarter-half": re.compile(
        r"\bQ[1-4]\b|\b(?:first|second|third|fourth|final|last|latest|previous|same|next)[- ]quarter\b"
        r"|\b(?:first|second|latter) half\b|\bH[12]\b",
        re.IGNORECASE,
    ),
    "decade-century": re.compile(
        r"\b(?:1[6-9]|20)\d0s\b|'\d0s\b|\b(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[- ]century\b"
        r"|\bthe\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        re.IGNORECASE,
    ),
    "time-zone": re.compile(
        r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)\s*\(?(?:[ECMPA][SD]?T|GMT|UTC|BST|CET|IST|JST|local|"
        r"Eastern|Pacific|Central|Mountain|ET|PT)\b|\b\d{1,2}[:.]\d\d\s*(?:GMT|UTC|[ECMP][SD]T|ET|PT)\b"
        r"|\b(?:noon|midnight)\s+(?:ET|EST|EDT|PT|GMT|UTC|local|Eastern|Pacific)\b",
    ),
    "name-date": re.compile(
        r"\b\d{1,2}/\d{1,2}\b(?!/)"
        rf"|\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|th|nd|rd)?\s+(?:[A-Z][a-z]+|committee|attack|riot|insurrection|hearing|"
        r"deadline|election|vote|primary|debate|summit|meeting|rally|report)"
        rf"|\bthe\s+{_YEAR}\s+(?:[A-Z][a-z]+|election|elections|midterms?|campaign|race|law|act|crisis|attack|attacks|"
        r"war|invasion|coup|riots?|Olympics|World Cup|census|budget|session|agreement|accord|deal|report|survey|study)\b"
        r"|\b(?:World War (?:I|II|One|Two)|Cold War|Great Depression|Great Recession)\b",
    ),
}
#: Each batch's file, seed, size and the files whose sentences stay out.
BATCHES: dict[str, tuple[Path, str, int, tuple[Path, ...]]] = {
    "real7": (REAL7_FILE, "newsfacts-dates331-real-7:", 64, EARLIER),
    "real8": (REAL8_FILE, "newsfacts-dates331-real-8:", 44, (*EARLIER, REAL7_FILE)),
}
#: Durations and relative dates take two turns a round: ``KINDS`` in this order, repeated.
TURNS = ("duration-compound", "relative-day", "span-range", "school-fiscal", "duration-span", "relative-period",
         "quarter-half", "decade-century", "time-zone", "name-date")


def draw(batch: str = "real7") -> list[dict]:
    """A batch's rows, unlabelled, in draw order (module docstring)."""
    _, seed, size, earlier = BATCHES[batch]
    return draw_in_turns(batch, seed, size, earlier, KINDS, TURNS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", choices=sorted(BATCHES), default="real7")
    parser.add_argument("--check", action="store_true", help="check that the batch's file holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.batch), BATCHES[args.batch][0], args.check)


if __name__ == "__main__":
    sys.exit(main())
