"""Who a speech verb's subject is: a named entity, a descriptor ("the ministry's spokesperson")
resolved to the person named before, a collective ("officials"), or a pronoun resolved in context.
Quotes and attributions both name their source with these rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.facts.entities import LinkedMentions, Mention
from extractors.facts.gazetteer import word_list
from extractors.facts.nlp import lemma, sentence_of, text_of
from extractors.facts.quote_marks import find_quote_spans, inside_spans
from extractors.records import Entity

SPEECH_VERBS = word_list("speech_verbs")
#: Speech verbs whose object is whom the speaker addresses ("told analysts").
ADDRESS_VERBS = word_list("address_verbs")
ROLE_ABBREVIATIONS = {
    "gov.": "governor",
    "rep.": "representative",
    "sen.": "senator",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "adm.": "admiral",
    "dr.": "doctor",
    "prof.": "professor",
}


COLLECTIVE_HEADS = word_list("collective_heads")
#: Texts that speak for whoever issued them ("a statement said"): no unnamed person.
STATEMENT_NOUNS = word_list("statement_nouns")
#: Determiners that introduce somebody new.
_INTRODUCING = {"a", "an", "one", "another"}
#: A possessive or reflexive of the pronoun's own gender in an unnamed subject's clause makes the subject a person.
_OWN_FORMS = {"he": {"his", "himself"}, "she": {"her", "herself"}}
#: How many sentences back a "he"/"she" looks for the subject it continues.
_SUBJECT_REACH = 3
PRONOUN_LABELS = {
    "he": "PERSON",
    "she": "PERSON",
    "him": "PERSON",
    "her": "PERSON",
    "it": "ORG",
    "they": "ORG",
}


def speech_subject(verb: Token) -> Token | None:
    """The nominal subject of a speech verb, climbing from "saying"/"adding" to the clause it hangs on. An inverted tag
    set off after a comma, whose claim's subject the parser also hangs on it, takes the subject right after it ("The
    reasons for slow hiring, says Nihalani, are many", Business Today)."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        subjects = [c for c in subjects if not _hyphen_piece(c)] or subjects
        inverted = [c for c in subjects if c.left_edge.i == node.i + 1]
        if inverted and len(subjects) > 1 and node.dep_ == "parataxis" and node.doc[node.i - 1].text == ",":
            return inverted[0]
        if subjects:
            return subjects[0]
        if node.dep_ in {"advcl", "conj", "xcomp"} and node.head.i != node.i:
            node = node.head
        else:
            break
    return None


def entity_name(token: Token, linked: LinkedMentions) -> str | None:
    """Name of the entity a subject token names directly (no pronouns), or None."""
    for candidate in [token, *[c for c in token.children if c.dep_ in {"appos", "compound"}]]:
        for mention, entity in linked.covering(candidate.idx):
            if entity.label in {"PERSON", "ORG"}:
                return mention_name(entity, mention)
    return _person_by_words(token, linked)


def _person_by_words(token: Token, linked: LinkedMentions) -> str | None:
    """The one PERSON whose name contains a proper-noun subject the NER missed ("Bradbrooke said")."""
    if token.pos_ != "PROPN":
        return None
    words = [t.text for t in token.subtree if t.i <= token.i and t.pos_ == "PROPN"]
    named = {e.normalized for _, e in linked if e.label == "PERSON" and _contains_words(e.normalized, words)}
    return named.pop() if len(named) == 1 else None


