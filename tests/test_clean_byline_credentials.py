"""Degrees and licences after a writer's name are cut off the name, and a byline part that is only credentials is no
name and no organisation (``metadata._without_credentials``, ``bylines.txt`` ``credential`` rows; round htmlM388).

The shape comes from dev pages of three publishers: Health ("Lauren Manaker MS, RDN, LD"), WebMD ("Brenda Goodman,
MA"), Psychology Today ("Mariana Bockarova, Ph.D."); the real page here is a dev page of ``benchmarks/corpus``
(provenance and licences in its ``SOURCES.md``), compared with the authors its reference gives. Also: a name before a
spaced dash leaves the city, outlet or job after it (``metadata._before_dash``: Alyaum, detik, NRK).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.metadata import _without_credentials, clean_authors, outlet_tails
from tests.clean_helpers import dev_page

STORY = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))


@pytest.mark.parametrize(
    "value, names",
    [("Lauren Manaker MS, RDN, LD", ("Lauren Manaker",)), ("Brenda Goodman, MA", ("Brenda Goodman",)),
     ("Mariana Bockarova, Ph.D.", ("Mariana Bockarova",)), ("Jane Roe MS and John Doe, MA", ("Jane Roe", "John Doe"))],
)
def test_credentials_after_a_name_are_cut_off_it(value, names):
    assert _without_credentials(clean_authors([value])) == names


@pytest.mark.parametrize("value", ["Jack Ma", "JACK MA", "Jane Ms Roe", "Roe MS"])
def test_a_credential_written_as_a_names_word_or_in_an_all_capitals_name_stays(value):
    """"Ma" and "Ms" written as a name's words, a name all in capitals, a two-word name (nothing would be left of it
    but one word) keep their words."""
    assert _without_credentials((value,)) == (value,)


def test_credentials_are_no_outlet():
    assert outlet_tails(["Lauren Manaker MS, RDN, LD"]) == ()


def test_the_declared_writer_is_credited_without_credentials():
    html = ("<html><head><meta name='sailthru.author' content='Jane Roe MS, RDN, LD'></head><body><article>"
            "<h1>Council funds the bridge</h1>" + STORY + "</article></body></html>")
    doc = clean_html(html)
    assert doc.authors == ("Jane Roe",)
    assert not {"RDN", "LD", "MS"} & set(doc.author_orgs)


def test_dev_health_page_credits_the_dietitian_without_her_credentials():
    expected, doc = dev_page("health_2023-12-01_swap-meat-with-plant-protein-heart-health__atf3", with_url=False)
    assert {a.casefold() for a in doc.authors} == {a.casefold() for a in expected["authors"]}


@pytest.mark.parametrize(
    "name, head",
    [("حسام أبو العلا - القاهرة", "حسام أبو العلا"), ("Herdi Alif Al Hikam - detikFinance", "Herdi Alif Al Hikam"),
     ("Einar Torkelsen – Journalist", "Einar Torkelsen")],
)
def test_a_name_before_a_spaced_dash_leaves_the_city_outlet_or_job_after_it(name, head):
    """Alyaum's JSON-LD (the city), detik's author element (the desk), NRK's (the job): ``metadata._before_dash``."""
    from extractors.clean.metadata import _before_dash

    assert _before_dash(name) == head


@pytest.mark.parametrize(
    "name", ["Zone Politique - ICI.Radio-Canada.ca", "faits divers - ICI.Radio-Canada.ca", "Cher - Paris",
             "Jean-Luc Picard", "Jane Roe"],
)
def test_a_desk_before_a_web_address_a_lower_case_or_one_word_head_or_a_hyphenated_name_stays_whole(name):
    from extractors.clean.metadata import _before_dash

    assert _before_dash(name) == name


def test_dev_alyaum_page_credits_the_writer_without_his_city():
    expected, doc = dev_page("alyaum_2020-12-01_tehran-tadfin-zadeh-muarada__hd4", with_url=False)
    assert {a.casefold() for a in doc.authors} == {a.casefold() for a in expected["authors"]}
