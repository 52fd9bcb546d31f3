"""Direct quotes with their speakers, and reported claims (attributions) with source and cue.

Quote spans come from the quote marks in the text (the parse does not see them as units);
the speaker comes from the speech tag next to the quote ("..., the agency said"), read
through the dependency parse, and is resolved to the article's named entity: "he" to the
person last named, "the agency" to the only ORG whose name ends in "Agency", "the prime
minister" to the only person with that role. Attributions are clauses governed by a
reporting verb ("said (that) ...", "..., a lawmaker said"), "according to X" and "citing X".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractors.entities import Mention
from extractors.nlp import SentenceIndex, lemma, sentence_of, text_of
from extractors.records import Attribution, Entity, Quote

logger = logging.getLogger(__name__)

SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "ask",
        "state",
        "announce",
        "declare",
        "explain",
        "note",
        "insist",
        "argue",
        "warn",
        "write",
        "claim",
        "reply",
        "respond",
        "continue",
        "recall",
        "stress",
        "emphasize",
        "emphasise",
        "admit",
        "acknowledge",
        "tweet",
        "post",
        "comment",
        "conclude",
        "complain",
        "joke",
        "quip",
        "urge",
        "predict",
        "describe",
        "call",
        "assert",
        "maintain",
        "contend",
        "concede",
        "agree",
        "remark",
        "testify",
        "vow",
        "pledge",
        "promise",
        "suggest",
        "detail",
        "read",
        "chant",
        "utter",
        "report",
    ]
)
ATTRIBUTION_VERBS = frozenset(
    [
        "pledge",
        "vow",
        "promise",
        "expect",
        "suspect",
        "lament",
        "find",
        "show",
        "highlight",
        "describe",
        "clarify",
        "point",
        "roar",
        "fear",
        "think",
        "hope",
        "threaten",
        "accuse",
        "say",
        "tell",
        "report",
        "announce",
        "claim",
        "warn",
        "state",
        "add",
        "note",
        "indicate",
        "admit",
        "insist",
        "argue",
        "explain",
        "confirm",
        "deny",
        "suggest",
        "allege",
        "assert",
        "acknowledge",
        "estimate",
        "predict",
        "reveal",
        "stress",
        "emphasize",
        "emphasise",
        "maintain",
        "contend",
        "write",
        "testify",
        "declare",
        "disclose",
        "believe",
        "concede",
        "agree",
        "acknowledge",
    ]
)
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
#: Verbs whose infinitive complement is the reported claim ("vowed to strike back").
COMMITMENT_VERBS = frozenset({"pledge", "vow", "promise", "threaten", "expect", "plan", "agree", "refuse"})
#: Nouns for a person in office that, when no entity carries the title, refer to the person quoted so far.
PERSON_DESCRIPTORS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "official",
        "lawmaker",
        "governor",
        "president",
        "chairman",
        "chairwoman",
        "director",
        "leader",
        "mayor",
        "secretary",
        "senator",
        "premier",
        "chancellor",
    }
)
#: Plural subjects that stand for a collective body named earlier ("the lawmakers wrote").
COLLECTIVE_DESCRIPTORS = frozenset(
    {"lawmakers", "legislators", "members", "senators", "representatives", "mps", "committee", "panel"}
)
COLLECTIVE_HEADS = frozenset(
    {
        "Committee",
        "Council",
        "Commission",
        "Congress",
        "Parliament",
        "Senate",
        "Board",
        "Panel",
        "Assembly",
        "Cabinet",
        "Caucus",
    }
)
PRONOUN_LABELS = {
    "he": "PERSON",
    "she": "PERSON",
    "him": "PERSON",
    "her": "PERSON",
    "it": "ORG",
    "they": "ORG",
}
#: (open mark, close mark); straight double quotes pair up in order of appearance.
QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))
SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)")
SINGLE_CLOSE = re.compile(r"(?<=\S)’(?![A-Za-z])")
#: Straight single quotes, the British tabloid style ('It's rare,' he said): the same mark is the
#: apostrophe, so a quote opens before a letter at a word start and closes only right after
#: sentence punctuation ("rare,'"), where an apostrophe ("It's", "players'") never stands.
STRAIGHT_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))'(?=[^\W\d_])")
STRAIGHT_SINGLE_CLOSE = re.compile(r"(?<=[,.?!])'(?![^\W\d_])")
QUOTE_OPENERS = re.compile("[\"“«„‘']")
SENTENCE_START = re.compile(r"^[\[\"“‘'(…A-Z0-9]|^\.\.\.")


@dataclass(frozen=True)
class QuoteSpan:
    """Character span of quoted words (without the marks) and whether the quote was left open."""

    start: int
    end: int
    open_ended: bool  # no closing mark in the paragraph: the quote continues in the next one


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted stretches of ``text`` paragraph by paragraph, scare quotes included (filtered later)."""
    spans: list[QuoteSpan] = []
    offset = 0
    paragraphs = text.split("\n")
    # whether the next non-empty paragraph opens with a straight single quote, in one pass from the end
    continued, opens_next = [False] * len(paragraphs), False
    for k in range(len(paragraphs) - 1, -1, -1):
        continued[k] = opens_next
        if paragraphs[k].strip():
            opens_next = bool(STRAIGHT_SINGLE_OPEN.match(paragraphs[k]))
    for paragraph, runs_on in zip(paragraphs, continued):
        spans.extend(QuoteSpan(offset + s, offset + e, o) for s, e, o in _paragraph_quotes(paragraph, runs_on))
        offset += len(paragraph) + 1
    return spans


