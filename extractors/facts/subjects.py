"""Whose quantity it is: the subject of the verb that governs a count or an amount, as a name to show.

Kept apart from the number reading in ``quantities``: this part reads the parse around the quantity
(the verb's subject, an article's earlier full names, a paragraph's dateline), not the number itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.facts.name_spans import POSSESSIVE_ENDINGS
from extractors.facts.nlp import entity_of


def quantity_subject(verb: Token | None, quantity: Span) -> str | None:
    """The text of ``verb``'s subject, the one the quantity belongs to; None when there is none.

    Never the quantity itself ("At least 83 people were wounded": the people are what is counted) nor
    the city of a dateline that the parser took for the story's subject.
    """
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects and subjects[0].tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "the shipments that could hold ..." -> "shipments"
    elif subjects:
        subject = subjects[0]
    else:
        return None
    if quantity.start <= subject.i < quantity.end or _in_dateline(subject):
        return None
    return _subject_text(subject)


def _in_dateline(token: Token) -> bool:
    """Whether ``token`` is the city of a dateline: capitals opening a paragraph, then a comma, an
    agency or a dash, and the dash soon after ("SEOUL, Aug. 27 (Yonhap) --", "PUTRAJAYA, Nov 22 —")."""
    doc = token.doc
    if not _capitals(token):
        return False
    start, end = token.i, token.i + 1
    while start > 0 and _capitals(doc[start - 1]):
        start -= 1
    while end < len(doc) and _capitals(doc[end]):
        end += 1
    opens_paragraph = start == 0 or "\n" in doc[start - 1].text
    after = doc[end : end + 8]
    return (opens_paragraph and len(after) > 0 and after[0].text in {",", "(", *_DASHES}
            and any(t.text in _DASHES for t in after))


_DASHES = frozenset({"--", "—", "–", "-"})


def _capitals(token: Token) -> bool:
    return token.is_upper and token.text[0].isalpha()


def _subject_text(token: Token) -> str:
    """An entity's full text when the subject is a name, else the noun with its compounds; a one-word
    name is written out in full when it shortens one name the article gave before."""
    if token.ent_type_:
        ent = entity_of(token)
        if ent is not None:
            return _full_name(token, _without_possessive(ent.text))
    start = min([c.i for c in token.children if c.dep_ in {"compound", "amod"} and c.i < token.i] + [token.i])
    return _full_name(token, token.doc[start : token.i + 1].text)


def _full_name(token: Token, text: str) -> str:
    """"the North" after "North Korea" -> "North Korea"; "Sinwar" after "Yahya Sinwar" -> "Yahya Sinwar".

    Only when exactly one longer name earlier in the article contains the word: "Soros" after both
    "George Soros" and "Alexander Soros" stays "Soros".
    """
    if " " in text or token.pos_ != "PROPN":
        return text
    longer = {name for end, name in _longer_names(token.doc).get(text, ()) if end <= token.i}
    return longer.pop() if len(longer) == 1 else text


def _longer_names(doc: Doc) -> dict[str, list[tuple[int, str]]]:
    """Each word of a multi-word entity -> (end token, name) of the entities holding it, built once per
    doc: reading ``Doc.ents`` for every subject made quantities quadratic in article length."""
    index = doc.user_data.get("newsfacts_longer_names")
    if index is None:
        index = doc.user_data["newsfacts_longer_names"] = {}
        for ent in doc.ents:
            if len(ent) > 1:
                for word in dict.fromkeys(t.text for t in ent):
                    index.setdefault(word, []).append((ent.end, _without_possessive(ent.text)))
    return index


def _without_possessive(name: str) -> str:
    for ending in POSSESSIVE_ENDINGS:
        if name.endswith(ending):
            return name[: -len(ending)]
    return name
