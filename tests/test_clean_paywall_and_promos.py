"""HTML cleaning rules from the issue-12 dev comparison with trafilatura: a publisher's paywall notice ends the story
(its wording is in the publisher's site profile), and calls to follow a publisher's messenger channel or social
accounts are furniture.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``);
each behaviour also has a small synthetic page that shows the rule alone.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "Le conseil municipal a voté mardi, après un long débat, le financement du nouveau pont sur la rivière."
NOTICE = "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés."
SIGN_UP = "Déjà abonné ? Connectez-vous pour lire la suite de cet article et profiter de nos offres exclusives."


def page(body: str, lang: str = "fr") -> str:
    return f"<html lang='{lang}'><head><title>Le pont</title></head><body><article>{body}</article></body></html>"


def story(n: int, sentence: str = STORY, start: int = 0) -> str:
    return "".join(f"<p>{sentence} Détail {i}, avec des noms et des chiffres.</p>" for i in range(start, start + n))


# --- a paywall notice ends the story ---------------------------------------------------------------


LE_MONDE = "https://www.lemonde.fr/politique/article/2023/08/30/x_6187099_823448.html"


def test_the_story_ends_above_the_profiles_paywall_notice():
    doc = clean_html(page(story(4) + f"<p>{NOTICE}</p><p>{SIGN_UP}</p>"), url=LE_MONDE)
    assert "Détail 3" in doc.text
    assert "Il vous reste" not in doc.text
    assert "Déjà abonné" not in doc.text


def test_a_paywall_notice_with_nothing_above_it_is_kept():
    doc = clean_html(page(f"<p>{NOTICE}</p><p>{SIGN_UP}</p>"), url=LE_MONDE)
    assert "Il vous reste" in doc.text


@pytest.mark.parametrize(
    ("case_id", "notice"),
    [
        ("lemonde_2023-08-30_sophie-binet-met-garde__fundus", "Il vous reste 57.09% de cet article à lire."),
        ("nikkei_2025-01-14__fundus", "ニュースレターを登録すると続きが読めます"),
    ],
)
def test_real_paywalled_stories_end_above_the_notice(case_id, notice):
    expected, doc = dev_page(case_id)
    last = expected["body"].split("\n\n")[-1]
    assert last in doc.text
    assert notice not in doc.text
    assert doc.text.endswith(last)


# --- calls to follow a messenger channel or social accounts ---------------------------------------

GERMAN = "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die neue Brücke über den Fluss zu bauen."


@pytest.mark.parametrize(
    "line",
    [
        "Folgst du schon 20 Minuten auf Whatsapp?",
        "Eine Newsübersicht am Morgen: Abonniere den Whatsapp-Kanal von 20 Minuten und du bekommst Updates.",
        "Die WAZ auch bei Social Media – ob WhatsApp, Instagram oder Facebook.",
        "Folgen Sie uns auf Instagram und Facebook.",
    ],
)
def test_calls_to_follow_a_channel_are_dropped(line):
    doc = clean_html(page(story(3, GERMAN) + f"<p>{line}</p>" + story(2, GERMAN, start=3), lang="de"))
    assert line not in doc.text
    assert doc.text.count(GERMAN) == 5


def test_a_sentence_about_followers_on_social_media_is_prose():
    sentence = "Rund 2000 Menschen folgen ihm auf Instagram, wo er jeden Tag neue Bilder der Brücke zeigt."
    doc = clean_html(page(story(3, GERMAN) + f"<p>{sentence}</p>", lang="de"))
    assert sentence in doc.text


@pytest.mark.parametrize(
    ("case_id", "promo"),
    [
        ("zwanzigminuten_2024-12-17_tiktok-brussel-untersucht-wahleinmischung__fundus",
         "Folgst du schon 20 Minuten auf Whatsapp?"),
        ("waz_2025-11-05_unbekannte-maya-stadte-werfen__fundus", "Die WAZ auch bei Social Media"),
    ],
)
def test_real_channel_promos_are_dropped(case_id, promo):
    expected, doc = dev_page(case_id)
    assert promo not in expected["body"]
    assert promo not in doc.text


# --- a site that appends the next article below its own says where its story is (site profile) ---------

def test_real_page_with_an_appended_story_keeps_its_own():
    expected, doc = dev_page("moderndiplomacy_2023-03-14_war-bangladesh-economy__omni")
    closing = expected["body"].split("\n\n")[-2]  # the last paragraph is the author's bio
    assert closing[:80] in doc.text
    assert "Since the invasion of Ukraine, the U.S. and its allies have levied" not in doc.text
