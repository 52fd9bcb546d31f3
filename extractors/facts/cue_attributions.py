"""Reported claims for a language pack without the English rules, from its cue words and word order.

French news reports a claim in three shapes (the cue words, with examples from two publishers, are
in ``data/<language>/attribution_verbs.txt`` and ``attribution_prepositions.txt``):

- the source before its cue, the claim after: "François Hollande avait annoncé par avance qu'il
  saisirait les Sages", "La dirigeante de la CGT affirme avoir tiré parti de l'invitation";
- the claim first, the source after its cue: "Un troisième Français a été tué ..., a déclaré jeudi
  le ministre des Affaires étrangères";
- a preposition naming the source: "..., selon le Quai d'Orsay", "Selon X, ...".

The cue verb is found by its lemma. The small French model parses an inverted speech tag poorly, so
the roles come from word order and punctuation, and the parse's subject is used where it has one.
A pack without these lists gets no attributions.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractors.facts.attributions import is_direct_quote, strip_punct
from extractors.facts.gazetteer import optional_word_list, tagged_words
from extractors.facts.nlp import SentenceIndex, lemma, text_of
from extractors.facts.quote_marks import QuoteSpan, find_quote_spans
from extractors.records import Attribution

#: How far after the cue its complementizer ("que", "qu'") may stand: "a fait valoir au locataire de
#: l'Elysée qu'« il ne peut pas ... »" puts an indirect object in between.
COMPLEMENTIZER_WINDOW = 8
#: Tokens that end a source phrase written after its cue ("..., selon le Quai d'Orsay.").
PHRASE_END = frozenset(",.;:!?«»()\"“”")
#: A source phrase longer than this is a clause, not a name of who spoke.
MAX_SOURCE_TOKENS = 12
#: Where a sentence ends: its closing punctuation (and quote mark), a space, and a capital, a digit or
#: an opening quote. A single capital before the period is an initial or "M." (monsieur), no end.
#: The marker of an infinitive after a commitment cue (the "de" rows of ``infinitive_claims``).
INFINITIVE_DE = frozenset({"de", "d'", "d’"})
SENTENCE_END = re.compile(r"[.!?…]+[»”\"]?\s+(?=[«“\"A-ZÀ-ÖØ-Þ0-9])")


def cue_attributions(doc: Doc, sentences: SentenceIndex, language: str) -> list[Attribution]:
    """Claims reported with the pack's cue verbs and prepositions, in text order."""
    verbs = optional_word_list("attribution_verbs", language)
    prepositions = optional_word_list("attribution_prepositions", language)
    if not verbs and not prepositions:
        return []
    complementizers = optional_word_list("complementizers", language)
    infinitives = tagged_words("infinitive_claims", language)
    forms = _verb_forms(language, verbs)
    no_speech = optional_word_list("no_speech_pairs", language)
    quotes = find_quote_spans(text_of(doc))
    found = []
    for token in doc:
        joined = _joined(token)
        if token.lower_ in prepositions:
            found.append(_prepositional(token, token.i, sentences, quotes))
        elif joined in prepositions:
            found.append(_prepositional(token, token.i - 1, sentences, quotes))
        elif (cue := _cue_verb(token, verbs, forms, complementizers)) is not None \
                and not _in_pair(token, no_speech):
            found.append(_verbal(token, *cue, complementizers, infinitives, sentences, quotes))
    return sorted((a for a in found if a is not None), key=lambda a: a.start)


def _joined(token: Token) -> str:
    """The token with the elided word before it ("d'" + "après" -> "d'après"), apostrophes made straight."""
    prev = token.doc[token.i - 1] if token.i else None
    if prev is None or prev.text[-1:] not in {"'", "’"} or prev.idx + len(prev) != token.idx:
        return ""
    return (prev.text + token.text).lower().replace("’", "'")


def _in_pair(token: Token, pairs: frozenset[str]) -> bool:
    """Whether ``token`` ends one of ``pairs`` ("vouloir dire": "veut habituellement dire" means, it does not
    report), the verb before it found past adverbs."""
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and f"{lemma(token.doc[i])} {lemma(token)}" in pairs


def _verb_forms(language: str, verbs: frozenset[str]) -> dict[str, str]:
    """Form -> cue lemma, for forms the model may tag or lemmatize wrongly (``attribution_verb_forms``):
    the listed forms, and each -er verb's stem with the listed endings."""
    tagged = tagged_words("attribution_verb_forms", language)
    forms = {form: verb for verb, found in tagged.items() if verb != "ending" for form in found}
    for verb in verbs:
        if verb.endswith("er") and " " not in verb:
            forms.update({verb[:-2] + ending: verb for ending in tagged.get("ending", ())})
    return forms


