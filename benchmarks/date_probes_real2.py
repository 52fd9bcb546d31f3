"""Draw ``en_real2``, the second real-sentence date probe batch: publisher sentences of the independent check's genres
holding the date shapes it reads, picked by a seeded hash.

``python -m benchmarks.date_probes_real2`` draws ``en_real2`` (issue 11, dates57), aimed at the shapes of wire, government, humanitarian, conflict,
market and US political copy (``REAL2_KINDS``: a day and month without a year, weekdays, relative dates, periods,
fiscal years, datelines, clock times, and numbers that are no dates: ages, ordinals, counts, "24/7"). Its pool is the
English dev pages of the origin tags the corpus held when it was drawn (``REAL2_TAGS``), of publishers with no facts
test article and none of ``OFF_LIMITS``, that state a publication time, whose body reads as those genres
(``REAL2_GENRE`` at least ``MIN_GENRE_WORDS`` times), pages of the facts dev gold and ``en_real``'s sentences left out.
Publishers are taken in ``sha256(REAL2_SEED + publisher)`` order, ``REAL2_PUBLISHERS`` of them with two candidates; of
each, the candidate that ranks first by ``sha256(REAL2_SEED + sentence)`` and the first after it of another kind.
``--check`` says whether ``date_probes_gold/en_real2.jsonl`` holds exactly the drawn sentences, in order; the rows
were labelled by reading, before the extractor ran on them, and ``python -m benchmarks.date_probes --set real2``
scores them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys

from benchmarks.date_probes import GOLD
from benchmarks.date_probes_real import (
    _MONTHS,
    FACTS_GOLD,
    REAL_FILE,
    Page,
    print_or_check,
    published_iso,
    sentences,
)
from benchmarks.entity_cues import GENRE_WORDS, MIN_GENRE_WORDS
from benchmarks.extraction import default_dirs
from benchmarks.splits import load_split

REAL2_FILE = GOLD / "en_real2.jsonl"
REAL2_SEED = "newsfacts-date-probes-real-2:"
REAL2_PUBLISHERS = 20
#: The origin tags of the corpus when ``en_real2`` was drawn: a case added later comes under a new tag and stays out.
REAL2_TAGS = frozenset({
    "asc", "bpr", "brd", "brv", "brv2", "crux", "dce", "frd", "fundus", "g3", "gax", "gbp", "gcd", "gne", "gne2",
    "gne3", "goo", "goose3", "goosescala", "grb", "gsl", "hd", "hd2", "hd3", "hd4", "hd5", "hd6", "hd7", "jbr", "jmp",
    "jmp2", "jsp", "kcr", "kik", "kml", "lrd", "mcb", "mgh", "mgh2", "mgh3", "moz", "mtin", "mtsc", "mtsc2", "n3k",
    "n4k", "n4k2", "nrd", "nwj", "omni", "pae", "pl", "pl2", "pmo", "pun", "pyr", "r4j", "rd2", "rphp", "rrb", "sfm",
    "snk", "snk2", "snk3", "snk4", "sr", "svw", "swr", "traf", "unf",
})
#: Corpus publishers whose pages the project does not use (wire services and the papers the project keeps away from).
OFF_LIMITS = frozenset(
    {"apnews", "bbc", "euronews", "independent", "mk", "nytimes", "reuters", "telegraph", "theguardian", "yonhapnews"}
)
#: The check's genres: the political, government, conflict and humanitarian words of the entity draw, and markets.
REAL2_GENRE = re.compile(
    rf"{GENRE_WORDS.pattern}|\b(?:investors|shares|stocks|inflation|central bank|earnings|bond yields?|tariffs?)\b"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_NO_YEAR = r"(?!,?\s+(?:1[89]|20)\d\d)"
_WORD_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of)"
#: ``en_real2``'s kinds, written for the draw (not the extractor's lexicons), so it does not lean to what is known.
REAL2_KINDS: dict[str, re.Pattern[str]] = {
    "day-month": re.compile(rf"\b{_DAY}\s+(?:{_MONTHS}){_NO_YEAR}(?=\W|$)|\b(?:{_MONTHS})\s+{_DAY}\b{_NO_YEAR}"),
    "weekday": re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"),
    "relative": re.compile(
        rf"\b(?:last|next|this|earlier this|later this|the previous|the coming)\s+(?:week|month|year)\b"
        rf"|\b{_WORD_COUNT}\s+(?:years?|months?|weeks?|days?)\s+(?:ago|earlier|later|before|after)\b"
        r"|\b(?:yesterday|tomorrow|tonight)\b",
        re.IGNORECASE,
    ),
    "period": re.compile(
        rf"\b(?:early|mid|late|end)[- ](?:\d{{4}}|{_MONTHS})\b|\b(?:first|second|third|fourth)[- ](?:quarter|half)\b"
        rf"|\bbetween (?:{_MONTHS}|\d{{4}}) and\b|\bfrom (?:{_MONTHS}|\d{{4}}) (?:to|through|until)\b"
        r"|\b(?:since|by|until) (?:(?:early|late|mid)[- ]?)?(?:1[89]|20)\d\d\b",
        re.IGNORECASE,
    ),
    "fiscal": re.compile(r"\bfiscal\b|\bFY\s?\d|\bfinancial year\b|\bbudget year\b", re.IGNORECASE),
    "dateline": re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s[A-Z][\w. ]+)?\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s"),
    "time": re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b", re.IGNORECASE),
    "non-date": re.compile(
        r"\b\d+-year-old\b|\baged? \d+\b|\b\d+(?:st|nd|rd|th)\s+(?!of\b)(?!(?:" + _MONTHS + r"))[a-z]+"
        r"|\b24/7\b|\b(?:1[89]|20)\d\d\s+(?:people|troops|soldiers|civilians|votes|homes|families|cases|jobs)\b"
    ),
}


def _real2_pages() -> list[Page]:
    """``en_real2``'s pool (module docstring): dev pages of the check's genres from ``REAL2_TAGS``."""
    split = load_split()
    test_publishers = {path.name.split("_")[0].replace("-", "") for path in (FACTS_GOLD / "test").glob("*.json")}
    in_gold = {json.loads(path.read_text(encoding="utf-8")).get("id") for path in (FACTS_GOLD / "dev").glob("*.json")}
    found: dict[str, Page] = {}
    for folder in default_dirs():
        for meta in sorted(folder.glob("*.json")):
            case = split.get(meta.stem)
            if meta.stem in found or meta.stem in in_gold or not case or case["split"] != "dev":
                continue
            publisher = case["publisher"]
            if meta.stem.rpartition("__")[2] not in REAL2_TAGS or publisher in OFF_LIMITS:
                continue
            if publisher.replace("-", "") in test_publishers:
                continue
            data = json.loads(meta.read_text(encoding="utf-8"))
            expected = data.get("expected") or {}
            body = expected.get("body") or ""
            if data.get("language") == "en" and expected.get("published") and (
                len(REAL2_GENRE.findall(body)) >= MIN_GENRE_WORDS
            ):
                found[meta.stem] = Page(meta.stem, publisher, expected["published"], body)
    return [found[key] for key in sorted(found)]


def _kind(sentence: str) -> str | None:
    return next((name for name, pattern in REAL2_KINDS.items() if pattern.search(sentence)), None)


def draw() -> list[dict]:
    """``en_real2``'s rows, unlabelled, publishers in draw order (module docstring)."""
    taken = {json.loads(line)["text"] for line in REAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()}
    rank2 = lambda text: hashlib.sha256((REAL2_SEED + text).encode()).hexdigest()
    by_publisher: dict[str, list[tuple[str, str, Page]]] = {}
    seen: set[str] = set(taken)
    for page in _real2_pages():
        for sentence in sentences(page.body):
            if sentence not in seen and (kind := _kind(sentence)):
                seen.add(sentence)
                by_publisher.setdefault(page.publisher, []).append((sentence, kind, page))
    rows: list[dict] = []
    publishers = 0
    for publisher in sorted(by_publisher, key=rank2):
        ranked = sorted(by_publisher[publisher], key=lambda item: rank2(item[0]))
        other = next((item for item in ranked[1:] if item[1] != ranked[0][1]), None)
        if other is None:
            continue
        for sentence, kind, page in (ranked[0], other):
            rows.append({
                "id": f"real2-{rank2(sentence)[:8]}", "published": published_iso(page.published), "text": sentence,
                "dates": [], "page": page.case_id, "publisher": publisher, "kind": kind,
            })
        publishers += 1
        if publishers == REAL2_PUBLISHERS:
            break
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"check that {REAL2_FILE.name} holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(), REAL2_FILE, args.check)


if __name__ == "__main__":
    sys.exit(main())
