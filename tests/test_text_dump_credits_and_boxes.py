"""Issue 12, fifth round (dev misses of the text-dump path): photo captions whose credit a copy puts on the next line,
and the last headline of a box of links kept as if it were a subheading (fragments of dev pages or our own wording in
their shape)."""
from __future__ import annotations

import pytest

from extractors.clean.text import spaced_lines
from extractors.clean.text_regions import (
    _words,
    captions_above_credits,
    drop_pull_quotes,
    drop_run_together_repeats,
    position_captions,
)
from tests.test_clean_text import clean_dump, paragraphs


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Intensive Regenfälle brachten Slowenien und Südostösterreich Überschwemmungen.", "© Action press/Bernd März"),
        ("Der neue Präsidentenhelikopter ist deutlich leistungsstärker als das bisherige Modell.",
         "Foto: Nicolas Economou (Getty)"),  # Tages-Anzeiger
        ("Ein olympisches Phänomen: Kevin Durant.", "(Foto: REUTERS)"),  # n-tv
        ("Graduate student Tyler Perrachione, left, and Professor John Gabrieli.", "Photo: Patrick Gillooly"),  # MIT
        ("Anti-racism activists in Plymouth tonight (", "Image:"),  # the Mirror, its credit split over lines
    ],
)
def test_line_above_a_photo_credit_alone_on_its_line_is_a_caption(caption, credit):
    assert captions_above_credits(["A paragraph of the story that came before.", caption, credit]) >= {caption, credit}


@pytest.mark.parametrize(
    "notice",
    [
        "© 2024 a Reach plc subsidiary",  # the page's copyright, with its year
        "© RIPRODUZIONE RISERVATA",
        "© dpa-infocom, dpa:240516-99-53606/3",  # the agency's sign-off closing a story
        "© The Financial Times Ltd. 2024",
        "© ntv.de Alle Rechte vorbehalten",
        "Credit: Funko Pop, ONE Esports",  # under an image with no caption, after a paragraph
        "Quelle: ntv.de, ino/dpa",  # a story's source
    ],
)
def test_copyright_notice_or_unmarked_credit_makes_no_caption_of_the_line_above(notice):
    line = "The council will vote on the bridge again next week, the mayor said."
    assert line not in captions_above_credits([line, notice])


@pytest.mark.parametrize(
    "paragraph",
    [
        # HOLA!: a quote of three sentences, an image with only its credit under it
        '"She is gorgeous. Her vibe and personality are amazing. We had a great time working together," Rauw said.',
        # futurezone
        ("Wer häufig auf CC-Inhalte zurückgreift, tut gut daran, dies zu dokumentieren. Ich favorisiere alle "
         "verwendeten CC-Bilder. Idealerweise fertigt man noch einen Screenshot an."),
    ],
)
def test_paragraph_of_three_sentences_above_a_photo_credit_is_no_caption(paragraph):
    found = captions_above_credits(["A paragraph of the story that came before.", paragraph, "© Gotham"])
    assert "© Gotham" in found
    assert paragraph not in found


def test_caption_of_two_sentences_above_its_credit_is_still_a_caption():
    """The Tages-Anzeiger's captions say what the picture shows, then what comes of it."""
    caption = ("Donald Trump überquert den Rasen vor dem Weissen Haus auf dem Weg zu Marine One. Nun plant er einen "
               "Helikopterlandeplatz auf dem Gelände.")
    assert caption in captions_above_credits(["Ein Absatz der Geschichte.", caption, "Foto: Graeme Sloan (Getty)"])


def test_story_paragraph_above_an_uncaptioned_photo_credit_stays_in_the_copied_story():
    story = paragraphs(6, "Lizenz")
    paragraph = ("Wer häufig auf Lizenzen zurückgreift, tut gut daran, dies zu dokumentieren. Ich favorisiere alle "
                 "Bilder. Idealerweise fertigt man noch einen Screenshot an.")
    doc = clean_dump("\n\n".join(["Menü", "Lizenzen richtig nutzen", *story[:3], f"{paragraph}\nFoto: GH",
                                  *story[3:], "Teilen"]))
    assert doc.text.split("\n\n") == [*story[:3], paragraph, *story[3:]]


