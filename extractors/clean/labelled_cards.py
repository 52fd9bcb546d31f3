"""Teaser cards a text dump sets inside the story under a short label the page prints over each of them, or in a run
of cards each under a label of its own (``card_runs``).

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
from extractors.clean.text_regions import PHOTO_CREDIT, RAIL_HEADING, RELATED_LABEL, is_code, line_kind

#: A card's label runs this many words at most, and this many characters (told first: ``card_runs`` asks every line).
LABEL_WORDS = 4
LABEL_CHARS = 60
#: ... and the page prints it over this many cards at least.
LABEL_CARDS = 2
#: A run of this many cards in a row, each a label over a headline of this many words or more, is a box of teasers
#: whatever its labels say (``card_runs``).
RUN_CARDS = 3
RUN_HEADLINE_WORDS = 6


def labelled_cards(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s card labels and the headlines under them (see the module
    docstring)."""
    # the labels over the region's lines, then where the page prints them: most of a page's lines are no label there
    asked = {lines[index] for index in range(max(0, start - 1), min(end, len(lines) - 1))
             if len(lines[index]) <= LABEL_CHARS}
    under: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines[:-1]):
        if line in asked:
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


def card_runs(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s lines in a run of ``RUN_CARDS`` cards or more in a row, each a
    label (``_is_label``) right over a headline-shaped line of ``RUN_HEADLINE_WORDS`` words or more: a box of teasers,
    each card's kicker over its headline, whatever the labels say. Super Express' "Wielka akcja policji" / "Strzały w
    myjni samochodowej w Łodzi, i to znowu! ...", "Sypiała z własnym synem" / "Chciał zabić brata za romans z matką.
    ..." between its story's paragraphs, Yle's "Metsäteollisuus" / "Metsäteollisuuden johto vakuuttaa luottamustaan
    pääministeri Mariniin – ...", The Sun's "SHOCK SACK" / "'Now is the right time' - EFL club sack manager ...". A
    story's kicker and headline, or a subheading over its paragraph, make one pair, not three; a rail whose headlines
    each stand over their author's name reads so too (LeadDev's "More like this" box, La Vanguardia's "Lee también"
    cards, whose references keep a line of it: two dev pages down)."""
    found: set[int] = set()
    # a run reaching into the region counts its cards outside it too: ``RUN_CARDS`` pairs on either side are enough
    index, last = max(0, start - 2 * RUN_CARDS), min(len(lines) - 1, end + 2 * RUN_CARDS)
    while index < last:
        stop = index
        while stop < last and _is_run_card(lines[stop], lines[stop + 1]):
            stop += 2
        if (stop - index) // 2 >= RUN_CARDS:
            found.update(set(range(index, _rail_end(lines, index, stop))) & set(range(start, end)))
            index = stop
        else:
            index += 1
    return frozenset(found)


def _rail_end(lines: list[str], index: int, stop: int) -> int:
    """Where a run of cards from ``index`` to ``stop`` ends: a run opening on a related label or a rail's heading
    (``RELATED_LABEL``, ``RAIL_HEADING``) holds cards of a headline over its author's name, which the run reads as
    labels over headlines one line late, so its last "headline", with the story's prose right under it, is the
    story's subheading under the rail: LeadDev's "Agent security versus the identity problem" under "More like this"
    and two headlines over "Carly Page" and "Kari McMahon", La Vanguardia's "La tragedia de Los Gallardos despierta una
    ola de solidaridad ..." under "Lee también" and two headlines over "La Vanguardia" and "REDACCIÓN" (dev dumps,
    both in their references; issue 12, dumpsR277)."""
    if stop < len(lines) and line_kind(lines[stop]) == "prose" \
            and (RELATED_LABEL.fullmatch(lines[index]) or RAIL_HEADING.fullmatch(lines[index])):
        return stop - 1
    return stop


def _is_run_card(label: str, headline: str) -> bool:
    """A label over a headline of ``RUN_HEADLINE_WORDS`` words or more; the label's length is told first, as most of a
    story's lines are longer than any label."""
    return len(label) <= LABEL_CHARS and widgets.word_count(headline) >= RUN_HEADLINE_WORDS \
        and _is_card_headline(headline) and _is_label(label)


def _is_label(line: str) -> bool:
    return len(line) <= LABEL_CHARS and 1 <= widgets.word_count(line) <= LABEL_WORDS and "\n" not in line \
        and not any(ch.isdigit() for ch in line) and not widgets.SENTENCE_END.search(line) \
        and not widgets.is_byline(line) and not PHOTO_CREDIT.fullmatch(line) and not is_code(line) \
        and not line.lstrip().startswith(("–", "—", "-"))
