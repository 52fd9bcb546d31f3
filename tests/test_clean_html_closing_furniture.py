"""Furniture closing an HTML story, judged as a text dump's lines are (issue 12, html20).

- A promotion first read off text dumps (``text_regions.DUMP_PROMO_LINE``, ``data/<language>/dump_promo_lines.txt``) goes from
  a page too when the page sets it as a paragraph of the story: KUT's donation plea, The Economic Times' subscription
  pitch, Le Monde's newsletter note, Hardwareluxx's video consent note, WELT's correspondent box.
- A short line closing the story without ending a sentence is a leftover label up to six words, the length a text
  dump's trailing lines are judged at (``text.TRAILING_LABEL_WORDS``): "See photos from this story:" (AOL), "Please
  follow and like us:" (RNA News), "Youtube Videos ab jetzt direkt anzeigen" (Hardwareluxx).
- A date line between the story's paragraphs goes, as from a text dump (``text._is_date_line``): an embedded post's
  stamp ("Ein Beitrag geteilt von ... am Jun 17, 2019 um 12:17 PDT", Wunderweib), a print edition's line ("Aus:
  Ausgabe vom 26.04.2024, Seite 1 / Titel", junge Welt), a header's "Datum: 22.12.2012, Rubrik: USA"
  (tagesausblick); a list's or table's item stays (a programme's dates and times are the story's).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES


def _page(*lines: str) -> str:
    return ("<html><body><article>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
            + "".join(f"<p>{line}</p>" for line in lines) + "</article></body></html>")


@pytest.mark.parametrize("line", [
    ("If you found the reporting above valuable, please consider making a donation to support it. Your gift pays for "
     "everything you find on our site."),
    "Subscribe to The Economic Times Prime and read the ET ePaper online.",
    "An dieser Stelle möchten wir Ihnen ein Youtube-Video zeigen. Ihre Daten zu schützen, liegt uns aber am Herzen.",
])
def test_a_promotion_set_inside_the_story_goes_from_the_page(line):
    closing = "The council will vote on the final plan in the spring, the mayor said on Tuesday."
    text = clean_html(_page(line, closing)).text
    assert line not in text
    assert text.endswith(closing)


def test_a_story_sentence_naming_a_donation_stays():
    line = "The museum said the donation of 40 paintings was the largest gift it had received in decades."
    assert clean_html(_page(line)).text.endswith(line)


@pytest.mark.parametrize("label", [
    "See photos from this story:",
    "Please follow and like us:",
    "Youtube Videos ab jetzt direkt anzeigen",
])
def test_a_closing_label_of_up_to_six_words_goes(label):
    assert clean_html(_page(label)).text.endswith(SENTENCES[-1])


def test_a_closing_label_of_seven_words_stays():
    label = "Read the full report of the council"  # the story's words: an unrelated line goes anywhere
    assert clean_html(_page(label)).text.endswith(label)


def test_a_short_closing_sentence_stays():
    line = "Nobody was hurt in the fire."
    assert clean_html(_page(line)).text.endswith(line)


@pytest.mark.parametrize("line", [
    "Ein Beitrag geteilt von Jane Roe (@janeroe) am Jun 17, 2019 um 12:17 PDT",
    "Aus: Ausgabe vom 26.04.2024, Seite 1 / Titel",
])
def test_a_date_line_inside_the_story_goes_from_the_page(line):
    closing = "The council will vote on the final plan in the spring, the mayor said on Tuesday."
    text = clean_html(_page(line, closing)).text
    assert line not in text
    assert text.startswith(SENTENCES[0]) and text.endswith(closing)


def test_a_list_item_giving_a_date_and_time_stays():
    item = "Saturday, May 4, 2024, 19:30: opening concert in the town hall"
    page = _page().replace("</article>", f"<ul><li>{item}</li><li>Sunday: closing walk</li></ul></article>")
    assert item in clean_html(page).text
