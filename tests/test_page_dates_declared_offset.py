"""A date declared in UTC takes the offset of another statement of the same moment: a printed stamp with its zone,
or a ``<time datetime>`` / meta declaration in a zone (round htmlD363).

The moment never changes; only the offset the record shows, which is the one readers were shown (naive references
are read off the page's printed clock)."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

BODY = "".join(f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge, item {i}.</p>"
               for i in range(4))


def page(head: str = "", body: str = BODY) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body><article>{body}</article></body></html>"


def ld(**fields) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": "Bridge vote", **fields})}</script>'


def test_a_time_element_in_a_zone_gives_a_utc_declaration_its_offset():
    doc = clean_html(page(ld(datePublished="2024-05-09T17:00:00+00:00"),
                          '<time datetime="2024-05-09T10:00:00-07:00">10:00 AM PDT • May 9, 2024</time>' + BODY))
    assert doc.published == datetime(2024, 5, 9, 17, 0, tzinfo=UTC)
    assert doc.published.utcoffset() == timedelta(hours=-7)


def test_a_printed_stamp_with_its_zone_gives_a_utc_declaration_its_offset():
    doc = clean_html(page(ld(datePublished="2024-05-09T22:13:15.566Z"),
                          "<p>By Jane Doe | May 10, 2024, 6:13 AM GMT+8</p>" + BODY))
    assert doc.published.utcoffset() == timedelta(hours=8)
    assert (doc.published.day, doc.published.hour, doc.published.minute) == (10, 6, 13)


def test_a_zoned_statement_of_another_moment_leaves_the_utc_declaration_alone():
    doc = clean_html(page(ld(datePublished="2024-05-09T17:00:00+00:00"),
                          '<time datetime="2024-05-09T12:00:00-07:00">May 9, 2024</time>'
                          "<p>Updated May 9, 2024, 1:00 PM PDT</p>" + BODY))
    assert doc.published == datetime(2024, 5, 9, 17, 0, tzinfo=UTC)
    assert doc.published.utcoffset() == timedelta(0)


@pytest.mark.parametrize(("name", "offset", "clock"), [
    ("techcrunch_2024-05-09_luminar-tesla-motional-mobility__mgh3", -7, (10, 0)),
    ("uol-pt_2024-05-12_flores-que-nascem-no-asfalto__mgh", -3, (19, 54)),
    ("9to5mac_2025-06-10_apple-notes-apple-watch-watchos-26__pool1", -7, (8, 48)),
])
def test_dev_pages_show_the_declared_moment_in_the_offset_they_print(name, offset, clock):
    _, doc = dev_page(name, with_url=False)
    assert doc.published.utcoffset() == timedelta(hours=offset)
    assert (doc.published.hour, doc.published.minute) == clock


def test_a_naive_declaration_shows_the_zoned_one_at_its_own_offset_to_the_minute():
    """A naive "2017-01-09T05:00:27" beside ``<time datetime="2017-01-09T10:00:00Z">``: five hours apart to the minute
    (a printed clock keeps no seconds), the same moment, shown at the -05:00 of the naive local time, not at UTC."""
    doc = clean_html(page("<meta property='article:published_time' content='2017-01-09T05:00:27'>",
                          '<time datetime="2017-01-09T10:00:00Z">01-09-17</time>' + BODY))
    assert doc.published == datetime(2017, 1, 9, 10, 0, tzinfo=UTC)
    assert doc.published.utcoffset() == timedelta(hours=-5)


@pytest.mark.parametrize(("name", "offset", "clock"), [
    ("nzz_2019-05-17_fahrplan-zum-finale-grosse-koalition__sfm2a", 2, (5, 30)),
    ("fastcompany_2017-01-09_only-five-email-folders__pl", -5, (5, 0)),
])
def test_dev_pages_show_the_zoned_declaration_at_the_printed_clocks_offset(name, offset, clock):
    _, doc = dev_page(name, with_url=False)
    assert doc.published.utcoffset() == timedelta(hours=offset)
    assert (doc.published.hour, doc.published.minute) == clock
