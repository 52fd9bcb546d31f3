"""Issue 12, dumps144: a short label the page prints over two cards or more, each time right over a different
headline, marks teaser cards, and the cards' label and headline leave a copied story (Morgunblaðið's "Frétt af mbl.is",
La Información's "Mira también", Super Biznes' "Biznes"); a label over a paragraph or a byline over a live blog's
entries marks none; so do three cards in a row, each a label over its headline (Super Express, Yle, The Sun), where
a kicker over a headline or a subheading over its paragraph makes one pair. Dev pages and lines in the shape of the dev
dumps."""
from __future__ import annotations

from extractors.clean.labelled_cards import card_runs, labelled_cards
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


RUN = ["Police raid", "Shots fired at a car wash in the harbour district, again this week",
       "Court ruling", "Man who planned to kill his brother gets an unusual sentence from the judge",
       "Zoo news", "The largest crocodile in Europe was fed in front of visitors for the first time"]


def test_three_labelled_cards_in_a_row_are_a_teaser_box():
    lines = [STORY[0], *RUN, STORY[1]]
    assert {lines[index] for index in card_runs(lines, 0, len(lines))} == set(RUN)


def test_two_labelled_cards_or_a_kicker_over_a_headline_are_no_teaser_box():
    lines = [STORY[0], *RUN[:4], STORY[1], "Harbour", "Council approves the new quay after a long debate", *STORY[2:]]
    assert not card_runs(lines, 0, len(lines))


def test_super_express_teaser_box_leaves_its_copied_story():
    body, dump = copied_page("se-lodz_2025-02-19_taksowkarz-ciosy-nozem__lang1")
    text = clean_dump(dump).text
    teaser = "Chciał zabić brata za romans z matką. \"Nadzwyczajna\" decyzja sądu! Co powiedzą mieszkańcy Łęczycy?"
    assert teaser in dump and teaser not in body
    assert teaser not in text.split("\n\n")
