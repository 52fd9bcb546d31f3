"""A teaser card set inside a copied story, its kicker glued to its headline ("Putin stärkt MaduroTrump droht
Venezuela: ...") or spaced from a colon ("Bundesligavorschau : Dieses Mal geht was für Dortmund."), leaves the story;
names written with an inner capital, a handle, a hashtag, code and a gendered plural stay, and so do sentences with a
colon (extractors/clean/kicker_teasers.py)."""
from __future__ import annotations

import pytest

from extractors.clean.kicker_teasers import glued_word, kicker_teasers, spaced_kicker
from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize(
    ("word", "glued"),
    [("MaduroTrump", "MaduroTrump"), ("habenGericht", "habenGericht"), ("„OzeanFlüchtlingsschiff", "OzeanFlüchtlingsschiff"),
     ("PayPal", None), ("YouTube", None), ("LehrerInnen", None), ("#EffortMaximal", None), ("@VancityReynolds", None),
     ("readFileSync", None), ("Maduro", None), ("US-Basen", None)],
)
def test_glued_word_is_a_kickers_last_word_run_into_a_headlines_first(word, glued):
    assert glued_word(word) == glued


def test_kicker_glued_to_a_headline_is_a_teaser():
    lines = ["Indischer OzeanFlüchtlingsschiff sinkt: 250 Menschen vermisst",
             "Er soll den Präsidenten beleidigt habenGericht verurteilt Erdoğan-Gegner zu Haftstrafe"]
    assert kicker_teasers(lines, 0, len(lines)) == frozenset({0, 1})


def test_glued_word_the_page_prints_again_or_without_a_headline_after_it_is_no_teaser():
    lines = ["Wie BahnCard Kunden jetzt sparen", "Die BahnCard kostet ab Juni mehr.", "#7 VanossGaming (Evan Fong)",
             "Ein Satz über MaduroTrump droht Venezuela."]
    assert kicker_teasers(lines, 0, len(lines)) == frozenset()


def test_glued_teaser_leaves_a_copied_story():
    story = paragraphs(6, "Tanker")
    teaser = 'Putin stärkt MaduroTrump droht Venezuela: "Wird schon bald an Land losgehen"'
    subheading = "Residents want the bridge over the river sooner"
    text = clean_dump("\n".join(["Menu", "Tanker vor Venezuela", *story[:3], "01:43 min", teaser, subheading,
                                 *story[3:]])).text
    assert teaser not in text
    assert subheading in text.split("\n\n")
    assert all(para in text.split("\n\n") for para in story)


@pytest.mark.parametrize(
    "line",
    ["Kultur : Ehrengast der Frankfurter Buchmesse: Was lesen die Philippinen?",
     "Bundesligavorschau : Dieses Mal geht was für Dortmund. Ganz, ganz ehrlich!", "Toxoplasmose : Parasit am Steuer",
     "Loi renseignement : Urvoas, grand ordonnateur d’un texte controversé"],
)
def test_kicker_spaced_from_its_colon_is_a_teaser(line):
    assert spaced_kicker(line)


@pytest.mark.parametrize(
    "line",
    ["Der Minister sagte am Montag vor Journalisten: Das Gesetz kommt.", "Bilanz: Die Zahl der Unfälle sank.",
     "Le ministre a dit : « Recevez ma démission »", "Réforme : ce qui change au 1er janvier", "Seite : 3"],
)
def test_sentence_or_label_with_a_colon_is_no_spaced_kicker(line):
    assert not spaced_kicker(line)


MDR_STORY = ["Im Zeitalter von Internet und Digitalisierung werden uns Entscheidungen mehr und mehr abgenommen.",
             "Algorithmen bestimmen zunehmend unseren Alltag, doch kaum jemand weiß, wie sie funktionieren."]


@pytest.mark.parametrize("box", [
    ["Ein kleines Dorf in Sachsen-Anhalt So wirken sich Algorithmen in unserem Alltag aus",
     "So wirken sich Algorithmen in unserem Alltag aus"],
    ["Mit Bildern erklärt Was ist ein Algorithmus?", "Was ist ein Algorithmus?"],
])
def test_kicker_run_in_front_of_the_headline_printed_again_alone_is_a_teaser(box):
    """MDR's video boxes print the kicker run into the headline over the headline alone (dumps133): both lines go."""
    lines = [MDR_STORY[0], *box, MDR_STORY[1]]
    assert kicker_teasers(lines, 0, len(lines)) == frozenset({1, 2})


@pytest.mark.parametrize("pair", [
    ["Das sagte er am Montag. Das ist gut so.", "Das ist gut so."],  # a sentence's close, not a headline
    ["Er sagte: Wir bleiben hier bis zum Ende.", "Wir bleiben hier bis zum Ende."],
    ["Am Ende blieb nur eine Frage offen Wer zahlt?", "Wer zahlt?"],  # too short for a headline
])
def test_line_ending_on_the_next_lines_words_is_no_teaser_when_they_close_a_sentence_or_run_short(pair):
    lines = [MDR_STORY[0], *pair, MDR_STORY[1]]
    assert kicker_teasers(lines, 0, len(lines)) == frozenset()


def test_copied_mdr_explainer_loses_its_video_box_titles():
    body, dump = copied_page("mdr_2019-04-23_algorithmus-google-facebook-alltag__sfm2a")
    title = "So wirken sich Algorithmen in unserem Alltag aus"
    text = clean_dump(dump).text
    assert title in dump and title not in body
    assert title not in text