def test_caption_over_its_credit_line_inside_a_copied_story_goes_to_captions():
    story = paragraphs(6, "Bridge")
    caption = "Der Bürgermeister steht am Montag im Regen auf der alten Brücke."
    doc = clean_dump("\n\n".join(["Menü", "Brücke wird saniert", *story[:3], f"{caption}\n© dpa/Max Muster",
                                  *story[3:], "Teilen"]))
    assert doc.text.split("\n\n") == story
    assert caption in doc.captions


def test_spaced_lines_are_the_lines_a_blank_line_sets_apart():
    dump = "Mehr zum Thema\nFirst link\nLast link\nA paragraph.\n\nA subheading\n\nAnother paragraph.\n"
    assert spaced_lines(dump) == {"A paragraph.", "A subheading", "Another paragraph."}
    assert spaced_lines("one line\nanother line\n") is None


def test_last_link_of_a_box_running_into_the_next_paragraph_is_dropped():
    """t-online's "Mehr aus dem Ressort" over three headlines, the last one straight above the story's next
    paragraph: no blank line sets it apart as a subheading would be."""
    story = paragraphs(6, "Tanker")
    box = "Mehr aus dem Ressort\nTrump hat recht – doch ihm ist nicht zu trauen\nICE-Agent erschießt Frau in ihrem Auto\n" \
          "Trump zweifelt an Nato-Partnern"
    doc = clean_dump("\n\n".join(["Menü", "USA stoppen Schattentanker", *story[:3], f"{box}\n{story[3]}", *story[4:],
                                  "Teilen"]))
    assert doc.text.split("\n\n") == story


def test_subheading_set_apart_by_blank_lines_under_a_box_stays():
    """ORF's subheading "Bondi schon lange in Trumps Orbit" right under its "Mehr zum Thema" box."""
    story = paragraphs(6, "Bondi")
    subheading = "Bondi schon lange in Trumps Orbit"
    box = "Mehr zum Thema\nGaetz verzichtet auf Posten als Justizminister\nTrump nominiert neue Justizministerin"
    doc = clean_dump("\n\n".join(["Menü", "Nach Gaetz-Rückzug", *story[:3], box, subheading, *story[3:], "Teilen"]))
    assert doc.text.split("\n\n") == [*story[:3], subheading, *story[3:]]


@pytest.mark.parametrize("heading", ["Följ ämnen i artikeln", "Ämnen i artikeln"])  # Aftonbladet, Expressen
def test_swedish_topics_heading_ends_a_copied_story(heading):
    story = paragraphs(6, "Uddevalla")
    rail = [heading, "Uddevalla", "Polisen", "MEST LÄST", "11.14 NYHETER",
            "Detta är en nyhetsartikel som granskar och ger dig de senaste nyheterna på ett objektivt sätt."]
    doc = clean_dump("\n\n".join(["Meny", "Hanna, 18, försvunnen i Uddevalla", *story, *rail]))
    assert doc.text.split("\n\n") == story


QUOTED = ("Als Team haben wir unsere Karten gut ausgespielt, wir hätten es nicht besser machen können", "Arthur Kluckers")
QUOTING = ("„Als Team haben wir unsere Karten gut ausgespielt, wir hätten es nicht besser machen können“, sagte der "
           "Sieger nach dem Rennen, das er elf Sekunden vor seinem Teamkollegen beendete.")


def test_pull_quote_signed_under_it_and_said_again_in_a_paragraph_is_dropped():
    """The Luxemburger Wort's pull quote over "Arthur Kluckers" (also the Tageblatt's, MDR's): the paragraph nearby
    says it with its context."""
    assert drop_pull_quotes(["A paragraph before.", *QUOTED, QUOTING]) == ["A paragraph before.", QUOTING]


