"""Issue 12: a note about the author copied from a box above or beside a story is no paragraph of it (a note below the
story ends it: ``text_regions._before_author_note``)."""
from __future__ import annotations

import pytest

from extractors.clean import text_regions
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "note"),
    [
        # the author's box between the lead and the story: name, note, "Folgen Ich folge"
        ("faz_2023-04-28_49-euro-ticket-pendler__fundus",
         ("Redakteur in der Rhein-Main-Zeitung, verantwortlich für den Rhein-Main-Teil der Frankfurter Allgemeinen "
          "Sonntagszeitung.")),
        # the author's box right above the post
        ("verfassungsblog_2019-07-13_the-first-decade__hd",
         "Maximilian Steinbeis is a legal journalist and writer and the founder and chief editor of Verfassungsblog."),
    ],
)
def test_note_about_the_author_above_a_copied_story_goes(case_id, note):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert note in dump.splitlines() and note not in body
    assert note not in text.split("\n\n")
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


@pytest.mark.parametrize(
    ("case_id", "note"),
    [
        ("newyorker_2016-09-26_hacking-cryptography-quantum-computing__pl",
         "Alex Hutchinson is the author of “Endure: Mind, Body, and the Curiously Elastic Limits of Human Performance.”"),
        ("thefederalistpapers_2016-12-21_failure-public-schooling__pl",
         "Bushrod Washington is a political commentator and has over 15 years of journalism experience."),
        ("fastcompany_2017-01-09_only-five-email-folders__pl",
         "Zach Hanlon is a marketing and sales expert who has worked with IBM, Oracle, and other businesses"),
    ],
)
def test_note_naming_the_author_an_author_commentator_or_expert_under_a_copied_story_goes(case_id, note):
    """A note about the author under the story names their trade: besides reporters and writers, an author (The New
    Yorker, Phoronix), a producer (CBC), a commentator (The Federalist Papers), an expert (Fast Company)."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert note in dump and note not in body
    assert note not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5


@pytest.mark.parametrize(
    ("case_id", "note", "last"),
    [
        ("informationweek_2016-05-24_microsoft-affordable-access-startups__mtsc",
         "Kelly is an associate editor for InformationWeek.",
         "Additional resources like Safer Internet"),
        ("businessweek_2010-08-12_good-bad-economic-outlook__snk3",
         "Kisling is a reporter for Bloomberg News",
         "The bottom line: Wall Street equity strategists see a stock rally"),
    ],
)
def test_note_naming_its_author_by_one_name_ends_a_copied_story(case_id, note, last):
    """A note giving only the author's surname or first name, the title and the publication ("Kelly is an associate
    editor for InformationWeek.", "Kisling is a reporter for Bloomberg News .") closes the story as a full name's
    does; the story's paragraphs above it stay."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert note in dump and note not in body
    assert note not in text
    assert last in body and last in text


@pytest.mark.parametrize(
    ("case_id", "staff", "after"),
    [
        ("haber7-tr_2024-05-20_galatasaray-fenerbahce-title-odds__mgh2", "Sezer Yavuz Haber7.com - Spor Editörü",
         "Sezer Yavuz, 20 Şubat 1994'te İstanbul'da doğdu."),
        ("roskvartal_uo-sroki-otvetov-obrashcheniya__sfm",
         "Ксения Терлецкая Главный редактор интернет-службы «РосКвартал»",
         "Выберите почту, на которую вам удобно получать рассылку."),
    ],
)
def test_name_over_staff_title_under_a_copied_story_ends_it(case_id, staff, after):
    """An author box's name over the editor's title closes the story as a note does: what follows it (Haber7's editor's
    life, RosKvartal's newsletter box) goes with it."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert staff in dump and staff not in body and after in dump
    assert staff not in text and after[:30] not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5


@pytest.mark.parametrize(
    "line",
    [
        "Ahmet Yılmaz Haber7.com - Spor Editörü oldu.",  # a sentence
        "Главный редактор интернет-службы «РосКвартал»",  # a title with no name over it
        "Sezer Yavuz Haber7.com - Spor Muhabiri",  # no editor's title
    ],
)
def test_a_sentence_or_a_title_without_a_name_is_no_staff_line(line):
    assert not text_regions._is_staff_line(line)


def test_name_over_editor_title_is_a_staff_line():
    assert text_regions._is_staff_line("Ксения Терлецкая Главный редактор интернет-службы «РосКвартал»")


def test_a_product_used_by_journalists_is_no_note_about_the_author():
    """A note names one person's role: "Google Analytics is a tool used by many journalists and bloggers ..." opens a
    section of journalism.co.uk's list of tools, and the story ran on below it."""
    assert not text_regions.AUTHOR_NOTE.fullmatch(
        "Google Analytics is a tool used by many journalists and bloggers to analyse site traffic.")
    assert text_regions.AUTHOR_NOTE.fullmatch("Laura Jedeed is a freelance journalist based in New York.")


def test_copied_list_of_tools_keeps_its_sections_after_one_used_by_journalists():
    body, dump = copied_page("journalism-co-uk_2013-09-05_google-tools-for-journalists__epb")
    text = clean_dump(dump).text
    for line in ("13. Analytics", "15. Google Glass"):
        assert line in body and line in text.split("\n\n")


def test_note_naming_a_scholar_under_a_copied_story_goes():
    body, dump = copied_page("historytoday_2005_black-death-greatest-catastrophe__epb")
    note = "Ole J. Benedictow is Emeritus Professor of History at the Universtiy of Oslo, Norway."
    text = clean_dump(dump).text
    assert note in dump.splitlines() and note not in body
    assert note not in text and "This dramatic fall in Europe’s population" in text


@pytest.mark.parametrize(
    "line",
    [
        "Ole J. Benedictow is Emeritus Professor of History at the Universtiy of Oslo, Norway.",
        "Mamokete Modiba is a senior researcher with the Gauteng City-Region Observatory.",
    ],
)
def test_a_scholars_role_after_the_name_is_a_note_about_the_author(line):
    assert text_regions.AUTHOR_NOTE.fullmatch(line)
