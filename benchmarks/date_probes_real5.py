"""Draw ``en_real5`` and ``en_real6``, real-sentence date probe batches of the unseen sets' shapes (issue 11, dates320):
wire, government, conflict and US political copy, picked by a seeded hash.

``python -m benchmarks.date_probes_real5 [--batch real5|real6]`` prints a batch as unlabelled JSONL rows (``dates``
empty); ``--check`` says whether its labelled file holds exactly the drawn sentences, in order. Issue 11's unseen sets
read dates overlap F1 .811 while the English dev gold reads .970, so these batches aim at the shapes those sets are
made of (``KINDS``): datelines, weekdays alone ("on Tuesday", "last Friday"), relative dates ("last week", "earlier
this month", "two days ago", "next year"), fiscal years and quarters, election and session dates, decades and
centuries, seasons, date ranges ("March 3-5", "from 2019 to 2021"), clock times with a zone, anniversaries and
durations ("for three decades", "a 10-year sentence").

The pool is the English dev pages of the cleaning corpus (``SPLIT.json``) from the origin tags it held when
``en_real5`` was drawn (``REAL5_TAGS``; later cases stay out), of publishers with no facts test article (names and
name parts, ``quantity_probe_sample._test_publishers``) and none of ``OFF_LIMITS``, that state a publication time and
whose reference body reads as the check's genres (``REAL2_GENRE`` at least ``MIN_GENRE_WORDS`` times); pages of the
facts dev gold and every sentence of an earlier batch (``EARLIER``) stay out. Sentences are ranked by
``sha256(seed + sentence)`` and the kinds take turns, each taking the best-ranked sentence of its kind from a
publisher that has fewer than ``PER_PUBLISHER`` rows and a page with fewer than ``PER_PAGE``, until ``SIZE`` rows.
The rows were labelled by reading, before newsfacts ran on them; ``python -m benchmarks.date_probes --set real5``
scores them (``real6`` is the held-out batch: scored, not tuned on).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from benchmarks.date_probes import GOLD
from benchmarks.date_probes_real import _MONTHS, FACTS_GOLD, Page, print_or_check, published_iso, sentences
from benchmarks.date_probes_real2 import OFF_LIMITS, REAL2_GENRE
from benchmarks.date_probes_real3 import DURATION
from benchmarks.entity_cues import MIN_GENRE_WORDS
from benchmarks.extraction import default_dirs
from benchmarks.quantity_probe_sample import _test_publishers
from benchmarks.splits import load_split

REAL5_FILE = GOLD / "en_real5.jsonl"
REAL6_FILE = GOLD / "en_real6.jsonl"
#: Every earlier batch of publisher sentences: their sentences stay out of both draws.
EARLIER = tuple(GOLD / f"en_{name}.jsonl" for name in ("real", "real2", "real3", "real4"))
PER_PUBLISHER = 2
PER_PAGE = 2
#: The origin tags of the corpus when ``en_real5`` was drawn: a case added later comes under a new tag and stays out.
REAL5_TAGS = frozenset({
    "asc", "atf", "atf2", "atf3", "atf4", "bpr", "brd", "brv", "brv2", "crux", "dce", "dfd", "epb", "epb2",
    "fdh", "fdh2", "fdh3", "fdh4", "frd", "fundus", "g3", "gax", "gbp", "gcd", "gne", "gne2", "gne3", "goo", "goose3",
    "goosescala", "grb", "gsl", "gsr", "hd", "hd10", "hd2", "hd3", "hd4", "hd5", "hd6", "hd7", "hd8", "hd9b", "jbr",
    "jmp", "jmp2", "jmp3a", "jmpp", "jsp", "kcr", "kik", "kik2b", "kml", "knl", "lang1", "lrd", "mcb", "mcm", "mgh",
    "mgh2", "mgh3", "mgh4", "mgh5b", "mgh6", "moz", "mpf", "mrp", "mtin", "mtsc", "mtsc2", "n3k", "n3p", "n4k",
    "n4k2", "nrd", "nwj", "omni", "omp", "pae", "pl", "pl2", "pl3b", "plp", "pmo", "pool1", "ppl", "pun", "pyr",
    "r4j", "r4j2a", "rd2", "rphp", "rpy", "rrb", "sfm", "sfm2a", "sfm2b", "snk", "snk2", "snk3", "snk4", "sr", "srh",
    "svw", "swr", "traf", "ukr", "unf",
})
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of|a)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
#: The kinds of the draw, in turn order; written for the draw (not from the extractor's lexicons).
KINDS: dict[str, re.Pattern[str]] = {
    "dateline": re.compile(
        rf"^[A-Z][A-Z .'-]{{2,}}(?:,\s[A-Z][\w. ]+)?,?\s*(?:(?:{_MONTHS})\s+\d{{1,2}},?\s*)?(?:\([^)]*\)\s*)?[—–-]{{1,2}}\s"
    ),
    "weekday-alone": re.compile(
        rf"\b(?:on|last|next|this|since|by|until|late|early)\s+{_WEEKDAY}\b(?!,?\s+(?:\d|{_MONTHS}))"
        rf"|\b{_WEEKDAY}(?:'s|’s)\b|\bsaid\s+{_WEEKDAY}\b"
    ),
    "relative": re.compile(
        r"\b(?:last|next|this|earlier this|later this|the previous|the coming|the past|the following)\s+"
        r"(?:week|month|year|weekend|decade)\b"
        rf"|\b{_COUNT}\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|later|before|after|from now)\b"
        r"|\b(?:yesterday|tomorrow|tonight|recently)\b",
        re.IGNORECASE,
    ),
    "fiscal-quarter": re.compile(
        r"\bfiscal\b|\bFY\s?'?\d|\bfinancial year\b|\bQ[1-4]\b|\b(?:first|second|third|fourth|final|last)[- ]quarter\b"
        r"|\bquarter\b|\b(?:first|second) half\b",
        re.IGNORECASE,
    ),
    "election-session": re.compile(
        r"\b(?:elections?|midterms?|primar(?:y|ies)|caucus(?:es)?|inaugura(?:tion|ted)|session|term|polls?|ballot|"
        r"Election Day|sworn in|vote[sd]?)\b"
    ),
    "decade-century": re.compile(
        r"\b(?:1[6-9]|20)\d0s\b|'\d0s\b|\b(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[- ]century\b|\bdecades?\b",
        re.IGNORECASE,
    ),
    "season": re.compile(rf"\b{_SEASON}\b", re.IGNORECASE),
    "range": re.compile(
        rf"\b(?:{_MONTHS})\s+\d{{1,2}}\s?[-–]\s?\d{{1,2}}\b|\b\d{{1,2}}\s?[-–]\s?\d{{1,2}}\s+(?:{_MONTHS})"
        rf"|\b(?:from|between)\s+(?:(?:early|mid|late)[- ])?(?:{_MONTHS}|(?:1[89]|20)\d\d|{_WEEKDAY})\b.{{0,30}}?"
        r"\b(?:to|through|until|and|till)\b|\b(?:1[89]|20)\d\d\s?[-–]\s?(?:(?:1[89]|20)?\d\d)\b"
    ),
    "time-zone": re.compile(
        r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)?\s*\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|local time|"
        r"Eastern|Pacific|Central)\b",
    ),
    "anniversary": re.compile(r"\banniversar(?:y|ies)\b|\b\d+(?:st|nd|rd|th) (?:birthday|year)\b", re.IGNORECASE),
    "duration": DURATION,
}
#: Each batch's file, seed, size and the files whose sentences stay out.
BATCHES: dict[str, tuple[Path, str, int, tuple[Path, ...]]] = {
    "real5": (REAL5_FILE, "newsfacts-dates320-real-5:", 64, EARLIER),
    "real6": (REAL6_FILE, "newsfacts-dates320-real-6:", 44, (*EARLIER, REAL5_FILE)),
}


def pool() -> list[Page]:
    """The batches' pages (module docstring), sorted by case id."""
    split = load_split()
    banned = _test_publishers() | OFF_LIMITS
    in_gold = {json.loads(path.read_text(encoding="utf-8")).get("id") for path in (FACTS_GOLD / "dev").glob("*.json")}
    found: dict[str, Page] = {}
    for folder in default_dirs():
        for meta in sorted(folder.glob("*.json")):
            case = split.get(meta.stem)
            if meta.stem in found or meta.stem in in_gold or not case or case["split"] != "dev":
                continue
            publisher = case["publisher"]
            if meta.stem.rpartition("__")[2] not in REAL5_TAGS or publisher.replace("-", "") in banned:
                continue
            if publisher in banned:
                continue
            data = json.loads(meta.read_text(encoding="utf-8"))
            expected = data.get("expected") or {}
            body = expected.get("body") or ""
            if data.get("language") == "en" and expected.get("published") and (
                len(REAL2_GENRE.findall(body)) >= MIN_GENRE_WORDS
            ):
                found[meta.stem] = Page(meta.stem, publisher, expected["published"], body)
    return [found[key] for key in sorted(found)]


