"""A German comment form's log-in call and its closed notice are furniture under the story, not its text.

Beside the form headings and log-in notices already known (``test_clean_comment_form_notices``), three dev
publishers keep form words in plain paragraphs their references leave out: the log-in link "hier klicken um sich
einzuloggen" (goodform), "Melden Sie sich hier an, um auf Kommentare und die Whitepaper-Datenbank zugreifen zu
können." (ChannelPartner) and "Kommentarfunktion ist geschlossen." (ldt; the same notice closes the WordPress post
notes of pbrunst and Israel Nachrichten). ``PROMO_LINE`` (``data/de/promo_lines.txt``) drops them. A story sentence
about a closed office or about logging in is no such notice.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "notice", "story"), [
    ("goodform_2018-06-27_schattiges-plaetzchen__hd", "um sich einzuloggen", "Sonnenschirm"),
    ("channelpartner_2019-04-03_sieben-berufe-zukunft__hd", "um auf Kommentare und die Whitepaper", "Data Scientist"),
    ("ldt_2017-08-08_fall-in-love-with-black__hd", "Kommentarfunktion ist geschlossen", "Schwarz"),
])
def test_a_dev_story_drops_its_comment_forms_log_in_call_or_closed_notice(case_id, notice, story):
    expected, doc = dev_page(case_id)
    assert notice not in expected["body"]
    assert story in doc.text
    assert notice not in doc.text


@pytest.mark.parametrize("line", [
    "Die Kommentare der Zuschauer sind geschlossen positiv ausgefallen, sagte der Intendant.",
    "Melden Sie sich bis Freitag an, um einen Platz im Kurs zu bekommen.",
])
def test_a_story_sentence_about_comments_or_signing_up_is_no_notice(line):
    assert not PROMO_LINE.fullmatch(line)
