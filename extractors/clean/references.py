"""A story's closing list of references: a short heading over bibliography entries, at the end of the text.

Columns by scholars and blog posts on studies close with the works they cite, under a heading of their own: The
Huffington Post Japan's "参考文献" over seven numbered papers ("2. Tsubokura M, Gilmour S, ... (2012). Internal
radiation exposure after the Fukushima nuclear power plant disaster. JAMA. 2012 Aug 15;308(7):669-70"), History
Today's "Further Reading:" over six books ("M.W. Dols,The Black Death in the Middle East (Princeton, 1970)"), and
Psychology Today's "Source:" over the study it reports ("Wotipka, C. D., & High, A. C. (2016). An idealized self or
the real me? ..."). The references leave them out as back matter, as they leave out a story's rails; both cleaners
kept them, since each entry is a long line that reads as prose. An entry is told by its year, where a citation puts
it and a sentence does not: closing a bracket ("(Oxford, 1953)", "(2016).") or before a journal's volume
("2015;91(8):440-6", "2016 Jan;82:77-82"). A year closing a sentence is no sign: "... beginning on January 20, 2017."
closes the Obama White House's last paragraph under its subheading, as years do on Dizindaba, heise and La Vanguardia
(dev pages). The heading is told by its shape alone (a short line, no sentence), since its words differ by publisher
and language. A closing bio under its label may read so too: berlinartlink's "Writer info" over "Alison Hugill has a
Master’s in Art Theory from Goldsmiths College, University of London (2011). ...", which no reference keeps.
"""

from __future__ import annotations

import re

from extractors.clean import widgets
from extractors.clean.text_regions import closes_sentence

#: A year as a citation prints it: closing a bracket ("(2016).", "(Oxford, 1953)"), or before a journal's volume,
#: issue and pages ("2015;91(8):440-6", "2016 Feb 4;6(2):e010080", "2016 Jan;82:77-82").
_CITED_YEAR = re.compile(
    r"\((?:[^()]{0,60},\s*)?(?:1[5-9]|20)\d\d\)|\b(?:1[5-9]|20)\d\d(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\s?\d+(?:\(\d+\))?:"
)
#: The fewest words an entry holds (authors, title and source), and the most its heading holds.
ENTRY_WORDS, HEADING_WORDS = 5, 4


def _is_entry(line: str) -> bool:
    """One line of ``ENTRY_WORDS`` words or more that prints a year as a citation does (``_CITED_YEAR``)."""
    return "\n" not in line and widgets.word_count(line) >= ENTRY_WORDS and _CITED_YEAR.search(line) is not None


def _is_heading(line: str) -> bool:
    """One line of ``HEADING_WORDS`` words at most that closes no sentence ("参考文献", "Further Reading:", "Source:")."""
    return "\n" not in line and widgets.word_count(line) <= HEADING_WORDS and not closes_sentence(line)


def without_closing_references(paragraphs: list[str]) -> list[str]:
    """The story without the heading closing it over lines of ``ENTRY_WORDS`` words or more, two thirds of them
    entries (``_is_entry``: the Huffington Post Japan's seventh, a report, prints its year as "... work. 2015. United
    Nations: New York"); the story's first paragraph stays."""
    heading = len(paragraphs) - 1
    while heading > 0 and "\n" not in paragraphs[heading] and widgets.word_count(paragraphs[heading]) >= ENTRY_WORDS:
        heading -= 1
    below = paragraphs[heading + 1:]
    entries = sum(_is_entry(line) for line in below)
    if heading < 1 or not below or 3 * entries < 2 * len(below) or not _is_heading(paragraphs[heading]):
        return paragraphs
    return paragraphs[:heading]
