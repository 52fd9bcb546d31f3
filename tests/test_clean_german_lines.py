"""German (and English) page furniture kept as paragraphs by HTML cleaning (issue 12): tag labels, correction and
subscription prompts, broadcast stamps, production credits, origin notes, sign-up boxes, site navigation labels.

Each entry of ``extractors/clean/data/de/widget_lines.txt`` and ``promo_lines.txt`` was seen on dev pages
of two publishers or more; the real pages here are dev pages of ``benchmarks/corpus`` (provenance and
licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import text_regions, widgets
from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "Der Stadtrat hat am Dienstag nach langer Debatte den Bau der neuen Brücke über den Fluss beschlossen."


def german_page(lines: list[str]) -> str:
    body = "".join(f"<p>{STORY} Absatz {i}.</p><p>{line}</p>" for i, line in enumerate(lines))
    return f"<html lang='de'><head><title>Brücke</title></head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    "line",
    [
        "Schlagwörter", "Schlagwörter zu diesem Artikel", "Fehler gefunden? Jetzt melden.",
        "NDR 1 Niedersachsen | Regional Osnabrück | 17.06.2025 | 15:00 Uhr",
        "MDR SACHSEN-ANHALT | MDR SACHSEN-ANHALT HEUTE | 06.07.2026 | 19:00 Uhr",
        "Redaktion: Roman Warschauer und Marcel Sommer",
        ("Übersetzung: Tristan Oetker-Kast, Redaktion: Theresa Bäuerlein, Schlussredaktion: Lea Schönborn, "
         "Audioversion: Iris Hochberger und Christian Melchert"),
        'Dieser Artikel ist zuerst bei "Capital" erschienen.',
        "Dieser Artikel ist eine Übersetzung, im Original ist er in der israelischen Tageszeitung Haaretz erschienen.",
        "Jetzt abonnieren!", "Jetzt abonnieren und von der Vorlesefunktion profitieren.", "2 Wochen kostenlos testen",
        "Startseite", "E-Paper", "Mediathek", "Archiv", "Weitere Angebote", "Zum Seitenanfang", "Ähnliche Artikel",
        "0 Kommentare", "vor 3 Stunden", "8 Min.", "Bildrechte: MDR/David Straub", "Datenschutz-Einstellungen",
        "Beitrag teilen", "Direkt zum Inhalt", "Kommentare (0)", "Sie befinden sich hier:", "Die Redaktion empfiehlt",
        "Allgemeine Geschäftsbedingungen", "Gutscheine (Anzeige)", "Jetzt spenden",
        "Artikel anhören", "Artikel anhören:",  # a text-to-speech player's label: n-tv, the Freie Presse
        "Über dieses Thema berichtet: BR24 im Radio am 26.08.2024 um 06:00 Uhr.",
        "Über dieses Thema berichtete DLF am 24. März 2023 um 05:20 Uhr.",
        "Deine E-Mail-Adresse Bitte geben Sie Ihre E-Mail-Adresse ein. Ungültige Adresse.",
        "Deine Mitteilung in einem Satz Bitte geben Sie eine Zusammenfassung ein.",
        "Bitte tragen Sie eine gültige E-Mail-Adresse ein.",
    ],
)
def test_german_furniture_line_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jetzt abonnieren viele Leser das Angebot.",  # V2 order: "now subscribe many readers"
        "Recherche: Die Polizei ermittelt seit Montag.",  # a label before a sentence
        "Kunden können das Angebot 30 Tage kostenlos testen.",
        "Dieser Artikel ist am Montag in der gedruckten Ausgabe erschienen, sagte die Sprecherin der Zeitung gestern.",
        "Die Schlagwörter der Kampagne waren Freiheit und Sicherheit.",
        "Vor 3 Stunden explodierte die Fabrik.",
        "Archivbilder zeigen den Platz vor dem Umbau.",
        "3 Kommentare von Lesern haben wir gelöscht.",
        "Speichern Sie das Dokument vor dem Schließen.",
        "Die Redaktion empfiehlt den Lesern, das Original zu lesen.",
        "Wer den Artikel anhören will, muss sich anmelden, sagte die Sprecherin.",
        "Über dieses Thema berichtete die Zeitung am Montag ausführlich, sagte der Sprecher.",
        "Bitte geben Sie Ihre PIN nie am Telefon ein, warnt die Polizei in einer Mitteilung.",
    ],
)
def test_german_prose_with_the_same_words_is_not_a_widget_line(line):
    assert not widgets.is_widget_line(line)


def test_a_broadcast_stamp_longer_than_a_dozen_words_is_a_widget_line():
    """Whole-line patterns bound their own length: a stamp split by ``|`` runs to 17 words."""
    line = "Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | Nachrichten | 28. April 2023 | 10:00 Uhr"
    assert widgets.word_count(line) > 12 and widgets.is_widget_line(line)


def test_german_furniture_lines_leave_an_html_story():
    furniture = ["Schlagwörter zu diesem Artikel", "Redaktion: Roman Warschauer und Marcel Sommer",
                 "Fehler gefunden? Jetzt melden.", "Jetzt abonnieren!"]
    doc = clean_html(german_page(furniture))
    assert doc.text.count(STORY) == len(furniture)
    for line in furniture:
        assert line not in doc.text, line


def test_sign_up_box_is_dropped_from_an_html_story():
    """Promo lines (``promo_lines.txt``) apply to HTML too: a sign-up box is not always marked as one."""
    box = ('"Hier ist Bayern": Der Newsletter informiert Sie immer montags bis freitags über das Wichtigste vom Tag. '
           "Hier geht's zur Anmeldung!")
    doc = clean_html(german_page([box]))
    assert STORY in doc.text and "Anmeldung" not in doc.text
    assert not text_regions.PROMO_LINE.fullmatch("Hier geht es zur Sache, sagte der Trainer nach dem Spiel.")


@pytest.mark.parametrize(
    "line",
    [
        "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie Mitglied.",
        "Hat Ihnen der Artikel gefallen? Teilen Sie ihn mit Anderen.",
        "Wie hat Ihnen dieser Artikel gefallen?",
    ],
)
def test_feedback_and_donation_prompts_are_promo_lines(line):
    assert text_regions.PROMO_LINE.fullmatch(line)


def test_a_question_about_an_article_in_the_story_is_no_promo_line():
    assert not text_regions.PROMO_LINE.fullmatch("Hat Ihnen der Artikel im Spiegel geschadet, Herr Minister?")


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        ("ndr_2025-06-17_forscher-aus-osnabruck-warnt__fundus", "Schlagwörter zu diesem Artikel"),
        ("ndr_2025-06-17_forscher-aus-osnabruck-warnt__fundus", "Regional Osnabrück | 17.06.2025 | 15:00 Uhr"),
        ("hessenschau_2024-04-27_schnellere-integration-job-turbo__fundus", "Redaktion: Roman Warschauer"),
        ("tagesanzeiger_2023-07-01_chiesa-ruft-zum-politischen__fundus", "Vorlesefunktion profitieren"),
        ("stern_2023-04-28_statt-paypal-co-so__fundus", 'zuerst bei "Capital" erschienen'),
        ("tagesschau_2023-04-28_ausschuss-zur-ahrtal-flut__fundus", "Über dieses Thema berichtete DLF"),
        ("br_2024-04-22_evangelische-kirche-landeskirche-will__fundus", "zur Anmeldung"),
        ("tagesspiegel_2024-04-29_eskalation-nordatlantik-wenn-ozeane__fundus", "externe Inhalt angezeigt"),
        ("israelnachrichten_2021-02-21_bennett-ich-bin-nicht__fundus", "Hat Ihnen dieser Artikel gefallen"),
    ],
)
def test_german_furniture_leaves_real_pages(case_id, line):
    expected, doc = dev_page(case_id)
    assert line not in expected["body"] and line not in doc.text


@pytest.mark.parametrize(
    "line",
    ["Contact us", "Advertise with us", "Sign out", "Logout", "RSS feeds", "Site map", "e-Edition",
     "Reprints and permissions", "Corrections and clarifications", "Join the conversation", "From around the web",
     "Link copied"],
)
def test_english_site_furniture_line_is_a_widget_line(line):
    """English whole-line furniture lives in ``data/en/widget_lines.txt`` beside the other languages'."""
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    ["Contact us if you saw the crash, police said.", "Donate blood this weekend, the hospital urged.",
     "About us, the neighbours said nothing."],
)
def test_english_prose_with_the_same_words_is_not_a_widget_line(line):
    assert not widgets.is_widget_line(line)