def _earlier(files: tuple[Path, ...]) -> set[str]:
    return {json.loads(line)["text"] for path in files if path.is_file()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def draw(batch: str = "real5") -> list[dict]:
    """A batch's rows, unlabelled, in draw order (module docstring)."""
    _, seed, size, earlier = BATCHES[batch]
    return draw_in_turns(batch, seed, size, earlier, KINDS, tuple(KINDS))


def draw_in_turns(batch: str, seed: str, size: int, earlier: tuple[Path, ...], kinds: dict[str, re.Pattern[str]],
                  turns: tuple[str, ...]) -> list[dict]:
    """Rows of the pool's sentences, the kinds taking ``turns`` in order (a kind may come twice a round), each taking
    its best-ranked sentence (``sha256(seed + sentence)``) that is in no ``earlier`` file, from a publisher and a page
    under their caps, until ``size`` rows or no kind has one left. Shared by the date drawers of ``real5`` on."""
    rank = lambda text: hashlib.sha256((seed + text).encode()).hexdigest()
    seen = _earlier(earlier)
    candidates: list[tuple[str, str, Page]] = []
    for page in pool():
        for sentence in sentences(page.body):
            if sentence not in seen:
                seen.add(sentence)
                candidates.append((rank(sentence), sentence, page))
    candidates.sort(key=lambda item: item[0])
    by_kind = {kind: [item for item in candidates if pattern.search(item[1])] for kind, pattern in kinds.items()}
    rows: list[dict] = []
    taken: set[str] = set()
    per_publisher: dict[str, int] = {}
    per_page: dict[str, int] = {}
    while len(rows) < size:
        moved = False
        for kind in turns:
            if len(rows) == size:
                break
            pick = next((item for item in by_kind[kind] if item[1] not in taken
                         and per_publisher.get(item[2].publisher, 0) < PER_PUBLISHER
                         and per_page.get(item[2].case_id, 0) < PER_PAGE), None)
            if pick is None:
                continue
            key, sentence, page = pick
            taken.add(sentence)
            per_publisher[page.publisher] = per_publisher.get(page.publisher, 0) + 1
            per_page[page.case_id] = per_page.get(page.case_id, 0) + 1
            rows.append({
                "id": f"{batch}-{key[:8]}", "published": published_iso(page.published), "text": sentence,
                "dates": [], "page": page.case_id, "publisher": page.publisher, "kind": kind,
            })
            moved = True
        if not moved:
            break
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", choices=sorted(BATCHES), default="real5")
    parser.add_argument("--check", action="store_true", help="check that the batch's file holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.batch), BATCHES[args.batch][0], args.check)


if __name__ == "__main__":
    sys.exit(main())
