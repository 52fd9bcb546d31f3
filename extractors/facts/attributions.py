"""Reported claims: a source, a cue (said, told, according to, citing, pledged ...) and the claim's
span, from the parse of speech, belief and commitment verbs that introduce a clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.facts.entities import Mention
from extractors.facts.gazetteer import word_list
from extractors.facts.nlp import SentenceIndex, lemma, sentence_of, text_of
from extractors.facts.quote_marks import find_quote_spans, inside_spans
from extractors.facts.speakers import doc_phrase, speech_subject
from extractors.records import Attribution, Entity

ATTRIBUTION_VERBS = word_list("attribution_verbs")
#: Verbs whose infinitive complement is the reported claim ("vowed to strike back").
COMMITMENT_VERBS = word_list("commitment_verbs")


def extract_attributions(
    doc: Doc, linked: list[tuple[Mention, Entity]], sentences: SentenceIndex
) -> list[Attribution]:
    """Reported claims: "X said (that) CLAIM", "CLAIM, X said", "according to X, CLAIM", "CLAIM, citing X"."""
    quotes = find_quote_spans(text_of(doc))
    found: list[Attribution] = []
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            found.extend(_outside_phrase(doc, token, doc[token.i + 1], "according to", sentences))
        elif token.lower_ == "citing":
            found.extend(_outside_phrase(doc, token, token, "citing", sentences))
        elif token.pos_ in {"VERB", "AUX"} and lemma(token) in ATTRIBUTION_VERBS:
            claims = [c for c in token.children if c.dep_ == "ccomp"]
            if not claims and lemma(token) in COMMITMENT_VERBS:
                claims = [c for c in token.children if c.dep_ == "xcomp"]  # "pledged to strengthen the OBR"
            if claims:
                claim = _subtree_span(claims[0])
                if claim[0].dep_ == "mark" and claim[0].lower_ == "that" and len(claim) > 1:
                    claim = claim[1:]  # the claim, not the complementizer
            else:
                claim = _claim_before_tag(token)
                if claim is None:
                    continue
            if inside_spans(claim.start_char, quotes) and inside_spans(claim.end_char - 1, quotes):
                continue  # a direct quote: a Quote fact covers it
            subject = speech_subject(token)
            source = doc_phrase(subject) if subject is not None else None
            found.append(
                _attribution(
                    doc,
                    [claim, doc[token.i : token.i + 1]]
                    + ([_subtree_span(subject)] if subject is not None else []),
                    source,
                    token.text,
                    claim,
                    sentences,
                )
            )
    return sorted(found, key=lambda a: a.start)


def _claim_before_tag(verb: Token) -> Span | None:
    """The claim a mid-sentence speech tag follows: "CLAIM, a spokesperson for flydubai said, and ...",
    which the parser hangs on the claim's verb (parataxis) instead of the other way round."""
    subject = speech_subject(verb)
    if verb.dep_ != "parataxis" or subject is None or not verb.head.i < subject.i < verb.i:
        return None
    start = max(verb.head.left_edge.i, sentence_of(verb).start)
    return _strip_punct(verb.doc[start : subject.left_edge.i])


def _subtree_span(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _outside_phrase(
    doc: Doc, cue_token: Token, object_parent: Token, cue: str, sentences: SentenceIndex
) -> list[Attribution]:
    """Attribution for "according to X" / "citing X": the claim is the rest of the sentence."""
    objects = [c for c in object_parent.children if c.dep_ in {"pobj", "dobj"}]
    if not objects:
        return []
    obj = objects[0]
    source = doc_phrase(obj)
    phrase = doc[cue_token.i : obj.right_edge.i + 1]
    sent = sentence_of(cue_token)
    before = doc[sent.start : phrase.start]
    after = doc[phrase.end : sent.end]
    claim = before if len(before.text.strip(" ,")) >= len(after.text.strip(" ,.")) else after
    claim = _strip_punct(claim)
    if claim is None:
        return []
    return [_attribution(doc, [claim, phrase], source, cue, claim, sentences)]


def _strip_punct(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct:
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end] if end > start else None


def _attribution(
    doc: Doc, parts: list[Span], source: str | None, cue: str, claim: Span, sentences: SentenceIndex
) -> Attribution:
    start = min(p.start_char for p in parts)
    end = max(p.end_char for p in parts)
    return Attribution(
        text=text_of(doc)[start:end],
        start=start,
        end=end,
        sentence=sentences.of(start),
        source=source,
        cue=cue,
        claim=claim.text,
    )
