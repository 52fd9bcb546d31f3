"""Odd inputs together: each gets text, a flag or a clear error, and every run's counts add up.

The inputs a monitoring analyst tried: a UTF-16 byte-order mark over broken bytes, a 10 MB text of
one line, a page nested 200,000 divs deep, an empty file, two pages with no story at all (their
empty texts used to share one identity, so one vanished from the counts), and a normal page.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import cli
from warehouse.query import run_sql

STORY = "".join(
    f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge across the river, item {i}.</p>"
    for i in range(6)
)


def write_odd_inputs(folder: Path) -> dict[str, Path]:
    """The probe files; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "bom": folder / "bom.txt",
        "one_line": folder / "one_line.txt",
        "deep": folder / "deep.html",
        "empty": folder / "empty.txt",
        "nav_a": folder / "nav_a.html",
        "nav_b": folder / "nav_b.html",
        "normal": folder / "normal.html",
    }
    files["bom"].write_bytes(b"\xff\xfe" + bytes(range(0x80, 0xa0)) * 2 + b"\xc3\x28abc")
    files["one_line"].write_bytes(b"word " * (2 * 1024 * 1024))  # 10 MiB, no line break
    files["deep"].write_text("<html><body>" + "<div>" * 200_000 + "<p>Deep text of the story.</p>"
                             + "</div>" * 200_000 + "</body></html>", encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["nav_a"].write_text("<html><body><nav><a href='/'>Home</a><a href='/a'>World</a></nav></body></html>")
    files["nav_b"].write_text("<html><body><nav><a href='/'>Start</a><a href='/b'>Sport</a></nav></body></html>")
    files["normal"].write_text(f"<html lang='en'><head><title>Bridge vote</title></head><body><article>"
                               f"<h1>Bridge vote</h1>{STORY}</article></body></html>", encoding="utf-8")
    return files


def test_extract_gives_every_odd_input_text_a_flag_or_a_clear_error(tmp_path):
    files = write_odd_inputs(tmp_path / "in")
    result = CliRunner().invoke(cli, ["extract", "--no-facts", *map(str, files.values())])
    records = {Path(r["source"]).stem: r for r in map(json.loads, result.output.splitlines())}
    assert set(records) == {p.stem for p in files.values()}
    for name in ("bom", "one_line", "deep", "empty"):
        assert records[name]["error"], name
    assert "byte-order mark" in records["bom"]["error"]
    assert "characters" in records["one_line"]["error"]
    assert "deep" in records["deep"]["error"]
    assert "empty" in records["empty"]["error"]
    assert records["nav_a"]["error"] is None and records["nav_a"]["flags"] == ["empty_body"]
    assert records["normal"]["text"] and records["normal"]["flags"] == []
    for record in records.values():  # nothing silently empty
        assert record["text"] or record["error"] or "empty_body" in record["flags"]


@pytest.mark.flow
def test_run_accounts_for_every_odd_input(tmp_path, prefect_server):
    folder = tmp_path / "in"
    write_odd_inputs(folder)
    (folder / "dup.jsonl").write_text(  # the same article twice in one batch
        "\n".join(json.dumps({"url": "https://example.com/news/bridge", "html": f"<article>{STORY}</article>"})
                  for _ in range(2)) + "\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    result = CliRunner().invoke(cli, ["run", "--source", str(folder), "--data-dir", str(data_dir)])
    line = re.search(r": (\d+) new, (\d+) already stored, (\d+) updated, (\d+) failed(?:, (\d+) not fetched again)?"
                     r" = (\d+) inputs", result.output)
    assert line, result.output
    new, stored, updated, failed, skipped, inputs = (int(n or 0) for n in line.groups())
    assert inputs == 9 and inputs == new + stored + updated + failed + skipped
    assert (new, stored, failed) == (4, 1, 4)  # nav_a, nav_b, normal, the JSONL article; its repeat; 4 errors
    assert "counts do not add up" not in result.output
    assert "flagged: 2 empty_body" in result.output
    rows = run_sql(data_dir / "warehouse", "select count(distinct article_id), count(*) from articles")[1]
    assert rows == [(4, 4)]
    flagged = run_sql(data_dir / "warehouse", "select flags from articles where text = '' order by source")[1]
    assert flagged == [(["empty_body"],), (["empty_body"],)]