def resolve_source(subject: Token, before_char: int, linked: LinkedMentions) -> str | None:
    """Name of the entity ``subject`` refers to, or its own words when no entity fits."""
    for token in [subject, *[c for c in subject.children if c.dep_ in {"appos", "compound"}]]:
        for mention, entity in linked.covering(token.idx):
            return mention_name(entity, mention)
    if subject.pos_ == "NOUN":
        # "the tweet from Vulture magazine", "the head of the Palestinian Dialogue Group"
        for token in subject.subtree:
            if token.i > subject.i and token.head.dep_ == "prep" and token.head.lower_ in {"from", "of"}:
                for mention, entity in linked.covering(token.idx):
                    if entity.label in {"ORG", "PERSON"}:
                        return _person_set_off_after(token, linked) or mention_name(entity, mention)
                if (
                    token.dep_ == "pobj"
                    and token.head.lower_ == "from"
                    and (
                        token.pos_ == "PROPN"
                        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
                    )
                ):
                    # "the tweet from Vulture magazine" names its source, even when the NER missed it
                    return doc_phrase(token)
    named = _person_by_words(subject, linked)
    if named is not None:
        return named
    lower = subject.lower_
    if lower == "they":
        bodies = [
            (m, e)
            for m, e in linked
            if e.label == "ORG" and m.start < subject.idx and set(e.normalized.split()) & COLLECTIVE_HEADS
        ]
        acting = [e.normalized for m, e in bodies if _is_subject_mention(subject.doc, m, main_clause=False)]
        if acting:
            return acting[-1]
        if bodies:
            return bodies[0][1].normalized  # "the lawmakers wrote" -> the body the article introduced first
    if lower in {"he", "she"} and subject.dep_ in {"nsubj", "nsubjpass"}:
        nearest = _nearest_subject(subject, linked)
        if nearest is _UNNAMED:
            return None
        if nearest is not None:
            return nearest
    if lower in PRONOUN_LABELS:
        label = PRONOUN_LABELS[lower]
        limit = min(before_char, subject.idx)
        addressed = {e.normalized for t in addressees(subject.head) for _, e in linked.covering(t.idx)}
        earlier = [(m, e) for m, e in linked if m.start < limit and e.label == label and e.normalized not in addressed]
        main_subject = [(m, e) for m, e in earlier if _is_subject_mention(subject.doc, m, main_clause=True)]
        as_subject = [(m, e) for m, e in earlier if _is_subject_mention(subject.doc, m, main_clause=False)]
        recent = [
            pair
            for pair in main_subject
            if pair[0].start >= (as_subject[-1][0].start if as_subject else 0)
            or subject.idx - pair[0].start < 400
        ]
        chosen = recent or as_subject or earlier
        if chosen:
            return mention_name(chosen[-1][1], chosen[-1][0])
        return _named_subject_before(subject, linked) if label == "PERSON" else None
    phrase_tokens = [
        t for t in subject.subtree if t.i <= subject.i and t.dep_ not in {"det", "poss", "punct"}
    ]
    phrase = " ".join(t.lower_ for t in phrase_tokens)
    head = subject.lower_
    candidates = {
        e.normalized
        for m, e in linked
        if (e.label == "ORG" and head in e.normalized.lower().split())
        or (e.label == "PERSON" and m.role and _role_matches(m.role, phrase, head))
    }
    if len(candidates) == 1:
        return candidates.pop()
    if len(candidates) > 1:
        latest = _latest_holder(subject, linked, candidates)
        if latest is not None:
            return latest
    det_phrase = doc_phrase(subject)
    return det_phrase


def _person_set_off_after(owner: Token, linked: LinkedMentions) -> str | None:
    """The person a descriptor's "of" phrase names after a comma, when the parser hangs the name on the owner: "says
    the former editor of the Standard, George Osborne" (Evening Standard; the small model tags "Standard" a person
    too), the same shape as "said the director of the US National Institute of Standards and Technology, Laurie
    Locascio" (Tech Monitor). The owner is the body the person works for, not who spoke."""
    if owner.dep_ != "pobj":
        return None
    for appos in (c for c in owner.children if c.dep_ == "appos" and c.i > owner.i):
        if not any(t.text == "," for t in owner.doc[owner.i + 1 : appos.left_edge.i]):
            continue
        for mention, entity in linked.covering(appos.idx):
            if entity.label == "PERSON":
                return mention_name(entity, mention)
    return None