def _paragraph_quotes(par: str, continued: bool = False) -> list[tuple[int, int, bool]]:
    """Quotes of one paragraph; ``continued``: the next paragraph opens with a straight single quote,
    which is how a quote running over paragraphs is marked in that style."""
    found = []
    i = 0
    while i < len(par):
        opening = QUOTE_OPENERS.search(par, i)
        if opening is None:
            break
        i = opening.start()
        ch = par[i]
        close = None
        if ch == '"':
            close = '"'
        elif ch == "‘" and SINGLE_OPEN.match(par, i):
            match = SINGLE_CLOSE.search(par, i + 1)
            end = match.start() if match else len(par)
            found.append((i + 1, end, match is None))
            i = end + 1
            continue
        elif ch == "'":
            match = STRAIGHT_SINGLE_CLOSE.search(par, i + 1) if STRAIGHT_SINGLE_OPEN.match(par, i) else None
            # another opener before the close: this one was an apostrophe ("rock 'n' roll")
            if match is not None and not STRAIGHT_SINGLE_OPEN.search(par, i + 1, match.start()):
                found.append((i + 1, match.start(), False))
                i = match.end()
            elif i == 0 and continued and match is None and STRAIGHT_SINGLE_OPEN.match(par):
                found.append((1, len(par), True))
                break
            else:
                i += 1
            continue
        else:
            close = next((c for o, c in QUOTE_PAIRS if o == ch), None)
        if close is None:
            i += 1
            continue
        end = par.find(close, i + 1)
        if end == -1:
            found.append((i + 1, len(par), True))
            break
        found.append((i + 1, end, False))
        i = end + 1
    return [(s, e, o) for s, e, o in found if e > s]


def is_speech(text: str, span: QuoteSpan) -> bool:
    """Whether a quoted stretch is speech rather than a scare-quoted term ("change of stance")."""
    words = text[span.start : span.end].split()
    content = text[span.start : span.end].strip()
    if len(words) < 2:
        return False
    if span.open_ended or len(words) >= 6 and content[-1] in ".?!,…—-":
        return True
    before = text[max(0, span.start - 3) : span.start - 1].strip()
    sentence_like = bool(SENTENCE_START.match(content)) and content[-1] in ".?!,…—-"
    return (
        (sentence_like and len(words) >= 3) or (before.endswith(":") and len(words) >= 3) or len(words) >= 8
    )


