"""The English publisher quote batches (quotes343): their draws reproduce and their scores hold."""

from __future__ import annotations

import pytest

from benchmarks.facts_scoring import probe_rows
from benchmarks.quote_probes import GOLD, score_probes


def _score(name: str):
    return score_probes(list(probe_rows(GOLD / f"{name}.jsonl", lambda row: [row["speaker"] or ""])), "en")


def test_the_english_publisher_quote_batch_keeps_its_score():
    # 31/52 at its first score on main; 37/52 after quotes343's two kept rules (its third, a voice noun's owner as the
    # speaker, was dropped: each listed noun had one publisher; see quote_probes_gold/README.md)
    score = _score("en_b1")
    assert score.probes == 52
    assert score.right >= 39  # 39/52 with quotes350's statement rules (a colon tag issuing one; its issuer)


def test_the_held_out_english_quote_batch_keeps_its_score():
    # scored once, 18/21 on main and on quotes343's rules alike
    score = _score("en_b2")
    assert score.probes == 21
    assert score.right >= 18


def test_the_wide_english_quote_batch_keeps_its_score():
    # quotes350's statement, multi-paragraph and untagged quotes with the paragraph before and after: 35/45 on main
    # 4f50d91; 41/45 after its three rules (a colon tag issuing a statement, a statement's issuer, joined descriptors)
    score = _score("en_b3")
    assert score.probes == 45
    assert score.right >= 41


def test_the_held_out_wide_english_quote_batch_keeps_its_score():
    # labelled before quotes350's rules, scored once at the end on main and on the branch
    score = _score("en_b4")
    assert score.probes == 32
    assert score.right >= 23  # 22/32 on main 4f50d91, 23/32 on quotes350's rules


def test_the_shape_weighted_english_quote_batch_keeps_its_score():
    # quotes375's draw weighted to pronoun, descriptor, statement, split, inverted and untagged shapes: 22/30 on main
    # fcb7ab0; 24/30 after its rule reading a person set off after a descriptor's "of" body
    score = _score("en_b5")
    assert score.probes == 30
    assert score.right >= 25  # 25/30 with quotes385's nearest named subject for "he"/"she" (Virginia's Zimring)


def test_the_held_out_shape_weighted_english_quote_batch_keeps_its_score():
    # labelled before quotes375's rules, scored once at the end: 20/28 on main fcb7ab0 and on the branch alike
    score = _score("en_b6")
    assert score.probes == 28
    assert score.right >= 21  # 21/28 with quotes385's nearest named subject for "he"/"she"


def test_the_pronoun_weighted_english_quote_batch_keeps_its_score():
    # quotes385's draw weighted to pronoun tags among several names and unnamed speakers: 29/33 on main e1515bef and
    # on its rules alike (its misses: a tag the parser gives "Those" as subject, a name the small model tags ORG)
    score = _score("en_b7")
    assert score.probes == 33
    assert score.right >= 29


def test_the_held_out_pronoun_weighted_english_quote_batch_keeps_its_score():
    # labelled before quotes385's rules, scored once at the end: 27/32 on main e1515bef and on the branch alike
    score = _score("en_b8")
    assert score.probes == 32
    assert score.right >= 27


@pytest.mark.parametrize("batch", ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8"])
def test_the_english_quote_batches_are_what_their_seeded_draws_pick(batch):
    from benchmarks.extraction import SHARED_PAGES
    from benchmarks.quote_probes_real_en import draw

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    drawn = [(r["text"], r["quote"], r["page"]) for r in draw(batch)]
    labelled = [(r["text"], r["quote"], r["page"]) for r in probe_rows(GOLD / f"en_{batch}.jsonl", lambda row: [])]
    assert drawn == labelled
