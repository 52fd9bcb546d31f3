"""Issue 12, dumps33 (dev dump losses, furniture kept in the story's region): a teaser set between a story's
paragraphs comes again in a rail of other teasers elsewhere on the page (Abendblatt, elDiario.es, Libération,
tagesschau, USA TODAY, Bukvy, Novinky, Haber7, the Business Journals) and goes; a subheading listed again in the
story's contents, among the other subheadings, stays (``extractors.clean.rail_twins``)."""
from __future__ import annotations

from extractors.clean.rail_twins import rail_twins
from tests.test_clean_text import clean_dump, paragraphs

TEASER = "Corona-Lockerungen: Das ist ab Mittwoch wieder erlaubt"
RAIL = ["Hamburger Hafen meldet den stärksten Umschlag seit Jahren",
        "Neue Radwege für die Innenstadt sind beschlossen worden",
        TEASER,
        "Wetter in Hamburg bleibt am Wochenende weiter sonnig"]


def test_teaser_between_the_story_paragraphs_goes_when_a_rail_of_other_teasers_prints_it_again():
    first, second = paragraphs(3, "Senat"), paragraphs(3, "Lockerung")
    dump = "\n".join(["Menü", "Bürgermeister zieht eine Bilanz der Corona-Zeit in Hamburg", "03.05.2020, 12:00 Uhr",
                      *first, TEASER, *second, "Mehr Artikel aus dieser Rubrik", *RAIL, "Impressum"])
    text = clean_dump(dump).text
    assert TEASER not in text
    assert all(para in text for para in first + second)


def test_subheading_listed_again_among_the_story_own_subheadings_is_no_teaser():
    headings = ["Strengere Regeln für den Krypto-Sektor", "Das Ende der Anonymität für Kunden",
                "Harter Schlag gegen illegale Geschäfte"]
    story = []
    for heading in headings:
        story += [heading, *paragraphs(2, heading.split()[-1])]
    lines = ["Inhalt", *headings, "Krypto-Börse Garantex vom Netz genommen", *story]
    assert rail_twins(lines, len(headings) + 1, len(lines), title=None) == frozenset()


def test_story_headline_printed_again_in_a_preview_box_is_left_to_the_headline_rules():
    title = "Japanese rally against nuclear power industry"
    lines = ["Add to blog", "Publication code:", "Preview:", title, "Other news of the day", *RAIL[:2],
             title, *paragraphs(3, "Rally")]
    start = lines.index(title, 4)
    assert rail_twins(lines, start, len(lines), title=title) == frozenset()
    assert rail_twins(lines, start, len(lines), title=None) == frozenset({start})


def test_three_word_teaser_set_in_the_story_goes_when_a_rail_prints_it_again():
    label = "War on Gaza"  # The Intercept's series link, CryptoSlate's advertising link, in rails of their own
    lines = ["Bushnell protest outside the embassy", *paragraphs(2, "Protest"), label, *paragraphs(2, "Vigil"),
             "Read our complete coverage", label, *RAIL[:2]]
    assert rail_twins(lines, 1, 6, title=None) == frozenset({3})
