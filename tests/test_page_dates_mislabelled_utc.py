"""A declaration whose clock is UTC's though it names a local offset is read as that UTC moment when the page's
``<time>`` prints it at the offset or more of its other declarations state it (round htmlD378)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

BODY = "".join(f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge, item {i}.</p>"
               for i in range(4))


def page(head: str, byline: str = "") -> str:
    return (f"<html lang='de'><head><title>Brücke</title>{head}</head>"
            f"<body><article><p>Von Jana Roe {byline}</p>{BODY}</article></body></html>")


def test_a_time_printing_the_declared_clock_plus_its_offset_makes_the_clock_utc():
    doc = clean_html(page("<meta property='article:published_time' content='2023-04-25T16:14:21+02:00'>",
                          "<time datetime='2023-04-25T16:14:21+02:00'>Dienstag, 25.04.2023 um 18:14 Uhr</time>"))
    assert doc.published.astimezone(UTC) == datetime(2023, 4, 25, 16, 14, 21, tzinfo=UTC)
    assert doc.published.utcoffset() == timedelta(hours=2)


def test_a_time_printing_the_declared_clock_keeps_the_declaration():
    doc = clean_html(page("<meta property='article:published_time' content='2023-04-25T16:14:21+02:00'>",
                          "<time datetime='2023-04-25T16:14:21+02:00'>Dienstag, 25.04.2023 um 16:14 Uhr</time>"))
    assert doc.published.astimezone(UTC) == datetime(2023, 4, 25, 14, 14, 21, tzinfo=UTC)


def test_more_declarations_of_the_utc_reading_win():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Brücke", '
          '"datePublished": "2022-09-28T16:00:00-07:00"}</script>')
    doc = clean_html(page(ld + "<meta property='article:published_time' content='2022-09-28T16:00:00+00:00'>"
                          "<meta itemprop='datePublished' content='2022-09-28T09:00:00-07:00'>"))
    assert doc.published.astimezone(UTC) == datetime(2022, 9, 28, 16, 0, tzinfo=UTC)


def test_one_other_declaration_against_one_keeps_the_reading():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Brücke", '
          '"datePublished": "2022-09-28T09:00:00-07:00"}</script>')
    doc = clean_html(page(ld + "<meta property='article:published_time' content='2022-09-28T09:00:00+00:00'>"))
    assert doc.published.astimezone(UTC) == datetime(2022, 9, 28, 16, 0, tzinfo=UTC)


@pytest.mark.parametrize(("name", "moment"), [
    ("hardwareluxx_2023-04-25_half-life-raytracing-mod__asc", datetime(2023, 4, 25, 16, 14, tzinfo=UTC)),
    ("ucsb_2022-09-28_ivp-bee-schaefer-under-scrutiny__atf2", datetime(2022, 9, 28, 16, 0, tzinfo=UTC)),
])
def test_dev_pages_read_their_mislabelled_clock_as_utc(name, moment):
    _, doc = dev_page(name, with_url=False)
    assert doc.published.astimezone(UTC).replace(second=0) == moment
