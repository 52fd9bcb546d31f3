"""Teaser cards a text dump sets inside the story under a short label the page prints over each of them.

A site marks its cards with one label: a section or kicker ("Kommentar" over NZZ's commentaries, "Biznes" over Super
Biznes' teasers, "Demografie" over the Berliner Zeitung's), a pointer ("Frétt af mbl.is" over Morgunblaðið's links, "Mira
también" over La Información's, "Read More" over the Mirror's) or a picture's button ("Perbesar" over Liputan6's captions,
"이미지 확대보기" over Hankook Ilbo's). Copied as text, the label stands alone on the line over each card's headline,
and the headlines land between the story's paragraphs. On the dev dumps, over the whole page, the lines under a label
of one to ``LABEL_WORDS`` words printed twice or more, each time over a different headline-shaped line, are in no
reference on 155 publishers (menus, rails, cards) and in a reference on seven: The Telegraph's product names under
"Amazon", popsugar's and The Debrief's subheadings under a credit or section label, wunderweib's under "Versenden",
Kompas' captions under "Lihat Foto", The Economist's dek and Actualno's icon row. Inside the story's region the rule
lifts twelve dev pages of twelve publishers and lowers three (wunderweib, popsugar, The Telegraph). A label over a
story's paragraph (an ad slot's "Anzeige" over Die Welt's) or a byline over a live blog's entries (USA TODAY's "–
David Jackson") is no card's: every line under the label must be a card's headline (``_is_card_headline``), and the
label carries no figure, byline or credit.
"""
from __future__ import annotations

from collections import defaultdict

from extractors.clean import widgets
from extractors.clean.dated_teasers import _is_card_headline
from extractors.clean.text_regions import PHOTO_CREDIT, is_code

#: A card's label runs this many words at most.
LABEL_WORDS = 4
#: ... and the page prints it over this many cards at least.
LABEL_CARDS = 2


def labelled_cards(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s card labels and the headlines under them (see the module
    docstring)."""
    under: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines[:-1]):
        under[line].append(index)
    found: set[int] = set()
    for label, at in under.items():
        if len(at) < LABEL_CARDS:
            continue  # counted first: a page's lines are mostly printed once, and the label test reads each it asks
        headlines = [lines[index + 1] for index in at]
        if len(set(headlines)) < len(headlines) or not _is_label(label) \
                or not all(_is_card_headline(line) for line in headlines):
            continue
        for index in at:
            found.update({index, index + 1} & set(range(start, end)))
    return frozenset(found)


def _is_label(line: str) -> bool:
    return 1 <= widgets.word_count(line) <= LABEL_WORDS and "\n" not in line \
        and not any(ch.isdigit() for ch in line) and not widgets.SENTENCE_END.search(line) \
        and not widgets.is_byline(line) and not PHOTO_CREDIT.fullmatch(line) and not is_code(line) \
        and not line.lstrip().startswith(("–", "—", "-"))
