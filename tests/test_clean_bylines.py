"""Byline reading (issue 12): names joined in other languages, sites credited as authors, schema.org name parts.

Each rule comes from dev pages of two publishers at least (named in the data files and docstrings);
the real pages here are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.clean.document import clean_html
from extractors.clean.metadata import clean_authors, split_authors
from tests.clean_helpers import dev_page

STORY = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))


def _dev_page(case_id: str):
    return dev_page(case_id, with_url=False)


def page(head: str = "") -> str:
    return f"<html><head><title>Bridge vote</title>{head}</head><body><article><h1>Bridge vote</h1>{STORY}</article></body></html>"


def ld(**article) -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@type': 'NewsArticle', 'headline': 'Bridge vote', **article})}</script>"


@pytest.mark.parametrize(
    "case_id",
    ["bsz_2024-05-16_fury-usyk-kampfen-um__fundus", "jungewelt_2026-05-17_kenia-nairobi-unten__fundus",
     "srf_2025-01-05_drusen-fordern-teilhabe-statt__fundus"],
)
def test_names_joined_by_und_are_two_authors_on_real_pages(case_id):
    """Each name the reference credits is a person of the record or, an agency after the writers ("Felix Schröder und
    Jörg Soldwisch, dpa" on bsz: ``metadata.outlet_tails``, round htmlM376), one of its ``author_orgs``."""
    expected, doc = _dev_page(case_id)
    assert set(doc.authors) | (set(expected["authors"]) & set(doc.author_orgs)) == set(expected["authors"])
    assert len(doc.authors) >= 2


def test_names_joined_by_a_joiner_of_any_listed_language_are_split():
    assert clean_authors(["Felix Schröder und Jörg Soldwisch", "Jane Roe and John Doe"]) == (
        "Felix Schröder", "Jörg Soldwisch", "Jane Roe", "John Doe")
    assert clean_authors(["Rosamund Pike"]) == ("Rosamund Pike",)  # "und" inside a word is no joiner


def test_a_byline_label_without_a_name_is_no_author():
    assert clean_authors(["Von", "By:", "par"]) == ()


def test_a_name_holding_a_web_address_or_an_organisation_word_is_an_organisation():
    persons, orgs = split_authors(("mdr.de", "Deutsche Welle (www.dw.com)", "BR24 Redaktion", "Salzburger Nachrichten",
                                   "Jane Roe", "Jane Roe M.Sc"))
    assert persons == ("Jane Roe", "Jane Roe M.Sc")
    assert orgs == ("mdr.de", "Deutsche Welle (www.dw.com)", "BR24 Redaktion", "Salzburger Nachrichten")


def test_a_meta_author_the_json_ld_declares_an_organisation_is_one():
    head = ld(author={"@type": "Organization", "name": "Bugle Kettle"}) + "<meta name='author' content='Bugle Kettle'>"
    doc = clean_html(page(head))
    assert doc.authors == () and doc.author_orgs == ("Bugle Kettle",)


def test_a_writer_typed_both_person_and_organisation_is_a_person():
    doc = clean_html(page(ld(author=[{"@type": ["Person", "Organization"], "name": "Kyle Roe"}])))
    assert doc.authors == ("Kyle Roe",) and doc.author_orgs == ()


def test_a_person_stated_as_given_and_family_name_is_an_author():
    author = [{"@type": "Person", "givenName": "Anna Giulia", "familyName": "Fink"},
              {"@type": "Person", "givenName": "Birgit", "familyName": "Baumann"}]
    assert clean_html(page(ld(author=author))).authors == ("Anna Giulia Fink", "Birgit Baumann")


def test_given_and_family_names_on_a_real_page():
    expected, doc = _dev_page("derstandard_2024-05-03_nach-kalifat-rufen-hamburg__fundus")
    assert set(doc.authors) == set(expected["authors"])


def test_benchmark_byline_score_counts_credited_organisations_with_persons():
    from benchmarks.extraction import Case, ToolRun, score_metadata

    cases = [Case("a", Path("a.html"), "x", (), (), authors=("Jane Roe", "AFP")),
             Case("b", Path("b.html"), "x", (), (), authors=("ndr.de",))]
    run = ToolRun("newsfacts", {}, {}, {"a": {"authors": ["Jane Roe"], "author_orgs": ["AFP"]},
                                        "b": {"authors": ["ndr.de"], "author_orgs": []}}, 0.0)
    scores = score_metadata(run, cases)
    assert scores["authors"] == (1, 2) and scores["byline"] == (2, 2)


def test_an_organisation_of_an_earlier_source_is_kept_when_a_later_one_names_the_persons():
    html = page("<meta name='author' content='bugle.de'>").replace(
        "<h1>Bridge vote</h1>", "<h1>Bridge vote</h1><span class='byline'>By Jane Roe</span>")
    doc = clean_html(html)
    assert doc.authors == ("Jane Roe",) and doc.author_orgs == ("bugle.de",)


def test_names_joined_by_et_are_two_authors():
    assert clean_authors(["Alexandre Hervaud et Jérémy Piette"]) == ("Alexandre Hervaud", "Jérémy Piette")


def test_an_organisation_spelled_two_ways_is_credited_once():
    head = ld(author={"@type": "Organization", "name": "ndr.de"}) + "<meta name='author' content='NDR.de'>"
    assert clean_html(page(head)).author_orgs == ("ndr.de",)


def test_a_posted_by_label_is_no_part_of_the_name():
    """"Posted by" opens a blog's byline as "By" does (Global Voices, pinegrosbiik): the label goes, the name stays;
    the label alone is no author."""
    assert clean_authors(["Posted by Elia Varela Serra", "Posted by: Jane Roe"]) == ("Elia Varela Serra", "Jane Roe")
    assert clean_authors(["Posted by"]) == ()


@pytest.mark.parametrize(
    "case_id",
    ["globalvoicesonline_2009-06-08_gabon-president-omar-bongo-death__mcb",
     "globalvoicesonline_2009-06-09_north-korea-journalists-hard-labor__mcb"],
)
def test_a_posted_by_byline_on_a_real_page_gives_the_name(case_id):
    expected, doc = _dev_page(case_id)
    assert doc.authors == tuple(expected["authors"])


def test_a_label_opening_a_sentence_of_prose_gives_no_writer():
    """"by Randall Kennedy." in a comment (Boing Boing), ", by Gurkenglas. It is brief ..." in the story (LessWrong):
    a word closing on a full stop after the label ends a sentence, so the label opens prose, not a byline; an initial's
    full stop stays ("By Nelson C.J.")."""
    story = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))
    for node, expected in (("by Jane Roe. It was brief", ()), ("by Jane Roe.", ()), ("By Nelson C.J.", ("Nelson C.J.",))):
        html = (f"<html><body><article><h1>Council funds the bridge</h1>{story}<p>The essay was written, "
                f"<em>{node}</em></p></article></body></html>")
        assert clean_html(html).authors == expected, node


@pytest.mark.parametrize(
    "case_id, wrong",
    [("boingboing_2010-08-18_dr-laura-first-amendment__snk3", "Randall Kennedy"),
     ("lesswrong_2022-09-02_simulators__dfd", "Gurkenglas. It")],
)
def test_dev_pages_name_no_one_a_sentence_credits(case_id, wrong):
    _, doc = dev_page(case_id, with_url=False)
    assert wrong not in doc.authors
