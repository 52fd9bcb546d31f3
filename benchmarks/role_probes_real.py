"""Draw the real-sentence role probe batches: publisher sentences that name a person next to a role-like phrase.

``python -m benchmarks.role_probes_real [--batch real2]`` prints the drawn sentences as unlabelled rows of the role
probe format (``people`` and ``quotes`` empty); ``--check`` says whether ``role_probes_gold/en_<batch>.jsonl`` holds
exactly the drawn sentences, in order. The rows were labelled by reading, before newsfacts ran on them, and the
labelled file is what ``python -m benchmarks.role_probes --set <batch>`` scores.

Where they come from: the candidates of ``entity_probes_real.candidates`` (English dev-split cleaning-corpus bodies,
facts test publishers and facts dev gold articles left out), kept when a role-like shape stands in the sentence:
a title word (``ROLE_WORDS``) next to a capitalised word, as an appositive ("X, the ..."), a title before a name, a
possessive title ("Britain's prime minister") or "who is". Publishers are taken in ``sha256(seed + publisher)``
order, ``publishers`` of them, and from each the ``per_publisher`` candidates that rank first by
``sha256(seed + sentence)``, so no publisher's style dominates the batch. Each batch has its own seed and leaves
out the sentences of the batches drawn before it (``BATCHES``), so a later batch is held out from the rules an
earlier one drove.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.date_probes_real import print_or_check
from benchmarks.entity_probes_real import candidates, seeded_picks
from benchmarks.role_probes import GOLD


@dataclass(frozen=True)
class Batch:
    """How one batch is drawn: its hash seed, publishers, sentences per publisher and the batches it leaves out."""

    seed: str
    publishers: int
    per_publisher: int
    earlier: tuple[str, ...] = ()


BATCHES = {
    "real": Batch("newsfacts-role-probes-real-1:", 26, 3),
    "real2": Batch("newsfacts-role-probes-real-2:", 27, 2, earlier=("real",)),
}
#: Words that head most news titles; the draw needs one of them, not the labels.
ROLE_WORDS = (
    "president|minister|secretary|chief|director|executive|chairman|chairwoman|chair|spokesman|spokeswoman|"
    "spokesperson|leader|senator|governor|mayor|ceo|founder|professor|manager|coach|head|premier|"
    "chancellor|commissioner|ambassador|officer|analyst|economist|editor|correspondent|judge|lawyer|"
    "attorney|general|captain|representative|rep\\.|sen\\.|gov\\.|dr\\.|mp|deputy|former|vice|author|"
    "researcher|scientist|partner|owner|actor|singer|star|player|striker|midfielder|defender|boss|king|queen|prince"
)
_ROLE = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
#: A name (two capitalised words) with a role word within a few words before or after it.
_NEAR = re.compile(
    rf"(?:\b(?:{ROLE_WORDS})\b[^.;]{{0,40}}?\b[A-Z][a-z]+ [A-Z][a-z]+)|(?:\b[A-Z][a-z]+ [A-Z][a-z]+,? (?:the |a |who is |who was )?[^.;]{{0,40}}?\b(?:{ROLE_WORDS})\b)",
    re.IGNORECASE,
)


def role_like(sentence: str) -> bool:
    """Whether a sentence likely names a person with a role: a role word near two capitalised words."""
    return bool(_ROLE.search(sentence)) and any(
        re.search(r"[A-Z][a-z]+ [A-Z][a-z]+", m.group(0)) for m in _NEAR.finditer(sentence)
    )


def batch_file(batch: str) -> Path:
    return GOLD / f"en_{batch}.jsonl"


def draw(batch: str = "real") -> list[dict]:
    """The drawn rows of ``batch``, unlabelled, publishers in draw order."""
    how = BATCHES[batch]

    def rank(text: str) -> str:
        return hashlib.sha256((how.seed + text).encode()).hexdigest()

    drawn = {
        json.loads(line)["text"]
        for earlier in how.earlier
        for line in batch_file(earlier).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    found = {
        publisher: [(s, case) for s, case in items if role_like(s) and s not in drawn]
        for publisher, items in candidates("en").items()
    }
    found = {publisher: items for publisher, items in found.items() if items}
    return [
        {
            "id": f"{batch}-{rank(sentence)[:8]}",
            "published": "2025-03-11T09:00:00+00:00",
            "text": sentence,
            "people": [],
            "quotes": [],
            "page": case_id,
            "publisher": publisher,
        }
        for publisher, sentence, case_id in seeded_picks(found, rank, how.publishers, how.per_publisher)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", default="real", choices=sorted(BATCHES), help="the batch to draw")
    parser.add_argument("--check", action="store_true", help="check that en_<batch>.jsonl holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.batch), batch_file(args.batch), args.check)


if __name__ == "__main__":
    sys.exit(main())
