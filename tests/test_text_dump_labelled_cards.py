"""Issue 12, dumps144: a short label the page prints over two cards or more, each time right over a different
headline, marks teaser cards, and the cards' label and headline leave a copied story (Morgunblaðið's "Frétt af mbl.is",
La Información's "Mira también", Super Biznes' "Biznes"); a label over a paragraph or a byline over a live blog's
entries marks none. Dev pages and lines in the shape of the dev dumps."""
from __future__ import annotations

from extractors.clean.labelled_cards import labelled_cards
from tests.test_clean_text import clean_dump, copied_page

STORY = [f"The council debated the harbour plan again on day {i}, and residents asked how the new quay would change "
         f"the ferry timetable, the fish market and the parking on the waterfront." for i in range(6)]


def test_headlines_under_a_label_printed_over_each_card_are_teasers():
    lines = ["Menu", *STORY[:2], "Read also", "Mayor opens the new library on Elm Street", *STORY[2:4], "Read also",
             "Flood defences to be raised before the winter storms", *STORY[4:], "Share"]
    found = {lines[index] for index in labelled_cards(lines, 1, len(lines) - 1)}
    assert found == {"Read also", "Mayor opens the new library on Elm Street",
                     "Flood defences to be raised before the winter storms"}


def test_label_over_a_paragraph_or_a_byline_over_entries_marks_no_card():
    over_paragraph = ["Advert", "Storm warning issued for the coast tonight", *STORY[:2], "Advert", STORY[2], *STORY[3:]]
    assert not labelled_cards(over_paragraph, 0, len(over_paragraph))
    live_blog = ["– Anna Berg", "Mayor opens the new library on Elm Street", STORY[0], "– Anna Berg",
                 "Flood defences to be raised before the winter storms", STORY[1]]
    assert not labelled_cards(live_blog, 0, len(live_blog))


def test_label_printed_once_marks_no_card():
    lines = [*STORY[:2], "Read also", "Mayor opens the new library on Elm Street", *STORY[2:]]
    assert not labelled_cards(lines, 0, len(lines))


def test_morgunbladid_cards_under_their_label_leave_its_copied_story():
    body, dump = copied_page("morgunbladid_2025-02-11_salfrihernaur-fyrir-domi-vottar__fundus")
    text = clean_dump(dump).text
    teaser = "Vottar Jehóva fyrir áfrýjunardómstól"
    assert teaser in dump and teaser not in body
    assert teaser not in text.split("\n\n")
    assert "Greint var frá því hér á mbl.is á laugardaginn" in text