def extract_quotes(doc: Doc, linked: list[tuple[Mention, Entity]], sentences: SentenceIndex) -> list[Quote]:
    """Direct quotes in ``doc`` with cue verb and speaker resolved to an entity name when unambiguous.

    A quote without its own speech tag takes the speaker of the quote it continues (an open quote
    running into the next paragraph, or "“A,” he said. “B.”"); a paragraph that is only a quote
    takes the person the previous paragraph was about, as news writing does.
    """
    text = text_of(doc)
    spans = [s for s in find_quote_spans(text) if is_speech(text, s)]
    events = _speech_events(doc, linked, spans)
    quotes: list[Quote] = []
    previous: tuple[QuoteSpan, str | None, str | None] | None = None
    for chain in _chains(text, spans):
        tags = [_speech_tag(doc, span, spans) for span in chain]
        resolved = [
            (lemma(t), _resolve_speaker(doc, t, span, linked, spans, events)) if t is not None else None
            for t, span in zip(tags, chain)
        ]
        known = next((r for r in resolved if r is not None), None)
        if known is None and not (previous is not None and _continues(text, previous[0], chain[0])):
            known = (None, _context_speaker(doc, chain[0], events, linked, spans))
        for span, own in zip(chain, resolved):
            if own is not None:
                verb, speaker = own
            elif known is not None:
                verb, speaker = known
            else:
                verb, speaker = previous[1], previous[2]  # continues the previous quote (see above)
            quotes.append(
                Quote(
                    text=text[span.start : span.end],
                    start=span.start,
                    end=span.end,
                    sentence=sentences.of(span.start),
                    speaker=speaker,
                    verb=verb,
                )
            )
            previous = (span, verb, speaker)
    return quotes


def _chains(text: str, spans: list[QuoteSpan]) -> list[list[QuoteSpan]]:
    """Quotes grouped where an open quote runs on into the next paragraph's quote."""
    chains: list[list[QuoteSpan]] = []
    for span in spans:
        if chains and chains[-1][-1].open_ended and not text[chains[-1][-1].end : span.start - 1].strip():
            chains[-1].append(span)
        else:
            chains.append([span])
    return chains


def _starts_paragraph(text: str, span: QuoteSpan) -> bool:
    return span.start <= 1 or text[span.start - 2] == "\n"


def _speech_events(
    doc: Doc, linked: list[tuple[Mention, Entity]], spans: list[QuoteSpan]
) -> list[tuple[int, str]]:
    """(offset, name) of every speech verb outside quotes whose subject is a named entity, in text order."""
    events = []
    for token in doc:
        if token.pos_ == "VERB" and lemma(token) in SPEECH_VERBS and not _inside(token.idx, spans):
            subject = _subject(token)
            if subject is not None and subject.dep_ != "nsubjpass":
                name = _entity_name(subject, linked)
                if name is not None:
                    events.append((token.idx, name))
    return events


def _context_speaker(
    doc: Doc,
    span: QuoteSpan,
    events: list[tuple[int, str]],
    linked: list[tuple[Mention, Entity]],
    spans: list[QuoteSpan],
) -> str | None:
    """Speaker of an untagged quote: the named subject of its own sentence, else of the paragraph before."""
    text = text_of(doc)
    if not _starts_paragraph(text, span):
        first = doc.char_span(span.start, span.end, alignment_mode="expand")
        if first is None:
            return None
        node = first[0]
        while node.head.i != node.i:
            node = node.head
            subject = next(
                (c for c in node.children if c.dep_ == "nsubj" and not _inside(c.idx, spans)), None
            )
            if subject is not None:
                return _entity_name(subject, linked)
        return None
    par_start = text.rfind("\n", 0, max(span.start - 2, 0)) + 1
    previous_par = text[text.rfind("\n", 0, max(par_start - 2, 0)) + 1 : par_start].strip()
    if not previous_par:
        return None
    prev_span = doc.char_span(
        text.find(previous_par, max(par_start - len(previous_par) - 3, 0)),
        par_start - 1,
        alignment_mode="expand",
    )
    if prev_span is not None:
        last_sentence = list(prev_span.sents)[-1]
        root = last_sentence.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            name = _entity_name(subject, linked)
            if name is not None and not previous_par.startswith(("“", '"', "‘", "«")):
                return name
    earlier = [name for offset, name in events if span.start - 700 < offset < span.start]
    return earlier[-1] if earlier else None


def _continues(text: str, before: QuoteSpan, after: QuoteSpan) -> bool:
    """The same speaker goes on in the same paragraph, split by a speech tag ("“A,” he said. “B.”")."""
    between = text[before.end : after.start]
    return "\n" not in between and len(between) < 200


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand") if end > start else None


def _inside(i_char: int, spans: list[QuoteSpan]) -> bool:
    return any(s.start <= i_char < s.end for s in spans)


