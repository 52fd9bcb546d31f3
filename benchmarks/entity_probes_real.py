"""Draw the real-sentence entity probe set: publisher sentences with names in them, picked by a seeded hash.

``python -m benchmarks.entity_probes_real`` prints the drawn sentences as unlabelled JSONL rows (``entities``
empty); ``--check`` says whether ``entity_probes_gold/en_real.jsonl`` holds exactly the drawn sentences, in order.
The rows were labelled by reading, before newsfacts or the model ran on them, and the labelled file is what
``python -m benchmarks.entity_probes --set real`` scores.

Where they come from: the reference bodies (``expected.body``) of the cleaning corpus's English pages whose case is
``dev`` in ``benchmarks/corpus/SPLIT.json`` and whose publisher has no article in ``facts_gold/test``; articles of
``facts_gold/dev`` (their first sentence found in a gold text) are left out, so the set is held out from the gold the rules were written from. Bodies are cut
into sentences as the real date probes cut them (``date_probes_real.sentences``). A sentence is a candidate when a
capitalised word stands after its first word (a name is likely; the first word is capitalised anyway). Publishers
are taken in ``sha256(SEED + publisher)`` order, ``PUBLISHERS`` of them, and from each the ``PER_PUBLISHER``
candidates that rank first by ``sha256(SEED + sentence)``, so no publisher's style dominates the set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from benchmarks.date_probes_real import sentences
from benchmarks.entity_probes import GOLD
from benchmarks.extraction import default_dirs
from benchmarks.splits import load_split

REAL_FILE = GOLD / "en_real.jsonl"
FACTS_GOLD = Path(__file__).parent / "facts_gold"
SEED = "newsfacts-entity-probes-real-1:"
PUBLISHERS = 30
PER_PUBLISHER = 2
#: A capitalised word after the first word of the sentence (the pronoun "I" aside).
_NAME_LIKE = re.compile(r"(?<=\s)[\"“‘(]?(?!I\b)[A-Z][\w'’.-]*")


def rank(text: str) -> str:
    return hashlib.sha256((SEED + text).encode()).hexdigest()


def _opening(body: str) -> str:
    """The first sentence of a body: a facts gold article that holds it is the same article under another case id
    (the corpus keeps some pages twice, from two fixture sets)."""
    return next(sentences(body), body[:80])


def candidates() -> dict[str, list[tuple[str, str]]]:
    """Per publisher, its candidate sentences with their case ids, each sentence once."""
    split = load_split()
    test_publishers = {path.name.split("_")[0] for path in (FACTS_GOLD / "test").glob("*.json")}
    gold_texts = [
        json.loads(path.read_text(encoding="utf-8"))["text"] for path in (FACTS_GOLD / "dev").glob("*.json")
    ]
    seen: set[str] = set()
    found: dict[str, list[tuple[str, str]]] = {}
    for folder in default_dirs():
        for meta in sorted(folder.glob("*.json")):
            case = split.get(meta.stem)
            if not case or case["split"] != "dev" or case["publisher"] in test_publishers:
                continue
            data = json.loads(meta.read_text(encoding="utf-8"))
            body = (data.get("expected") or {}).get("body")
            if data.get("language") != "en" or not body or any(_opening(body) in text for text in gold_texts):
                continue
            for sentence in sentences(body):
                if sentence not in seen and _NAME_LIKE.search(sentence):
                    seen.add(sentence)
                    found.setdefault(case["publisher"], []).append((sentence, meta.stem))
    return found


def draw() -> list[dict]:
    """The drawn rows, unlabelled, publishers in draw order."""
    found = candidates()
    rows = []
    for publisher in sorted(found, key=rank)[:PUBLISHERS]:
        for sentence, case_id in sorted(found[publisher], key=lambda item: rank(item[0]))[:PER_PUBLISHER]:
            rows.append(
                {
                    "id": f"real-{rank(sentence)[:8]}",
                    "genre": "news",
                    "text": sentence,
                    "entities": [],
                    "page": case_id,
                    "publisher": publisher,
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help=f"check that {REAL_FILE.name} holds the drawn sentences"
    )
    args = parser.parse_args(argv)
    rows = draw()
    if not args.check:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    labelled = [
        json.loads(line) for line in REAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    same = [(r["text"], r["page"]) for r in rows] == [(r["text"], r["page"]) for r in labelled]
    print(f"{REAL_FILE.name}: {'holds' if same else 'does NOT hold'} the {len(rows)} drawn sentences")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
