"""A reading time ("5 min read", "3 Min Lesezeit") is a stamp of the page, not a line of the story.

Reading times show on the dev pages of a dozen publishers (GitLab, the Financial Post, National Post, Fast Company,
CBS Sports, Global News, POLITICO Europe; heise, AFP Faktencheck, ...), mostly in markup already pruned. Two were kept
and their references leave them out: "November 6, 2020 · 12 min read" (Roots of Progress, the date sharing its line)
and "3 Min Lesezeit" (Ruhr Nachrichten). German pages also print a named one after the date ("03.05.2024, 16:24 Uhr •
Lesezeit: 5 Minuten" on the Berliner Morgenpost, the Braunschweiger Zeitung, the Hamburger Abendblatt and the WAZ;
"17.04.2024, 12:24Lesezeit: 5 Min." on the FAZ) or the byline ("07.03.2025 von Sunny Lesezeit: 3 Min." on Tarnkappe,
kept until then); French pages name it "Temps de lecture" (Le Monde, Vosges Matin), English ones "reading time" or
"read time" too ("Estimated reading time: 4 minutes" on LeadDev, "1 minute & 45 seconds read time" on TweakTown). ``LOCAL_WIDGET_LINE`` (``data/en``,
``data/de`` and ``data/fr`` ``widget_lines.txt``) reads them; a sentence that mentions a reading time in passing stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "stamp", "story"), [
    ("rootsofprogress_2020-11-06_where-is-my-flying-car__omni", "12 min read", "flying car"),
    ("ruhrnachrichten_2024-05-03_eisheiligen-2024-wann-sie__fundus", "3 Min Lesezeit", "Eisheiligen"),
    ("tarnkappe_2025-03-07_krypto-boerse-garantex-geldwaesche__jmp", "Lesezeit: 3 Min.", "Garantex"),
])
def test_a_dev_story_drops_its_reading_time(case_id, stamp, story):
    expected, doc = dev_page(case_id)
    assert stamp not in expected["body"]
    assert story in doc.text
    assert stamp not in doc.text


@pytest.mark.parametrize("line", ["Estimated reading time: 4 minutes", "1 minute & 45 seconds read time"])
def test_a_reading_time_named_so_is_a_widget_line(line):
    """LeadDev's and TweakTown's; LeadDev's stayed in its copied story."""
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "It was a 5 min read for most of us, and then we left.",
    "Die Lesezeit beträgt laut Verlag gut drei Stunden.",
    "Die Lesezeit: 5 Minuten pro Tag reichen, sagte der Verleger.",
    "Le temps de lecture moyen a baissé de 3 min en un an.",
    "The reading time: 4 minutes was enough for most of the panel.",
])
def test_a_sentence_mentioning_a_reading_time_is_no_stamp(line):
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "03.05.2024, 16:24 Uhr • Lesezeit: 5 Minuten",
    "07.03.2025 von Sunny Lesezeit: 3 Min.",
    "Temps de Lecture 4 min.",
    "Par E. NURDIN - 05:01 - Temps de lecture :",
])
def test_a_reading_time_line_above_the_story_goes(line):
    page = ("<html><body><article><h1>Die Brücke kommt</h1>" + f"<p>{line}</p>"
            + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</article></body></html>")
    text = clean_html(page).text
    assert text.startswith(SENTENCES[0])
    assert line not in text
