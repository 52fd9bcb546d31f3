"""Issue 12: a reader poll a text dump keeps between a story's paragraphs, its question over one short line per
answer, leaves the story (``extractors.clean.polls``); an interview's question and a teaser box under it stay."""
from __future__ import annotations

from extractors.clean.polls import polls
from tests.test_clean_text import clean_dump, copied_page, paragraphs

QUESTION = "Welches dieser Mittel ist dein Favorit, wenn du dich erkältet fühlst?"
ANSWERS = ["Eine wärmende Suppe.", "Gerichte mit viel Knoblauch, Zwiebeln und Ingwer.", "Viel Vitamin C und Zink.",
           "Einfach nur viel Schlaf und Ruhe.", "Ich habe kein spezielles Mittel."]


def test_reader_poll_between_paragraphs_leaves_a_copied_story():
    """20 Minuten's poll between two paragraphs: the question read as the story's sentence, the answers as short
    sentences under it."""
    story = paragraphs(6, "Erkältung")
    dump = "\n".join(["Menü", "Was hilft gegen Erkältung", *story[:3], QUESTION, *ANSWERS, *story[3:], "Impressum"])
    assert clean_dump(dump).text.split("\n\n") == story


def test_poll_on_a_dev_page_goes_and_the_paragraph_under_it_stays():
    body, dump = copied_page("zwanzigminuten_2025-11-06_huhnersuppe-co-diese-nahrungsmittel__fundus")
    under = "Achte zudem auf die Zufuhr von Zink"
    text = clean_dump(dump).text
    assert QUESTION in dump and QUESTION not in text and ANSWERS[1] not in text
    assert under in body and under in text


def test_question_over_an_answer_or_a_teaser_box_is_no_poll():
    """An interview's question over its one-line answer and the next question, and the FAZ's interview question over
    its "Zum Thema" box, whose headlines carry a kicker's colon; lines of figures under a question (a byline's stamp
    and counts) are no answers either."""
    interview = ["Hast du versucht, mit ihnen zu verhandeln?", "„Nein.“", "Warum nicht, wenn ich fragen darf?"]
    box = ["Gibt es keinen Unterschied zwischen den Risiken der Technologien?", "Zum Thema",
           "Sechs-Punkte-Programm für Energiewende", "Sie nennen es Hysterie: Fukushima und die Deutschen",
           "Studie: Energieversorgung ohne Atomkraft und Kohle möglich"]
    stamp = ["Can you change the president-elect's worldview?", "11/28/2016 04:23 pm ET", "1k", "Sam Stein"]
    for lines in (interview, box, stamp):
        assert polls(lines, 0, len(lines)) == frozenset()
    assert polls([QUESTION, *ANSWERS], 0, 6) == frozenset(range(6))


def test_poll_answers_glued_into_one_line_go_with_their_question():
    """20 Minuten's answers copied as one line, each sentence's end right before the next answer's capital."""
    body, dump = copied_page("zwanzigminuten_2024-12-17_tiktok-brussel-untersucht-wahleinmischung__fundus")
    glued = "Ja, unbedingt.Nein, das wäre Zensur.Nur wenn es konkrete Beweise gibt.Ich bin mir nicht sicher."
    under = "Der Oberste Verteidigungsrat (CSAT) in Rumänien hatte Tiktok"
    text = clean_dump(dump).text
    assert glued in dump and glued not in text
    assert under in body and under in text
    # a full stop glued to a lower-case word splits no answers: two answers here, too few for a poll
    assert polls(["Was sagen die Leser dazu heute?", "Ja.sie sagen nichts dazu.", "Nein."], 0, 3) == frozenset()
