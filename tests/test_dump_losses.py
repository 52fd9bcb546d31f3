"""Issue 12, dumps28: ``benchmarks.dump_losses`` puts each lost story line and kept furniture line of a dev dump to
one kind: wrong region (a), story cut at the region's start or end (b), furniture kept (c), story dropped inside (d)."""
from __future__ import annotations

from benchmarks.dump_attribution import Page
from benchmarks.dump_losses import page_losses
from benchmarks.extraction import tokens
from extractors.clean.text_regions import Region
from tests.test_clean_text import paragraphs

MENU = ["Home", "News", "Sport", "Weather"]
KICKER = "Harbour works resume"
STORY = paragraphs(5, "Harbour")
ASIDE = "The weather in the town stayed mild all week long, the forecaster told the radio station."


def _losses(dump: list[str], reference: list[str], start: int, end: int):
    page = Page("case", "publisher", "\n".join(dump), "\n\n".join(reference))
    return page_losses(page, Region(start, end, 100.0, False), share=0.3).tokens


def test_story_line_above_the_chosen_region_counts_as_cut_at_its_start():
    dump = [*MENU, KICKER, *STORY]
    losses = _losses(dump, [KICKER, *STORY], len(MENU) + 1, len(dump))
    assert losses == {"b-start": len(tokens(KICKER))}


def test_region_holding_little_of_the_reference_puts_every_loss_on_the_wrong_region():
    dump = [*MENU, KICKER, *STORY]
    losses = _losses(dump, [KICKER, *STORY], 0, len(MENU))
    assert set(losses) == {"a"}


def test_furniture_line_kept_between_story_lines_counts_as_kept_inside():
    dump = [*MENU, *STORY[:2], ASIDE, *STORY[2:]]
    losses = _losses(dump, STORY, len(MENU), len(dump))
    assert losses == {"c-mid": len(tokens(ASIDE))}


def test_each_counted_line_is_listed_with_its_kind_and_the_dump_lines_around_it():
    dump = [*MENU, KICKER, *STORY]
    page = Page("case", "publisher", "\n".join(dump), "\n\n".join([KICKER, *STORY]))
    listed = page_losses(page, Region(len(MENU) + 1, len(dump), 100.0, False), share=0.3).lines
    assert [(lost.kind, lost.line, lost.above, lost.below) for lost in listed] == [
        ("b-start", KICKER, MENU[-1], STORY[0])
    ]
