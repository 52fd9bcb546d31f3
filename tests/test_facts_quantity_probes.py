"""The quantity probes (benchmarks/facts_gold/probes): labels that hold together, and a reading floor that fails when a
rule change breaks the general ways news copy writes amounts."""

from __future__ import annotations

import json

import pytest

from benchmarks.quantity_probes import HELDOUT_FILE, PROBE_FILE, load_probes, run


@pytest.mark.parametrize("path", [PROBE_FILE, HELDOUT_FILE])
def test_probe_file_says_it_holds_no_publisher_text(path):
    assert json.loads(path.read_text(encoding="utf-8"))["provenance"] == "written by the project, no publisher text"


@pytest.mark.parametrize("path", [PROBE_FILE, HELDOUT_FILE])
def test_probe_labels_are_substrings_with_ranges_low_to_high_and_a_unit(path):
    probes = load_probes(path)
    assert len(probes) >= 100
    assert len({p["id"] for p in probes}) == len(probes)
    for probe in probes:
        for quantity in probe["quantities"]:
            assert quantity["text"] in probe["text"], probe["id"]
            assert quantity["unit"], probe["id"]
            assert quantity["value_max"] is None or quantity["value_max"] > quantity["value"], probe["id"]


@pytest.fixture(scope="module")
def report():
    return run()


def test_probes_have_sentences_with_no_quantity_to_find():
    assert sum(not p["quantities"] for p in load_probes()) >= 50


def test_probe_sentences_are_read_right_above_the_floor(report):
    # 598 of 604 when the floor was set; main before the issue #11 fixes reads 533 of them (0.882)
    assert report.accuracy() >= 0.985, "\n".join(report.misses)


def test_probe_values_and_units_are_right_above_the_floor(report):
    # 566 of 567 overlap matches when the floor was set; 502 of 536 (0.937) on main before the fixes
    assert report.values() >= 0.99, "\n".join(report.misses)


@pytest.fixture(scope="module")
def heldout_report():
    return run(path=HELDOUT_FILE)


def test_second_batch_is_read_right_above_the_floor(heldout_report):
    # the batch was held out until issue #11: main read 154 of 161 sentences (0.957) and 161 of 166 values (0.970);
    # the rules then learnt from it, 161 of 161 and 168 of 168 when the floor was set
    assert heldout_report.accuracy() >= 0.98, "\n".join(heldout_report.misses)
    assert heldout_report.values() >= 0.99, "\n".join(heldout_report.misses)
