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

``--set fr_real2`` (issue 11, facts229) draws the second batch, ``quantities_fr_real2.json``, the same way with its own
seed (``SEED2``) from the French dev pages ``fr_real`` read no sentence of, under the origin tags that held a French
dev page when it was drawn (``FR_REAL2_TAGS``: kaini/newslist's ``knl`` Le Monde pages among them; its Le Figaro pages
and Radio-Canada's are facts test publishers', left out as ``fr_real`` left them), so a page added later leaves the
draw as it was: 42 candidates on 7 publishers, six a publisher (``PER_PUBLISHER2``, set on those counts before
anything was read) giving 30.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from benchmarks.date_probes_real import print_or_check
from benchmarks.entity_probes_real import candidates, seeded_picks

SEED = "newsfacts-quantity-probes-real-fr-1:"
PER_PUBLISHER = 7
LABELLED = Path(__file__).parent / "facts_gold" / "probes" / "quantities_fr_real.json"
SEED2 = "facts229-quantity-probes-real-fr-2:"
PER_PUBLISHER2 = 6
LABELLED2 = LABELLED.with_name("quantities_fr_real2.json")
#: The origin tags of every French dev page when ``fr_real2`` was drawn.
FR_REAL2_TAGS = frozenset({
    "epb", "fdh", "fundus", "g3", "grb", "hd", "hd3", "hd4", "hd7", "jbr", "jmp", "jmp2", "knl", "mcm", "moz", "mpf",
    "n3p", "pl", "pl3b", "rphp", "sfm2b", "unf",
})
_WORDS = Path(__file__).parents[1] / "extractors" / "facts" / "data" / "fr" / "number_words.tsv"


def _number_pattern() -> re.Pattern[str]:
    words = [
        line.split("\t")[0]
        for line in _WORDS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return re.compile(r"\d|\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def rank(text: str, seed: str = SEED) -> str:
    return hashlib.sha256((seed + text).encode()).hexdigest()


def _unread(case_id: str) -> bool:
    """A French dev page of ``FR_REAL2_TAGS`` that ``fr_real`` drew no sentence from."""
    read = {item["page"] for item in json.loads(LABELLED.read_text(encoding="utf-8"))["items"]}
    return case_id.rpartition("__")[2] in FR_REAL2_TAGS and case_id not in read


def draw(batch: str = "fr_real") -> list[dict]:
    """The drawn rows of ``fr_real`` or ``fr_real2``, unlabelled, publishers in draw order."""
    if batch == "fr_real":
        seed, per_publisher, found = SEED, PER_PUBLISHER, candidates("fr", _number_pattern())
    else:
        seed, per_publisher, found = SEED2, PER_PUBLISHER2, candidates("fr", _number_pattern(), pool=_unread)
    return [
        {
            "id": f"fr-{rank(sentence, seed)[:8]}",
            "text": sentence,
            "quantities": [],
            "page": case_id,
            "publisher": publisher,
        }
        for publisher, sentence, case_id in seeded_picks(found, lambda text: rank(text, seed), None, per_publisher)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("fr_real", "fr_real2"), default="fr_real", help="which batch to draw")
    parser.add_argument(
        "--check", action="store_true", help="check that the labelled file holds the drawn sentences"
    )
    args = parser.parse_args(argv)
    return print_or_check(draw(args.set), LABELLED if args.set == "fr_real" else LABELLED2, args.check)


if __name__ == "__main__":
    sys.exit(main())
