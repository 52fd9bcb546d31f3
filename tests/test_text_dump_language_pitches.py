"""Issue 12 (dumpsL318): house pitches in languages other than English go from a text dump.

Each pattern lives in ``data/<language>/dump_promo_lines.txt`` (``text_regions.DUMP_PROMO_LINE``) and is read off
dev pages of at least two publishers of its language; a story's own sentence on the same subject stays.
"""
from __future__ import annotations

from extractors.clean.text_regions import DUMP_PROMO_LINE
from tests.test_clean_text import clean_dump, copied_page


def test_german_plea_for_support_of_the_sites_journalism_goes_from_a_copied_story():
    body, dump = copied_page("netzpolitikorg_2024-04-28_breakpoint-hilfe-fundis-kommen__fundus")
    plea = "Dabei sind wir vollkommen unabhängig."
    assert plea in dump and plea not in body
    text = clean_dump(dump).text
    assert plea not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5  # the story itself is read


def test_german_pleas_of_two_more_publishers_are_pitches_and_a_story_sentence_about_support_is_none():
    assert DUMP_PROMO_LINE.fullmatch("Unabhängiger Journalismus braucht deine Unterstützung.")
    assert DUMP_PROMO_LINE.fullmatch("Sie haben kein aktives Abo Unterstützen Sie Qualitätsjournalismus und erhalten "
                                     "Sie Zugriff auf alle Inhalte. Abo abschliessen")
    assert not DUMP_PROMO_LINE.fullmatch("Die Stiftung unterstützt unabhängigen Journalismus in der Ukraine mit "
                                         "drei Millionen Euro.")
    assert not DUMP_PROMO_LINE.fullmatch("Der Verein ist unabhängig und finanziert sich über Spenden, sagte sie.")


def test_finnish_newsletter_pitch_goes_from_a_copied_story():
    body, dump = copied_page("yle_2020-09-02_metsateollisuus-luottamus-marin__hd2")
    text = clean_dump(dump).text
    for pitch in ("Tilaa Ylen uutiskirjeitä!", "Saat Ylen parhaat sisällöt suoraan sähköpostiisi!"):
        assert pitch in dump and pitch not in body
        assert pitch not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 5


def test_finnish_newsletter_pitch_of_a_second_publisher_and_the_noun_tilaa():
    assert DUMP_PROMO_LINE.fullmatch("Tilaa Profit-uutiskirje")
    assert not DUMP_PROMO_LINE.fullmatch("Tilaa oli vähän, ja sähköposti ei toiminut koko päivänä.")
    assert not DUMP_PROMO_LINE.fullmatch("Hallituksen uutiskirjeessä ei ollut tilaa oppositiolle, sanoi hän.")


def test_portuguese_pitch_of_news_directly_in_your_mail_goes_from_a_copied_story():
    body, dump = copied_page("g1_2020-03-08_vaquinha-pitbull-abandonado__hd3")
    pitch = "As notícias que você não pode perder diretamente no seu e-mail."
    assert pitch in dump and pitch not in body
    text = clean_dump(dump).text
    assert pitch not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3


def test_portuguese_pitch_naming_no_newsletter_and_a_story_sentence_about_mail():
    """g1's box heading names no newsletter (UOL's "... direto no seu e-mail." line names one too)."""
    assert DUMP_PROMO_LINE.fullmatch("O que aconteceu hoje, diretamente no seu e-mail")
    assert not DUMP_PROMO_LINE.fullmatch("O golpe chega diretamente no seu e-mail e parece uma mensagem do banco, "
                                         "alerta a polícia.")


def test_indonesian_whatsapp_channel_call_with_an_english_verb_goes_from_a_copied_story():
    body, dump = copied_page("liputan6_2024-05-13_uhm-ki-joon-umumkan-pernikahan__mgh5b")
    pitch = "Follow Official WhatsApp Channel Liputan6.com"
    assert pitch in dump and pitch not in body
    text = clean_dump(dump).text
    assert pitch not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3


def test_indonesian_story_sentence_about_a_whatsapp_channel_stays():
    assert DUMP_PROMO_LINE.fullmatch("Dapatkan berita terkini lewat WhatsApp Channel resmi kami.")
    assert not DUMP_PROMO_LINE.fullmatch("Polisi menemukan bahwa pelaku menyebarkan hoaks lewat WhatsApp Channel milik "
                                         "sebuah komunitas di Bandung.")
