"""News sources the small model leaves untagged or drops: one word after "the", and acronyms that speak.

Later mentions of a publication or body drop the rest of its name: "according to the Wrap", "the Wrap reports" (Raw
Story, after "The Wrap", where the model tags nothing), "told the Post" (Vox, after "the Washington Post", where the
model's ORG falls to the common-noun check because the tagger reads the noun "post"). Where the parse puts such a word
as the source of a report (the subject or object of a verb in ``data/en/source_verbs.txt``, or after "according
to") it is an organisation; so is a name the model reads as a place that is told something (``told_place``). So is an acronym that says something (``speaking_acronym_spans``): prose writes no
person in capitals.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.facts.gazetteer import country_aliases, place_names, title_words, word_list
from extractors.facts.nlp import lemma

SOURCE_VERBS = word_list("source_verbs")
SPEECH_VERBS = word_list("speech_verbs")
ADDRESSEE_VERBS = word_list("addressee_verbs")


def is_source(token: Token) -> bool:
    """Whether the parse makes ``token`` the source of a report: "the X reports", "told the X", "according to the
    X". Such a word is a name even where the tagger reads a common noun ("told the Post", Vox)."""
    head = token.head
    if token.dep_ in {"nsubj", "dobj", "dative"}:
        return lemma(head) in SOURCE_VERBS
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def source_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One-word ORG spans for the untagged sources after a lower-case "the" (see the module docstring); a title
    ("told the President") is no source, and a word before another capitalised word or a possessive ("the AG's
    office") is only part of a name."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    heads, modifiers = title_words()
    found = []
    for token in doc[1:]:
        if token.i in covered or token.ent_type_ or not (token.is_title or token.is_upper):
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and (nxt.is_title or nxt.is_upper or nxt.tag_ == "POS"):
            continue
        if doc[token.i - 1].text == "the" and token.text not in heads | modifiers and is_source(token):
            found.append((token.i, token.i + 1, "ORG"))
    return found


def speaking_acronym_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An acronym that says something is an organisation: prose writes no person in capitals, but the model leaves
    "ACCA said" (Accountancy Age) and "PETA said it aims" (Fox 13) untagged and reads "PSPC said its plan"
    (Ottawa Citizen) as a person. The acronym is the subject of a lower-case speech verb (``speech_verbs.txt``) and
    no title ("the QB said"); a place the model or the gazetteer found ("the US said") keeps its label."""
    labels = {i: label for start, end, label in spans for i in range(start, end)}
    return [
        (token.i, token.i + 1, "ORG")
        for token in doc
        if labels.get(token.i, "PERSON") == "PERSON" and speaking_acronym(token)
    ]


def speaking_acronym(token: Token) -> bool:
    """Whether ``token`` is an acronym, no title, that is the subject of a lower-case speech verb; such a word is a
    name even where the tagger reads a plural noun ("PETA said", Fox 13)."""
    heads, modifiers = title_words()
    return (
        token.is_upper
        and token.is_alpha
        and 2 <= len(token) <= 6
        and token.dep_ == "nsubj"
        and token.text not in heads | modifiers
        and token.head.is_lower
        and lemma(token.head) in SPEECH_VERBS
    )


def told_place(span: Span) -> bool:
    """Whether a name the model reads as a place or building is someone told something (the object of a verb of
    ``addressee_verbs.txt``): then it is the outlet that heard it, "told Metro previously" (Metro, FAC), "an insider
    told Us at the time" (Us Weekly, GPE). A country or a listed place keeps its label ("Washington told Moscow": a
    government named by its capital is GPE)."""
    if span.text in place_names() or span.text in country_aliases():
        return False
    root = span.root
    return root.dep_ in {"dobj", "dative"} and lemma(root.head) in ADDRESSEE_VERBS
