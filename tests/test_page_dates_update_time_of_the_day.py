"""A day read without a time takes the time of the same day's stamp printed after an update label when the page
prints that day's time nowhere else (round htmlD363): the site's template labels its only stamp "Updated"."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

BODY = "".join(f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge, item {i}.</p>"
               for i in range(4))


def page(byline: str) -> str:
    return ("<html lang='en'><head><title>Bridge vote</title><meta name='publishdate' content='2024-05-13'></head>"
            f"<body><article><p>{byline}</p>{BODY}</article></body></html>")


def test_the_only_timed_stamp_of_the_day_gives_its_time_though_labelled_an_update():
    doc = clean_html(page("By Wang Xiaoyu | China Daily | Updated: 2024-05-13 09:08"))
    assert doc.published.replace(tzinfo=None) == datetime(2024, 5, 13, 9, 8)


def test_a_timed_publication_stamp_of_the_day_wins_over_the_update():
    doc = clean_html(page("Published: 2024-05-13 07:30 | Updated: 2024-05-13 09:08"))
    assert (doc.published.hour, doc.published.minute) == (7, 30)


def test_an_update_of_another_day_leaves_the_day_without_a_time():
    doc = clean_html(page("By Wang Xiaoyu | Updated: 2024-05-14 09:08"))
    assert doc.published.replace(tzinfo=None) == datetime(2024, 5, 13)


@pytest.mark.parametrize(("name", "clock", "offset"), [
    ("chinadaily_2024-05-13_youngsters-fitness-conscious__mgh2", (9, 8), timedelta(0)),
    ("timesofindia_2019-10-09_china-snubs-imran-khan__pl", (11, 5), timedelta(hours=5, minutes=30)),
])
def test_dev_pages_take_the_time_of_their_labelled_update_stamp(name, clock, offset):
    _, doc = dev_page(name, with_url=False)
    assert (doc.published.hour, doc.published.minute) == clock
    assert doc.published.utcoffset() == offset
