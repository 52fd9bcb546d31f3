"""Issue 12: a photo's credit copied alone under its caption as the photographer's name and a wire or photo agency
after a slash ("Spencer Platt/Getty Images" on Slate and The New Republic, "Khalil Ashaw / Reuters" on the NZZ,
"Evan Vucci/AP Photo" on ABC News) marks the caption above it, which goes with it from a text dump
(``data/en/photo_credits.txt``, ``text_regions.captions_above_credits``). A French caption copied with its credit at
its end ("... (Photo : Frank Jr Rodi)" on Versants, "... Photo VM /Eric NURDIN" on Vosges Matin, "... (Crédit : DR)"
on We Demain, "... Crédits photo : Jean-Christophe MARMARA/Le Figaro" on Le Figaro) is a caption
(``data/fr/caption_credits.txt``, ``text_regions.is_credited_caption``)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PHOTO_CREDIT, is_credited_caption
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page

STORY = list(DUMP_STORY)
CAPTION = "Council members listen to residents during the budget hearing at City Hall on Tuesday evening."


@pytest.mark.parametrize("credit", ["Spencer Platt/Getty Images", "Khalil Ashaw / Reuters", "Evan Vucci/AP Photo"])
def test_caption_above_a_name_and_agency_credit_goes(credit):
    dump = "\n\n".join(["Council passes budget after long night", *STORY[:2], CAPTION, credit, *STORY[2:]]) + "\n"
    text = clean_dump(dump).text
    assert CAPTION not in text and credit not in text
    assert all(paragraph in text for paragraph in STORY)


@pytest.mark.parametrize("line", ["Firm Chop / Crud", "Sign In/Sign Up", "High Schools / Preps", "Jane Doe/John Smith"])
def test_slashed_labels_without_an_agency_are_no_credit(line):
    """A table's row label, a menu's pair of links or two names are no credit: the agency names it."""
    assert not PHOTO_CREDIT.fullmatch(line)


@pytest.mark.parametrize(
    "caption",
    [
        "C'est à Sainte-Julie que les bénévoles se retrouveront dès le 29 novembre. (Photo : Frank Jr Rodi)",
        "Les 5 habitants sont parvenus à s’extraire de la maison et seront relogés par la mairie. Photo VM /Eric NURDIN",
    ],
)
def test_french_caption_closed_by_its_photo_credit_is_a_caption(caption):
    """French spacing sets a space before the credit's colon; a regional paper signs "Photo" with its initials."""
    assert is_credited_caption(caption)


def test_french_sentence_naming_a_photo_is_no_caption():
    assert not is_credited_caption("Le maire a montré la photo aux journalistes présents dans la salle du conseil.")


def test_caption_closed_by_the_aps_photo_credit_is_a_caption():
    """"AP Photo/" and its photographer, an initial among the names (nine.com.au's caption), close a caption; a story's
    sentence naming the AP closes on no photographer."""
    assert is_credited_caption(
        "Trump had pledged a huge crackdown on unauthorised migrants entering the country AP Photo/Edgar H. Clemente")
    assert not is_credited_caption("The FBI said it had spoken to the AP about the leak.")


@pytest.mark.parametrize(
    "caption",
    [
        "La baie de San Francisco (Crédit : Paul.h/ Wikimedia Commons)",  # We Demain
        "Flyer des pourfendeurs de la mesure AA (Crédit : DR)",  # We Demain
        "Arnaud Montebourg, ministre du Redressement productif Crédits photo : Jean-Christophe MARMARA/Le Figaro",
    ],
)
def test_french_caption_closed_by_a_credit_labelled_credit_is_a_caption(caption):
    """We Demain brackets its credit after "Crédit :", Le Figaro labels it "Crédits photo :"."""
    assert is_credited_caption(caption)


def test_french_sentence_about_a_loan_is_no_caption():
    """The label is capitalised, in brackets or before "photo": a sentence's "un crédit :" introduces its terms."""
    assert not is_credited_caption("La banque a accordé à la commune un crédit : il sera remboursé sur vingt ans.")


def test_copied_dev_story_drops_its_captions_credited_in_brackets():
    body, dump = copied_page("wedemain_2016-06-09_san-francisco-taxe-baie__epb")
    caption = "La crue de la Seine à Paris, en juin 2016 (Crédit : p.guayacan/FlickR)"
    text = clean_dump(dump).text
    assert caption in dump and caption not in body and caption not in text
