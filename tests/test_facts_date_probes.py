"""The date probes (benchmarks/date_probes_gold, the project's own sentences): the file is well formed, the
scorer counts misses and extras as it says, and the extractor stays at the level the date fixes reached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.date_probes import GOLD, ProbeScore, load_probes, main, score_probe, score_probes
from extractors.records import DateMention

PUBLISHED = "2024-06-12T10:00:00+00:00"
CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"
FACTS_TEST = Path(__file__).resolve().parents[1] / "benchmarks" / "facts_gold" / "test"


def test_every_probe_loads_with_its_marked_dates_in_its_text():
    probes = load_probes()
    assert len(probes) >= 80
    assert len({p.id for p in probes}) == len(probes)
    assert any(not p.marked for p in probes)  # sentences with no date at all are part of the set


def test_a_marked_text_missing_from_its_sentence_is_an_error(tmp_path):
    path = tmp_path / "probes.jsonl"
    row = {
        "id": "x",
        "published": PUBLISHED,
        "text": "It rained on Monday.",
        "dates": [{"text": "Tuesday", "value": "2024-06-11", "granularity": "day"}],
    }
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Tuesday"):
        load_probes(path)


def _probe(tmp_path, text: str, dates: list[dict]):
    path = tmp_path / "probes.jsonl"
    path.write_text(json.dumps({"id": "p", "published": PUBLISHED, "text": text, "dates": dates}) + "\n")
    return load_probes(path)[0]


def _mention(text: str, start: int, value: str | None, granularity: str = "day") -> DateMention:
    return DateMention(text, start, start + len(text), 0, value, granularity)


def test_a_second_find_of_a_matched_date_is_no_extra_but_a_wrong_value_is_a_miss(tmp_path):
    text = "On Wednesday 12 June it rained; on 3/4/2024 it snowed."
    probe = _probe(
        tmp_path,
        text,
        [
            {"text": "Wednesday 12 June", "value": "2024-06-12", "granularity": "day"},
            {"text": "3/4/2024", "value": "2024-03-04", "granularity": "day", "alternatives": ["2024-04-03"]},
        ],
    )
    found = [
        _mention("Wednesday", text.find("Wednesday"), "2024-06-12"),
        _mention("12 June", text.find("12 June"), "2024-06-12"),
        _mention("3/4/2024", text.find("3/4/2024"), "2024-04-03"),
        _mention("snowed", text.find("snowed"), "2023-01-01"),  # an extra
    ]
    score = ProbeScore()
    score_probe(probe, found, score)
    assert (score.gold, score.matched, score.found, score.right) == (2, 2, 3, 0)
    score_probe(probe, found[:3], score)
    assert score.right == 1 and score.accuracy == 0.5


def test_the_extractor_keeps_the_probe_level_the_date_fixes_reached():
    # 0.990 / 0.995 before the rules whose only evidence was these probes or one publisher were removed
    # (issue 11, rule 4): "Wednesday next week", "the same period of 2022", "a year on", "end-March", "every
    # Monday", "The Sunday Times", "would be lifted in September", dotted numeric days and the like now miss.
    score = score_probes(load_probes())
    assert score.accuracy >= 0.91, "\n".join(score.misses)
    assert score.f1 >= 0.93, "\n".join(score.misses)


def test_the_french_pack_keeps_the_probe_level_its_date_fixes_reached():
    # 31/61 right (F1 0.660) when written, before the French date words of pack_dates
    score = score_probes(load_probes(GOLD / "fr.jsonl"), "fr")
    assert score.accuracy >= 0.95, "\n".join(score.misses)
    assert score.f1 >= 0.97, "\n".join(score.misses)


def test_the_held_out_english_batch_keeps_its_level():
    # 71/87 right (F1 0.853) when written, on the code before issue 11's fixes
    score = score_probes(load_probes(GOLD / "en_heldout.jsonl"))
    assert score.accuracy >= 0.87, "\n".join(score.misses)
    assert score.f1 >= 0.88, "\n".join(score.misses)


def test_a_probe_batch_with_no_file_is_a_usage_error_naming_the_batches_there_are(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--language", "fr", "--set", "nosuchbatch"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "fr_nosuchbatch.jsonl" in err and "en_heldout" in err


def test_real_sentences_come_from_dev_pages_of_publishers_the_facts_test_never_saw():
    split = json.loads((CORPUS / "SPLIT.json").read_text(encoding="utf-8"))
    test_publishers = {path.name.split("_")[0] for path in FACTS_TEST.glob("*.json")}
    rows = [json.loads(line) for line in (GOLD / "en_real.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({row["publisher"] for row in rows}) >= 40
    for row in rows:
        case = split[row["page"]]
        assert case["split"] == "dev", row["id"]
        assert case["publisher"] == row["publisher"] not in test_publishers, row["id"]


def test_the_real_sentence_batch_keeps_its_level():
    # 153/164 right (F1 0.909, P 0.917 R 0.902) when labelled, on main before any rule learnt from it; 158/164
    # (F1 0.950) after "today" as the present age, "one day" as some day, "billions of years" and "for days"
    score = score_probes(load_probes(GOLD / "en_real.jsonl"))
    assert score.accuracy >= 0.96, "\n".join(score.misses)
    assert score.f1 >= 0.95, "\n".join(score.misses)


def test_the_real_sentence_batch_is_what_its_seeded_draw_picks():
    from benchmarks.date_probes_real import draw
    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    rows = [json.loads(line) for line in (GOLD / "en_real.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["page"]) for r in draw()] == [(r["text"], r["page"]) for r in rows]


def _real2_rows() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "en_real2.jsonl").read_text(encoding="utf-8").splitlines()]


def test_real2_sentences_come_from_dev_pages_of_twenty_publishers_off_the_test_and_the_wires():
    from benchmarks.date_probes_real2 import OFF_LIMITS

    split = json.loads((CORPUS / "SPLIT.json").read_text(encoding="utf-8"))
    test_publishers = {path.name.split("_")[0] for path in FACTS_TEST.glob("*.json")}
    rows = _real2_rows()
    assert len({row["publisher"] for row in rows}) >= 20
    earlier = {json.loads(line)["text"] for line in (GOLD / "en_real.jsonl").read_text(encoding="utf-8").splitlines()}
    for row in rows:
        case = split[row["page"]]
        assert case["split"] == "dev", row["id"]
        assert case["publisher"] == row["publisher"] not in test_publishers | OFF_LIMITS, row["id"]
        assert row["text"] not in earlier, row["id"]


def test_the_real2_batch_keeps_its_level():
    # 37/40 right (F1 0.940, P 0.929 R 0.951) when labelled, on main before any rule learnt from it; 38/40 (F1
    # 0.976) after a dashed range of counts is one duration and "this" before a month names this year's
    score = score_probes(load_probes(GOLD / "en_real2.jsonl"))
    assert score.accuracy >= 0.95, "\n".join(score.misses)
    assert score.f1 >= 0.97, "\n".join(score.misses)


def test_the_real2_batch_is_what_its_seeded_draw_picks():
    from benchmarks.date_probes_real2 import draw
    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    assert [(r["text"], r["page"]) for r in draw()] == [(r["text"], r["page"]) for r in _real2_rows()]


@pytest.mark.parametrize("batch", ["real3", "real4"])
def test_dragnet_date_sentences_come_from_dev_publishers_off_the_test_and_the_wires(batch):
    from benchmarks.date_probes_real2 import OFF_LIMITS
    from benchmarks.quantity_probe_sample import _test_publishers
    from benchmarks.splits import brand, split_of

    banned = _test_publishers()
    earlier = {row["text"] for name in ("en_real.jsonl", "en_real2.jsonl", *(("en_real3.jsonl",) if batch == "real4" else ()))
               for row in map(json.loads, (GOLD / name).read_text(encoding="utf-8").splitlines())}
    rows = [json.loads(line) for line in (GOLD / f"en_{batch}.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        assert row["page"].startswith("dragnet_") and brand(row["url"]) == row["publisher"], row["id"]
        assert split_of(row["publisher"]) == "dev" and row["publisher"] not in OFF_LIMITS | banned, row["id"]
        assert row["text"] not in earlier, row["id"]


def test_the_real3_batch_keeps_its_level():
    # 33/37 right (F1 0.918, P 0.907 R 0.929) when labelled, on main before any rule learnt from it; 34/37 (F1 0.941)
    # after "a year earlier" counts back from the date named before
    score = score_probes(load_probes(GOLD / "en_real3.jsonl"))
    assert score.accuracy >= 0.91, "\n".join(score.misses)
    assert score.f1 >= 0.94, "\n".join(score.misses)


def test_the_real4_batch_keeps_its_level():
    # durations alone from the same pages: 24/25 right (F1 0.960, P 0.923 R 1.000) when labelled, on the tree with the
    # "a year earlier" rule; the miss is a recalled "one day" and "this morning" (one publisher)
    score = score_probes(load_probes(GOLD / "en_real4.jsonl"))
    assert score.accuracy >= 0.96, "\n".join(score.misses)
    assert score.f1 >= 0.96, "\n".join(score.misses)


@pytest.mark.parametrize("batch", ["real3", "real4"])
def test_the_dragnet_date_batch_is_what_its_seeded_draw_picks(batch):
    import os

    from benchmarks.date_probes_real3 import draw

    archive = Path(os.environ.get("DRAGNET_ARCHIVE", "/nonexistent"))
    if not archive.is_file():
        pytest.skip("set DRAGNET_ARCHIVE to dragnet_data's data/meta.tar.gz of commit 1a6f385 (the draw's pool)")
    rows = [json.loads(line) for line in (GOLD / f"en_{batch}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["page"]) for r in draw(archive, batch)] == [(r["text"], r["page"]) for r in rows]


#: The batches drawn from dev pages by ``date_probes_real5`` on: (batch, its drawer, at least this many publishers).
#: Each leaves out every batch before it (``en_real``, ``en_real2`` ... up to its own number less one).
DRAWN_BATCHES = [
    ("real5", "date_probes_real5", 25),
    ("real6", "date_probes_real5", 25),
    ("real7", "date_probes_real7", 25),
    ("real8", "date_probes_real7", 25),
    ("real9", "date_probes_real9", 25),
    ("real10", "date_probes_real9", 15),
    ("real11", "date_probes_real11", 28),
    ("real12", "date_probes_real11", 20),
]


@pytest.mark.parametrize(("batch", "drawer", "publishers"), DRAWN_BATCHES)
def test_drawn_sentences_come_from_dev_pages_off_the_test_the_wires_and_earlier_batches(batch, drawer, publishers):
    from benchmarks.date_probes_real2 import OFF_LIMITS
    from benchmarks.quantity_probe_sample import _test_publishers

    split = json.loads((CORPUS / "SPLIT.json").read_text(encoding="utf-8"))
    banned = _test_publishers() | OFF_LIMITS
    number = int(batch.removeprefix("real"))
    earlier_files = ["en_real.jsonl", *(f"en_real{n}.jsonl" for n in range(2, number))]
    earlier = {json.loads(line)["text"] for name in earlier_files
               for line in (GOLD / name).read_text(encoding="utf-8").splitlines()}
    rows = [json.loads(line) for line in (GOLD / f"en_{batch}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({row["publisher"] for row in rows}) >= publishers
    for row in rows:
        case = split[row["page"]]
        assert case["split"] == "dev", row["id"]
        assert case["publisher"] == row["publisher"] not in banned, row["id"]
        assert row["text"] not in earlier, row["id"]


@pytest.mark.parametrize(("batch", "drawer", "publishers"), DRAWN_BATCHES)
def test_the_drawn_batches_are_what_their_seeded_draw_picks(batch, drawer, publishers):
    from importlib import import_module

    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    draw = import_module(f"benchmarks.{drawer}").draw
    rows = [json.loads(line) for line in (GOLD / f"en_{batch}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["page"]) for r in draw(batch)] == [(r["text"], r["page"]) for r in rows]


def test_the_real5_batch_keeps_its_level():
    # 57/64 right (F1 0.920) when labelled, on main before any rule learnt from it; 58/64 (F1 0.938) once one
    # sentence's labels were read again under the earlier calls; 61/64 (F1 0.974) after a weekday with its date in
    # brackets, spelt hundreds and thousands, and a season with no year told in the past or ahead
    score = score_probes(load_probes(GOLD / "en_real5.jsonl"))
    assert score.accuracy >= 0.95, "\n".join(score.misses)
    assert score.f1 >= 0.97, "\n".join(score.misses)


def test_the_held_out_real6_batch_keeps_its_level():
    # held out (labelled before the dates320 rules, not tuned on): 35/44 right (F1 0.864) on main, 36/44 (F1 0.876)
    # after them
    score = score_probes(load_probes(GOLD / "en_real6.jsonl"))
    assert score.accuracy >= 0.81, "\n".join(score.misses)
    assert score.f1 >= 0.87, "\n".join(score.misses)


def test_the_real7_batch_keeps_its_level():
    # 52/64 right (F1 0.871) when labelled, on main before any rule learnt from it; 55/64 (F1 0.906) after spelt
    # decades, a date after a hyphenated pre-/post- and a counted semester (dates331)
    score = score_probes(load_probes(GOLD / "en_real7.jsonl"))
    assert score.accuracy >= 0.85, "\n".join(score.misses)
    assert score.f1 >= 0.90, "\n".join(score.misses)


def test_the_held_out_real8_batch_keeps_its_level():
    # held out (labelled after the dates331 rules' first two, before the rest; not tuned on): 41/44 right (F1 0.958)
    # on main and after the rules
    score = score_probes(load_probes(GOLD / "en_real8.jsonl"))
    assert score.accuracy >= 0.93, "\n".join(score.misses)
    assert score.f1 >= 0.95, "\n".join(score.misses)


def test_the_real9_batch_keeps_its_level():
    # 38/40 right (F1 0.969) when labelled, on main before any rule learnt from it; 39/40 (F1 0.990) after a date
    # without a year after "as soon as"/"as early as" reads ahead (dates368)
    score = score_probes(load_probes(GOLD / "en_real9.jsonl"))
    assert score.accuracy >= 0.97, "\n".join(score.misses)
    assert score.f1 >= 0.975, "\n".join(score.misses)


def test_the_held_out_real10_batch_keeps_its_level():
    # held out (labelled before the dates368 rules, not tuned on): 27/30 right (F1 0.925) on main and after the rules
    score = score_probes(load_probes(GOLD / "en_real10.jsonl"))
    assert score.accuracy >= 0.9, "\n".join(score.misses)
    assert score.f1 >= 0.92, "\n".join(score.misses)


def test_the_real11_batch_keeps_its_level():
    # 41/48 right (F1 0.929) when labelled, on main before any rule learnt from it; 44/48 (F1 0.961) after the
    # dates372 rules ("months-long", "a couple of months", "the thirties and forties")
    score = score_probes(load_probes(GOLD / "en_real11.jsonl"))
    assert score.accuracy >= 0.91, "\n".join(score.misses)
    assert score.f1 >= 0.96, "\n".join(score.misses)


def test_the_held_out_real12_batch_keeps_its_level():
    # held out (labelled before the dates372 rules, not tuned on): 29/30 right (F1 0.984) on main and after the rules
    score = score_probes(load_probes(GOLD / "en_real12.jsonl"))
    assert score.accuracy >= 0.96, "\n".join(score.misses)
    assert score.f1 >= 0.98, "\n".join(score.misses)
