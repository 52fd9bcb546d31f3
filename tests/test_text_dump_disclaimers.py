"""Issue 12: an investment disclaimer closing a story, copied or on its page, ends it: the liability and data-source
notes under it are no paragraphs (``text_regions._before_disclaimer``, ``text._above_disclaimer``,
``data/de/disclaimer_lines.txt``)."""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.test_clean_text import clean_dump

STORY = "\n\n".join(
    f"Im Hauptszenario erwarten wir nun zu {n} Prozent, dass der Index die Zone um 13000 Punkte zunächst noch einmal "
    "testet, bevor eine Gegenbewegung an den blauen Trendlinien auf Tagesschlusskursbasis einsetzen kann."
    for n in range(50, 58)
)
NOTES = (
    "Copyright © 2010/2012 Tagesausblick.de - Alle Rechte vorbehalten; die Übernahme von Grafiken und Texten in "
    "Datenbestände ist nur mit vorheriger schriftlicher Zustimmung gestattet.\n"
    "Für das Tageshoch, Tagestief und den Schlusskurs nehmen wir nur die Kursdaten des jeweiligen Wertes, die nach der "
    "Veröffentlichung unserer Analyse auf der Homepage gebildet wurden.\n"
    "Der Kunde handelt gleichwohl in eigener Verantwortung, auf eigenes Risiko und auf eigene Gefahr.\n"
)


def test_notes_under_a_disclaimer_closing_the_story_go():
    dump = f"Startseite\nAnalysen\n\nDow Jones: Jahresendrally?\n\n{STORY}\n\nAlle Angaben ohne Gewähr.\n{NOTES}"
    text = clean_dump(dump).text
    assert "Im Hauptszenario erwarten wir nun zu 57 Prozent" in text
    assert "Kursdaten des jeweiligen Wertes" not in text
    assert "Alle Angaben ohne Gewähr" not in text


def test_disclaimer_above_most_of_the_story_ends_nothing():
    """A disclaimer set above the story's bulk (a box under its first paragraph) is no close."""
    first, rest = STORY.split("\n\n", 1)
    dump = f"Startseite\nAnalysen\n\nDow Jones: Jahresendrally?\n\n{first}\n\nAlle Angaben ohne Gewähr.\n\n{rest}\n"
    assert "Im Hauptszenario erwarten wir nun zu 57 Prozent" in clean_dump(dump).text


def _html_page(*blocks: str) -> str:
    return "<html><body><article>" + "".join(f"<p>{b}</p>" for b in blocks) + "</article></body></html>"


def test_html_notes_under_a_disclaimer_closing_the_story_go():
    """The same rule on a page (``text._above_disclaimer``): the notes share one ``<br>``-broken block under it."""
    notes = "Alle Angaben ohne Gewähr.<br>" + NOTES.replace("\n", "<br>")
    text = clean_html(_html_page(*STORY.split("\n\n"), notes)).text
    assert text.endswith("Im Hauptszenario erwarten wir nun zu 57 Prozent, dass der Index die Zone um 13000 Punkte "
                         "zunächst noch einmal testet, bevor eine Gegenbewegung an den blauen Trendlinien auf "
                         "Tagesschlusskursbasis einsetzen kann.")
    assert "Kursdaten des jeweiligen Wertes" not in text


def test_html_disclaimer_above_most_of_the_story_ends_nothing():
    first, *rest = STORY.split("\n\n")
    text = clean_html(_html_page(first, "Alle Angaben ohne Gewähr.", *rest)).text
    assert "Im Hauptszenario erwarten wir nun zu 57 Prozent" in text
