"""The English publisher quote batches (quotes343): their draws reproduce and their scores hold."""

from __future__ import annotations

import pytest

from benchmarks.facts_scoring import probe_rows
from benchmarks.quote_probes import GOLD, score_probes


def _score(name: str):
    return score_probes(list(probe_rows(GOLD / f"{name}.jsonl", lambda row: [row["speaker"] or ""])), "en")


#: Each batch as (name, quotes scored, speakers right at least), with how it got there:
#: en_b1, quotes343's publisher batch: 31/52 at its first score on main, 37/52 after quotes343's two kept rules (its
#: third, a voice noun's owner as the speaker, was dropped: each listed noun had one publisher; see
#: quote_probes_gold/README.md), 39/52 with quotes350's statement rules (a colon tag issuing one; its issuer);
#: en_b2, held out: scored once, 18/21 on main and on quotes343's rules alike;
#: en_b3, quotes350's statement, multi-paragraph and untagged quotes with the paragraph before and after: 35/45 on main
#: 4f50d91, 41/45 after its three rules (a colon tag issuing a statement, a statement's issuer, joined descriptors);
#: en_b4, labelled before quotes350's rules and scored once at the end: 22/32 on main 4f50d91, 23/32 on its rules;
#: en_b5, quotes375's draw weighted to pronoun, descriptor, statement, split, inverted and untagged shapes: 22/30 on main
#: fcb7ab0, 24/30 after its rule reading a person set off after a descriptor's "of" body, 25/30 with quotes385's
#: nearest named subject for "he"/"she" (Virginia's Zimring);
#: en_b6, labelled before quotes375's rules, scored once at the end: 20/28 on main fcb7ab0 and on the branch alike,
#: 21/28 with quotes385's nearest named subject;
#: en_b7, quotes385's draw weighted to pronoun tags among several names and unnamed speakers: 29/33 on main e1515bef
#: and on its rules alike (its misses: a tag the parser gives "Those" as subject, a name the small model tags ORG);
#: en_b8, labelled before quotes385's rules, scored once at the end: 27/32 on main e1515bef and on the branch alike.
BATCH_FLOORS = [
    ("en_b1", 52, 39),
    ("en_b2", 21, 18),
    ("en_b3", 45, 41),
    ("en_b4", 32, 23),
    ("en_b5", 30, 25),
    ("en_b6", 28, 21),
    ("en_b7", 33, 29),
    ("en_b8", 32, 27),
]


@pytest.mark.parametrize("name, probes, floor", BATCH_FLOORS)
def test_an_english_quote_batch_keeps_its_score(name, probes, floor):
    score = _score(name)
    assert score.probes == probes
    assert score.right >= floor


@pytest.mark.parametrize("batch", ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8"])
def test_the_english_quote_batches_are_what_their_seeded_draws_pick(batch):
    from benchmarks.extraction import SHARED_PAGES
    from benchmarks.quote_probes_real_en import draw

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    drawn = [(r["text"], r["quote"], r["page"]) for r in draw(batch)]
    labelled = [(r["text"], r["quote"], r["page"]) for r in probe_rows(GOLD / f"en_{batch}.jsonl", lambda row: [])]
    assert drawn == labelled
