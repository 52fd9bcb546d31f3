"""Counts a pack's parse does not attach to a noun as ``nummod``: an approximate-number noun ("une quinzaine de
ressortissants") and "un"/"une" before a unit of time ("un an de prison"). Both words are nouns or articles to the
model, so :func:`model_pack.counted_quantities` never sees a number in them. Also the qualifier phrases before a pack's
quantities ("plus de", "près de"), which the English rules read in ``quantities``. The word lists are per language
(``data/<language>/approximate_numbers.tsv``, ``one_units.txt``, ``qualifiers.tsv``) and a pack without them gets
none of these."""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources

from spacy.tokens import Doc

from extractors.facts.gazetteer import number_words, optional_word_list, qualifier_phrases
from extractors.facts.nlp import SentenceIndex, text_of
from extractors.records import Quantity

#: The words that may stand for "one" before a unit: the article, whose two genders are both "one".
_ONE = ("un", "une")
#: "de" before the article or after the unit: what makes "un an" an amount rather than "a year" in passing.
_OF = ("d'", "d’", "de")


def pack_counts(doc: Doc, language: str, connectors: frozenset[str], taken: list[Quantity],
                sentences: SentenceIndex) -> list[Quantity]:
    """Approximate counts and counted single time units, those inside an amount already read left out."""
    found = approximate_counts(doc, language, connectors, sentences) + one_unit_counts(doc, language, sentences)
    return [q for q in found if not any(t.start < q.end and q.start < t.end for t in taken)]


def approximate_counts(doc: Doc, language: str, connectors: frozenset[str], sentences: SentenceIndex) -> list[Quantity]:
    """ "une quinzaine de ressortissants" is about 15 ressortissants: the approximate noun after "une", a connector
    ("de", "d'") and the noun counted (past its adjectives, as ``counted_quantities`` reads a count)."""
    words = number_words(language, "approximate_numbers")
    if not words:
        return []
    text = text_of(doc)
    pattern = re.compile(rf"(?<!\w)une\s+(?P<word>{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)
    found = []
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        following = list(doc[span.end:span.end + 5]) if span is not None else []
        if not following or following[0].lower_ not in connectors:
            continue
        noun = next((t for t in following[1:] if t.pos_ in {"NOUN", "PROPN"}), None)
        if noun is None or not all(t.pos_ == "ADJ" for t in following[1:following.index(noun)]):
            continue
        last = noun.i
        while last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_ + doc[last + 1].whitespace_:
            last += 2  # the tokenizer splits a compound at its hyphen: "sapeurs-pompiers" (Vosges Matin)
        end = doc[last].idx + len(doc[last])
        found.append(Quantity(text[m.start():end], m.start(), end, sentences.of(m.start()),
                              float(words[m.group("word").lower()]), text[noun.idx:end].lower(), qualifier="about"))
    return found


def one_unit_counts(doc: Doc, language: str, sentences: SentenceIndex) -> list[Quantity]:
    """ "un an", "une heure": one of a unit of time (``one_units``), where the article is the count. Only where "de"
    frames it as an amount, after the article ("un peu plus d'une heure", Le Monde) or after the unit ("un an de
    prison ferme", WARA): elsewhere "un an" is as often "a year" in passing. A unit an adjective or participle
    qualifies is a period described, not counted: "Après une semaine agitée" (Libération) is no count."""
    units = optional_word_list("one_units", language)
    if not units:
        return []
    text = text_of(doc)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(_ONE)})\s+(?P<unit>{'|'.join(map(re.escape, units))})(?!\w)",
                         re.IGNORECASE)
    found = []
    for m in pattern.finditer(text):
        unit = doc.char_span(m.start("unit"), m.end("unit"))
        if unit is None or unit.end >= len(doc) or doc[unit.end].pos_ in {"ADJ", "VERB"}:
            continue  # the adjective or participle right after it: "une semaine agitée" (the parse calls it a verb)
        if not (text[:m.start()].endswith(_OF) or doc[unit.end].lower_ in _OF):
            continue  # only where "de" frames it as an amount: "plus d'une heure", "un an de prison"
        found.append(Quantity(m.group(0), m.start(), m.end(), sentences.of(m.start()), 1.0, m.group("unit").lower()))
    return found


def qualified(text: str, quantities: list[Quantity], language: str) -> list[Quantity]:
    """Each quantity with the qualifier phrase that ends right before it (``data/<language>/qualifiers.tsv``: "plus
    de 400 euros" is more than 400), the phrase taken into its text as the gold spans it; "exactly" where none."""
    if not resources.files("extractors.facts").joinpath("data", language, "qualifiers.tsv").is_file():
        return quantities
    phrases = qualifier_phrases(language)
    out = []
    for q in quantities:
        before = text[max(0, q.start - 40):q.start].lower()
        found = next(
            ((m, c) for p, c in phrases if (m := re.search(rf"(?<!\w){re.escape(p)}\s*$", before))), None
        )
        if found is None:
            out.append(q)
            continue
        start = q.start - len(before) + found[0].start()
        out.append(replace(q, text=text[start:q.end], start=start, qualifier=found[1]))
    return out
