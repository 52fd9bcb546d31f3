"""The text-dump benchmark: pages rendered as a browser's select-all copy, cleaned by the text path, scored."""
from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from benchmarks.extraction import main, page_f1, score_page
from benchmarks.text_dumps import COPY_STYLES, render, render_bytes
from extractors.clean.document import clean_text

PAGES = Path(__file__).parent / "fixtures" / "pages"


def fixture(case_id: str) -> tuple[dict, bytes]:
    meta = json.loads((PAGES / f"{case_id}.json").read_text(encoding="utf-8"))
    return meta, gzip.decompress((PAGES / f"{case_id}.html.gz").read_bytes())


def test_copy_puts_blocks_and_list_items_on_lines_and_table_cells_between_tabs():
    page = (
        "<body><ul><li><a href='/'>Home</a></li><li>World</li></ul><h1>Big  <em>news</em></h1>"
        "<p>First <b>part</b>\n of the story.<br>Next line.</p><p>Second.</p>"
        "<table><tr><th>Name</th><th>Price</th></tr><tr><td>Samsung</td><td>70,000</td></tr></table>"
        "<pre>a   1\nb   2</pre></body>"
    )
    assert render(page).split("\n") == [
        "Home", "World", "Big news", "", "First part of the story.", "Next line.", "", "Second.", "",
        "Name\tPrice", "Samsung\t70,000", "a   1", "b   2", "",
    ]


def test_copy_drops_what_a_browser_does_not_show():
    page = (
        "<head><title>Title</title><style>p{}</style></head><body><script>var x = 1;</script>"
        "<noscript>Enable JavaScript</noscript><p hidden>Hidden attr</p><p style='display: none'>Styled away</p>"
        "<div class='menu hidden'>Framework class</div><details><summary>Summary</summary><p>Folded</p></details>"
        "<img alt='Alt text'><select><option>Option</option></select><p>Visible</p>"
        "<div hidden id='S:1'><p>Streamed segment</p></div></body>"
    )
    assert render(page).split() == ["Summary", "Visible", "Streamed", "segment"]


def test_copy_of_a_real_page_holds_its_body_among_the_furniture():
    meta, data = fixture("taipeitimes_2024-10-16__fundus")
    dump = render_bytes(data)
    score = score_page("taipeitimes", dump, meta["expected"]["body"])
    assert score.recall >= 0.95
    assert score.precision < 0.9  # navigation and footer lines came along, as in a browser's copy
    assert "<" not in dump and "function(" not in dump


def test_text_benchmark_scores_the_dumps_against_the_pages_bodies(tmp_path, capsys):
    for case_id in ("yonhap-en_2017-06-01_sistar-lonely__goosescala", "taipeitimes_2024-10-16__fundus"):
        shutil.copy(PAGES / f"{case_id}.json", tmp_path)
        shutil.copy(PAGES / f"{case_id}.html.gz", tmp_path)
    assert main([str(tmp_path), "--as-text", "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("text dumps: 2 pages")
    f1 = {line.split()[0]: [float(x) for x in line.split()[1:3]] for line in out.splitlines()
          if line.split() and line.split()[0] in ("precision", "recall", "f1")}
    assert f1["f1"][0] > f1["f1"][1]  # cleaning beats the uncleaned copy
    assert f1["recall"][1] >= 0.95  # the copy holds the bodies


def test_copy_styles_change_only_line_spacing_and_ends():
    dump = render("<body><p>One.</p><ul><li>Two</li><li>Three</li></ul></body>")
    styled = {name: restyle(dump) for name, restyle in COPY_STYLES.items()}
    assert styled["browser"] == dump
    assert "\n\n" in dump and "\n\n" not in styled["tight"]
    assert styled["spaced"].count("\n\n") > dump.count("\n\n")
    assert styled["crlf"].replace("\r\n", "\n") == dump and "\r\n" in styled["crlf"]
    assert all(line.startswith("  ") for line in styled["indented"].splitlines() if line)
    assert {name: text.split() for name, text in styled.items()} == dict.fromkeys(styled, dump.split())


@pytest.mark.parametrize("case_id", ["taipeitimes_2024-10-16__fundus", "dailymaverick_2026-01-06_joburg-traders__fundus"])
def test_dump_cleaner_reads_the_story_whatever_the_copy_style(case_id):
    meta, data = fixture(case_id)
    dump, body = render_bytes(data), meta["expected"]["body"]
    browser = page_f1(score_page(case_id, clean_text(dump).text, body))
    assert browser >= 0.9
    for name, restyle in COPY_STYLES.items():
        assert page_f1(score_page(case_id, clean_text(restyle(dump)).text, body)) >= browser - 0.02, name
