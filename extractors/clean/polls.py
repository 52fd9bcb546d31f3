"""Reader polls a text dump keeps inside the story: a question over its answers, one short line each.

A page sets a poll between a story's paragraphs as a form; copied as text, its question reads as a sentence of the
story and its answers as short sentences or labels. On the dev dumps: 20 Minuten's "Welches dieser Mittel ist dein
Favorit, wenn du dich erkältet fühlst?" over "Eine wärmende Suppe.", "Gerichte mit viel Knoblauch, Zwiebeln und
Ingwer.", "Viel Vitamin C und Zink.", "Einfach nur viel Schlaf und Ruhe." and "Ich habe kein spezielles Mittel.",
between two of its paragraphs, and on another page "Sollten Plattformen wie Tiktok strenger reguliert werden, um
ausländische Einmischung zu verhindern?" over its four answers glued into one line, each sentence's end right before
the next answer's capital ("Ja, unbedingt.Nein, das wäre Zensur.Nur wenn es konkrete Beweise gibt.Ich bin mir nicht
sicher."); Diario del Sur's "¿Se vacunaría usted para evitar el contagio del COVID-19?" over "Opciones", "SÍ" and
"NO" in its rail. A story's question is answered in a paragraph, and a list it introduces follows a colon
(``text_regions.list_items``); an interview's short answer is one line, under which the next question comes. The
answers are told from a byline's or a box's lines under a question (HuffPost's stamp and counts, The New Republic's
embed credited twice) by being distinct and holding letters only, no figures or code, and from a teaser box under an
interview's question by no widget line or kicker's colon among them (the FAZ's "Zum Thema" over
"Sechs-Punkte-Programm für Energiewende" and "Sie nennen es Hysterie: Fukushima und die Deutschen").
"""
from __future__ import annotations

import re

from extractors.clean import widgets

#: A poll's question runs this many words (a shorter question is a heading's, a longer one a paragraph's).
QUESTION_WORDS = (4, 30)
#: A poll offers this many answers (the label over them, "Opciones", counted as one).
ANSWERS = (3, 8)
#: An answer runs this many words at most.
ANSWER_WORDS = 8
#: What an answer holds besides letters, spaces and a sentence's punctuation: nothing else (no figure, no code, no
#: kicker's colon).
_ANSWER = re.compile(r"[^\W\d_][^\d=(){};:<>|/@#]*")
#: Where a copy glued two answers: a sentence's end right before a letter, no space between.
_GLUED = re.compile(r"(?<=[.!?])(?=[^\W\d_])")


def _is_question(line: str) -> bool:
    return line.endswith(("?", "？")) and "\n" not in line \
        and QUESTION_WORDS[0] <= widgets.word_count(line) <= QUESTION_WORDS[1]


def _is_answer(line: str) -> bool:
    line = line.strip()
    return "\n" not in line and 1 <= widgets.word_count(line) <= ANSWER_WORDS \
        and not line.endswith(("?", "？", ":")) and _ANSWER.fullmatch(line) is not None \
        and not widgets.is_widget_line(line)


def _answers(line: str) -> list[str]:
    """The answers a line holds: itself, or those glued into it (``_GLUED``) when each opens with a capital."""
    parts = _GLUED.split(line.strip())
    return parts if all(part[:1].isupper() for part in parts) else [line]


def polls(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s polls: a question (``QUESTION_WORDS``) over ``ANSWERS`` short
    answers, a line each or glued (``_answers``), each printed once, of letters and a sentence's punctuation only, no
    widget line (``_is_answer``)."""
    found: set[int] = set()
    for index in range(start, end):
        if not _is_question(lines[index].strip()):
            continue
        rows: list[int] = []
        answers: list[str] = []
        for at in range(index + 1, min(index + 1 + ANSWERS[1] + 1, len(lines))):
            held = _answers(lines[at])
            if not all(_is_answer(answer) for answer in held):
                break
            rows.append(at)
            answers += held
        if ANSWERS[0] <= len(answers) <= ANSWERS[1] and len(set(answers)) == len(answers):
            found.update((index, *rows))
    return frozenset(found)
