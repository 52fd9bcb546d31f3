"""Issue 12 (round dumpsL262): text dumps of pages not in English, shapes read off the dev pages where the dump
cleaner does clearly worse than the HTML path."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "thanks"),
    [
        ("nzz_2019-05-17_fahrplan-zum-finale-grosse-koalition__sfm2a", "Vielen Dank für Ihre Anmeldung."),
        ("nzz_2019-05-17_fahrplan-zum-finale-grosse-koalition__sfm2a",
         "Vielen Dank für Ihre Registrierung. Sie haben jetzt den Aktivierungslink für Ihr NZZ-Konto per E-Mail erhalten."),
    ],
)
def test_site_thanking_the_reader_for_an_account_step_goes_from_a_german_dump(case_id, thanks):
    """The account or paywall dialog's courtesy line, copied among the story's lines, is no paragraph of it."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert thanks in [line.strip() for line in dump.splitlines()] and thanks not in body
    assert thanks not in text.split("\n\n")
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


@pytest.mark.parametrize(
    "thanks", ["Danke, dass Sie ZEIT ONLINE nutzen.", "Vielen Dank für Ihre Bewertung!", "Vielen Dank für Ihre Bestellung."]
)
def test_thanks_for_using_the_site_or_for_an_account_step_is_a_promotion(thanks):
    """ZEIT ONLINE's paywall line and Ruhr Nachrichten's rating widget, as NZZ's account dialog."""
    assert DUMP_PROMO_LINE.fullmatch(thanks)


def test_reader_thanking_the_author_in_a_comment_is_no_account_line():
    """A reader's thanks name the article, not an account step (netzpolitik's comment thread)."""
    assert not DUMP_PROMO_LINE.fullmatch("Vielen Dank für den gut recherchierten Artikel!")
    assert not DUMP_PROMO_LINE.fullmatch("Danke, dass ihr die Mühen dieser Recherche auf euch genommen habt!")
