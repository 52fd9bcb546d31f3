"""Teaser cards whose link repeats the card's headline after a label the page gives every such link.

A rail of cards copies as a headline, a blurb perhaps, and a link naming the headline again after a label: "Leer más
sobre Jay-Z cumple 51 años: ..." under "Jay-Z cumple 51 años: ..." and its blurb on HSB Noticias (Diario del Sur, 13
cards), "Full article ..." under the BBC's, "Go VIP - ..." under 247Sports's, a section's name before the headline on
the Lesotho Times ("Crime & Courts ..."). The link line reads as furniture, but the headline and blurb read as a
story's subheading and paragraph, and a rail of them inside the story's region (Diario del Sur's teasers above its
story) stays. A story repeats no line under a label so: a figure's label before its caption ("表1：..." on Think IT,
each label once) is no link's, so the label must open ``LINK_REPEATS`` such lines or more.
"""
from __future__ import annotations

from collections import defaultdict

from extractors.clean import widgets

#: A card's headline runs this many words at least (fewer is a label or a name).
HEADLINE_WORDS = 4
#: The label before the repeated headline runs this many words.
LABEL_WORDS = range(1, 5)
#: The link comes at most this many lines under its headline (a blurb between).
CARD_REACH = 3
#: A label opens this many links or more on the page.
LINK_REPEATS = 2


def linked_cards(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s teaser cards: each card's headline, the lines under it and its
    link, which repeats the headline after a label that ``LINK_REPEATS`` links or more open with."""
    cards: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for index in range(start, end):
        line = lines[index]
        for above in range(index - 1, max(start, index - CARD_REACH) - 1, -1):
            head = lines[above]
            if line != head and line.endswith(head) and widgets.word_count(head) >= HEADLINE_WORDS:
                label = line[: -len(head)].strip()
                if widgets.word_count(label) in LABEL_WORDS:
                    cards[label].append((above, index))
                break
    return frozenset(index for found in cards.values() if len(found) >= LINK_REPEATS
                     for head, link in found for index in range(head, link + 1))
