"""A short paragraph printing a web address among an HTML story's last two is furniture pointing elsewhere.

``text._without_closing_addresses`` drops it: a suggested citation (Verfassungsblog, LTO), an image credit
(SiliconANGLE), a link to a homepage (BE-PAL), a shared post (actu.fr). A story's own sentences name sites without
the scheme ("www.example.de"), and no dev reference closes with a line printing "https://".

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def _page(*closing: str) -> str:
    return ("<html><body><article>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
            + "".join(f"<p>{line}</p>" for line in closing) + "</article></body></html>")


@pytest.mark.parametrize("line", [
    "SUGGESTED CITATION Doe, Jane: The First Decade, Blog, 2019/7/13, https://example.org/the-first-decade/",
    "Featured image credit: “Network collaboration” via https://pixabay.com/en/system-network-news-personal-63768/",
])
def test_a_closing_line_printing_a_web_address_goes(line):
    assert clean_html(_page(line)).text.endswith(SENTENCES[-1])


def test_a_web_address_line_above_the_closing_paragraph_goes_too():
    pointer = "The hospital's appeal for donations: https://www.example.fr/appel-aux-dons"
    closing = "Anyone who wants to help can also bring masks and gloves to the hospital's main entrance."
    text = clean_html(_page(pointer, closing)).text
    assert "https://" not in text
    assert text.endswith(closing)


def test_a_site_named_without_its_scheme_stays():
    line = "More pictures of the planned quarter are on www.example.de, the city's page for the project."
    assert clean_html(_page(line)).text.endswith(line)


def test_a_long_closing_paragraph_with_an_address_stays():
    line = " ".join(SENTENCES[:2]) + " The full plan, with maps of both banks, is at https://example.org/bridge."
    assert clean_html(_page(line)).text.endswith(line)


@pytest.mark.parametrize(("case_id", "pointer", "story"), [
    ("verfassungsblog_2019-07-13_the-first-decade__hd", "SUGGESTED CITATION", "Verfassungsblog"),
    ("siliconangle_2016-05-16_circleci-18-million-series-b__mtsc", "Featured image credit", "CircleCI"),
])
def test_a_dev_story_drops_its_closing_citation_or_credit(case_id, pointer, story):
    expected, doc = dev_page(case_id)
    assert pointer not in expected["body"]
    assert story in doc.text
    assert pointer not in doc.text
