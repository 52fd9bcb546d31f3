"""Issue 12, second round: house promotions and broadcast notes copied with a page (bookmark notices, messenger-channel
and app pitches) that the cleaners drop as whole lines, from dev misses; and story
sentences on the same topics that stay."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Story Saved",  # Daily Star, Mirror
        "You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.",
        ("Eine Newsübersicht am Morgen und zum Feierabend: Abonniere den Whatsapp-Kanal von 20 Minuten und du bekommst "
         "regelmässige Updates direkt auf dein Handy."),  # 20 Minuten
        "Jetzt App herunterladen!",  # Freie Presse
        "Die Tagesspiegel-App Aktuelle Nachrichten direkt auf Ihr Smartphone. Hier gratis herunterladen.",  # Tagesspiegel
    ],
)
def test_bookmark_notice_and_messenger_or_app_pitch_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nutzer können die neue Version ab sofort hier herunterladen.",
        "Die Regierung hat einen Whatsapp-Kanal gestartet, dem bereits 10.000 Menschen folgen.",
        "The story was saved by an editor who found the draft in her bookmarks.",
    ],
)
def test_story_sentence_about_apps_channels_or_bookmarks_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


def test_app_pitch_inside_a_copied_story_is_dropped():
    story = paragraphs(6, "Bridge")
    pitch = "Die Stadt-App: Aktuelle Nachrichten direkt auf Ihr Smartphone. Hier gratis herunterladen."
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:3], pitch, *story[3:], "Share"])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    ("case_id", "promo", "story"),
    [
        ("20minutes_2018-06-01_france-italie-bleus-ambiancent__grb",
         ">> A lire aussi : Antoine Griezmann fait la une du magazine «Elle» (oui oui)", "Allianz Riviera"),
        ("liberation-fr_2012-10-27_ayrault-assume-sa-methode__g3",
         "A lire aussi : Notre récit du discours de Martine Aubry", "Ayrault"),
    ],
)
def test_unaccented_or_arrowed_a_lire_aussi_link_leaves_a_copied_story(case_id, promo, story):
    """French "À lire aussi" links copied without the accent and behind ">>" (20 Minutes, Libération in 2012) are links
    to other stories like the accented ones, not the story's sentences."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert promo in dump and promo not in body
    assert promo not in text and story in text


def test_a_sentence_mentioning_lire_aussi_is_no_promo_line():
    assert not PROMO_LINE.fullmatch("Il faut lire aussi les notes de bas de page, a expliqué le juge lundi.")


@pytest.mark.parametrize(
    ("case_id", "promo", "story"),
    [
        ("lemonde_2016-02-04_proces-gbagbo-bourde-temoin-p547__knl",
         "Sur le même sujet Côte d’Ivoire : un remaniement ministériel sans grande surprise", "Gbagbo"),
        ("spektrum_2022-07-19_geheimnis-parasitischen-rafflesien__pl",
         "Das könnte Sie auch interessieren: Spektrum Kompakt Die Wunderwelt der Pflanzen", "Sapria"),
    ],
)
def test_related_label_run_together_with_its_headlines_leaves_a_copied_story(case_id, promo, story):
    """The label of the links to other stories ("Sur le même sujet", "Das könnte Sie auch interessieren"), printed
    alone over them by other publishers, run together with the headlines after it (Le Monde, Spektrum; dumpsL278)."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert promo in dump and promo not in body
    assert promo not in text and story in text
