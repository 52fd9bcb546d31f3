"""Cookie and consent dialogs copied with a page: a consent manager's settings panel is never the story.

A consent manager (OneTrust, CookieLawInfo, a TCF vendor list) writes its dialog into the page, hidden by a
stylesheet until a visitor opens it, so a browser's copy of the page (and the text-dump benchmark's rendering,
which applies no stylesheet) holds it whole: a heading ("Privacy Preference Center", "Privacy Overview"), tab names
and toggles, and paragraphs of prose on what each kind of cookie does. Those paragraphs are long sentences, so they
make a region of prose as big as a story: 1,480 words under Tech Monitor's story of 480, 1,650 under Daily
Maverick's of 1,830, 385 under The New Republic's of 415. The region rules (``text_regions``) leave out the regions
a dialog opens: a heading of ``data/<language>/consent_headings.txt`` (or a TCF purpose's name,
``data/<language>/consent_purposes.txt``) with a sentence of ``data/<language>/consent_lines.txt`` under it.
"""
from __future__ import annotations

from extractors.clean import widgets

#: Headings of a consent dialog's panel or tabs, per language (``data/<language>/consent_headings.txt``).
CONSENT_HEADING = widgets.local_lines("consent_headings.txt")
#: The IAB TCF's purpose names, which every TCF consent manager prints word for word over its dialog's sections: a
#: dialog's headings of any length (``data/<language>/consent_purposes.txt``). The Local's consentmanager dialog
#: opens under a five-word title no short heading names, and its first section is purpose 1.
CONSENT_PURPOSE = widgets.local_lines("consent_purposes.txt")
#: The sentences a consent dialog opens with, per language (``data/<language>/consent_lines.txt``).
CONSENT_LINE = widgets.local_lines("consent_lines.txt")
#: A dialog's heading runs this many words at most: a label, not a sentence naming one.
HEADING_WORDS = 4


def consent_headings(lines: list[str]) -> tuple[int, ...]:
    """Indexes of the lines that are a consent dialog's heading (``CONSENT_HEADING``, ``HEADING_WORDS`` words at
    most, or a TCF purpose's name, ``CONSENT_PURPOSE``)."""
    return tuple(
        index for index, line in enumerate(lines)
        if "\n" not in line and (
            (widgets.word_count(line) <= HEADING_WORDS and CONSENT_HEADING.fullmatch(line))
            or CONSENT_PURPOSE.fullmatch(line)
        )
    )


def is_consent_line(line: str) -> bool:
    """Whether the line reads as a consent dialog's sentence (``CONSENT_LINE``); asked only under such a heading."""
    return "\n" not in line and CONSENT_LINE.fullmatch(line) is not None
