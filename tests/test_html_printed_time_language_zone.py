"""On the HTML path a time read from the printed page without a zone is placed in the zone of the page's language,
where the language is written in one civil time only (``date_stamps.language_zone``), as on the dump path (round
dumpsD324's ``zoned_by_language``); round htmlD363."""
from __future__ import annotations

from datetime import timedelta

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page


def page(lang: str, stamp: str, head: str = "") -> str:
    body = "".join(f"<p>Der Stadtrat hat am Dienstag nach langer Debatte die neue Brücke beschlossen, Punkt {i}.</p>"
                   for i in range(4))
    return (f"<html lang='{lang}'><head><title>Brücke</title>{head}</head>"
            f"<body><article><p class='date'>{stamp}</p>{body}</article></body></html>")


def test_a_printed_time_on_a_japanese_page_is_tokyo_time():
    doc = clean_html(page("ja", "2019年02月22日 14時30分"))
    assert doc.published.utcoffset() == timedelta(hours=9)
    assert (doc.published.hour, doc.published.minute) == (14, 30)


def test_a_printed_time_on_a_german_page_is_central_european_time_in_summer():
    doc = clean_html(page("de", "27.06.2018, 09:54 Uhr"))
    assert doc.published.utcoffset() == timedelta(hours=2)


def test_a_printed_time_in_a_language_of_many_zones_stays_as_printed():
    doc = clean_html(page("en", "June 27, 2018, 9:54 AM"))
    assert doc.published.utcoffset() == timedelta(0)
    assert (doc.published.hour, doc.published.minute) == (9, 54)


def test_a_naive_declaration_is_not_placed_in_the_language_zone():
    doc = clean_html(page("de", "", "<meta property='article:published_time' content='2018-06-27T09:54:00'>"))
    assert doc.published.utcoffset() == timedelta(0)


def test_the_itmedia_dev_page_prints_tokyo_time():
    _, doc = dev_page("itmedia_2019-02-22_intel-nuc-ssd-hikaku__pl3b", with_url=False)
    assert doc.published.utcoffset() == timedelta(hours=9)
    assert (doc.published.hour, doc.published.minute) == (14, 30)


def test_the_daum_dev_page_prints_seoul_time():
    _, doc = dev_page("daum-ko_2024-05-13_seoul-central-prosecutor-lee-chang-soo__mgh4", with_url=False)
    assert doc.published.utcoffset() == timedelta(hours=9)