def _latest_holder(subject: Token, linked: LinkedMentions, candidates: set[str]) -> str | None:
    """Of several people who hold the title a definite subject names ("the senator", with Sens. Tester, Murphy and
    Sinema in the article), the one named last before it: the writer says "the senator" of the senator just talked
    about ("Tester's support from the Soros family ... But the senator, who recently said ...", Free Beacon). An
    organisation among the candidates, or no candidate named before the subject, leaves the subject unresolved."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children):
        return None
    before = [(m, e) for m, e in linked if e.normalized in candidates and m.end <= subject.idx]
    if not before or any(e.label != "PERSON" for m, e in linked if e.normalized in candidates):
        return None
    return before[-1][1].normalized


def addressees(verb: Token) -> set[Token]:
    """The words naming whom a verb of ``address_verbs.txt`` addresses ("she told King", "told the court"): never
    its speaker, though they are the nearest noun after the verb when the parse finds no subject, and may be the
    person a pronoun subject was last seen as (Boing Boing, Daily Maverick, Forbes, Rest of World)."""
    if lemma(verb) not in ADDRESS_VERBS:
        return set()
    return {t for c in verb.children if c.dep_ in {"dobj", "dative"} for t in c.subtree}


def _named_subject_before(pronoun: Token, linked: LinkedMentions) -> str | None:
    """The person "he"/"she" stands for when no person is named before it: the singular proper-noun subject of the
    sentence before the pronoun's (or of its own, before the pronoun), however the model labelled the name or
    whether it tagged it at all ("Galligan ... says ... “I have three dogs ...,” she says.", Variety; "..., Vinci-Booher
    found. “This could be ...,” she says.", NPR; "Sharif said ... “The Pakistani nation ...,” he said.", National Post;
    "And Gosling loves ... “Maybe ...,” he says.", E! Online; "Sasha recommends ... “Oftentimes ...,” she explains.",
    PopSugar)."""
    doc = pronoun.doc
    own = sentence_of(pronoun)
    scopes = [doc[own.start : pronoun.i]]
    if own.start > 0:
        scopes.insert(0, sentence_of(doc[own.start - 1]))
    for scope in reversed(scopes):
        for token in reversed(list(scope)):
            if token.dep_ == "nsubj" and token.tag_ == "NNP" and token.head.pos_ in {"VERB", "AUX"}:
                for mention, entity in linked.covering(token.idx):
                    return mention_name(entity, mention)
                words = [t for t in token.lefts if t.dep_ == "compound" and t.tag_ == "NNP"]
                return doc[words[0].i if words else token.i : token.i + 1].text
    return None


_UNNAMED = "<unnamed>"
_BODY = "<body>"


def _nearest_subject(pronoun: Token, linked: LinkedMentions) -> str | None:
    """Who a subject "he"/"she" continues: the subject of the nearest sentence before it (its own words before it
    first) that names one person, walking back over sentences whose main subject is the same pronoun (the same
    person goes on) or no person, at most ``_SUBJECT_REACH`` sentences. A person the writer introduced without a name
    there ("a supervisor says", "a community member voiced his concerns") gives ``_UNNAMED``: the pronoun is that
    person's, not a name's from further back. None when no such subject is near."""
    doc = pronoun.doc
    spans = doc.user_data.get("newsfacts_all_quote_spans")
    if spans is None:
        spans = doc.user_data["newsfacts_all_quote_spans"] = find_quote_spans(text_of(doc))
    addressed = addressees(pronoun.head)
    told = {t.text for t in addressed if t.pos_ == "PROPN"}
    own = sentence_of(pronoun)
    scopes = [doc[own.start : pronoun.i]]
    start, reach = own.start, _SUBJECT_REACH
    while start > 0 and reach > 0 and len(scopes) < 3 * _SUBJECT_REACH:
        previous = sentence_of(doc[start - 1])
        scopes.append(previous)
        start = previous.start
        # a sentence of quoted words only ("“Really?” I ask" cut in two) does not count
        reach -= any(t.is_alpha and not inside_spans(t.idx, spans) for t in previous)
    for depth, scope in enumerate(scopes):
        subjects = [
            t
            for t in reversed(list(scope))
            if t.dep_ in {"nsubj", "nsubjpass"}
            and t.head.pos_ in {"VERB", "AUX"}
            and t.text[:1].isalpha()
            and not inside_spans(t.idx, spans)
            and t not in addressed
        ]
        # the main clause's subject first, then a speech verb's, then a subordinate one's ("Barr has told people ...
        # unless Trump stops")
        subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", lemma(t.head) not in SPEECH_VERBS))
        if subjects and subjects[0].head.dep_ == "ROOT" and subjects[0].lower_ in {"he", "she"}:
            continue  # "He cites Leviticus 25, where God says ...": the same person goes on
        for token in subjects:
            found = _subject_person(token, linked, own=depth == 0, pronoun=pronoun)
            if found is _BODY:
                return None  # a body named right before: the older reading decides
            if found is not None and found.split()[-1] in told:
                continue  # '"...," she told Brook' after "Brook asked ...": the person told, not the speaker
            if found is not None:
                return found
    return None


def _own_pronoun(token: Token, pronoun: Token) -> bool:
    """Whether ``token`` is a possessive or reflexive of the pronoun's gender ("his concerns" for "he")."""
    forms = _OWN_FORMS.get(pronoun.lower_, set())
    return token.lower_ in forms and (token.dep_ == "poss" or token.lower_.endswith("self"))


