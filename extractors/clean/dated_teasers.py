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
pages of eight publishers up; The Media Line's standfirst under its date went with them. The date may carry the time
it ran (dumps97): the stern's "02. August 2023,17:31" over "Verein Mieter helfen Mieter "Das müssen Sie sich nicht
gefallen lassen …" – ...", tagesschau's "19.02.2023 - 14:00 Uhr", the Sportschau's "24.04.2024 • 11:31 Uhr", TODAY's
"Dec. 19, 201602:46" (a video's length glued on) under "Zsa Zsa Gabor dies at 99: ..."; TimesLIVE's standfirst over
its own "21 May 2025 - 14:19" went with them. A story's
own subheading stands over its paragraphs with no date beside it, and a paragraph beside a date (a wire story's first,
under its date) closes a sentence.

A video player set between a story's paragraphs prints the title of the video it plays over a label leading to more
of them (``VIDEO_LABEL``): "Baerbock sagt 300 Millionen Euro zusätzliche Hilfen für Syrien zu" over "weitere Videos" on
the Hamburger Abendblatt, "Historischer Blackout: Spanien und Portugal kehren zur Normalität zurück" on the BSZ. None
of the eleven lines over such a label on the dev dumps is in a reference. A player prints the video's length alone
on a line over its title or blurb too (``_is_video_length``): "Duration 1:30" over "Yahya Sinwar has been promoted to
Hamas political chief. ..." on CBC, "01:48 min" over "Ergebnisse in Dixville Notch: ..." on the stern; no line under
such a length on the dev dumps (CBC, n-tv, the stern, CNA) is in a reference. A bare "5:42" is left: a time of day
reads the same over a story's paragraph (CGTN, actu.fr). A player marked "Video" alone on a line prints the title
under the mark (``VIDEO_MARK``, dumps119): La Vanguardia's "Homenaje a las víctimas del 7 de octubre en el lugar del
atentado", Kompas's and hessenschau's video teasers; a headline-shaped line there goes (two La Vanguardia dev pages up;
MDR's subheading "Schlachtmengen sinken seit Jahren deutlich" under its video's closing "Video" mark goes too).

A card set between a story's paragraphs closes on a bare link to its story (``CARD_LINK``) under its blurb, a photo
credit perhaps between, with its headline and kicker right above the blurb (``more_cards``): MDR's cards (six on one
page, one on another), each a kicker joined to the headline, the headline again and a blurb over "mehr"
("Landeshaushalt 2023: Finanzausschuss gibt grünes Licht" over "Der Landeshaushalt für 2023 hat am Donnerstagabend
eine entscheidende Hürde genommen. ..."; the last card's link is the line the region stops at), the stern's
"Grillen, Party, Sonnenbaden – was ist auf dem Balkon erlaubt?" over "Party", its blurb and "© skynesher / Getty
Images" over "Mehr" (and "Diese Milliardäre sponsern Donald Trump" over "John Paulson" on another stern page). Four
dev pages of the two publishers up, none down. A story paragraph over such a link has a paragraph above it, no
headline: MDR's Thüringer Bratwurst page sets "mehr" under its own paragraphs, which stay.
"""
from __future__ import annotations

import re

from extractors.clean import widgets
from extractors.clean.text_regions import (
    CREDIT_WORDS,
    PHOTO_CREDIT,
    VIDEO_LENGTH,
    closes_sentence,
    without_end_marks,
)

#: A date alone on its line (day, month and year in figures, or the month named; ISO), after at most one word naming
#: the card's kind ("Analyse", "Updated"), perhaps with the time after it (",17:31", " - 14:00 Uhr", " • 11:31 Uhr").
_CARD_DATE = re.compile(
    r"(?:[^\W\d_]+,? )?(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}\.? [^\W\d_]{3,}\.? \d{4}|[^\W\d_]{3,}\.? \d{1,2},? \d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:,? ?[-–•|]? ?\d{1,2}[:.]\d{2}(?: Uhr)?)?"
)
#: A video player's label under the title it plays, per language (``data/<language>/video_labels.txt``).
VIDEO_LABEL = widgets.local_lines("video_labels.txt")
#: A video's length labelled alone on its line, per language (``data/<language>/video_lengths.txt``), or closed by
#: "min" (``text_regions.VIDEO_LENGTH``).
VIDEO_LENGTH_LABEL = widgets.local_lines("video_lengths.txt")
#: A video player's mark alone on the line over the title it plays, per language (``data/<language>/video_marks.txt``).
VIDEO_MARK = widgets.local_lines("video_marks.txt")
#: A teaser card's bare link to its story, per language (``data/<language>/card_links.txt``).
CARD_LINK = widgets.local_lines("card_links.txt")
#: A card's headline, kicker and label lines stand at most this many lines over its blurb.
CARD_HEAD_LINES = 3
#: A card's label (a section's name, "Party" on the stern) runs this many words at most.
CARD_LABEL_WORDS = 3
#: A teaser's headline runs this many words (fewer is a label; more is a blurb, which its own rules judge).
HEADLINE_WORDS = (4, 25)


def _is_card_headline(line: str) -> bool:
    """A line shaped as a teaser's headline: ``HEADLINE_WORDS`` words, no full stop, colon or ellipsis closing it, an
    emoji or a symbol after them aside (``without_end_marks``: inessential's last paragraph, "... continuously. 🍕"
    over the post's date, is no headline)."""
    words = widgets.word_count(line)
    return HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and "\n" not in line \
        and not without_end_marks(line).endswith((".", ":", "…"))


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
    """Indexes of the region ``lines[start:end]``'s lines right over a video player's label (``VIDEO_LABEL``), right
    under its length (``_is_video_length``), or headline-shaped right under the player's mark (``VIDEO_MARK``)."""
    return frozenset(index for index in range(start, end) if index + 1 < len(lines)
                     and VIDEO_LABEL.fullmatch(lines[index + 1].strip())
                     or index > 0 and _is_video_length(lines[index - 1])
                     or index > 0 and VIDEO_MARK.fullmatch(lines[index - 1].strip()) and _is_card_headline(lines[index]))


def _is_credit(line: str) -> bool:
    """A photo credit alone on its line, as a widget reads one or as a language's list names it (the stern's "©
    Matt Campbell / DPA" only the latter)."""
    line = line.strip()
    return widgets.is_credit_line(line) or widgets.word_count(line) <= CREDIT_WORDS and bool(PHOTO_CREDIT.fullmatch(line))


def more_cards(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s teaser cards closed by a bare link (``CARD_LINK``): the link, a
    photo credit over it, the blurb over that (closing a sentence) and the headline, kicker and label lines right over
    the blurb, one of them headline-shaped."""
    found: set[int] = set()
    # the last card's link may be the line the region stops at
    for index in range(start, min(end + 1, len(lines))):
        if not CARD_LINK.fullmatch(lines[index].strip()):
            continue
        blurb = index - 1
        if blurb > start and _is_credit(lines[blurb]):
            blurb -= 1
        if blurb <= start or not closes_sentence(lines[blurb]):
            continue
        heads = []
        for above in range(blurb - 1, max(start, blurb - CARD_HEAD_LINES) - 1, -1):
            line = lines[above]
            if not (_is_card_headline(line) or widgets.word_count(line) <= CARD_LABEL_WORDS
                    and not closes_sentence(line)):
                break
            heads.append(above)
        if any(_is_card_headline(lines[head]) for head in heads):
            found.update(range(min(heads), index + 1))
    return frozenset(found)
