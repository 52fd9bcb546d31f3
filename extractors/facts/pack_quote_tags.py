"""Who speaks a quote in a pack language, read off the inverted tag right after its closing mark.

French news tags a quote after it, the verb before its subject ("« ... », a ajouté Laurent Fabius" in
Libération; "« ... », prévient Valdis Dombrovskis" and "« ... », juge Mme Binet" in Le Monde), with the
subject as a pronoun inside the verb group ("», dit-il" in Libération; "», a-t-elle estimé" and "»,
confie-t-elle" in Le Monde), or with a preposition of the pack's attribution list ("», selon le ministère des
Affaires étrangères" in Libération; "», d'après le récit qu'elle livre au Monde" in Le Monde). The small French
model tags these verbs as nouns or adjectives as often as not ("argumente-t-elle", "lance le maire"), so
the tag is found by its shape, not by the verb's part of speech or a list of verbs: a comma after the
closing mark, then a word in lower case that is no determiner, preposition, pronoun or conjunction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractors.facts.cue_attributions import inverted_pronoun, phrase_after, sentence_bounds
from extractors.facts.gazetteer import optional_word_list, tagged_words
from extractors.facts.nlp import text_of
from extractors.records import Entity

#: The closing mark and the comma that open an inverted tag: "», a déclaré"; "« , a-t-il dit" where the page writes
#: its guillemets reversed (``quote_marks.REVERSED_PAIRS``).
TAG_OPENING = re.compile(r"\s*[»«”\"]\s*,\s*")
#: Parts of speech that cannot be the tag's verb (the model's tag of it may be wrong, but never these):
#: "», ce qui ...", "», mais ...", "», selon" (a preposition is read through the attribution list).
NOT_A_VERB = frozenset({"DET", "ADP", "PRON", "PROPN", "CCONJ", "SCONJ", "NUM", "PUNCT", "SPACE"})
#: The reflexive before a tag's verb: "», s'interroge-t-il".
REFLEXIVES = frozenset({"s'", "s’", "se"})
#: The preposition of a title's complement, which stays in a source phrase.
OF = frozenset({"de", "du", "des", "d'", "d’"})
#: Words that open a relative clause, which ends a source phrase.
RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})


@dataclass(frozen=True)
class QuoteTag:
    """The phrase a tag names as who spoke, and whether it is a pronoun ("-t-il", "-elle")."""

    source: Span
    pronoun: bool


def quote_tag(doc: Doc, quote_end: int, language: str) -> QuoteTag | None:
    """The inverted tag right after the quote that ends at character ``quote_end``, or None."""
    text = text_of(doc)
    opening = TAG_OPENING.match(text, quote_end)
    if opening is None or opening.end() >= len(text):
        return None
    first = doc.char_span(opening.end(), opening.end() + 1, alignment_mode="expand")
    if first is None:
        return None
    start, end = sentence_bounds(text, quote_end, opening.end())
    sent = doc.char_span(start, end, alignment_mode="expand")
    if sent is None:
        return None
    i = first.start
    prepositions = optional_word_list("attribution_prepositions", language)
    if doc[i].lower_ in prepositions:
        return _phrase_tag(phrase_after(i + 1, sent))
    if i + 1 < sent.end and f"{doc[i].lower_}{doc[i + 1].lower_}".replace("’", "'") in prepositions:
        return _phrase_tag(phrase_after(i + 2, sent))  # "d'" + "après"
    if doc[i].lower_ in REFLEXIVES:
        i += 1
    while i < sent.end and (doc[i].pos_ == "AUX" or inverted_pronoun(doc[i])):
        i += 1  # "a", "a-t-elle", "avait"
    if i >= sent.end or not _can_be_verb(doc[i]):
        return None
    after = i + 1
    while after < sent.end and inverted_pronoun(doc[after]):
        after += 1  # "dit-il", "confie-t-elle"
    pronouns = [t for t in doc[first.start : after] if inverted_pronoun(t) and t.text.lower() != "-t"]
    if pronouns:
        return QuoteTag(doc[pronouns[0].i : pronouns[0].i + 1], pronoun=True)
    return _phrase_tag(phrase_after(after, sent))


def _can_be_verb(token: Token) -> bool:
    return token.is_alpha and token.text[:1].islower() and token.pos_ not in NOT_A_VERB


def _phrase_tag(source: Span | None) -> QuoteTag | None:
    """The phrase up to a relative clause, a verb or a preposition other than "de": in "d'après le récit
    qu'elle livre au Monde" (Le Monde) the source is "le récit", which names nobody, not "Monde"; in "plaide
    Manuel Valls après son discours à la tribune" (Libération) it is "Manuel Valls". "de" stays: it is part
    of a title ("le ministre des Affaires étrangères", Libération)."""
    if source is None:
        return None
    end = next((t.i for t in source if t.i > source.start and (
        t.pos_ in {"VERB", "AUX"} or "Rel" in t.morph.get("PronType") or t.lower_ in RELATIVES
        or (t.pos_ == "ADP" and t.lower_ not in OF))), source.end)
    source = source.doc[source.start : end]
    return QuoteTag(source, pronoun=len(source) == 1 and source[0].pos_ == "PRON")


def tag_speaker(tag: QuoteTag, entities: list[Entity], language: str) -> str | None:
    """The entity a tag's phrase names: a person in it or in apposition right after it ("le ministre de
    l'Intérieur, Gérald Darmanin"), the one person whose stated role a title phrase repeats ("le ministre des
    Affaires étrangères"), else an organisation in it ("la SNCF"), else a full name the model did not tag
    as a person. None for a pronoun or a phrase that names nobody ("le politique letton" in Le Monde, who is
    Valdis Dombrovskis quoted just before): the caller reads the context."""
    if tag.pronoun:
        return None
    source = tag.source
    text = text_of(source.doc)
    apposition = source.end_char
    if text.startswith(",", apposition):
        apposition += 1 + len(text[apposition + 1 :]) - len(text[apposition + 1 :].lstrip())
    people = [(m, e) for e in entities if e.label == "PERSON" for m in e.spans]
    named = [e.normalized for m, e in people
             if source.start_char <= m.start < source.end_char or m.start == apposition]
    if named:
        return named[0]
    heads = set(tagged_words("titles", language).get("head", ()))
    phrase = f" {source.text.lower()} "
    if any(t.text in heads for t in source):
        # the stated role may be shorter than the phrase: "ministre des Affaires" (its complement's capitalised
        # words) in "le ministre des Affaires étrangères"
        holders = {e.normalized for _, e in people if e.role and f" {e.role.lower()} " in phrase}
        return holders.pop() if len(holders) == 1 else None
    bodies = [e.normalized for e in entities if e.label == "ORG"
              for m in e.spans if source.start_char <= m.start < source.end_char]
    if bodies:
        return bodies[0]
    # a body named in lower case, which the pack's entities leave out as a name: "selon le ministère des Affaires
    # étrangères" (Libération)
    named_bodies = [e.text for e in source.doc.ents if e.label_ == "ORG" and source.start <= e.start < source.end]
    if named_bodies:
        return named_bodies[0]
    return source.text if _is_full_name(source) else None


def _is_full_name(source: Span) -> bool:
    """Two or more capitalised words and nothing else: a person's full name the model tagged as a place or
    missed ("prévient Valdis Dombrovskis" in Le Monde, "a ajouté Laurent Fabius" in Libération, are the
    shape; the small French model tags names as places often enough, see ``model_pack``)."""
    words = [t for t in source if not t.is_punct]
    return len(words) >= 2 and all(t.is_alpha and t.text[:1].isupper() and t.pos_ != "DET" for t in words)
