"""The second reader of benchmarks/value_audit.py (values364): its own reading of a span, no extractor code."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from benchmarks.value_audit import checks, reading


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("It raised $5 million in May.", 5e6, None),
        ("Rs 17.3 lakh was paid.", 1.73e6, None),
        ("Some 3,000-4,000 troops left.", 3000, 4000),
        ("between 40% and 55% of them", 40, 55),
        ("two hundred and fifty thousand dollars", 250000, None),
        ("a 5k run", 5, None),  # a scale letter is a scale only after a currency
    ],
)
def test_the_second_reader_reads_number_scale_and_range_end(text, value, high):
    found = reading(text, 0, len(text))
    assert found["value"] == pytest.approx(value)
    assert found.get("max") == (None if high is None else pytest.approx(high))


def _quantity(body, span, value, unit, value_max=None):
    start = body.index(span)
    return SimpleNamespace(text=span, start=start, end=start + len(span), value=value, value_max=value_max, unit=unit)


def test_a_count_equal_to_a_year_and_a_lost_scale_are_flagged():
    body = "The device is fine by 2024 standards."
    assert "year" in {kind for kind, _ in checks(body, _quantity(body, "2024 standards", 2024, "standards"))}
    body = "It cost $3 million last year."
    assert "value" in {kind for kind, _ in checks(body, _quantity(body, "$3", 3, "USD"))}
    body = "It cost $3 million last year."
    assert not list(checks(body, _quantity(body, "$3 million", 3e6, "USD")))