def _cue_verb(token: Token, verbs: frozenset[str], forms: dict[str, str],
              complementizers: frozenset[str]) -> tuple[Token, str] | None:
    """The first token of the cue ``token`` ends and the cue's lemma, or None when it is none: a verb whose
    lemma is a cue; the second word of a two-word cue ("a fait valoir", "s'attendent"); or a cue's form where
    the small model tagged a noun or lemmatized wrongly ("..., juge Mme Binet"), if it stands where a cue
    does: after a comma, or not after a determiner and right before a complementizer ("Les économistes
    prévoient que ...") or an infinitive ("Une infirmière raconte avoir travaillé")."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i else None
    if token.pos_ == "VERB" and prev is not None and prev.pos_ in {"VERB", "PRON"} \
            and (pair := f"{lemma(prev)} {lemma(token)}") in verbs:
        return prev, pair
    if token.pos_ == "VERB" and lemma(token) in verbs:
        return token, lemma(token)
    cue = forms.get(token.lower_)
    if cue not in verbs or token.pos_ in {"DET", "ADP", "PRON", "PROPN"}:
        return None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    after_comma = prev is not None and prev.text == "," and (nxt is None or nxt.pos_ != "VERB")
    before_clause = nxt is not None and (prev is None or prev.pos_ != "DET") and (
        nxt.lower_ in complementizers or "Inf" in nxt.morph.get("VerbForm"))
    return (token, cue) if after_comma or before_clause else None


def _prepositional(cue: Token, first: int, sentences: SentenceIndex, quotes: list[QuoteSpan]) -> Attribution | None:
    """ "CLAIM, selon X" / "Selon X, CLAIM": the claim is the clause before the phrase when there is one.
    ``first`` is where the cue starts: the elided "d'" of "d'après"."""
    sent = _sentence(cue)
    source = phrase_after(cue.i + 1, sent)
    if source is None or "Rel" in source[0].morph.get("PronType"):
        return None  # "l'idée selon laquelle ...": a relative clause, not a source
    before, after = cue.doc[sent.start : first], cue.doc[source.end : sent.end]
    claim = _words(before if any(t.pos_ in {"VERB", "AUX"} for t in before) else after)
    return _attribution(claim, cue.doc[first : source.end], source, cue, sentences, quotes,
                        cue.doc[first : cue.i + 1].text)


def _verbal(
    verb: Token, cue_start: Token, cue: str, complementizers: frozenset[str],
    infinitives: dict[str, tuple[str, ...]], sentences: SentenceIndex, quotes: list[QuoteSpan],
) -> Attribution | None:
    """ "X a déclaré que CLAIM", "X affirme avoir ...", "X a promis de ...", or the inverted "CLAIM, a déclaré X"
    and "CLAIM, a-t-il ajouté" (the pronoun inside the verb group is the source)."""
    doc, sent = verb.doc, _sentence(verb)
    cue_text = doc[cue_start.i : verb.i + 1].text  # "valoir" is cue with its "fait"
    start = cue_start.i  # the verb group: "a déclaré", "a elle aussi jugé", "a-t-il ajouté", "a fait savoir"
    while start > sent.start and (doc[start - 1].pos_ in {"AUX", "ADV"} or inverted_pronoun(doc[start - 1])):
        start -= 1
    clause = _clause_after(verb, cue, sent, complementizers, infinitives)
    if clause is not None:
        # a clause after a complementizer is indirect speech even when its words are quoted ("Mme Binet a
        # fait valoir ... qu'« il ne peut pas avoir raison seul »", Le Monde): a claim, not only a Quote
        return _attribution(clause, doc[start : verb.i + 1], _subject_before(verb, start, sent), verb, sentences,
                            [] if _after_complementizer(clause, complementizers) else quotes, cue_text)
    if start > sent.start and doc[start - 1].text == ",":
        # a colon or semicolon before the tag opens the claimed words: "... jugé que X : « Elles
        # représentent une menace », a-t-elle estimé" (Le Monde) reports only the quote
        opening = max((t.i + 1 for t in doc[sent.start : start - 1] if t.text in {":", ";"}), default=sent.start)
        claim = _words(doc[opening : start - 1])
        inverted = [t for t in doc[start : verb.i] if inverted_pronoun(t) and t.text.lower() != "-t"]
        source = doc[inverted[0].i : inverted[0].i + 1] if inverted else phrase_after(verb.i + 1, sent)
        return _attribution(claim, doc[start : verb.i + 1], source, verb, sentences, quotes, cue_text)
    return None


def _after_complementizer(clause: Span, complementizers: frozenset[str]) -> bool:
    """Whether ``clause`` follows a complementizer (past the quote marks and apostrophes in between)."""
    i = clause.start - 1
    while i >= 0 and (clause.doc[i].is_punct or clause.doc[i].text in {"’", "'"}):
        i -= 1
    return i >= 0 and clause.doc[i].lower_ in complementizers


def inverted_pronoun(token: Token) -> bool:
    """ "-t", "-il", "-elle", "-on": the subject pronoun written after its verb ("a-t-il ajouté")."""
    return token.text.startswith("-") and token.text[1:].isalpha()


def _sentence(token: Token) -> Span:
    """The sentence around ``token`` by :func:`sentence_bounds`, as tokens."""
    start, end = sentence_bounds(text_of(token.doc), token.idx, token.idx + len(token))
    span = token.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else token.doc[token.i : token.i + 1]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence(s) holding ``text[start:end]``, cut at its paragraph and at
    sentence punctuation: the small French model splits sentences inside names and clauses
    ("L'Airbus A350 affrété ... s'est posé ...") and joins others."""
    par_start = text.rfind("\n", 0, start) + 1
    par_end = text.find("\n", end)
    par_end = len(text) if par_end == -1 else par_end
    first, last = par_start, par_end
    for match in SENTENCE_END.finditer(text, par_start, par_end):
        if _is_initial(text, match.start()):
            continue
        if match.end() <= start:
            first = match.end()
        elif match.start() >= end:
            last = match.start() + len(match.group(0).rstrip())
            break
    return first, last


