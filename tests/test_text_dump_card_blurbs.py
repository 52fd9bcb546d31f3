"""Issue 12: the one-sentence blurb under a teaser card's headline set inside a copied story leaves with the headline
(``extractors.clean.card_blurbs``); the story's own standfirst under its doubled or dated headline stays."""
from __future__ import annotations

from tests.test_clean_text import clean_dump, copied_page, paragraphs

CARD = ["09.03.2023", "Pläne für Energiewende Habeck verspricht Milliarden für neue Heizungen",
        "Mit dem Ausbau erneuerbarer Energien will Wirtschaftsminister Habeck dem Klimawandel entgegenwirken."]


def test_dated_card_blurb_between_paragraphs_leaves_the_story():
    """tagesschau's card: its date, its headline (which ``dated_teasers`` took) and a one-sentence blurb, over the
    story's next subheading."""
    story = paragraphs(6, "Heizung")
    dump = "\n".join(["Menü", "Bei vielen Hausbesitzern geht die Angst um", *story[:2], *CARD,
                      "Geplantes Verbot von Gasheizungen", *story[2:], "Impressum"])
    text = clean_dump(dump).text
    assert CARD[2] not in text
    assert all(para in text for para in story)


def test_standfirst_under_the_story_headline_stays():
    """A date over the story's own headline over its standfirst, no paragraph of the story above them."""
    story = paragraphs(6, "Heizung")
    standfirst = "Ab 2024 sollen keine neuen Öl- und Gasheizungen mehr eingebaut werden dürfen, sagt die Regierung."
    dump = "\n".join(["Menü", "14.03.2023", "Habecks Heizungspläne verunsichern viele Hausbesitzer", standfirst,
                      "Von Benedikt Nabben", *story, "Impressum"])
    assert standfirst in clean_dump(dump).text


def test_card_blurbs_on_dev_pages_leave_and_the_story_stays():
    """tagesschau's four dated cards; MDR's audio box, "Audio ..." over its headline printed again, the blurb and
    the broadcast line."""
    body, dump = copied_page("tagesschau_2023-03-14_heizungsplaene-hausbesitzer-angst__fdh")
    text = clean_dump(dump).text
    assert CARD[2] in dump and CARD[2] not in text
    assert "Wie Bolte fragen sich derzeit Millionen Immobilienbesitzer" in text
    body, dump = copied_page("mdr_2023-03-14_gruene-kritik-haushalt-kontrolle__fdh")
    blurb = "Sachsen-Anhalts Grüne haben das Verfahren zur Aufstellung des Haushalts für 2023 kritisiert."
    text = clean_dump(dump).text
    assert blurb in dump and blurb not in body and blurb not in text
    assert "Die Kontrolle \"ist bei dem Verfahren nicht mehr möglich\"" in text
