"""The ``newsfacts extract`` and ``query`` contract, through the real click command in-process."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from flows.cli import cli
from tests.conftest import SEED

CONTRACT_FIELDS = ["source", "url", "title", "section", "authors", "published", "language", "text", "captions", "facts", "error"]
#: Fields added since, after the first ones (additive: a reader of the first contract keeps working).
ADDED_FIELDS = ["facts_language", "flags", "author_orgs", "published_source", "published_raw", "published_local",
                "modified", "modified_source", "modified_raw"]


@pytest.fixture(scope="module")
def seed_record() -> dict:
    result = CliRunner().invoke(cli, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_extract_jsonl_has_contract_fields_in_order(seed_record):
    assert list(seed_record) == CONTRACT_FIELDS + ADDED_FIELDS
    assert seed_record["source"] == str(SEED)
    assert seed_record["error"] is None


def test_extract_seed_metadata(seed_record):
    assert seed_record["title"] == "N. Korea sent over 13,000 containers suspected of carrying arms to Russia: lawmaker"
    assert seed_record["section"] == "North Korea"
    assert seed_record["published"] == "2024-08-27T18:05:00+09:00"
    assert seed_record["language"] == "en"


def test_extract_seed_text_is_clean(seed_record):
    text = seed_record["text"]
    assert text.startswith("SEOUL, Aug. 27 (Yonhap) --")
    assert text.endswith("President Vladimir Putin.")
    for widget in ["Go to Contents", "Send Feedback", "How can we improve?", "Thanks for your feedback!", "Keywords",
                   "HOME TOP", "(END)", "[email protected]", "PHOTO NOT FOR SALE"]:
        assert widget not in text
    assert "\n\n\n" not in text
    assert len(text.split("\n\n")) == 8  # the article's eight paragraphs


def test_extract_seed_caption_once_in_captions(seed_record):
    assert len(seed_record["captions"]) == 1
    assert seed_record["captions"][0].startswith("This composite image, provided by Yonhap News TV")


def _facts(record: dict, kind: str) -> list[dict]:
    return [f for f in record["facts"] if f["kind"] == kind]


def test_extract_seed_quantities(seed_record):
    by_value = {f["value"]: f for f in _facts(seed_record, "quantity")}
    assert by_value[13000]["qualifier"] == "more_than" and "containers" in by_value[13000]["unit"]
    assert by_value[6_000_000]["qualifier"] == "more_than" and "shells" in by_value[6_000_000]["unit"]
    assert by_value[6700]["qualifier"] == "about" and "containers" in by_value[6700]["unit"]
    assert 152 not in by_value and 122 not in by_value  # calibres are not counts


def test_extract_seed_entities_and_roles(seed_record):
    entities = _facts(seed_record, "entity")
    persons = {f["normalized"]: f["role"] for f in entities if f["label"] == "PERSON"}
    assert persons["Kang Dae-sik"] and persons["Shin Won-sik"] == "Defense Minister"
    assert "Kim Jong-un" in persons and persons["Vladimir Putin"] == "President"
    countries = {f["normalized"] for f in entities if f["label"] == "GPE"}
    assert {"KP", "RU", "UA", "KR", "US"} <= countries
    assert any(f["label"] == "ORG" and f["normalized"] == "Defense Intelligence Agency" for f in entities)


def test_extract_seed_offsets_point_into_text(seed_record):
    text = seed_record["text"]
    for fact in seed_record["facts"]:
        assert 0 <= fact["start"] < fact["end"] <= len(text)
        if fact["kind"] in ("quantity", "date"):
            assert text[fact["start"]:fact["end"]] == fact["text"]


def test_extract_seed_quote_attributed_to_agency(seed_record):
    quotes = [q for q in _facts(seed_record, "quote") if q["text"].startswith("To prepare for a prolonged war in Ukraine")]
    assert len(quotes) == 1
    assert quotes[0]["speaker"] == "Defense Intelligence Agency"


def test_extract_bad_inputs_give_error_records_in_order(tmp_path):
    binary = tmp_path / "image.html"
    binary.write_bytes(bytes(range(256)) * 64)
    missing = tmp_path / "missing.html"
    result = CliRunner().invoke(cli, ["extract", "--no-facts", str(missing), str(SEED), str(binary)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["source"] for r in records] == [str(missing), str(SEED), str(binary)]
    assert records[0]["error"] and records[2]["error"]
    assert records[1]["error"] is None and records[1]["facts"] == []


def test_extract_plain_keeps_text_as_given(tmp_path):
    body = tmp_path / "body.txt"
    body.write_text("Keywords\n\nThe ministry said on Tuesday that 40 people were hurt.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--plain", "--published", "2024-08-30", str(body)])
    record = json.loads(result.output)
    assert record["text"].startswith("Keywords")  # --plain: no cleaning at all
    dates = _facts(record, "date")
    assert [d["value"] for d in dates] == ["2024-08-27"]  # the Tuesday on or before the --published date


def test_query_on_empty_warehouse_returns_zero(tmp_path):
    from warehouse.store import Warehouse

    Warehouse(tmp_path / "warehouse")
    result = CliRunner().invoke(cli, ["query", "select count(*) as n from articles", "--data-dir", str(tmp_path),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"n": 0}]


def test_query_csv_ends_rows_with_crlf_and_writes_lists_as_json(tmp_path):
    """RFC 4180 CSV: Python's csv module ends every row with CRLF, on every platform; lists read back as JSON."""
    from warehouse.store import Warehouse

    Warehouse(tmp_path / "warehouse")
    result = CliRunner().invoke(cli, ["query", "select 1 as n, ['a, b', 'c'] as names", "--data-dir", str(tmp_path),
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    # the bytes, as click's ``output`` folds CRLF to LF
    assert result.stdout_bytes == b'n,names\r\n1,"[""a, b"", ""c""]"\r\n'


def test_query_without_warehouse_says_where_it_looked(tmp_path):
    result = CliRunner().invoke(cli, ["query", "select 1", "--data-dir", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no warehouse at ") and "newsfacts run" in result.output


def test_query_refuses_statements_that_write(tmp_path):
    from warehouse.store import Warehouse

    Warehouse(tmp_path / "warehouse")
    target = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["query", f"copy (select 1) to '{target}'", "--data-dir", str(tmp_path)])
    assert result.exit_code == 1 and "only queries" in result.output
    assert not target.exists()


def test_extract_jsonl_yields_one_record_per_line(tmp_path):
    jsonl = tmp_path / "two.jsonl"
    lines = [{"url": f"https://example.com/{i}", "text": f"Story {i} says the council met on Monday."} for i in (1, 2)]
    jsonl.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--no-facts", str(jsonl)])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["url"] for r in records] == ["https://example.com/1", "https://example.com/2"]
    assert [r["text"] for r in records] == [line["text"] for line in lines]


def test_query_bad_sql_is_an_error_not_a_traceback(tmp_path):
    result = CliRunner().invoke(cli, ["query", "select nope from nowhere", "--data-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")


def test_config_data_dir_is_used_unless_overridden(tmp_path, monkeypatch):
    from flows.cli import _settings_with_config

    monkeypatch.delenv("NEWSFACTS_HOME", raising=False)
    config = tmp_path / "newsfacts.toml"
    config.write_text('data_dir = "store"\n', encoding="utf-8")
    assert _settings_with_config(None, config).data_dir == tmp_path / "store"
    assert _settings_with_config(tmp_path / "cli", config).data_dir == tmp_path / "cli"
    monkeypatch.setenv("NEWSFACTS_HOME", str(tmp_path / "env"))
    assert _settings_with_config(None, config).data_dir == tmp_path / "env"


def test_extract_names_an_unsupported_url_scheme(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "ftp://example.com/story.html", str(SEED), "--no-facts"])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 1 and len(records) == 2
    assert "unsupported URL scheme 'ftp'" in records[0]["error"] and "no such file" not in records[0]["error"]
    assert records[1]["error"] is None


def test_run_with_no_usable_source_stops_before_prefect_with_one_line_each(tmp_path):
    missing = str(tmp_path / "nonexistent_dir")
    result = CliRunner().invoke(cli, ["run", "--source", missing, "--source", "ftp://files.example/a.html",
                                      "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and "Traceback" not in result.output
    assert lines[0].startswith(f"Error: {missing}: ") and "no such file" in lines[0]
    assert lines[1].startswith("Error: ftp://files.example/a.html: unsupported URL scheme 'ftp'")
    assert not (tmp_path / "data" / "prefect").exists()  # Prefect was never set up, let alone started


def test_summary_names_sources_as_given_and_counts_add_up(tmp_path):
    from collections import Counter

    from flows.settings import Settings
    from flows.summary import SourceReport, format_summary

    reports = [
        SourceReport("a.jsonl", inputs=2, fetched=2, new=1, unchanged=1, facts=Counter(entity=3)),
        SourceReport("seeds/", inputs=4, fetched=1, skipped=3, failed=1, failures=[("seeds/x.html", "empty file")]),
        SourceReport("/tmp/gone", inputs=1, failed=1, failures=[("/tmp/gone", "no such file or folder; check the path")]),
    ]
    lines = format_summary(reports, Settings(tmp_path)).splitlines()
    assert lines[0] == "articles: 1 new, 1 already stored, 0 updated, 2 failed, 3 not fetched again = 7 inputs"
    assert "  a.jsonl: 1 new, 1 already stored, 0 updated, 0 failed = 2 inputs" in lines
    assert "  seeds/: 0 new, 0 already stored, 0 updated, 1 failed, 3 not fetched again = 4 inputs" in lines
    assert "    failed: seeds/x.html: empty file" in lines
    assert [line for line in lines if "/tmp/gone" in line] == ["  /tmp/gone: failed: no such file or folder; check the path"]
    legend = [line for line in lines if line.startswith("legend: ")]
    assert len(legend) == 1 and "already stored = " in legend[0] and "not fetched again = " in legend[0]


def test_reprocess_refuses_an_unknown_source_naming_the_known_ones(tmp_path):
    from tests.warehouse_helpers import items
    from warehouse.store import Warehouse

    Warehouse(tmp_path / "warehouse").append(items([1, 2]), run_id="r1", batch=0)
    result = CliRunner().invoke(cli, ["reprocess", "--source", "nosuch", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "'nosuch'" in result.stderr and "known sources: test" in result.stderr


def test_extract_names_records_after_the_argument_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The council met on Monday and approved the budget.\n", encoding="utf-8")
    lines = [{"url": f"https://example.com/{i}", "text": f"Story {i} says the council met."} for i in (1, 2)]
    (tmp_path / "two.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--no-facts", "two.jsonl", "in/"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["source"] for line in result.output.splitlines()] == ["two.jsonl#1", "two.jsonl#2", "in/a.txt"]


def test_extract_refuses_a_file_type_run_skips(tmp_path):
    notes = tmp_path / "README.md"
    notes.write_text("# Notes\n\nNot an article.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--no-facts", str(notes)])
    assert result.exit_code == 1
    record = json.loads(result.output)
    assert record["title"] is None and record["error"].startswith("unsupported file type '.md'")


def test_extract_url_error_names_the_url_once():
    url = "http://127.0.0.1:9/story.html"  # refused before any request: loopback is not allowed by default
    result = CliRunner().invoke(cli, ["extract", "--no-facts", url])
    assert result.exit_code == 1
    error = json.loads(result.output)["error"]
    assert error and error.count(url) == 1


def test_query_refuses_install_by_its_name(tmp_path):
    from warehouse.store import Warehouse

    Warehouse(tmp_path / "warehouse")
    result = CliRunner().invoke(cli, ["query", "install httpfs", "--data-dir", str(tmp_path)])
    assert result.exit_code == 1 and "not INSTALL" in result.output