def _is_initial(text: str, period: int) -> bool:
    """Whether the period at ``period`` closes a one-letter initial: "M. Macron" (Le Monde), "M. Bazoum"
    (Le Soir)."""
    return period >= 1 and text[period - 1].isupper() and (period == 1 or not text[period - 2].isalpha())


def _clause_after(verb: Token, cue: str, sent: Span, complementizers: frozenset[str],
                  infinitives: dict[str, tuple[str, ...]]) -> Span | None:
    """The claim a cue introduces: after its complementizer ("qu'il saisirait les Sages"), or, for the cues of
    ``infinitive_claims``, an infinitive right after it ("affirme avoir tiré parti de l'invitation") or after
    "de" ("a promis de baisser les impôts"). Another subordinator ("a demandé si ...") opens a question."""
    doc = verb.doc
    window = doc[verb.i + 1 : min(verb.i + 1 + COMPLEMENTIZER_WINDOW, sent.end)]
    for token in window:
        if token.lower_ in complementizers:
            return _words(doc[token.i + 1 : sent.end])
        if (token.dep_ == "mark" and token.lower_ not in INFINITIVE_DE) or token.text in {".", ";", "?", "!"}:
            break
    # "d'" before the infinitive is its marker even where the model tags it an adverb ("a promis d'honorer",
    # Libération; "promet d'équilibrer", Radio-Canada), so it is not skipped with the adverbs
    following = next((t for t in window if t.pos_ not in {"ADV", "PART"} or t.lower_ in INFINITIVE_DE), None)
    if following is not None and following.lower_ in INFINITIVE_DE and following.i + 1 < sent.end:
        following = doc[following.i + 1] if cue in infinitives.get("de", ()) else None
    elif cue not in infinitives.get("bare", ()):
        following = None
    if following is not None and "Inf" in following.morph.get("VerbForm"):
        return _words(doc[following.i : sent.end])
    return None


