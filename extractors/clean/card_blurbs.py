"""The blurb under a teaser card's headline set inside a story, once a teaser rule took the headline.

A site sets cards linking to its other stories between a story's paragraphs: a headline (beside its date or printed
twice, which the teaser rules read: ``dated_teasers``, ``rail_twins.doubled_teasers``) over a one-sentence blurb. Copied as text, the headline goes and the blurb is left among the
paragraphs, a short sentence like the story's own. On the dev dumps: tagesschau's four cards, each "09.03.2023" over
"Pläne für Energiewende Habeck verspricht Milliarden für neue Heizungen" over "Mit dem Ausbau erneuerbarer Energien
will Wirtschaftsminister Habeck dem Klimawandel entgegenwirken." over the story's next subheading; MDR's audio box,
"Audio Grüne kritisieren Aufstellung des Landeshaushalts" over the headline again, its blurb and the broadcast line
"MDR SACHSEN-ANHALT Di 14.03.2023 12:23Uhr 03:48 min". The story's own headline, printed twice or beside its date at
the top, stands over its standfirst (heise, BR24, Nature, The Media Line): no paragraph of the story above it. A
story's paragraph runs on into the next one, where a blurb stands over the next card, a subheading or a stamp. A
related link on one line ("Baca juga : ..." on Media Indonesia, which ``kicker_teasers`` takes) stands inside the
story's text, over its next paragraph, however short: only headlines with a card's own lines count, and no widget
line (an ad slot's "Advertisement - story continues below" printed twice over the story's last short paragraph).
"""
from __future__ import annotations

from extractors.clean import widgets
from extractors.clean.text_regions import BLURB_WORDS, PARAGRAPH_WORDS, closes_sentence, line_kind


def _is_paragraph(line: str) -> bool:
    return line_kind(line) == "prose" and widgets.word_count(line) >= PARAGRAPH_WORDS and closes_sentence(line)


def card_blurbs(lines: list[str], start: int, teasers: frozenset[int]) -> frozenset[int]:
    """Indexes of the one-sentence blurbs (``BLURB_WORDS`` words at most) right under the teaser headlines at
    ``teasers`` (no widget line) with a paragraph of the story between ``start`` and the card and no prose right
    under the blurb."""
    found: set[int] = set()
    first = next((index for index in range(start, len(lines)) if _is_paragraph(lines[index])), None)
    if first is None:
        return frozenset()
    for index in sorted(teasers):
        blurb = index + 1
        if index <= first or blurb >= len(lines) or blurb in teasers or widgets.is_widget_line(lines[index]):
            continue
        line = lines[blurb]
        if line_kind(line) != "prose" or not closes_sentence(line) or widgets.word_count(line) > BLURB_WORDS:
            continue
        if blurb + 1 < len(lines) and line_kind(lines[blurb + 1]) == "prose":
            continue
        found.add(blurb)
    return frozenset(found)
