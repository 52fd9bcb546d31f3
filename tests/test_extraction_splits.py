"""The extraction corpus's dev/test split: by publisher, seeded, recorded, and test pages never listed as misses."""
from __future__ import annotations

import json
from pathlib import Path

from benchmarks.extraction import CORPUS_PAGES, FIXTURE_PAGES, Case, ToolRun, report, score_run, with_splits
from benchmarks.splits import (
    ADDED_AFTER_WHOLE_CORPUS_DRAWS,
    SPLIT_FILE,
    brand,
    in_probe_pool,
    load_split,
    publishers,
    read_case_meta,
    split_of,
)

REPO_DIRS = [CORPUS_PAGES, FIXTURE_PAGES]


def test_every_repo_case_is_recorded_with_the_rules_split():
    recorded = load_split()
    cases = read_case_meta(REPO_DIRS)
    assert len(cases) >= 150
    assert set(cases) <= set(recorded), sorted(set(cases) - set(recorded))[:5]
    for case_id, entry in recorded.items():
        assert entry["split"] == split_of(entry["publisher"]), case_id


def test_dev_and_test_publishers_are_disjoint():
    recorded = load_split()
    dev = {e["publisher"] for e in recorded.values() if e["split"] == "dev"}
    test = {e["publisher"] for e in recorded.values() if e["split"] == "test"}
    assert dev and test and not dev & test


def test_pages_of_one_site_never_straddle_the_split():
    recorded = load_split()
    side: dict[str, set[str]] = {}
    for case_id, (url, language) in read_case_meta(REPO_DIRS).items():
        for key in (f"brand:{brand(url)}" if url else None, f"site:{case_id.split('_', 1)[0]}"):
            if key:
                side.setdefault(key, set()).add(recorded[case_id]["split"])
    assert not {key for key, splits in side.items() if len(splits) > 1}


def test_test_split_holds_at_least_30_percent_of_pages():
    recorded = load_split()
    repo = read_case_meta([CORPUS_PAGES])
    for ids in (list(recorded), list(repo)):
        share = sum(recorded[i]["split"] == "test" for i in ids) / len(ids)
        assert share >= 0.30, (len(ids), share)


def test_split_file_is_sorted_json_object_of_publisher_and_split():
    data = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    assert list(data) == sorted(data)
    assert all(set(entry) == {"publisher", "split"} and entry["split"] in {"dev", "test"} for entry in data.values())


def test_brand_is_the_label_before_the_public_suffix():
    assert brand("https://www.bbc.co.uk/news/x") == "bbc"
    assert brand("http://money.cnn.com/2016/x") == "cnn"
    assert brand("https://japannews.yomiuri.co.jp/politics/") == "yomiuri"
    assert brand("https://www.9news.com.au/world/") == "9news"
    assert brand(None) is None


def test_pages_sharing_a_brand_or_a_site_name_are_one_publisher():
    cases = {
        "nine-au_2024_a__fundus": ("https://www.9news.com.au/a", "en"),
        "nine-au_2026_b__fundus": ("https://www.nine.com.au/b", "en"),
        "hankookilbo-ko_2026__fundus": ("https://www.hankookilbo.com/x", "ko"),
        "hankookilbo_2025__fundus": (None, "ko"),
        "cnnmoney_x__moz": ("http://money.cnn.com/x", "en"),
        "cnn_y__n4k": ("https://edition.cnn.com/y", "en"),
        "factorio_z__moz": (None, "en"),
    }
    pub = publishers(cases)
    assert pub["nine-au_2024_a__fundus"] == pub["nine-au_2026_b__fundus"] == "9news"
    assert pub["hankookilbo-ko_2026__fundus"] == pub["hankookilbo_2025__fundus"] == "hankookilbo"
    assert pub["cnnmoney_x__moz"] == pub["cnn_y__n4k"] == "cnn"
    assert pub["factorio_z__moz"] == "factorio"



def test_whole_corpus_draws_leave_out_only_the_cases_added_after_them():
    # the cued and aimed entity batches read every case of their day: a later tag stays out, an earlier one stays in
    assert not in_probe_pool("eveningstandard_2024-07-01_how-watch-portugal-vs__fdh", ADDED_AFTER_WHOLE_CORPUS_DRAWS)
    assert not in_probe_pool("dailystar_2024-04-22_bradley-walsh-chase-judo__fdh2", ADDED_AFTER_WHOLE_CORPUS_DRAWS)
    assert in_probe_pool("nrk_2024-08-04_kvinne-dode-pa-fjelltur__lang1", ADDED_AFTER_WHOLE_CORPUS_DRAWS)

def test_split_depends_on_the_name_only_and_draws_both_sides():
    names = [f"publisher{i}" for i in range(200)]
    first = [split_of(n) for n in names]
    assert first == [split_of(n) for n in names]
    assert 0.25 < first.count("test") / len(first) < 0.45


