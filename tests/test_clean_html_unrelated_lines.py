"""Short lines set into an HTML story that share none of its words (issue 12, round html40): the text dumps' rule
(``text_regions.drop_unrelated_lines``) on a page's paragraphs, sparing what the page sets apart as a subheading, its
standfirst or an item (``html.without_unrelated_lines``). The real pages are dev pages of ``benchmarks/corpus``
(provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def page(line: str) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES[:2]) + line + "".join(
        f"<p>{sentence}</p>" for sentence in SENTENCES[2:])
    return f"<html><head><title>Bridge vote</title></head><body><article>{story}</article></body></html>"


@pytest.mark.parametrize("line", ["Chuck Burton/AP", "Personen-Box aufklappen Personen-Box zuklappen", "Guy Benson"])
def test_short_line_sharing_no_word_with_the_story_goes(line):
    doc = clean_html(page(f"<div>{line}</div>"))
    assert doc.text.split("\n\n") == list(SENTENCES)


@pytest.mark.parametrize(
    ("block", "line"),
    [
        ("<h2>Calibration conundrum</h2>", "Calibration conundrum"),  # a heading
        ("<p><strong>Calibration conundrum</strong></p>", "Calibration conundrum"),  # a paragraph wholly in bold
        ("<ul><li>Ferry timetable</li><li>Toll plaza</li><li>Cycle lane</li></ul>", "Toll plaza"),  # a list's items
    ],
)
def test_line_the_page_sets_apart_stays_though_it_shares_no_word(block, line):
    assert line in clean_html(page(block)).text.split("\n\n")


def test_line_after_a_heading_in_the_heading_s_box_is_not_set_apart():
    # a related story's card: its linked title goes as a link, the author's name under it is the box's text, not the
    # heading's (La Vanguardia's "Lee también" cards inside the story)
    card = "<div><h2><a href='/other'>Piso promesa</a></h2><span>Silvia Angulo</span></div>"
    assert clean_html(page(card)).text.split("\n\n") == list(SENTENCES)


def test_line_in_the_story_s_words_stays():
    line = "What the bridge means for the river"
    assert line in clean_html(page(f"<p>{line}</p>")).text.split("\n\n")


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        ("npr_2016-12-15_jury-finds-dylann-roof__pl", "Chuck Burton/AP"),
        ("eonline_2016-12-12_ryan-gosling-fatherhood__pl", "Craig McDean/GQ"),
        ("registerguard_2020-04-13_second-suspect-shooting-turns-himself-in__hd4",
         "Tatiana Parafiniuk-Talesnick @TatianaSophiaPT"),
        ("lavanguardia_2024-10-15_catalunya-dara-ayudas-jovenes__fdh", "Silvia Angulo"),
        ("lavanguardia_2024-10-07_israel-dividido-acelera-guerra__fdh", "Ramon Aymerich"),
    ],
)
def test_unrelated_line_leaves_real_pages(case_id, line):
    expected, doc = dev_page(case_id)
    assert line not in expected["body"] and line not in doc.text.split("\n\n")


@pytest.mark.parametrize(
    ("case_id", "subheading"),
    [
        ("mit_2011-07-08_improving-recommendation-systems__pyr", "Calibration conundrum"),
        ("newyorker_2019-05-10_teas-get-rid-of__pl2", "Loose-Leaf Black Tea Inside a Baggy"),
    ],
)
def test_bold_subheading_in_other_words_stays_on_real_pages(case_id, subheading):
    expected, doc = dev_page(case_id)
    assert subheading in expected["body"] and subheading in doc.text.split("\n\n")