def _speech_tag(doc: Doc, span: QuoteSpan, spans: list[QuoteSpan]) -> Token | None:
    """The speech verb of the tag right after the quote ("..., he said") or right before it ("He said: ...")."""
    text = text_of(doc)
    par_end = text.find("\n", span.end)
    par_end = len(text) if par_end == -1 else par_end
    par_start = text.rfind("\n", 0, span.start) + 1
    after = _tokens(doc, span.end, par_end)
    if after is not None:
        sent_end = min(sentence_of(after[0]).end, after.end)
        for token in doc[after.start : min(sent_end, after.start + 30)]:
            if _inside(token.idx, spans):
                break
            if token.pos_ in {"VERB", "AUX"} and lemma(token) in SPEECH_VERBS:
                return token
    if _starts_paragraph(text, span) and text[: max(par_start - 1, 0)].rstrip().endswith(":"):
        previous = _tokens(
            doc, text[:par_start].rstrip().rfind("\n") + 1, text[: span.start].rstrip().rfind(":")
        )
        if previous is not None:
            verbs = [
                t for t in sentence_of(previous[-1]) if lemma(t) in SPEECH_VERBS and not _inside(t.idx, spans)
            ]
            if verbs:
                return verbs[-1]
    before = _tokens(doc, par_start, span.start - 1)
    if before is not None:
        close = doc.char_span(span.start, span.end, alignment_mode="expand")
        sent_start = sentence_of(close[0]).start if close is not None else before.start
        candidates = [
            t
            for t in doc[max(before.start, sent_start - 1) : before.end]
            if lemma(t) in SPEECH_VERBS
            and not _inside(t.idx, spans)
            and (t.pos_ in {"VERB", "AUX"} or t.nbor(1).text in {",", ":"} and t.i + 2 >= before.end)
        ]
        if candidates:
            return candidates[-1]
    return None


def _subject(verb: Token) -> Token | None:
    """The nominal subject of a speech verb, climbing from "saying"/"adding" to the clause it hangs on."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[0]
        if node.dep_ in {"advcl", "conj", "xcomp"} and node.head.i != node.i:
            node = node.head
        else:
            break
    return None


def _resolve_speaker(
    doc: Doc,
    verb: Token,
    span: QuoteSpan,
    linked: list[tuple[Mention, Entity]],
    spans: list[QuoteSpan],
    events: list[tuple[int, str]],
) -> str | None:
    """The entity name behind the speech verb's subject, through pronouns and descriptors."""
    subject = _subject(verb)
    if subject is not None and subject.dep_ == "nsubjpass":
        return None  # "Ishiba was asked, ..." names who was addressed, not who spoke
    if subject is None or _inside(subject.idx, spans):
        # the parser read the quote as the subject: the speaker stands right before the verb ("..., he said")
        # or right after it ("..., added Baker")
        before = doc[verb.i - 1] if verb.i > 0 else None
        if before is not None and before.pos_ in {"PRON", "PROPN", "NOUN"} and not _inside(before.idx, spans):
            subject = before
        else:
            sentence_end = sentence_of(verb).end
            subject = next(
                (
                    t
                    for t in doc[verb.i + 1 : sentence_end]
                    if t.pos_ in {"PROPN", "NOUN", "PRON"} and not _inside(t.idx, spans)
                ),
                None,
            )
        if subject is None:
            return None
        while subject.head.i != subject.i and subject.dep_ == "compound":
            subject = subject.head
    if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        subject = verb.head  # "Donald Trump Jr who wrote on X: ..."
    introduced = _person_opening_tag(doc, span, linked)
    if introduced is not None and introduced[0].end <= subject.idx < verb.idx and subject.pos_ != "PRON":
        # "'...,' Chad Hawk, vice president of PMG, a grading company in Florida told Fox": the parser took
        # the last noun of the appositives for the subject; the tag opens with who spoke
        return _name(introduced[1], introduced[0])
    name = resolve_source(subject, span.start, linked)
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
    if name is not None and name == doc_phrase(subject) and subject.lower_ in PERSON_DESCRIPTORS and not indefinite:
        # "the government spokesman said" with no such title in the article: the person speaking so far
        # ("a bureau spokesperson" is somebody new, so stays a descriptor)
        earlier = [speaker for offset, speaker in events if span.start - 1500 < offset < verb.idx]
        persons = {e.normalized for _, e in linked if e.label == "PERSON"}
        earlier = [speaker for speaker in earlier if speaker in persons]
        return earlier[-1] if earlier else name
    return name


