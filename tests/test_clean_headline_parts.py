"""A kicker and headline set as lines over an HTML story, splitting a declared title, are the title, not story.

The cleaner drops the ``<h1>`` and a line equal to the chosen title; pages that set the kicker and the headline as two
other elements kept them: "Nach erneuter Kritik an Papst Leo" / "Trump postet schon wieder Jesus-KI-Foto" under an
og:title joining the two with a colon (t-online), "Im Gespräch: Umweltaktivist Stewart Brand" (FAZ), "Superbugs: What
They Are and How You Get Them" (WebMD, its ``<title>``). Their dev references leave them out.
``text._is_headline_part`` reads the page's declared titles (``Metadata.headlines``); a sentence opening the story,
and junge Welt's standfirst declared as JSON-LD alternativeHeadline, stay.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "lines", "story"), [
    ("tonline_2026-04-15_trump-postet-schon-wieder__fundus",
     ("Nach erneuter Kritik an Papst Leo", "Trump postet schon wieder Jesus-KI-Foto"), "Fotomontage"),
    ("faz_2011-04-09_stewart-brand-interview__snk", ("Im Gespräch: Umweltaktivist Stewart Brand",), "Fukushima"),
    ("webmd_superbugs__moz", ("Superbugs: What They Are and How You Get Them",), "antibiotic"),
])
def test_a_dev_story_drops_the_kicker_and_headline_of_its_declared_title(case_id, lines, story):
    expected, doc = dev_page(case_id)
    assert story in doc.text
    paragraphs = doc.text.split("\n\n")
    for line in lines:
        assert line not in expected["body"].split("\n")
        assert line not in paragraphs


def test_a_standfirst_declared_as_alternative_headline_stays():
    expected, doc = dev_page("jungewelt_2026-05-17_kenia-nairobi-unten__fundus")
    standfirst = expected["body"].split("\n")[0]
    assert standfirst.startswith("Kenia: Parallel zum")
    assert doc.text.startswith(standfirst)


def test_a_sentence_opening_the_story_that_repeats_the_title_stays():
    head = "<title>Council: The council votes for the bridge.</title><meta property='og:title' content='Council votes'>"
    page = (f"<html><head>{head}</head><body><article><p>The council votes for the bridge.</p>"
            + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</article></body></html>")
    assert clean_html(page).text.startswith("The council votes for the bridge.")


@pytest.mark.parametrize(("case_id", "line", "story"), [
    ("usatoday_2010-08-18_gm-files-for-ipo-taxpayers__snk2", "GM files for IPO, but are taxpayers still on the hook?",
     "General Motors"),
    ("usatoday_2010-08-18_brett-favre-super-bowl-return__snk2",
     "Brett Favre says he couldn't give up on one more chance to win the Super Bowl with Vikings", "Favre"),
    ("tagesanzeiger_2023-07-01_chiesa-ruft-zum-politischen__fundus",
     "SVP-Sonderparteitag zur MigrationChiesa ruft zum «politischen Widerstand» gegen die Schweizer Asylpolitik auf",
     "Chiesa"),
])
def test_a_dev_story_drops_a_declared_headline_repeated_whole_over_it(case_id, line, story):
    """Whole, a declared headline is dropped however long or whatever its end mark: before the site's name in
    ``<title>`` (USA Today's blogs), or with its kicker glued to it (the Tages-Anzeiger)."""
    expected, doc = dev_page(case_id)
    assert line not in expected["body"].split("\n")
    assert story in doc.text
    assert line not in doc.text.split("\n\n")


def test_a_question_opening_the_story_that_only_starts_the_title_stays():
    """A line is the headline only when the title goes on with the site's name after it, not with more words."""
    head = "<title>Are taxpayers still on the hook? Analysts say yes - Drive On</title>"
    page = (f"<html><head>{head}</head><body><article><p>Are taxpayers still on the hook?</p>"
            + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</article></body></html>")
    assert clean_html(page).text.startswith("Are taxpayers still on the hook?")
