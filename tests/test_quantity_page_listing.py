"""The whole-page quantity listing (``benchmarks.quantity_page_listing``) prints each quantity with its own sentence, so
a reader judges it in context without reading the page."""

from __future__ import annotations

from benchmarks.quantity_page_listing import sentence_at


def test_the_sentence_of_a_span_is_cut_at_its_paragraph_and_full_stops():
    body = "Prices rose 5% in May. The index hit 120.\n\nShares fell 3 per cent. Analysts said so."
    start = body.index("120")
    assert sentence_at(body, start, start + 3) == "The index hit 120."
    start = body.index("3 per cent")
    assert sentence_at(body, start, start + 10) == "Shares fell 3 per cent."