def _person_opening_tag(
    doc: Doc, span: QuoteSpan, linked: list[tuple[Mention, Entity]]
) -> tuple[Mention, Entity] | None:
    """The PERSON named first after the quote's closing mark, set off by a comma ("'...,' Name, title, ...")."""
    text = text_of(doc)
    for mention, entity in linked:
        if (
            entity.label == "PERSON"
            and span.end <= mention.start <= span.end + 4
            and not text[span.end : mention.start].strip(" '\"”’,")
            and text.startswith(",", mention.end)
        ):
            return mention, entity
    return None


def _entity_name(token: Token, linked: list[tuple[Mention, Entity]]) -> str | None:
    """Name of the entity a subject token names directly (no pronouns), or None."""
    for candidate in [token, *[c for c in token.children if c.dep_ in {"appos", "compound"}]]:
        for mention, entity in linked:
            if mention.start <= candidate.idx < mention.end and entity.label in {"PERSON", "ORG"}:
                return _name(entity, mention)
    return _person_by_words(token, linked)


def _person_by_words(token: Token, linked: list[tuple[Mention, Entity]]) -> str | None:
    """The one PERSON whose name contains a proper-noun subject the NER missed ("Bradbrooke said")."""
    if token.pos_ != "PROPN":
        return None
    words = [t.text for t in token.subtree if t.i <= token.i and t.pos_ == "PROPN"]
    named = {e.normalized for _, e in linked if e.label == "PERSON" and _contains_words(e.normalized, words)}
    return named.pop() if len(named) == 1 else None


def resolve_source(subject: Token, before_char: int, linked: list[tuple[Mention, Entity]]) -> str | None:
    """Name of the entity ``subject`` refers to, or its own words when no entity fits."""
    for token in [subject, *[c for c in subject.children if c.dep_ in {"appos", "compound"}]]:
        for mention, entity in linked:
            if mention.start <= token.idx < mention.end:
                return _name(entity, mention)
    if subject.pos_ == "NOUN":
        # "the tweet from Vulture magazine", "the head of the Palestinian Dialogue Group"
        for token in subject.subtree:
            if token.i > subject.i and token.head.dep_ == "prep" and token.head.lower_ in {"from", "of"}:
                for mention, entity in linked:
                    if mention.start <= token.idx < mention.end and entity.label in {"ORG", "PERSON"}:
                        return _name(entity, mention)
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
    if lower in COLLECTIVE_DESCRIPTORS or lower == "they":
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
    if lower in PRONOUN_LABELS:
        label = PRONOUN_LABELS[lower]
        earlier = [(m, e) for m, e in linked if m.start < min(before_char, subject.idx) and e.label == label]
        main_subject = [(m, e) for m, e in earlier if _is_subject_mention(subject.doc, m, main_clause=True)]
        as_subject = [(m, e) for m, e in earlier if _is_subject_mention(subject.doc, m, main_clause=False)]
        recent = [
            pair
            for pair in main_subject
            if pair[0].start >= (as_subject[-1][0].start if as_subject else 0)
            or subject.idx - pair[0].start < 400
        ]
        chosen = recent or as_subject or earlier
        return _name(chosen[-1][1], chosen[-1][0]) if chosen else None
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
    det_phrase = doc_phrase(subject)
    return det_phrase


def _is_subject_mention(doc: Doc, mention: Mention, main_clause: bool) -> bool:
    """Whether a mention is the subject of its clause (of the sentence's main verb with ``main_clause``)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
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


def doc_phrase(token: Token) -> str:
    """The subject's own words, up to the noun ("a lawmaker", "the ministry")."""
    left = [t for t in token.subtree if t.i <= token.i]
    start = left[0].i if left else token.i
    for t in token.doc[start : token.i]:
        if "\n" in t.text:
            start = t.i + 1  # never reach back into the previous paragraph
    return token.doc[start : token.i + 1].text


def _name(entity: Entity, mention: Mention) -> str:
    return mention.text if mention.code else entity.normalized


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
            if _inside(claim.start_char, quotes) and _inside(claim.end_char - 1, quotes):
                continue  # a direct quote: a Quote fact covers it
            subject = _subject(token)
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
    subject = _subject(verb)
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
