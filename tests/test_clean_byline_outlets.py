"""An outlet's short name after a writer's in one byline is no second writer (``metadata.outlet_tails``), and a name
holding a company's legal form is an organisation (``metadata._legal_form``: FAZ, Der Standard).

The rule comes from dev pages of three publishers (the Chicago Sun-Times, inFranken, tagesschau); the real pages
here are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``), compared with the authors
their reference gives.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.metadata import outlet_tails
from tests.clean_helpers import dev_page

STORY = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))


@pytest.mark.parametrize(
    "value, tail",
    [("Chip Mitchell | WBEZ", "WBEZ"), ("Von Britta Schultejans, dpa", "dpa"),
     ("Von Benedikt Nabben und Sabina Wolf, br", "br")],
)
def test_an_acronym_after_a_writers_name_is_an_outlet(value, tail):
    assert outlet_tails([value]) == (tail,)


@pytest.mark.parametrize(
    "value",
    ["dpa", "Jane Roe, John Doe", "Jane Roe, Li", "Cher, ABC", "Jane Roe, Anadolu"],
)
def test_a_lone_acronym_a_second_name_or_an_acronym_after_one_word_is_no_outlet_tail(value):
    """A value holding only "dpa", a second person ("Li" is capitalised, not all capitals), an acronym after a
    one-word name, or an outlet written as a name stay for ``split_authors`` to judge."""
    assert outlet_tails([value]) == ()


def test_the_outlet_after_the_writer_goes_to_author_orgs():
    html = ("<html><head><meta name='parsely-author' content='Jane Roe | WBEZ'></head><body><article>"
            "<h1>Council funds the bridge</h1>" + STORY + "</article></body></html>")
    doc = clean_html(html)
    assert doc.authors == ("Jane Roe",)
    assert "WBEZ" in doc.author_orgs


@pytest.mark.parametrize(
    "case_id",
    [
        "suntimes_2023-12-22_chicago-police-fire-four-officers-watts__atf",  # parsely-author "Chip Mitchell | WBEZ"
        "infranken_2020-12-27_tatort-muenchen-leitmayr-batic__hd2",  # JSON-LD "Von Britta Schultejans, dpa"
        "tagesschau_2023-03-14_heizungsplaene-hausbesitzer-angst__fdh",  # "Von Benedikt Nabben und Sabina Wolf, br"
    ],
)
def test_dev_pages_credit_the_writers_without_their_outlet(case_id):
    expected, doc = dev_page(case_id, with_url=False)
    assert {a.casefold() for a in doc.authors} == {a.casefold() for a in expected["authors"]}


def test_a_name_holding_a_companys_legal_form_is_an_organisation():
    """"STANDARD Verlagsgesellschaft m.b.H." (Der Standard), "Frankfurter Allgemeine Zeitung GmbH" (FAZ): the author
    meta tag names the publishing company (``bylines.txt`` ``legal`` rows), matched as a word only."""
    from extractors.clean.metadata import split_authors

    names = ("STANDARD Verlagsgesellschaft m.b.H.", "Frankfurter Allgemeine Zeitung GmbH", "Jane Gmbhson")
    assert split_authors(names) == (("Jane Gmbhson",), names[:2])


def test_dev_der_standard_page_credits_the_writer_not_the_company():
    expected, doc = dev_page("derstandard_2016-02-01_maedchen-zentralmatura-englisch-schlecht__knl", with_url=False)
    assert set(doc.authors) == set(expected["authors"])


@pytest.mark.parametrize("name", ["The Worcester Telegram", "The Daily Journal", "The Washington Times"])
def test_a_name_opening_with_an_article_is_an_organisation(name):
    """telegram.com's JSON-LD ", The Worcester Telegram & Gazette", the Courier-Post's "The Daily Journal", the
    Washington Times' meta tag (``bylines.txt`` ``opener`` rows; round htmlM388)."""
    from extractors.clean.metadata import split_authors

    assert split_authors((name, "Jane Roe")) == (("Jane Roe",), (name,))


def test_the_alone_or_inside_a_name_leaves_a_person():
    from extractors.clean.metadata import split_authors

    assert split_authors(("Theo Walcott", "Anne The")) == (("Theo Walcott", "Anne The"), ())


def test_dev_telegram_page_credits_the_writer_not_the_paper_its_json_ld_names():
    expected, doc = dev_page("telegram_2023-12-22_groton-police-dog-bane-hit-and-run__atf2", with_url=False)
    assert {a.casefold() for a in doc.authors} == {a.casefold() for a in expected["authors"]}
