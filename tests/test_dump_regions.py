"""Issue 12: ``benchmarks.dump_regions`` reports the region the dump cleaner really chose, and how much of the
reference each region holds, so a dump whose story sits in another region can be listed."""
from __future__ import annotations

from benchmarks.dump_attribution import Page
from benchmarks.dump_regions import _share, chosen_regions
from benchmarks.extraction import shingles, tokens
from extractors.clean import text as text_clean
from extractors.clean import text_regions
from tests.test_clean_text import clean_dump, copied_page

CASE = "ilfattoquotidiano_2026-04-20_bayern-monaco-campione-triplete__jmp"


def test_the_recorded_region_is_the_story_the_cleaner_kept_and_the_wire_block_holds_none_of_it():
    """Il Fatto's dump: the recorded region is the one the cleaner used (its first line opens the story, and
    the original ``story_region`` is back afterwards); it holds nearly all the reference's shingles, the Adnkronos
    ticker further down none."""
    body, dump = copied_page(CASE)
    original = text_clean.story_region
    chosen = chosen_regions([Page(CASE, "ilfattoquotidiano", dump, body)])[CASE]
    assert text_clean.story_region is original
    lines = text_clean.split_lines(dump)
    # its first line opens the cleaned text, under the dek read above the region (``text._dek_of_story``, dumps62)
    opening = clean_dump(dump).text.split("\n\n")[:2]
    assert opening[0] in body and opening[1].startswith(lines[chosen.start][:60])
    ref = shingles(tokens(body))
    assert _share(lines, chosen.start, chosen.end, ref) > 0.9
    ticker = next(r for r in text_regions.regions(lines) if lines[r.start].startswith("(Adnkronos)"))
    assert _share(lines, ticker.start, ticker.end, ref) == 0