def test_quote_without_a_signature_or_not_said_again_stays():
    """A subheading quoting its paragraph has no signature under it; a quote with a signature that no paragraph
    repeats is the story's own line."""
    assert drop_pull_quotes([QUOTED[0], QUOTING]) == [QUOTED[0], QUOTING]
    lines = [*QUOTED, "Nach dem Rennen fuhr das Team gemeinsam zurück nach Luxemburg, wo es gefeiert wurde."]
    assert drop_pull_quotes(lines) == lines


def test_subheading_set_apart_under_an_ad_slot_and_a_box_of_headlines_stays():
    """The Financial Post's copy: "Read More" over two headlines and an ad slot's labels, six short lines with widget
    lines, run into the subheading "‘BoC to stay on sidelines next week’: TD Economics", which a blank line sets apart:
    the box goes, the subheading stays. With no blank line under it, it is the box's last headline. The story speaks
    of what its subheading names (TD Economics), as a subheading's story does (``drop_unrelated_lines``)."""
    story = paragraphs(9, "Economics")
    subheading = "‘BoC to stay on sidelines next week’: TD Economics"
    box = ("Read More\nCanada's unemployment rate drops as economy gains jobs\nKeep out of the hiring choices\n"
           "Story continues below\nThis advertisement has not loaded yet, but your article continues below.")
    doc = clean_dump("\n\n".join(["Menu", "Jobs report ends recession debate", *story[:3], f"{box}\n{subheading}",
                                  *story[3:], "Share"]))
    assert doc.text.split("\n\n") == [*story[:3], subheading, *story[3:]]
    doc = clean_dump("\n\n".join(["Menu", "Jobs report ends recession debate", *story[:3],
                                  f"{box}\n{subheading}\n{story[3]}", *story[4:], "Share"]))
    assert doc.text.split("\n\n") == story


TRIMMED = ("Die Regierung muss sich jetzt endlich bewegen. Wir müssen das Sozialmodell, das Luxemburg zu einer "
           "Success-Story gemacht hat, wieder hochhalten.")
TRIMMING = ("„Die Regierung muss sich jetzt endlich bewegen“, rief die Präsidentin am Samstag. „Wir müssen das "
            "Sozialmodell, das Luxemburg zu einer Success-Story gemacht hat, wieder hochhalten“, sagte sie.")


def test_pull_quote_trimming_its_sentence_goes_when_signed_with_a_name_and_a_role():
    """The Tageblatt's "Nora Back, OGBL-Präsidentin", the Tagesspiegel's "Karsten Haustein, Universität Leipzig":
    the quote leaves out words of the paragraph that says it, and goes with its signature, as in HTML."""
    lines = ["A paragraph before.", TRIMMED, "Nora Back, OGBL-Präsidentin", TRIMMING]
    assert drop_pull_quotes(lines) == ["A paragraph before.", TRIMMING]


def test_trimmed_repeat_over_a_bare_name_stays():
    """A line over a bare name that a paragraph nearly says again is no sure quote in a dump (a standfirst over its
    reporter's name): only an exact repeat counts there."""
    lines = ["A paragraph before.", TRIMMED, "Nora Back", TRIMMING]
    assert drop_pull_quotes(lines) == lines


def test_trimmed_repeat_over_a_byline_with_a_role_stays():
    """The Abendblatt's standfirst over "Von Christian Unger, Redakteur": a byline names the writer, not a speaker."""
    lines = ["A paragraph before.", TRIMMED, "Von Christian Unger, Redakteur", TRIMMING]
    assert drop_pull_quotes(lines) == lines


@pytest.mark.parametrize(
    "credit", ["Screenshot: SpaceX", "Gif: NASA’s Goddard Space Flight Center/J. Schnittman", "Illustration: The Verge"]
)  # Gizmodo, The Verge
def test_line_above_a_screenshot_or_illustration_credit_is_a_caption(credit):
    caption = "SpaceX wants to use its new space suit designs for future missions to the Moon and Mars."
    assert captions_above_credits(["A paragraph of the story that came before.", caption, credit]) >= {caption, credit}


