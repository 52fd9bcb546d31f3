"""Sample a hard-case quantity probe batch of real publisher sentences (the ``real3`` set), reproducibly.

The pool is the one the earlier real-sentence batches used: the reference bodies (``expected.body``) of English pages
of the cleaning corpus whose case is ``dev`` in ``benchmarks/corpus/SPLIT.json`` and whose publisher has no article in
``benchmarks/facts_gold/test/``; pages already in ``facts_gold/dev`` and sentences of the earlier real batches are left
out. Random sentences showed that wrong values are rare in ordinary copy, so this batch only draws among sentences that
match a *hard pattern* (``HARD``: scale words, ranges, fractions, percentages and points, currencies in many forms,
approximations, changes, multipliers, negatives and temperatures, ages, scores, measures, spelled-out numbers). Each
pattern in turn takes the next sentence in the order of a seeded hash (``sha256(SEED + sentence)``) that matches it, so
every kind of hard case is drawn, at most ``PER_PUBLISHER`` sentences per publisher.

``python -m benchmarks.quantity_probe_sample`` prints the draw as JSON (id, publisher, page, text, the patterns it
matched); the sentences were then labelled by reading, before any extractor ran on them. The draw depends on the pool,
the patterns and the seed only, never on what the extractor reads. Cases added to the corpus after the draw are not in the
pool (``splits.in_probe_pool``), so a growing corpus leaves the draw as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

from benchmarks.extraction import default_dirs
from benchmarks.splits import in_probe_pool, load_split

SEED = "values5-real3:"
PER_PUBLISHER = 4
SIZE = 180
GOLD = Path(__file__).parent / "facts_gold"
EARLIER = ("quantities_en_real.json", "quantities_en_real2.json")

_NUM = r"\d[\d,.]*"
_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
#: The hard patterns, in the order the draw visits them.
HARD: dict[str, re.Pattern[str]] = {
    "scale": re.compile(
        rf"{_NUM}\s*(?:million|billion|trillion|bn|mn|m|k|b)\b|tens of thousands|hundreds of|thousands of", re.IGNORECASE
    ),
    "range": re.compile(rf"between\s+\S*\d\S*\s+and\s+\S*\d|\d\s?[-–]\s?\$?\d|{_NUM}\S*\s+to\s+\S*\d", re.IGNORECASE),
    "fraction": re.compile(
        r"\b(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|one[- ]third|one in (?:\w+)|\d+ in \d+|\d+/\d+)\b",
        re.IGNORECASE,
    ),
    "percent": re.compile(r"\d\s?%|\b(?:per ?cent|percent|percentage points?|basis points)\b", re.IGNORECASE),
    "currency": re.compile(
        r"[£€¥₹]|US\$|A\$|C\$|\bRs\.?\s?\d|\b(?:yen|euros?|pence|cents|rupees|dollars|pounds|yuan|francs)\b", re.IGNORECASE
    ),
    "approximation": re.compile(
        rf"\b(?:about|nearly|almost|more than|up to|around|roughly|over|at least|fewer than|less than|some|"
        rf"approximately|an estimated)\s+(?:[$£€]?\d|{_WORD}\b)",
        re.IGNORECASE,
    ),
    "change": re.compile(
        r"\b(?:rose|fell|rise|fall|rising|falling|increased?|decreased?|jumped|dropped|climbed|slipped|grew|declined|"
        r"surged|plunged|gained|lost)\b[^.]{0,40}\d[^.]{0,30}\b(?:to|from)\b",
        re.IGNORECASE,
    ),
    "multiplier": re.compile(rf"\b(?:twice|doubled?|tripled?|quadrupled?|(?:{_WORD}|\d+) times|\d+(?:\.\d+)?x)\b", re.IGNORECASE),
    "temperature": re.compile(rf"°|{_NUM}\s+degrees?\b|\bminus \d|(?<![\w-])[-−]\d", re.IGNORECASE),
    "age": re.compile(r"\b\d+-year-old|\baged? \d+|\b\w+-year-old|, \d{1,2}, ", re.IGNORECASE),
    "score": re.compile(r"\b\d{1,3}-\d{1,3}\b[^.]{0,40}\b(?:win|won|victory|defeat|lead|beat|score|draw)|"
                        r"\b(?:won|beat|lost|defeated|led)\b[^.]{0,30}\b\d{1,3}-\d{1,3}\b", re.IGNORECASE),
    "measure": re.compile(
        rf"{_NUM}\s?(?:km|kilometres|kilometers|miles?|kg|kilograms|tonnes|tons|mph|km/h|metres|meters|feet|ft|"
        r"inches|lbs?|acres|hectares|litres|liters|gallons|sq ft|square (?:feet|miles|metres))\b",
        re.IGNORECASE,
    ),
    "spelled": re.compile(
        r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?\b|\ba dozen\b|\bdozens\b|"
        r"\b(?:one|a|two|three|five) hundred\b|\b(?:a|one|two|ten) thousand\b",
        re.IGNORECASE,
    ),
}
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
#: Abbreviations whose full stop ends no sentence.
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Inc|Corp|Co|No|vs|U\.S|U\.K|[A-Z])\.$")


def sentences(body: str) -> list[str]:
    """Prose sentences of a body: paragraphs split at sentence ends, kept when they read as a sentence."""
    found = []
    for paragraph in body.split("\n"):
        parts: list[str] = []
        for part in _SENTENCE_END.split(paragraph.strip()):
            if parts and _ABBREVIATION.search(parts[-1]):
                parts[-1] += " " + part
            else:
                parts.append(part)
        found.extend(part.strip() for part in parts if _reads_as_prose(part.strip()))
    return found


def _reads_as_prose(part: str) -> bool:
    """A sentence of prose: of sentence length, capitalised, closed, mostly letters, six words or more (no lists,
    bylines, headings or code)."""
    return (
        40 <= len(part) <= 320
        and re.match(r"[\"“‘(]?[A-Z0-9£$€]", part) is not None
        and part[-1] in ".!?\"”’)"
        and sum(c.isalpha() for c in part) > 0.6 * len(part)
        and len(re.findall(r"[a-z]{3,}", part)) >= 6
    )


def _test_publishers() -> set[str]:
    """Names and name parts of every facts test publisher ('yahoo (ABC News)' -> yahoo, abcnews)."""
    names = set()
    for path in (GOLD / "test").glob("*.json"):
        names.add(path.name.split("_")[0])
        publisher = json.loads(path.read_text(encoding="utf-8"))["publisher"].lower()
        names.update(re.findall(r"[a-z0-9]+", publisher.replace(" ", "")))
        names.update(w for w in re.findall(r"[a-z0-9]+", publisher) if len(w) > 3)
    return names


def pool() -> list[tuple[str, str, str]]:
    """(publisher, page, sentence) for every allowed sentence."""
    split = load_split()
    banned = _test_publishers()
    gold_dev = {p.stem for p in (GOLD / "dev").glob("*.json")}
    earlier = {item["text"] for name in EARLIER for item in json.loads(
        (GOLD / "probes" / name).read_text(encoding="utf-8"))["items"]}
    seen: set[str] = set()
    out = []
    for folder in default_dirs():
        for meta in sorted(folder.glob("*.json")):
            case = split.get(meta.stem)
            if case is None or case["split"] != "dev" or meta.stem in gold_dev or meta.stem in seen:
                continue
            if not in_probe_pool(meta.stem):
                continue
            if case["publisher"] in banned or any(b in case["publisher"] for b in banned if len(b) > 4):
                continue
            data = json.loads(meta.read_text(encoding="utf-8"))
            if data.get("language") != "en" or not (data.get("expected") or {}).get("body"):
                continue
            seen.add(meta.stem)
            for sentence in sentences(data["expected"]["body"]):
                if not any(sentence[:60] in old or old[:60] in sentence for old in earlier):
                    out.append((case["publisher"], meta.stem, sentence))
    return out


def draw(size: int = SIZE) -> list[dict]:
    """Visit the patterns in turn; each takes its next sentence in hash order, up to PER_PUBLISHER per publisher."""
    unique = {s: (pub, page) for pub, page, s in pool()}
    ordered = sorted(unique, key=lambda s: hashlib.sha256((SEED + s).encode()).hexdigest())
    queues = {name: [s for s in ordered if pattern.search(s)] for name, pattern in HARD.items()}
    taken: list[str] = []
    per_publisher: dict[str, int] = {}
    while len(taken) < size and any(queues.values()):
        for queue in queues.values():
            while queue:
                sentence = queue.pop(0)
                publisher = unique[sentence][0]
                if sentence not in taken and per_publisher.get(publisher, 0) < PER_PUBLISHER:
                    taken.append(sentence)
                    per_publisher[publisher] = per_publisher.get(publisher, 0) + 1
                    break
            if len(taken) >= size:
                break
    return [
        {"id": f"rh-{i:03d}", "publisher": unique[s][0], "page": unique[s][1], "text": s,
         "patterns": [name for name, pattern in HARD.items() if pattern.search(s)]}
        for i, s in enumerate(taken, 1)
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=SIZE)
    args = parser.parse_args(argv)
    print(json.dumps(draw(args.size), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
