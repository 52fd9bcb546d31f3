"""A day printed without a time takes the clock printed right before it, on the HTML path (round htmlD363)."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from extractors.clean.date_stamps import find_stamps
from extractors.clean.document import clean_html
from extractors.clean.page_dates import _clock_before_day
from tests.clean_helpers import dev_page

BODY = "".join(f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge, item {i}.</p>"
               for i in range(4))


def page(head: str = "", body: str = BODY) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body><article>{body}</article></body></html>"


def test_a_clock_before_its_day_dates_a_page_that_declares_nothing():
    doc = clean_html(page(body="<p>By Rob Smith at 7:53 AM Wednesday, Aug 18, 2010</p>" + BODY))
    assert doc.published == datetime(2010, 8, 18, 7, 53, tzinfo=UTC)


def test_a_clock_before_its_day_gives_a_utc_declaration_the_printed_offset():
    head = f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": "Bridge vote", "datePublished": "2020-07-24T09:29:04Z"})}</script>'
    doc = clean_html(page(head, "<p>By Liam Randall 10:29, 24 JUL 2020</p>" + BODY))
    assert doc.published == datetime(2020, 7, 24, 9, 29, 4, tzinfo=UTC)
    assert doc.published.utcoffset() == timedelta(hours=1)


def test_a_clock_after_an_update_label_marks_the_day_an_update():
    text = "Published Aug 17, 2010 Updated 9:15 AM Aug 18, 2010"
    stamps = _clock_before_day(text, find_stamps(text))
    assert [(s.has_time, s.updated) for s in stamps] == [(False, False), (True, True)]


def test_a_clock_far_before_the_day_is_not_its_time():
    text = "Doors open at 7:53 AM and the festival, the organisers said, runs through Aug 18, 2010"
    assert not _clock_before_day(text, find_stamps(text))[0].has_time


@pytest.mark.parametrize(("name", "clock"), [
    ("boingboing_2010-08-18_dr-laura-first-amendment__snk3", (7, 53)),
    ("dailypost_2020-07-24_wrexham-hospital-covid-patients__plp", (10, 29)),
])
def test_dev_pages_read_the_clock_printed_before_the_day(name, clock):
    _, doc = dev_page(name, with_url=False)
    assert (doc.published.hour, doc.published.minute) == clock
