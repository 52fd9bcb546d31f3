"""Issue 12, dumpsP316: a sponsor's credit for the story, or for the promotion above it, leaves a text dump, while a
story's sentence on who supports or brings something stays.

The entry in ``extractors/clean/data/en/dump_promo_lines.txt`` was seen on dev pages of three publishers (allvoices,
dzone, smashingmagazine) and in no dev reference; the real page here is a dev page of ``benchmarks/corpus``.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    "line",
    [
        "This article is brought to you by LeadsCon New York.",
        ("Discover how TDM Is Essential To Achieving Quality At Speed For Agile, DevOps, And Continuous Delivery. "
        "Brought to you in partnership with CA Technologies."),
        ("This article has been kindly supported by our dear friends at Sentry.io, who help developers see what "
        "actually matters."),
        "This episode is sponsored by a bank you may have heard of.",
    ],
)
def test_sponsor_credits_are_dump_promotions(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Supported by local donors, the shelter reopened in March.",
        "The concert was brought to you by the same promoters, she said.",
        "The report was sponsored by three universities and took two years to write.",
    ],
)
def test_story_sentences_on_sponsors_are_no_promotions(line):
    assert not DUMP_PROMO_LINE.fullmatch(line)


def test_dzone_partner_credits_leave_the_dump():
    """DZone closes its story and the promotion above it with "Brought to you in partnership with CA Technologies."
    glued to the promotion's sentence; the reference keeps neither."""
    body, dump = copied_page("dzone_2017-06-10_best-programming-languages__sr")
    assert "Brought to you in partnership with" in dump
    text = clean_dump(dump).text
    assert "Brought to you in partnership with" not in text
    assert "Brought to you" not in body
