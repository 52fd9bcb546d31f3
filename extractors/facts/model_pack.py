"""Facts of a language pack without the English rule set: its model's names, the locale rules, quotes.

Entities come straight from the pack's own NER. The model's labels are mapped onto the project's (PER -> PERSON, LOC -> GPE for a country, else
LOC); a country is normalised to its ISO code through pycountry's names in that language; mentions
merge when they are the same name, or a lone surname of a person named in full earlier ("Macron"
after "Emmanuel Macron", which the small French model often tags as a place).
"""
from __future__ import annotations

import functools
import gettext
from datetime import datetime

import pycountry
from spacy.tokens import Doc

from extractors.facts.nlp import SentenceIndex, text_of
from extractors.facts.quote_marks import find_quote_spans, inside_spans, is_speech
from extractors.facts.universal import locale_grammar, universal_dates, universal_quantities
from extractors.records import Entity, Fact, MentionSpan, Quote

#: The model's labels (WikiNER style and OntoNotes style) as the project's; others (MISC) are dropped.
LABELS = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE", "NORP": "NORP", "FAC": "FAC"}


@functools.cache
def country_names(language: str) -> dict[str, str]:
    """Country names in ``language`` -> ISO 3166 alpha-2, from pycountry's translations of ISO 3166-1."""
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                local = translation.gettext(name).split(",")[0].strip()
                names.setdefault(local, country.alpha_2)
    return names


def model_entities(doc: Doc, sentences: SentenceIndex, language: str) -> list[Entity]:
    """One entity per named thing, every mention in ``spans``, ordered by first mention."""
    countries = country_names(language)
    groups: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    people: dict[str, tuple[str, str]] = {}  # surname -> key of the person named in full
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        text = ent.text.strip()
        if label is None or not text or not any(ch.isupper() for ch in text[:1]):
            continue
        code = countries.get(text)
        if code is not None:
            key = ("GPE", code)
        elif len(ent) == 1 and text in people:
            key = people[text]
        else:
            key = (label, text)
            if label == "PERSON" and len(ent) > 1:
                people.setdefault(ent[-1].text, key)
        groups.setdefault(key, []).append((ent.start_char, ent.start_char + len(text), text))
    entities = []
    for (label, normalized), mentions in groups.items():
        first = mentions[0]
        if (label, normalized) != ("GPE", countries.get(first[2])):  # a country keeps its ISO code
            normalized = max((m[2] for m in mentions), key=len)
        entities.append(Entity(
            text=first[2], start=first[0], end=first[1], sentence=sentences.of(first[0]), label=label,
            normalized=normalized, mentions=len(mentions),
            spans=tuple(MentionSpan(s, e, sentences.of(s)) for s, e, _ in mentions),
        ))
    return sorted(entities, key=lambda e: e.start)


def model_pack_facts(doc: Doc, published: datetime | None, language: str, kinds: frozenset[str],
                     sentences: SentenceIndex) -> list[Fact]:
    """Facts of a pack without the English rules: the model's names, locale money and dates, and quotes."""
    text = text_of(doc)
    grammar = locale_grammar(language)
    entities = model_entities(doc, sentences, language) if kinds & {"entity", "quote"} else []
    facts: list[Fact] = list(entities) if "entity" in kinds else []
    if grammar is not None and "quantity" in kinds:
        facts.extend(universal_quantities(text, grammar, sentences))
    if grammar is not None and "date" in kinds:
        facts.extend(universal_dates(text, grammar, published, sentences))
    if "quote" in kinds:
        facts.extend(marked_quotes(text, entities, sentences))
    facts.sort(key=lambda fact: (fact.start, fact.end))
    return facts


def marked_quotes(text: str, entities: list[Entity], sentences: SentenceIndex) -> list[Quote]:
    """Quotes found by their marks; the speaker is the person named in the quote's sentence, outside it.

    Guillemet styles put the comma outside the marks (« Nous sommes unis », a déclaré Macron), so a
    quote of three words or more that opens with a capital letter is speech too.
    """
    spans = [s for s in find_quote_spans(text) if is_speech(text, s) or _opens_a_sentence(text[s.start:s.end])]
    people = [(m, e.normalized) for e in entities if e.label == "PERSON" for m in e.spans]
    quotes = []
    for span in spans:
        first, last = sentences.of(span.start), sentences.of(span.end)
        named = [(m.start, name) for m, name in people
                 if first <= sentences.of(m.start) <= last and not inside_spans(m.start, spans)]
        after = [name for start, name in named if start >= span.end]
        before = [name for start, name in named if start < span.start]
        speaker = after[0] if after else (before[-1] if before else None)
        start = span.start + len(text[span.start:span.end]) - len(text[span.start:span.end].lstrip())
        end = span.start + len(text[span.start:span.end].rstrip())
        quotes.append(Quote(text[start:end], start, end, first, speaker, None))
    return quotes


def _opens_a_sentence(content: str) -> bool:
    words = content.split()
    return len(words) >= 3 and content.strip()[:1].isupper()