def _subject_person(token: Token, linked: LinkedMentions, own: bool, pronoun: Token) -> str | None:
    """The one person a clause subject names (a PERSON mention; in a sentence before the pronoun's, also an untagged
    proper noun that is its main clause's or a speech verb's subject and speaks somewhere in the text), ``_UNNAMED``
    for a person introduced without a name, ``_BODY`` for an organisation; None for anything else."""
    if any(c.dep_ == "conj" for c in token.children):
        return None  # "King and Schlessinger both indulged": two people
    for mention, entity in linked.covering(token.idx):
        if entity.label == "PERSON":
            return mention_name(entity, mention)
        return _BODY if entity.label in {"ORG", "NORP"} else None
    for child in token.children:
        if child.dep_ == "appos" or (child.dep_ == "compound" and token.tag_ == "NNP"):
            for mention, entity in linked.covering(child.idx):
                if entity.label == "PERSON":
                    return mention_name(entity, mention)
    if token.tag_ == "NNP":
        named = _person_by_words(token, linked)
        if named is not None:
            return named
        main = token.head.dep_ == "ROOT" or lemma(token.head) in SPEECH_VERBS
        if own or not main or token.text not in _speaking_names(token.doc):
            return None  # "Trilith isn't perfect, but “...,” he says"; "When Curb ends, he's resolved"
        words = [t for t in token.lefts if t.dep_ == "compound" and t.tag_ == "NNP"]
        return token.doc[words[0].i if words else token.i : token.i + 1].text
    if (
        token.pos_ == "NOUN"
        and lemma(token) not in STATEMENT_NOUNS
        and any(c.dep_ in {"det", "nummod"} and c.lower_ in _INTRODUCING for c in token.children)
        and not any(c.dep_ == "appos" for c in token.children)
        and not any(e.label == "PERSON" for t in token.subtree for _, e in linked.covering(t.idx))
        and not any(c.pos_ == "PROPN" or c.dep_ in {"nsubj", "nsubjpass"} for c in token.head.children if c.i != token.i)
        and (lemma(token.head) in SPEECH_VERBS or any(_own_pronoun(t, pronoun) for t in token.head.subtree if t.i > token.i))
    ):
        # somebody new who speaks or is a "he"/"she": "an Amalgamated supervisor says to me" (Mother Jones), "A
        # Sussex Police spokesman said" (The Argus), "a community member voiced his concerns" (CBS News)
        return _UNNAMED
    return None


def _speaking_names(doc: Doc) -> set[str]:
    """The proper nouns that are the subject of a speech verb somewhere in the text ("Bnxn says", "Radio ... says"):
    a name the small model missed or mislabelled that speaks is a person's or a body's, not a month's or a show's."""
    names = doc.user_data.get("newsfacts_speaking_names")
    if names is None:
        names = set()
        for token in doc:
            if token.pos_ == "VERB" and lemma(token) in SPEECH_VERBS:
                subject = speech_subject(token)
                if subject is not None and subject.tag_ == "NNP":
                    names.add(subject.text)
        doc.user_data["newsfacts_speaking_names"] = names
    return names


def _is_subject_mention(doc: Doc, mention: Mention, main_clause: bool) -> bool:
    """Whether a mention is the subject of its clause (of the sentence's main verb with ``main_clause``)."""
    # asked for every earlier mention at each pronoun: remembered per doc, so each span is parsed once
    memo = doc.user_data.setdefault("newsfacts_subject_mentions", {})
    key = (mention.start, mention.end, main_clause)
    if key not in memo:
        memo[key] = _is_subject_span(doc.char_span(mention.start, mention.end, alignment_mode="expand"), main_clause)
    return memo[key]


def _is_subject_span(span: Span | None, main_clause: bool) -> bool:
    if span is None:
        return False
    root = span.root
    if root.dep_ in {"appos", "compound"}:
        root = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return not main_clause or root.head.dep_ == "ROOT" or lemma(root.head) in SPEECH_VERBS


def _role_matches(role: str, phrase: str, head: str) -> bool:
    """ "the prime minister" fits the role "Prime Minister"; "the governor" fits "Gov."."""
    words = [ROLE_ABBREVIATIONS.get(w, w) for w in role.lower().split()]
    return " ".join(words) == phrase or (words[-1] == head and phrase.endswith(words[-1]))


def _contains_words(name: str, words: list[str]) -> bool:
    parts = name.split()
    return bool(words) and any(parts[i : i + len(words)] == words for i in range(len(parts) - len(words) + 1))


def _hyphen_piece(token: Token) -> bool:
    """Whether the token is the hyphen of a hyphenated word, or the part glued before it, which the parser makes a
    subject of its own beside the word's last part: "Ex-friends told the Daily Mail that" (Express), "Whole Foods
    co-founder and CEO John Mackey said in an internal memo that" (Seattle Times), "study co-author Paul Expert"
    (Live Science)."""
    doc = token.doc
    if token.text == "-":
        return token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return not token.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not doc[
        token.i + 1
    ].whitespace_


def doc_phrase(token: Token) -> str:
    """The subject's own words, up to the noun ("a lawmaker", "the ministry"), with the parts of a hyphenated word
    the parser left out ("Ex-friends", ``_hyphen_piece``)."""
    left = [t for t in token.subtree if t.i <= token.i]
    start = left[0].i if left else token.i
    doc = token.doc
    if start < token.i and doc[start].text == "-" and _hyphen_piece(doc[start]):
        start -= 1  # "-author Paul Expert" (Live Science): the hyphen's word before it
    while start >= 2 and doc[start - 1].text == "-" and _hyphen_piece(doc[start - 1]):
        start -= 2
    for t in doc[start : token.i]:
        if "\n" in t.text:
            start = t.i + 1  # never reach back into the previous paragraph
    return doc[start : token.i + 1].text


def mention_name(entity: Entity, mention: Mention) -> str:
    return mention.text if mention.code else entity.normalized
