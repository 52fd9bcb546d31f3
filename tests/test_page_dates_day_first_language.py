"""On the HTML path, a page declaring a language that writes a slashed date day first (``date_stamps.day_first``)
has its printed slashed stamps read so, as a copied page's are (round htmlD363)."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

BODY = "".join(f"<p>O conselho votou na terça-feira, depois de um longo debate, a nova ponte, item {i}.</p>"
               for i in range(4))


def page(lang: str, head: str = "", body: str = BODY) -> str:
    return f"<html lang='{lang}'><head><title>Ponte</title>{head}</head><body><article>{body}</article></body></html>"


def test_a_day_first_language_reads_the_printed_slashed_stamp_day_first():
    doc = clean_html(page("pt-BR", body="<p>Por Ana Souza 08/03/2020 15h30</p>" + BODY))
    assert (doc.published.month, doc.published.day, doc.published.hour, doc.published.minute) == (3, 8, 15, 30)


def test_the_printed_slashed_stamp_gives_a_utc_declaration_its_offset():
    head = f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": "Ponte", "datePublished": "2020-03-08T18:30:29Z"})}</script>'
    doc = clean_html(page("pt-BR", head, "<p>Por Ana Souza 08/03/2020 15h30</p>" + BODY))
    assert doc.published == datetime(2020, 3, 8, 18, 30, 29, tzinfo=UTC)
    assert doc.published.utcoffset() == timedelta(hours=-3)


def test_a_language_without_the_order_row_reads_no_slashed_stamp():
    doc = clean_html(page("en", body="<p>By Ann Smith 08/03/2020 15:30</p>" + BODY))
    assert doc.published is None or (doc.published.month, doc.published.day) != (3, 8)


@pytest.mark.parametrize(("name", "clock"), [
    ("g1_2020-03-08_vaquinha-pitbull-abandonado__hd3", (15, 30)),
    ("noticiaexata_2020-11-22_goias-supera-palmeiras__lang1", (4, 30)),
])
def test_dev_pages_read_their_slashed_stamp_day_first(name, clock):
    _, doc = dev_page(name, with_url=False)
    assert (doc.published.hour, doc.published.minute) == clock
