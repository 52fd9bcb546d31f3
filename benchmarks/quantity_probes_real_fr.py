"""Draw the French real-sentence quantity batch: publisher sentences holding a number, picked by a seeded hash.

``python -m benchmarks.quantity_probes_real_fr`` prints the drawn sentences as unlabelled JSONL rows; ``--check`` says
whether ``facts_gold/probes/quantities_fr_real.json`` holds exactly the drawn sentences, in order. The rows were
labelled by reading (value, high end, unit; a sentence whose numbers are no quantity gets none) before newsfacts ran
on them, and ``quantity_probes --set fr_real`` scores the labelled file.

The pages are those of the French entity batch (``entity_probes_real.candidates``): French ``dev`` pages of the
cleaning corpus whose publisher has no facts test article, facts dev gold articles left out. A sentence is a candidate
when it holds a digit or a French number word (``extractors/facts/data/fr/number_words.tsv``). Publishers are taken
in ``sha256(SEED + publisher)`` order, all of them, and from each the ``PER_PUBLISHER`` candidates that rank first by
``sha256(SEED + sentence)``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from benchmarks.date_probes_real import print_or_check
from benchmarks.entity_probes_real import candidates, seeded_picks

SEED = "newsfacts-quantity-probes-real-fr-1:"
PER_PUBLISHER = 7
LABELLED = Path(__file__).parent / "facts_gold" / "probes" / "quantities_fr_real.json"
_WORDS = Path(__file__).parents[1] / "extractors" / "facts" / "data" / "fr" / "number_words.tsv"


def _number_pattern() -> re.Pattern[str]:
    words = [
        line.split("\t")[0]
        for line in _WORDS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return re.compile(r"\d|\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def rank(text: str) -> str:
    return hashlib.sha256((SEED + text).encode()).hexdigest()


def draw() -> list[dict]:
    """The drawn rows, unlabelled, publishers in draw order."""
    found = candidates("fr", _number_pattern())
    return [
        {
            "id": f"fr-{rank(sentence)[:8]}",
            "text": sentence,
            "quantities": [],
            "page": case_id,
            "publisher": publisher,
        }
        for publisher, sentence, case_id in seeded_picks(found, rank, None, PER_PUBLISHER)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="check that the labelled file holds the drawn sentences"
    )
    return print_or_check(draw(), LABELLED, parser.parse_args(argv).check)


if __name__ == "__main__":
    sys.exit(main())
