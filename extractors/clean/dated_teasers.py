"""Teasers a text dump sets inside the story with their date alone on the line beside them, and the titles of the
videos a player set inside it plays.

A site sets links to its earlier stories between a story's paragraphs as cards: a headline with the date it ran on
the line above or below, a blurb perhaps. Copied as text, the date line goes with the other furniture and the
headline is left in the story. On the dev dumps: tagesschau's "Analyse 11.04.2022" over "Spiegels Rücktritt Wenn der
Gegenwind zu stark wird" and "02.03.2025" over "Vor Ukraine-Konferenz in London "Koalition der Willigen" für eine
Waffenruhe?", the stern's "EU-Kommission Geld so schnell verschicken wie bei PayPal: ..." over "25.10.2022", n-tv's
"Olympia 04.08.24" over "Olympia-Bilder des Tages Deutsches Zentimeter-Drama, ..."; dates written out too: USA
TODAY's "Aug 18, 2010" under "GM files for IPO, but are taxpayers still on the hook?", MIT News' "July 28, 2011", Vulture's
"Sept. 7, 2016", the Washington Post's "Updated February 19, 2020", Caxton's "November 6, 2025" (Eyethu News). Nine dev
pages of eight publishers up; The Media Line's standfirst under its date went with them. A story's
own subheading stands over its paragraphs with no date beside it, and a paragraph beside a date (a wire story's first,
under its date) closes a sentence.

A video player set between a story's paragraphs prints the title of the video it plays over a label leading to more
of them (``VIDEO_LABEL``): "Baerbock sagt 300 Millionen Euro zusätzliche Hilfen für Syrien zu" over "weitere Videos" on
the Hamburger Abendblatt, "Historischer Blackout: Spanien und Portugal kehren zur Normalität zurück" on the BSZ. None
of the eleven lines over such a label on the dev dumps is in a reference. A player prints the video's length alone
on a line over its title or blurb too (``_is_video_length``): "Duration 1:30" over "Yahya Sinwar has been promoted to
Hamas political chief. ..." on CBC, "01:48 min" over "Ergebnisse in Dixville Notch: ..." on the stern; no line under
such a length on the dev dumps (CBC, n-tv, the stern, CNA) is in a reference. A bare "5:42" is left: a time of day
reads the same over a story's paragraph (CGTN, actu.fr).
"""
from __future__ import annotations

import re

from extractors.clean import widgets
from extractors.clean.text_regions import VIDEO_LENGTH

#: A date alone on its line (day, month and year in figures, or the month named; ISO), after at most one word naming
#: the card's kind ("Analyse", "Updated").
_CARD_DATE = re.compile(
    r"(?:[^\W\d_]+,? )?(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}\.? [^\W\d_]{3,}\.? \d{4}|[^\W\d_]{3,}\.? \d{1,2},? \d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
#: A video player's label under the title it plays, per language (``data/<language>/video_labels.txt``).
VIDEO_LABEL = widgets.local_lines("video_labels.txt")
#: A video's length labelled alone on its line, per language (``data/<language>/video_lengths.txt``), or closed by
#: "min" (``text_regions.VIDEO_LENGTH``).
VIDEO_LENGTH_LABEL = widgets.local_lines("video_lengths.txt")
#: A teaser's headline runs this many words (fewer is a label; more is a blurb, which its own rules judge).
HEADLINE_WORDS = (4, 25)


def _is_card_headline(line: str) -> bool:
    words = widgets.word_count(line)
    return HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and "\n" not in line \
        and not line.rstrip().endswith((".", ":", "…"))


def dated_teasers(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s headline-shaped lines with a date alone on the line above or
    below: a teaser card's headline set in the story."""
    return frozenset(
        index for index in range(start, end)
        if _is_card_headline(lines[index]) and any(
            _CARD_DATE.fullmatch(lines[near].strip()) for near in (index - 1, index + 1) if 0 <= near < len(lines)
        )
    )


def _is_video_length(line: str) -> bool:
    line = line.strip()
    return bool(VIDEO_LENGTH_LABEL.fullmatch(line) or VIDEO_LENGTH.fullmatch(line))


def video_titles(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s lines right over a video player's label (``VIDEO_LABEL``) or
    right under its length (``_is_video_length``)."""
    return frozenset(index for index in range(start, end) if index + 1 < len(lines)
                     and VIDEO_LABEL.fullmatch(lines[index + 1].strip())
                     or index > 0 and _is_video_length(lines[index - 1]))
