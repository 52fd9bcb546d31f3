"""A day read without a time takes the time of a microdata declaration of the publication on the same day
(``itemprop="datePublished"`` with a ``content`` on a byline element, which no meta reader sees): round htmlD378."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

BODY = "".join(f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge, item {i}.</p>"
               for i in range(4))


def page(byline: str) -> str:
    return ("<html lang='en'><head><title>Bridge vote</title><meta name='date' value='2017-09-01'></head>"
            f"<body><article><p>By Jane Roe {byline}</p>{BODY}</article></body></html>")


def test_a_date_only_meta_takes_the_time_of_the_microdata_declaration_of_that_day():
    doc = clean_html(page('<span itemprop="datePublished" content="2017-09-01T04:00-0700"></span>'))
    assert doc.published == datetime(2017, 9, 1, 4, 0).replace(tzinfo=doc.published.tzinfo)
    assert doc.published.utcoffset() == timedelta(hours=-7)


def test_a_microdata_declaration_of_another_day_leaves_the_day_without_a_time():
    doc = clean_html(page('<span itemprop="datePublished" content="2017-08-30T04:00-0700"></span>'))
    assert doc.published.replace(tzinfo=None) == datetime(2017, 9, 1)


def test_a_date_only_microdata_declaration_gives_no_time():
    doc = clean_html(page('<span itemprop="datePublished" content="2017-09-01"></span>'))
    assert doc.published.replace(tzinfo=None) == datetime(2017, 9, 1)


def test_a_modified_declaration_gives_no_time():
    doc = clean_html(page('<span itemprop="dateModified" content="2017-09-01T04:00-0700"></span>'))
    assert doc.published.replace(tzinfo=None) == datetime(2017, 9, 1)


@pytest.mark.parametrize(("name", "clock", "offset"), [
    ("macworld_2017-09-01_how-to-learn-apple-swift__sfm", (4, 0), timedelta(hours=-7)),
    ("networkworld_2014-02-05_schlage-touchscreen-deadbolt__sfm", (23, 51), timedelta(hours=-8)),
    ("prothomalo-bn_2020-01-02_probashi-aye-18-shotangsho-probriddhi__n3p", (14, 32), timedelta(hours=6)),
])
def test_dev_pages_take_the_time_of_their_microdata_declaration(name, clock, offset):
    _, doc = dev_page(name, with_url=False)
    assert (doc.published.hour, doc.published.minute) == clock
    assert doc.published.utcoffset() == offset
