"""benchmarks.recall_misses: which reference paragraphs a cleaner drops and the baseline keeps."""
from __future__ import annotations

from benchmarks.recall_misses import misses, stage_totals, where_lost

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


def test_a_subheading_shorter_than_a_shingle_is_missing_only_when_its_words_are_absent():
    reference = f"Bridge plans\n\n{KEPT}"
    assert misses(reference, ours=f"Bridge plans\n{KEPT}", theirs=reference, every=True) == []
    assert [p for _, _, p in misses(reference, ours=KEPT, theirs=reference)] == ["Bridge plans"]


STORY = "".join(
    f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge over the river, part {i}.</p>"
    for i in range(6)
)


def _page(extra_story: str = "", outside: str = "") -> str:
    return (f"<html><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>"
            f"<article>{STORY}{extra_story}</article>{outside}</body></html>")


def test_where_lost_names_the_stage_that_dropped_each_paragraph():
    caption = "<figure><img src='a.jpg'><figcaption>The old bridge seen from the north bank at dawn</figcaption></figure>"
    share = "<div class='share-bar'><p>Share this story with your friends and family today</p></div>"
    rail = "<p><a href='/a'>Ten things you did not know about the old ferry</a></p>"
    html = _page(caption + share + rail)
    lost = where_lost(html, [
        "The old bridge seen from the north bank at dawn",
        "Share this story with your friends and family today",
        "Ten things you did not know about the old ferry",
        "The council voted on Tuesday, after a long debate, to fund the new bridge over the river, part 2.",
    ])
    assert lost[0] == "caption: <figcaption ''>"
    assert lost[1].startswith("pruned: <div 'share-bar'>")
    assert lost[2] == "block rule: <p> (100% linked)"
    assert lost[3].startswith("kept by the main pass")


def test_where_lost_names_the_container_a_paragraph_lies_outside():
    outside = "<div class='x'><p>Visit the riverside market, open every weekend from spring to autumn.</p></div>"
    (lost,) = where_lost(_page(outside=outside), ["Visit the riverside market, open every weekend from spring to autumn."])
    assert lost == "outside the container <article ''>"


def test_stage_totals_add_one_stage_up_across_pages_and_count_its_publishers():
    rows = [
        ("ok", "block rule: <p> (76% linked)", 0.04),
        ("time", "block rule: <p> (89% linked)", 0.02),
        ("npr", "pruned: <blockquote 'edTag'>", 0.1),
        ("npr", "pruned: <blockquote 'twitter-tweet'>", 0.1),
    ]
    assert stage_totals(rows, pages=2) == [("pruned: <blockquote>", 0.1, 1), ("block rule: <p>", 0.03, 2)]
