"""Issue 12: lines of pages copied as text that the dump cleaner lost or kept, from dev misses (fragments of dev pages
or our own wording in their shape)."""
from __future__ import annotations

import pytest

from extractors.clean import text_regions, widgets
from tests.test_clean_text import clean_dump, paragraphs

PARAGRAPH_OF_50_WORDS = " ".join(["The council met again on Tuesday and the mayor spoke about the bridge."] * 4)


@pytest.mark.parametrize(
    "line",
    [
        # author's initials closing the last paragraph (Merkur, Freie Presse, heise, Libération)
        "Ob sich seine Vorhersagen bestätigen, wird Reading aber nicht mehr erfahren. Der Autor ist 2017 verstorben. (nz)",
        "Los geht es am Freitag um 17 Uhr. Der Eintritt zum Hutfestival ist frei. (kas)",
        "The trailer above gives away nearly every action scene of the film, so watch it with care. (A.H.)",
        # a sentence in brackets (Salon, Het Nieuwsblad)
        "Uber slashes drivers' rates, while claiming they don't need to unionize. (The Teamsters disagree.)",
        "De overstromingen in Wallonië grijpen haar zwaar aan. (Tekst gaat verder onder de foto.)",
        # "File-" as a word, not the agencies' "FILE - " caption opening (Android Developers Blog)
        "File-by-File patching is based on detecting changes in the uncompressed data of the two files.",
    ],
)
def test_paragraph_closing_with_initials_or_a_bracketed_sentence_is_no_caption(line):
    assert not widgets.is_caption_line(line)


@pytest.mark.parametrize(
    "caption",
    [
        "Police stand guard outside the court on Monday. (AFP)",
        "Hamas leader Yahya Sinwar speaks at his office in Gaza City in April 2022. (Adel Hana/The Associated Press)",
        "FILE - Protesters gather outside the parliament building in the capital on Monday.",
    ],
)
def test_captions_closing_with_a_named_credit_stay_captions(caption):
    assert widgets.is_caption_line(caption)


def test_signed_last_paragraph_of_a_copied_story_stays_in_its_body():
    story = paragraphs(5, "Cost")
    signed = "The festival opens on Friday at five, and entry to all three days of the hat festival is free. (kas)"
    text = clean_dump("\n".join(["Menu", "Hat festival returns", *story, signed, "Share", "Contact us"])).text
    assert text.split("\n\n") == [*story, signed]


def test_list_a_sentence_introduces_does_not_cut_a_copied_story():
    """A list copied a line per item without its bullets (the BBC, Fox Business): its items are short lines that
    would otherwise make a run of furniture and split the story, losing its first paragraphs."""
    first, rest = paragraphs(3, "Cost"), paragraphs(8, "Timetable")
    intro = "In a long interview on Friday, the mayor also said:"
    items = ["The bridge must be finished before the winter", "Tolls will not rise next year",
             "The old ferry will keep running on weekends", "Cyclists get their own lane",
             "The river path reopens in May", "Read the full transcript of the interview"]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *first, intro, *items, *rest, "Share"])).text
    assert text.split("\n\n") == [*first, intro, *items, *rest]


def test_label_with_a_colon_over_a_byline_box_is_no_list():
    lines = ["Author of the article:", "Jane Roe", "Published May 7, 2025", "Join the conversation",
             *paragraphs(4, "Cost")]
    assert not text_regions.list_items(lines)


def test_footer_of_sites_with_blurbs_is_not_taken_for_a_short_story():
    """The Yomiuri's footer lists the group's sites, each a name and a one-sentence blurb: more prose than its short
    story, but no paragraph follows another."""
    story = paragraphs(5, "Cost")
    sites = [line for i in range(40) for line in (f"Group site {i}", f"Site {i} gathers the group's reviews of "
                                                  f"concerts, films and plays across the whole country every week.")]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, "Share", "Print", "Save", "Login", "Register",
                                 "Our sites", *sites, "Contact us"])).text
    assert text.split("\n\n") == story


def test_a_story_of_short_paragraphs_under_subheadings_is_no_rail():
    lines = [line for i in range(6) for line in (f"Part {i}", PARAGRAPH_OF_50_WORDS)]
    region = text_regions.Region(0, len(lines), 300.0)
    assert not text_regions._is_rail(lines, region, frozenset())
