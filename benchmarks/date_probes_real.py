"""Draw the real-sentence date probe set: publisher sentences, not our wording, picked by a seeded hash.

``python -m benchmarks.date_probes_real`` prints the drawn sentences as unlabelled JSONL rows (``dates`` empty);
``--check`` says whether ``date_probes_gold/en_real.jsonl`` holds exactly the drawn sentences, in order. The rows
were labelled by reading, before the extractor ran on them, and the labelled file is what ``python -m
benchmarks.date_probes --set real`` scores.

Where they come from: the reference bodies (``expected.body``) of the cleaning corpus's English pages whose case is
``dev`` in ``benchmarks/corpus/SPLIT.json``, whose publisher has no article in ``facts_gold/test`` and which state a
publication time (``expected.published``, needed to resolve "Tuesday" or "last year"); pages already in
``facts_gold/dev`` and cases added to the corpus after the draw (``splits.in_probe_pool``) are left out. Each body is cut into sentences at a stop followed by a capital. Per publisher, the
set takes the ``DATE_WORDS_PER_PUBLISHER`` sentences with a date-like word (weekdays, months, years, relative days,
clock times, seasons, quarters, fiscal years, counted durations and ages, numbers and scores that could pass for a
year) that rank first by ``sha256(SEED + sentence)``, and the ``RANDOM_PER_PUBLISHER`` first of the rest of its
sentences in the same order, so half the set measures precision on ordinary prose. Lines that are not prose (no
final stop, under ``MIN_CHARS``) are never drawn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.date_probes import GOLD
from benchmarks.extraction import default_dirs
from benchmarks.splits import in_probe_pool, load_split

REAL_FILE = GOLD / "en_real.jsonl"
FACTS_GOLD = Path(__file__).parent / "facts_gold"
SEED = "newsfacts-date-probes-real-1:"
DATE_WORDS_PER_PUBLISHER = 2
RANDOM_PER_PUBLISHER = 2
MIN_CHARS = 40
MAX_CHARS = 400

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
#: What makes a sentence "date-like" for the draw: forms a reader would mark and look-alikes a reader would not.
DATE_LIKE = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b"
    rf"|\b(?:{_MONTHS})(?=\W|$)"
    r"|\b(?:1[6-9]|20)\d\d(?:s\b|\b)|'\d0s\b"
    r"|\b(?:yesterday|today|tomorrow|tonight|ago|decades?|centur(?:y|ies)|anniversary)\b"
    r"|\b(?:last|next|this|past|coming|previous|earlier|later)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|\b(?:spring|summer|autumn|winter)\b"
    r"|\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\b|p\.?m\b)|\b(?:noon|midnight|morning|evening|afternoon)\b"
    r"|\bQ[1-4]\b|\b(?:first|second|third|fourth)[- ]quarter\b|\bfiscal\b|\bFY\s?\d"
    r"|\b\d+(?:-|\s)(?:year|month|week|day|hour)s?(?:-old)?\b|\b(?:years|months|weeks|days)\b"
    r"|\b\d,\d{3}\b|\b\d{1,3}-\d{1,3}\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’)]?)\s+(?=[\"“‘(]?[A-Z0-9])")
#: A stop after these ends no sentence: an initial ("C. Robert Kidder") or a title ("Lt. Gen.").
_NO_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Lt|Col|Gen|Capt|Sgt|Rep|Sen|Gov|St|Jr|Sr|No|vs|Inc|Co))\.$")


@dataclass(frozen=True)
class Page:
    """A corpus page the draw may take sentences from."""

    case_id: str
    publisher: str
    published: str
    body: str


def pages() -> list[Page]:
    """The eligible pages (see the module docstring), one per case id, sorted by case id."""
    split = load_split()
    test_publishers = {path.name.split("_")[0] for path in (FACTS_GOLD / "test").glob("*.json")}
    in_gold = {json.loads(path.read_text(encoding="utf-8")).get("id") for path in (FACTS_GOLD / "dev").glob("*.json")}
    found: dict[str, Page] = {}
    for folder in default_dirs():
        for meta in sorted(folder.glob("*.json")):
            case = split.get(meta.stem)
            if meta.stem in found or meta.stem in in_gold or not case or case["split"] != "dev":
                continue
            if not in_probe_pool(meta.stem):
                continue
            if case["publisher"] in test_publishers:
                continue
            data = json.loads(meta.read_text(encoding="utf-8"))
            expected = data.get("expected") or {}
            if data.get("language") == "en" and expected.get("body") and expected.get("published"):
                found[meta.stem] = Page(meta.stem, case["publisher"], expected["published"], expected["body"])
    return [found[key] for key in sorted(found)]


def sentences(body: str) -> Iterator[str]:
    """The prose sentences of a body: paragraphs cut at a stop before a capital, ending in a stop."""
    for paragraph in body.split("\n"):
        for sentence in _cut(paragraph.strip()):
            if MIN_CHARS <= len(sentence) <= MAX_CHARS and re.search(r"[.!?][\"”’)]?$", sentence):
                yield sentence


def _cut(paragraph: str) -> Iterator[str]:
    start = 0
    for end in _SENTENCE_END.finditer(paragraph):
        if not _NO_END.search(paragraph[start : end.start()]):
            yield paragraph[start : end.end(1)].strip()
            start = end.end()
    yield paragraph[start:].strip()


def rank(sentence: str) -> str:
    return hashlib.sha256((SEED + sentence).encode()).hexdigest()


def published_iso(value: str) -> str:
    """The page's publication time as ISO 8601; a time without an offset is read as UTC."""
    moment = datetime.fromisoformat(value)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def draw() -> list[dict]:
    """The drawn rows, unlabelled, grouped by publisher in name order."""
    by_publisher: dict[str, list[tuple[str, Page]]] = {}
    seen: set[str] = set()
    for page in pages():
        for sentence in sentences(page.body):
            if sentence not in seen:
                seen.add(sentence)
                by_publisher.setdefault(page.publisher, []).append((sentence, page))
    rows = []
    for publisher in sorted(by_publisher):
        ranked = sorted(by_publisher[publisher], key=lambda item: rank(item[0]))
        dated = [item for item in ranked if DATE_LIKE.search(item[0])][:DATE_WORDS_PER_PUBLISHER]
        rest = [item for item in ranked if item not in dated][:RANDOM_PER_PUBLISHER]
        for pick, items in (("date-like", dated), ("random", rest)):
            for sentence, page in items:
                rows.append(
                    {
                        "id": f"real-{rank(sentence)[:8]}",
                        "published": published_iso(page.published),
                        "text": sentence,
                        "dates": [],
                        "page": page.case_id,
                        "publisher": publisher,
                        "pick": pick,
                    }
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"check that {REAL_FILE.name} holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(), REAL_FILE, args.check)


def print_or_check(rows: list[dict], labelled_file: Path, check: bool) -> int:
    """Print a drawn batch as unlabelled JSONL, or (``check``) say whether its labelled file (JSONL, or a ``.json``
    file with its rows under ``items``) holds exactly those sentences of those pages, in order: the labels were
    written on one draw, so a changed draw must show."""
    if not check:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    content = labelled_file.read_text(encoding="utf-8")
    labelled = (json.loads(content)["items"] if labelled_file.suffix == ".json"
                else [json.loads(line) for line in content.splitlines() if line.strip()])
    same = [(r["text"], r["page"]) for r in rows] == [(r["text"], r["page"]) for r in labelled]
    print(f"{labelled_file.name}: {'holds' if same else 'does NOT hold'} the {len(rows)} drawn sentences")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
