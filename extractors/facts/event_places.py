"""Places named inside the name of an event or a law (issue 11, places294).

The facts keep no events or laws ("Events, works, products, laws ... are not labelled"), but a place that opens or
sits in such a name is still a mention of that place: "who won gold in butterfly in the 1984 Los Angeles Olympics"
(ABC News Australia, the model's EVENT), "to revise the Japan-U.S. Status of Forces Agreement" (The Japan News,
the model's LAW), both GPE mentions in the dev gold. Only well-known places count: a country's name
(``country_aliases``, not its demonym: "the Chinese New Year" says nothing of China the place) or a listed city or
region (``place_names``), four words at most, on the name's own tokens.

A name that ends in an event word (``data/en/event_heads.txt``) is an event whatever label the model gave it: "the
London Olympics" (ORG or FAC; ABC News Australia), "the Tokyo Olympics" (The model's EVENT; CNA), so it is no
organisation and its place is a mention.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.facts.gazetteer import country_aliases, optional_word_list, place_names

#: Labels of names the facts drop, inside which a place may still be named.
UNLABELLED_NAMES = frozenset({"EVENT", "LAW"})
#: Labels the model gives an event's name that ends in an event word ("the London Olympics" ORG).
EVENT_MISREADS = frozenset({"ORG", "FAC", "PERSON", "PRODUCT", "WORK_OF_ART"})


def with_event_places(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with names ending in an event word labelled EVENT, plus the places inside events and laws."""
    heads = optional_word_list("event_heads", doc.lang_)
    if heads:
        spans = [
            (start, end, "EVENT" if label in EVENT_MISREADS and doc[end - 1].text in heads else label)
            for start, end, label in spans
        ]
    return spans + event_place_spans(doc, spans)


def event_place_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(token start, token end, "GPE") of each well-known place inside an event's or a law's name."""
    aliases = country_aliases()
    places = place_names()
    found: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label not in UNLABELLED_NAMES:
            continue
        i = start
        while i < end:
            hit = None
            if doc[i].is_title or doc[i].is_upper:
                for length in (4, 3, 2, 1):
                    stop = i + length
                    text = doc[i:stop].text if stop <= end else ""
                    if text and (aliases.get(text, (None, None))[1] == "name" or text in places):
                        hit = stop
                        break
            if hit:
                found.append((i, hit, "GPE"))
                i = hit
            else:
                i += 1
    return found
