"""benchmarks.recall_misses: which reference paragraphs a cleaner drops and the baseline keeps."""
from __future__ import annotations

from benchmarks.recall_misses import misses

KEPT = "The council voted on Tuesday to fund the new bridge over the river."
DROPPED = "Read more: Ten things you did not know about the old bridge and its ferry."
BOTH_DROP = "Photo shows the mayor standing beside the river at dawn with the engineers."
REFERENCE = f"{KEPT}\n\n{DROPPED}\n\n{BOTH_DROP}"


def test_a_paragraph_we_drop_and_the_baseline_keeps_is_listed():
    found = misses(REFERENCE, ours=KEPT, theirs=f"{KEPT}\n{DROPPED}")
    assert [paragraph for _, _, paragraph in found] == [DROPPED]


def test_paragraphs_both_tools_drop_are_listed_only_when_asked():
    found = misses(REFERENCE, ours=KEPT, theirs=f"{KEPT}\n{DROPPED}", every=True)
    assert [paragraph for _, _, paragraph in found] == [DROPPED, BOTH_DROP]


def test_the_share_lost_is_the_paragraphs_share_of_the_reference():
    (lost, kept_by_them, _), = misses(REFERENCE, ours=f"{KEPT}\n{BOTH_DROP}", theirs=REFERENCE)
    # 4-token shingles: the dropped paragraph has 15 tokens (12 shingles); the whole reference 41 tokens (38)
    assert kept_by_them == 1.0 and abs(lost - 12 / 38) < 1e-9
