"""A day read from a date meta takes the clock of the page's time meta of the publication ("pubtime" beside
"pubdate", "publish_time" beside "publish_date"): round htmlD378."""
from __future__ import annotations

from datetime import datetime

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

BODY = "".join(f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge, item {i}.</p>"
               for i in range(4))


def page(time_meta: str) -> str:
    return ("<html lang='en'><head><title>Bridge vote</title><meta name='pubdate' content='Aug 18, 2010'>"
            f"{time_meta}</head><body><article><p>By Jane Roe</p>{BODY}</article></body></html>")


@pytest.mark.parametrize(("meta", "clock"), [
    ("<meta name='pubtime' content='02:11 PM'>", (14, 11)),
    ("<meta name='publish_time' value='10:05'>", (10, 5)),
])
def test_a_time_meta_gives_the_date_meta_its_clock(meta, clock):
    doc = clean_html(page(meta))
    assert doc.published.replace(tzinfo=None) == datetime(2010, 8, 18, *clock)


@pytest.mark.parametrize("meta", ["<meta name='pubtime' content='19:34 PM'>", "<meta name='pubtime' content='soon'>",
                                  "<meta name='modified_time' content='02:11 PM'>"])
def test_no_clock_read_whole_leaves_the_day_without_a_time(meta):
    doc = clean_html(page(meta))
    assert doc.published.replace(tzinfo=None) == datetime(2010, 8, 18)


@pytest.mark.parametrize(("name", "clock"), [
    ("usatoday_2010-08-18_brett-favre-super-bowl-return__snk2", (14, 11)),
    ("usatoday_2010-08-18_gm-files-for-ipo-taxpayers__snk2", (15, 58)),
    ("fool_2017-01-09_amazon-activision-esports__pl", (10, 5)),
])
def test_dev_pages_take_the_clock_of_their_time_meta(name, clock):
    _, doc = dev_page(name, with_url=False)
    assert (doc.published.hour, doc.published.minute) == clock