NAMIBIAN = ["The Police suspect the plastic bag was tied around her head to suffocate her.",
            "The Police responded to a phone call from Telecom Namibia this week.",
            "Scavengers who make a living off the dump by collecting bottles made the discovery.",
            "Police suspect the body was dumped in a rubbish bin over the weekend."]


def test_block_saying_three_lines_above_it_again_run_together_is_dropped():
    """The Namibian's box after the story repeats its paragraphs run together (The Washington Post's caption block
    gathers the captions above it): it goes, the paragraphs stay."""
    assert drop_run_together_repeats([*NAMIBIAN, " ".join(NAMIBIAN[1:])]) == NAMIBIAN


def test_the_repeats_read_the_words_the_pull_quotes_split_from_the_same_lines():
    """``clean_text_dump`` looks for pull quotes, then for run-together repeats, in the same lines: each line is split
    into its words once (``text_regions._words`` is cached), lower case, as tuples no caller can change."""
    lines = [*NAMIBIAN, " ".join(NAMIBIAN[1:])]
    kept = drop_pull_quotes(lines)
    before = _words.cache_info().hits
    assert drop_run_together_repeats(kept) == NAMIBIAN
    assert _words.cache_info().hits - before >= len(kept)
    assert _words("The Police responded, 2 times.") == ("the", "police", "responded", "2", "times")


def test_paragraph_holding_two_lines_above_it_or_lines_under_it_stays():
    """Two lines said again (a subheading and a pull quote over the paragraph they lift from) are no repeat block, nor
    is a lead holding the lines under it (Habertürk's summary over each town's paragraph)."""
    lines = [*NAMIBIAN[:2], " ".join(NAMIBIAN[:2]) + " Officers asked the public for help."]
    assert drop_run_together_repeats(lines) == lines
    lines = [" ".join(NAMIBIAN), *NAMIBIAN]
    assert drop_run_together_repeats(lines) == lines


def test_block_of_several_lines_repeating_rows_above_stays():
    """Haki Benita's query result prints rows of the table above it again, several lines in one block."""
    rows = [f"{code} | 2020-08-01 17:59:00+00 | {count} | 7.44 | t | anomaly in status code {code}"
            for code, count in ((400, 12), (500, 1022), (404, 15))]
    lines = [*rows, "\n".join(rows)]
    assert drop_run_together_repeats(lines) == lines


def test_copied_story_loses_its_teaser_box_repeating_the_paragraphs():
    """A whole copied page: the box after the story repeating its paragraphs run together goes."""
    story = paragraphs(6, "Dump")
    doc = clean_dump("\n\n".join(["Menu", "Baby found at rubbish dump", *story, " ".join(story[1:]), "Share"]))
    assert doc.text.split("\n\n") == story


@pytest.mark.parametrize("caption", [
    "Left/Top: Moussa Al-Hawamsha, a resident of an unrecognized Bedouin community. Right/Bottom: Freij Al-Hawashleh.",
    "TOP: The developer of a new high-rise has been required to keep a flood barrier. BOTTOM LEFT: The subway stop.",
    "LEFT: Developers have installed metal anchor points in the sidewalk. RIGHT: Flooding at the Aquarium station.",
])
def test_caption_block_opening_on_a_pictures_place_is_a_caption(caption):
    """The Intercept's and The Washington Post's captions of a set of photos, each after its place, on one line."""
    assert position_captions(["A paragraph of the story.", caption]) == frozenset({caption})


@pytest.mark.parametrize("line", [
    "Left to their own devices, the children built a raft: it floated.",
    "The top: a summit of ice the climbers reached at dawn.",
    "Bottom line: the council will vote on the budget next week.",
])
def test_story_line_naming_a_place_is_no_position_caption(line):
    assert position_captions([line]) == frozenset()


def test_copied_story_moves_its_position_caption_block_to_captions():
    story = paragraphs(4, "Flood")
    caption = "TOP: A flood barrier on one of the piers. BOTTOM LEFT: The subway stop nearest the harbor."
    doc = clean_dump("\n\n".join(["Menu", "Boston prepares for rising seas", *story[:2], caption, *story[2:], "Share"]))
    assert doc.text.split("\n\n") == story
