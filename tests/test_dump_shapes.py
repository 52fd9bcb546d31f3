"""Issue 12, pool217: ``benchmarks.dump_shapes`` groups the dump lines the text-dump cleaner keeps beyond a reference
(and the story lines it loses) by structure, on dev pages and on a folder of unlabelled pages whose HTML-path output
stands in for the reference."""
from __future__ import annotations

from benchmarks.dump_shapes import ShapePage, line_shapes, pool_pages, report, tally
from benchmarks.extraction import tokens
from tests.test_clean_text import paragraphs

STORY = paragraphs(4, "Harbour")
TEASER = "Council votes to close the old ferry terminal"
BLURB = "The vote ends a century of crossings, and the last boat sails in the spring of next year."


def _page(dump: list[str], output: list[str], reference: list[str]) -> ShapePage:
    return ShapePage("case", "publisher", "\n".join(dump), "\n\n".join(output), "\n\n".join(reference))


def test_teaser_card_kept_below_the_story_counts_as_furniture_below_it_with_its_card_shapes():
    dump = [*STORY, TEASER, BLURB]
    found = tally([_page(dump, dump, STORY)])
    assert found["furniture: place below the story"].tokens == len(tokens(TEASER)) + len(tokens(BLURB))
    assert found["furniture: headline over a blurb"].tokens == len(tokens(TEASER))
    assert found["furniture: blurb under a headline"].tokens == len(tokens(BLURB))
    assert "furniture: all" in found and found["story: all"].tokens == sum(len(tokens(p)) for p in STORY)


def test_story_line_the_cleaner_drops_counts_as_lost_at_its_place():
    closing = "Residents can send their views on the ferry timetable to the harbour office until the end of March."
    found = tally([_page([*STORY, closing], STORY, [*STORY, closing])])
    assert found["lost: place below the story"].tokens == len(tokens(closing))
    assert not any(key.startswith("furniture") for key in found)


def test_run_of_short_kept_lines_closing_no_sentence_is_a_run():
    lines = [*STORY[:2], "Home", "World news", "Sport", *STORY[2:]]
    kept = [True] * len(lines)
    counts = [len(tokens(line)) for line in lines]
    assert "run of short lines" in line_shapes(lines, kept, counts, 3, 0, len(lines) - 1)
    assert "place inside the story" in line_shapes(lines, kept, counts, 3, 0, len(lines) - 1)
    assert "run of short lines" not in line_shapes(lines, kept, counts, 0, 0, len(lines) - 1)


def test_pool_folder_pages_take_the_html_path_output_as_reference_and_index_publishers(tmp_path):
    body = "".join(f"<p>{paragraph}</p>" for paragraph in STORY)
    html = f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Harbour</h1>{body}</article></body></html>"
    (tmp_path / "a1.html").write_text(html, encoding="utf-8")
    (tmp_path / "tiny.html").write_text("<html><body><p>Too short.</p></body></html>", encoding="utf-8")
    (tmp_path / "index.json").write_text('{"a1": {"pub": "harbourtimes"}}', encoding="utf-8")
    pages = pool_pages(tmp_path)
    assert [(page.case_id, page.publisher) for page in pages] == [("a1", "harbourtimes")]
    assert STORY[0] in pages[0].reference and STORY[0] in pages[0].dump
    table = report(tally(pages), {})
    assert table.splitlines()[0].startswith("shape")