def _subject_before(verb: Token, group_start: int, sent: Span) -> Span | None:
    """Who speaks in "X a déclaré que ...": the parse's subject of the cue, else the sentence's first
    subject before it ("M. Macron a ... balayé l'idée ..., estimant qu'il faut ..."), else the phrase right
    before the verb group where the parse found no verb at all ("L'opposition juge que ...", parsed as a
    noun with an adjective)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < verb.i]
    if not subjects:
        subjects = [t for t in verb.doc[sent.start : group_start] if t.dep_ in {"nsubj", "nsubj:pass"}][:1]
    if not subjects:
        return _phrase_before(group_start, sent)
    subject = subjects[0]
    doc = verb.doc
    if any(c.dep_ == "case" for c in subject.children):
        # "Depuis Washington, Christine Lagarde, directrice générale du FMI, a ... jugé" (Le Monde): a phrase
        # with a preposition is no subject; the name after the next comma is
        return _name_after_comma(doc, subject.right_edge.i + 1, group_start) or _phrase_before(group_start, sent)
    start = max(subject.left_edge.i, sent.start)
    end = min(subject.right_edge.i + 1, group_start)
    comma = next((t.i for t in doc[subject.i : end] if t.text in PHRASE_END), end)
    before = doc[start - 2] if start - 2 >= sent.start else None
    if before is not None and doc[start - 1].text == "," and before.pos_ == "PROPN" and subject.pos_ != "PROPN" \
            and not any(c.dep_ == "case" for c in before.children):
        # "Pouria Amirshahi, député socialiste ..., a annoncé": the parser took the apposition for
        # the subject; the name before it is who spoke (not when the subject is a name itself, after a
        # place with its preposition: "Depuis Washington, Christine Lagarde, ..., a ... jugé", Le Monde)
        name_start = start - 2
        while name_start > sent.start and doc[name_start - 1].pos_ == "PROPN":
            name_start -= 1
        return doc[name_start : start - 1]
    return doc[start:comma]  # "Mme Binet", "La dirigeante de la CGT", up to an apposition


def _name_after_comma(doc: Doc, index: int, group_start: int) -> Span | None:
    """The run of proper nouns right after the first comma from ``index`` on, before the verb group."""
    comma = next((t.i for t in doc[index:group_start] if t.text == ","), None)
    if comma is None:
        return None
    end = comma + 1
    while end < group_start and doc[end].pos_ == "PROPN":
        end += 1
    return doc[comma + 1 : end] if end > comma + 1 else None


def _phrase_before(group_start: int, sent: Span) -> Span | None:
    """The name phrase that ends at the verb group: from the sentence start or the last punctuation before it."""
    doc = sent.doc
    start = group_start
    while start > sent.start and doc[start - 1].text not in PHRASE_END and not doc[start - 1].is_space:
        start -= 1
    if start == group_start or group_start - start > MAX_SOURCE_TOKENS or not _opens_a_name(doc[start]):
        return None
    return doc[start:group_start]


def phrase_after(index: int, sent: Span) -> Span | None:
    """The source named after a cue, up to the next punctuation: "le Quai d'Orsay", "jeudi le ministre des
    Affaires étrangères" without the weekday, "-t-elle" as "elle"."""
    doc = sent.doc
    start = index
    while start < sent.end and not _opens_a_name(doc[start]):
        if doc[start].text in PHRASE_END:
            return None
        start += 1
    if start < sent.end and doc[start].text.startswith("-"):
        return doc[start : start + 1]  # "-t-elle", "-t-on": the pronoun alone
    end = start
    while end < sent.end and doc[end].text not in PHRASE_END and not doc[end].is_space:
        end += 1
    if end == start or end - start > MAX_SOURCE_TOKENS:
        return None
    return doc[start:end]


def _opens_a_name(token: Token) -> bool:
    """A determiner, pronoun or proper noun, or any capitalised word, starts a source phrase; a lower-case
    common noun right after the cue is its time ("a déclaré jeudi le ministre")."""
    if token.text.startswith("-"):
        return token.text.lstrip("-").lower() != "t"  # the inverted pronoun "-elle", "-il" after "-t"
    return token.pos_ in {"DET", "PRON", "PROPN"} or token.text[:1].isupper()


def _words(span: Span) -> Span | None:
    """The span without punctuation and spaces at its ends; None when fewer than two words are left."""
    stripped = strip_punct(span)
    if stripped is None or sum(1 for t in stripped if t.is_alpha or t.like_num) < 2:
        return None
    return stripped


def _attribution(
    claim: Span | None,
    cue: Span,
    source: Span | None,
    cue_token: Token,
    sentences: SentenceIndex,
    quotes: list[QuoteSpan],
    cue_text: str | None = None,
) -> Attribution | None:
    if claim is None or source is None or is_direct_quote(claim, quotes):
        return None  # a direct quote is a Quote fact
    if any({"1", "2"} & set(t.morph.get("Person")) and t.pos_ == "PRON" for t in source[:1]):
        return None  # "selon moi", "je dis": the speaker's own voice, not a claim the article reports
    text = text_of(claim.doc)
    start = min(claim.start_char, cue.start_char, source.start_char)
    end = max(claim.end_char, cue.end_char, source.end_char)
    return Attribution(
        text=text[start:end],
        start=start,
        end=end,
        sentence=sentences.of(start),
        source=source.text.split("-")[-1] if source.text.startswith("-") else source.text,
        cue=cue_text or cue_token.text,
        claim=claim.text,
    )