def _case(case_id: str, split: str, body: str) -> Case:
    return Case(case_id=case_id, html=Path("unused.html"), body=body, with_=(), without=(), language="en", split=split)


def test_report_lists_dev_misses_and_never_names_a_test_page():
    body = "one two three four five six seven eight"
    cases = [
        _case("devgood_x__t", "dev", body),
        _case("devbad_x__t", "dev", body),
        _case("devempty_x__t", "dev", body),
        _case("testbad_x__t", "test", body),
        _case("testempty_x__t", "test", body),
    ]
    texts = {"devgood_x__t": body, "devbad_x__t": "nine ten eleven twelve", "devempty_x__t": "",
             "testbad_x__t": "nine ten eleven twelve", "testempty_x__t": ""}
    runs = [ToolRun(name, dict(texts), {}, {}, 1.0) for name in ("newsfacts", "trafilatura")]
    for run in runs:
        score_run(run, cases)
    text = report(*runs, cases)
    assert "devbad_x__t" in text and "empty output, no error: devempty_x__t" in text
    assert "testbad" not in text and "testempty" not in text
    test_section = text.split("== test")[1]
    counts = test_section.split("empty, no error")[1].splitlines()[0].split()
    assert counts == ["1", "1"]  # the silent empty is counted for both tools, just not named


def test_a_case_missing_from_the_split_file_gets_the_rules_split(capsys):
    case = _case("brandnewsite_2030_x__t", "dev", "a b c d")
    (assigned,) = with_splits([case])
    assert assigned.split == split_of("brandnewsite")
    assert "not in SPLIT.json" in capsys.readouterr().err


def test_benchmark_folders_skip_a_missing_shared_corpus_with_a_notice(monkeypatch, tmp_path, capsys):
    import benchmarks.extraction as bench

    monkeypatch.setattr(bench, "SHARED_PAGES", tmp_path / "absent")
    assert bench.default_dirs() == [FIXTURE_PAGES, CORPUS_PAGES]
    assert "not found" in capsys.readouterr().err
    cases = bench.with_splits(bench.load_cases(bench.default_dirs()))
    assert {c.split for c in cases} == {"dev", "test"} and all(c.case_id in load_split() for c in cases)


_LOGGING_TOOL = """
import json, sys
with open(sys.argv[1], "a") as log:
    log.write(sys.argv[2] + " " + str(len(sys.argv) - 3) + "\\n")
for path in sys.argv[3:]:
    print(json.dumps({"source": path, "text": sys.argv[2] + " read " + path}))
"""


def test_speed_runs_take_both_tools_over_every_page_in_mirrored_halves(tmp_path):
    """ours, theirs, theirs, ours: a steady drift of the machine's speed weighs on both tools alike."""
    import sys

    from benchmarks.extraction import run_alternating

    cases = [Case(f"case{k}", tmp_path / f"case{k}.html", None, (), ()) for k in range(5)]
    staged = {str(tmp_path / f"page{k}.html"): case for k, case in enumerate(cases)}
    log = tmp_path / "calls.log"
    tool = [sys.executable, "-c", _LOGGING_TOOL, str(log)]
    ours, theirs = run_alternating(("a", tool + ["a"]), ("b", tool + ["b"]), staged)
    assert log.read_text().split("\n")[:-1] == ["a 2", "b 2", "b 3", "a 3"]
    for run in (ours, theirs):
        assert set(run.texts) == {case.case_id for case in cases}
        assert run.cpu_seconds > 0
    assert ours.texts["case4"].startswith("a read ") and theirs.texts["case4"].startswith("b read ")


def test_published_is_scored_to_the_minute_as_an_instant_or_a_wall_clock():
    """References state the time as precisely as the copy they were read from (Libération "à 18:27" against its
    JSON-LD 18:27:17; fundus's yomiuri.co.jp 17:41:00 against 17:41:47): seconds do not decide, minutes,
    zones and days do."""
    from benchmarks.extraction import same_instant

    assert same_instant("2012-10-27T18:27:17+02:00", "2012-10-27T18:27")
    assert same_instant("2024-10-13T17:41:47+09:00", "2024-10-13T17:41:00+09:00")
    assert same_instant("2022-08-09T16:45:00-04:00", "2022-08-09T22:45:00.326+02:00")
    assert not same_instant("2024-10-13T17:42:00+09:00", "2024-10-13T17:41:00+09:00")
    assert not same_instant("2024-10-13T17:41:47+00:00", "2024-10-13T17:41:00+09:00")
    assert not same_instant("2024-10-13T17:41:47", "2024-10-13T17:41:00+09:00")  # no zone against a zoned reference
    assert same_instant("2016-12-15T15:33:00-05:00", "2016-12-15") and not same_instant("2016-12-16T01:00:00", "2016-12-15")
