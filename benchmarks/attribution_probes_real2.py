"""Draw the second and third English publisher batches for the attribution probes (issue 11, attrib321): reported
claims on dev pages, weighted to the kinds of page issue 11's unseen sets hold.

``python -m benchmarks.attribution_probes_real2 --set real2`` prints the drawn windows as unlabelled rows of the
attribution probe format (``attributions`` empty); ``--check`` says whether ``attribution_probes_gold/en_<set>.jsonl``
holds exactly the drawn windows, in order. The rows were labelled by reading, before newsfacts ran on them; the
labelled file is what ``python -m benchmarks.attribution_probes --set real2`` scores.

Where they come from: the same sentences as ``attribution_probes_real`` (English dev-split reference bodies on pages
written as reported news, a reporting cue, no double quote mark, no first- or second-person subject before the cue,
no question mark; facts test publishers, facts dev gold articles and off-limits publishers left out), less every
window of an earlier batch (``en_real``, and ``en_real2`` for ``real3``). Issue 11's unseen sets are wire news,
government and conflict reports and US political news, so a sentence with one of the ``SHAPES`` (an official or
agency as source, an unnamed source, a report, filing or document, a poll, a cue before a colon, a tag after its
claim, a chain of cues) ranks before one without: publishers with such a sentence come first (``tier``), and within a
publisher its shaped sentences rank first. Publishers are taken in ``sha256(SEED + publisher)`` order within their
tier, ``PUBLISHERS`` of them, and from each the ``PER_PUBLISHER`` sentences that rank first by (shape,
``sha256(SEED + sentence)``). The pronoun-subject window rule (the sentence before joined) is the first batch's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass

from benchmarks.attribution_probes import GOLD
from benchmarks.attribution_probes_real import _keep, _published, news_sentences, window_row
from benchmarks.date_probes_real import print_or_check, sentences

_CUE_WORDS = (
    r"(?:said|says|told|tells|added|stated|states|announced|reported|reports|wrote|writes|warned|noted|claimed|"
    r"claims|found|finds|showed|shows|concluded|revealed|suggested|suggests|alleged|alleges|estimated|estimates|"
    r"confirmed|predicted|predicts|indicated|indicates)"
)
#: The kinds of reported claim issue 11's unseen sets hold (a draw's weighting, not a rule of the extractor).
SHAPES = {
    "official": re.compile(
        r"\b(?:ministry|ministers?|department|agency|spokes(?:person|man|woman)|officials?|government|police|"
        r"authorities|military|army|administration|White House|Pentagon|Kremlin|commission|prosecutors?|embassy|"
        r"regulators?|governor|mayor)\b[^.]{0,60}\b" + _CUE_WORDS + r"\b"
    ),
    "unnamed": re.compile(
        r"familiar with|condition of anonymity|\banonymity\b|\bsources? (?:said|say|told|close)|(?:people|person|"
        r"sources?) close to|declined to be (?:named|identified)|not authori[sz]ed to"
    ),
    "document": re.compile(
        r"\b(?:report|study|survey|filings?|documents?|data|analysis|statement|records|papers|lawsuit|complaint|"
        r"indictment|memo|letter|review|audit|investigation|research|figures)\b\s+(?:\S+\s+){0,3}?" + _CUE_WORDS + r"\b"
    ),
    "poll": re.compile(r"\b(?:poll|polls|polling|survey)\b"),
    "colon": re.compile(r"\b" + _CUE_WORDS + r"\b[^.:;]{0,40}:\s"),
    "tag after": re.compile(r",\s(?:[^,]{1,60}\s)?" + _CUE_WORDS + r"(?:\s[^,.]{1,30})?\.$"),
    "chain": re.compile(r"\b" + _CUE_WORDS + r"\b[^.]{1,80}\b(?:told|said|says|tells)\b"),
}


def shaped(sentence: str) -> bool:
    return any(shape.search(sentence) for shape in SHAPES.values())


@dataclass(frozen=True)
class Draw:
    seed: str
    publishers: int
    per_publisher: int
    earlier: tuple[str, ...]


#: Dev sentences attrib321's rules were written from (cited in their docstrings and tests), drawn for real3 after
#: those rules: left out of that batch, which scores as held-out.
TUNED = frozenset({
    "The negativity ate her up, added Pereira.",
    "The claims, in no way, reflected reality, reported MSNBC.",
    "What’s equally surprising is Trump’s response when quizzed about his tardy attendance, reported Reuters.",
    "This absenteeism is perplexing owing to multiple aspects about the president-elect, noted experts.",
})
#: Sentences whose start is cited (the full sentence is long): the Daily Mail's "warns the PM", Fox Business's
#: "reported Daily Trust", and the "conclude" sentences of 9News, Aeon, Roots of Progress and The Washington Post.
TUNED_STARTS = (
    "Rapid advances in technology, mass migration and muscle-flexing",
    "Adegbite said during an August summit",
    "But multiple investigations, including an autopsy",
    "They concluded that human embryos",
    "And he concludes that there is no technological",
    "They concluded that sea level rise in Boston",
)


def _tuned(sentence: str) -> bool:
    return sentence in TUNED or sentence.startswith(TUNED_STARTS)


DRAWS = {
    "real2": Draw("attrib321-attribution-probes-real-2:", 30, 2, ("en_real",)),
    "real3": Draw("attrib321-attribution-probes-real-3:", 22, 2, ("en_real", "en_real2")),
}


def _earlier_texts(names: tuple[str, ...]) -> set[str]:
    texts: set[str] = set()
    for name in names:
        for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.update(sentences(json.loads(line)["text"]))
                texts.add(json.loads(line)["text"])
    return texts


def draw(batch: str) -> list[dict]:
    """The drawn windows of ``batch``, unlabelled, publishers in draw order."""
    how = DRAWS[batch]

    def rank(text: str) -> str:
        return hashlib.sha256((how.seed + text).encode()).hexdigest()

    earlier = _earlier_texts(how.earlier)
    said, bodies = news_sentences(lambda s: _keep(s) and s not in earlier and not (batch == "real3" and _tuned(s)))
    said = {publisher: rows for publisher, rows in said.items() if rows}
    published = _published()
    order = sorted(said, key=lambda name: (not any(shaped(s) for s, _ in said[name]), rank(name)))
    out = []
    for publisher in order[: how.publishers]:
        picks = sorted(said[publisher], key=lambda item: (not shaped(item[0]), rank(item[0])))
        for sentence, case_id in picks[: how.per_publisher]:
            out.append(window_row(f"en-{batch}-{rank(sentence)[:8]}", publisher, sentence, case_id, bodies, published))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="real2", choices=sorted(DRAWS), help="the batch to draw")
    parser.add_argument("--check", action="store_true", help="whether the labelled file holds the drawn windows")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.set), GOLD / f"en_{args.set}.jsonl", args.check)


if __name__ == "__main__":
    sys.exit(main())
