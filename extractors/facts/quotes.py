"""Direct quotes with their speakers.

Quote spans come from the quote marks in the text (``quote_marks``; the parse does not see them
as units); the speaker comes from the speech tag next to the quote ("..., the agency said"), read
through the dependency parse, and is resolved to the article's named entity (``speakers``): "he"
to the person last named, "the agency" to the only ORG whose name ends in "Agency", "the prime
minister" to the only person with that role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.facts.entities import LinkedMentions, Mention
from extractors.facts.gazetteer import word_list
from extractors.facts.nlp import SentenceIndex, lemma, sentence_of, text_of
from extractors.facts.quote_marks import QuoteSpan, find_quote_spans, inside_spans, is_speech
from extractors.facts.speakers import (
    SPEECH_VERBS,
    addressees,
    doc_phrase,
    entity_name,
    mention_name,
    resolve_source,
    speech_subject,
)
from extractors.records import Entity, Quote

#: Nouns for a person in office that, when no entity carries the title, refer to the person quoted so far.
PERSON_DESCRIPTORS = word_list("person_descriptors")
#: The writer's own pronouns: a participle tag whose clause has one of them as subject names no speaker.
WRITER_PRONOUNS = word_list("writer_pronouns")
#: Texts a person or body issues ("a statement"): whoever issued one speaks its quote.
STATEMENT_NOUNS = word_list("statement_nouns")


def extract_quotes(doc: Doc, linked: LinkedMentions, sentences: SentenceIndex) -> list[Quote]:
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
        if known is None:
            owner = _words_owner(doc, chain[0], linked, spans) or _according_to(doc, chain[0], linked, spans)
            known = (None, owner) if owner is not None else None
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
    doc: Doc, linked: LinkedMentions, spans: list[QuoteSpan]
) -> list[tuple[int, str]]:
    """(offset, name) of every speech verb outside quotes whose subject is a named entity, in text order."""
    events = []
    for token in doc:
        if token.pos_ == "VERB" and lemma(token) in SPEECH_VERBS and not inside_spans(token.idx, spans):
            subject = speech_subject(token)
            if subject is not None and subject.dep_ != "nsubjpass":
                name = entity_name(subject, linked)
                if name is not None:
                    events.append((token.idx, name))
    return events


def _context_speaker(
    doc: Doc,
    span: QuoteSpan,
    events: list[tuple[int, str]],
    linked: LinkedMentions,
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
                (c for c in node.children if c.dep_ == "nsubj" and not inside_spans(c.idx, spans)), None
            )
            if subject is not None:
                return entity_name(subject, linked)
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
            name = entity_name(subject, linked)
            if name is not None and not previous_par.startswith(("“", '"', "‘", "«")):
                return name
    earlier = [name for offset, name in events if span.start - 700 < offset < span.start]
    return earlier[-1] if earlier else None


def _words_owner(doc: Doc, span: QuoteSpan, linked: LinkedMentions, spans: list[QuoteSpan]) -> str | None:
    """Whose words an untagged quote is, when its sentence says so: "In Dr. Shadlen's words, '...'" (Medical News
    Today), "refusing to 'live within the lie,' in Havel's words" (The New Yorker), "in the words of X"."""
    first = doc.char_span(span.start, span.end, alignment_mode="expand")
    if first is None:
        return None
    for token in sentence_of(first[0]):
        if token.lower_ not in {"word", "words"} or token.dep_ != "pobj" or token.head.lower_ != "in":
            continue
        if inside_spans(token.idx, spans):
            continue
        of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        owners = [c for c in token.children if c.dep_ == "poss"] + [g for c in of for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            name = entity_name(owner, linked)
            if name is not None:
                return name
    return None


def _according_to(doc: Doc, span: QuoteSpan, linked: LinkedMentions, spans: list[QuoteSpan]) -> str | None:
    """The named source of an untagged quote its sentence credits with "according to": "'Every project after that
    uses your colors ...,' according to the company" names no one, but "a phone call 'is the most common response to
    a local search,' according to Advertising Age" (AllVoices), "But according to Adegbite, 'This time there is no
    free lunch'" (Fox Business), "... 'substantially warmer than the warmest months in the 20th century,' according
    to the World Bank" (The New Republic) and "according to a 2014 report from the World Bank" do."""
    text = text_of(doc)
    if text[: span.start - 1].rstrip().endswith(":") or _is_title(text[span.start : span.end]):
        # "According to Adv Tšosane, Advocate ... once cautioned: '...'" (Lesotho Times): the colon's clause tags
        # it; KISS's "End Of The Road" tour (Blabbermouth) and "Basic & Technical Training" (The Intercept) are
        # names, no one's words
        return None
    marks = doc.char_span(span.start, span.end, alignment_mode="expand")
    if marks is None:
        return None
    names = {e.normalized for _, e in linked} | {m.text for m, _ in linked if m.code}
    first, last = sentence_of(marks[0]), sentence_of(marks[-1])
    for sentence in [first] if first.start == last.start else [first, last]:
        for token in sentence[:-1]:
            if token.lower_ != "according" or token.nbor(1).lower_ != "to" or inside_spans(token.idx, spans):
                continue
            for obj in (c for c in token.nbor(1).children if c.dep_ == "pobj"):
                name = entity_name(obj, linked) or resolve_source(obj, span.start, linked)
                if name in names:
                    return name
    return None


def _is_title(words: str) -> bool:
    """Whether quoted words are written as a title: every word of four letters or more capitalised."""
    long_words = [w for w in words.split() if len(w.strip(".,;:!?")) >= 4]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def _continues(text: str, before: QuoteSpan, after: QuoteSpan) -> bool:
    """The same speaker goes on in the same paragraph, split by a speech tag ("“A,” he said. “B.”")."""
    between = text[before.end : after.start]
    return "\n" not in between and len(between) < 200


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand") if end > start else None


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
            if inside_spans(token.idx, spans):
                break
            if token.pos_ in {"VERB", "AUX"} and lemma(token) in SPEECH_VERBS:
                return token
        inverted = _inverted_tag(doc, span, after)
        if inverted is not None:
            return inverted
    if _starts_paragraph(text, span) and text[: max(par_start - 1, 0)].rstrip().endswith(":"):
        previous = _tokens(
            doc, text[:par_start].rstrip().rfind("\n") + 1, text[: span.start].rstrip().rfind(":")
        )
        if previous is not None:
            verbs = [
                t for t in sentence_of(previous[-1]) if lemma(t) in SPEECH_VERBS and not inside_spans(t.idx, spans)
            ]
            if verbs:
                return verbs[-1]
            issuing = _issuing_verb(sentence_of(previous[-1]), spans)
            if issuing is not None:
                return issuing
    before = _tokens(doc, par_start, span.start - 1)
    if before is not None:
        close = doc.char_span(span.start, span.end, alignment_mode="expand")
        sent_start = sentence_of(close[0]).start if close is not None else before.start
        candidates = [
            t
            for t in doc[max(before.start, sent_start - 1) : before.end]
            if lemma(t) in SPEECH_VERBS
            and not inside_spans(t.idx, spans)
            and (t.pos_ in {"VERB", "AUX"} or t.nbor(1).text in {",", ":"} and t.i + 2 >= before.end)
        ]
        if len(candidates) > 1:
            candidates = [t for t in candidates if not _reported_word(t, doc)] or candidates
        if candidates:
            return candidates[-1]
        if text[: span.start - 1].rstrip().endswith(":"):
            return _issuing_verb(doc[max(before.start, sent_start - 1) : before.end], spans)
    return None


def _issuing_verb(tokens: Span, spans: list[QuoteSpan]) -> Token | None:
    """The verb of a colon tag that issues a statement rather than says it, whose subject speaks the quote after the
    colon: "The LAPD ... provided a statement that said in part:" (CBS News), "The Council of Fashion Designers of
    America issued a statement reading: “...”" (The Hollywood Reporter, where the parser reads "statement reading"
    as one noun), "Twitter issued a statement to Slate that it would “take action” ...:" (Vox)."""
    for token in reversed(list(tokens)):
        if token.pos_ != "NOUN" or lemma(token) not in STATEMENT_NOUNS or inside_spans(token.idx, spans):
            continue
        node = token
        while node.dep_ == "compound" and node.head.i != node.i:
            node = node.head
        if node.dep_ == "dobj" and node.head.pos_ == "VERB":
            return node.head
    return None


def _reported_word(verb: Token, doc: Doc) -> bool:
    """A speech verb before a quote that is no tag of it: a word in marks the extractor reads as no speech, or a bare
    past participle modifying a noun, with a speech verb before it in the sentence to take: "Hammarskjöld said
    Israel may not ... “unilaterally declare” ..., “and deny its relief schemes”" (Daily Maverick), "Wolff’s written
    decision said ... written police reports that had been “pre-typed ...”" (Chicago Sun-Times)."""
    if verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return True
    marked = doc.user_data.get("newsfacts_all_quote_spans")
    if marked is None:
        marked = doc.user_data["newsfacts_all_quote_spans"] = find_quote_spans(text_of(doc))
    return inside_spans(verb.idx, marked)


def _inverted_tag(doc: Doc, span: QuoteSpan, after: Span) -> Token | None:
    """An inverted tag whose verb is not a listed speech verb, read off the parse: the first verb after the
    quote has the quote as its clause and a subject of its own right after the closing mark: "'[B]ut if I were
    Boeing, I would FIX the Boeing 737 MAX ...,' he advised" (Deadline), "'... We have never given up,' he goes
    on" (Atlas Obscura)."""
    words = [t for t in doc[after.start : min(after.end, after.start + 8)] if not t.is_punct]
    for token in words[:5]:
        if token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        quoted = [c for c in token.children if c.dep_ == "ccomp" and span.start <= c.idx < span.end]
        if quoted and subjects and subjects[0].left_edge.i == words[0].i and subjects[0].i < token.i:
            return token
        return None
    return None


def _resolve_speaker(
    doc: Doc,
    verb: Token,
    span: QuoteSpan,
    linked: LinkedMentions,
    spans: list[QuoteSpan],
    events: list[tuple[int, str]],
) -> str | None:
    """The entity name behind the speech verb's subject, through pronouns and descriptors."""
    subject = speech_subject(verb) or _issuer(verb)
    if subject is not None and subject.dep_ == "nsubjpass":
        return None  # "Ishiba was asked, ..." names who was addressed, not who spoke
    if subject is None and verb.tag_ == "VBG" and verb.dep_ != "acl":
        subject = _participle_holder(verb, spans)
        if subject is None:
            return None
    if subject is None or inside_spans(subject.idx, spans):
        # the parser read the quote as the subject: the speaker stands right before the verb ("..., he said")
        # or right after it ("..., added Baker")
        before = doc[verb.i - 1] if verb.i > 0 else None
        if before is not None and before.pos_ in {"PRON", "PROPN", "NOUN"} and not inside_spans(before.idx, spans):
            subject = before
        else:
            sentence_end = sentence_of(verb).end
            addressed = addressees(verb)
            subject = next(
                (
                    t
                    for t in doc[verb.i + 1 : sentence_end]
                    if t.pos_ in {"PROPN", "NOUN", "PRON"} and not inside_spans(t.idx, spans) and t not in addressed
                ),
                None,
            )
        if subject is None:
            return _person_set_off_in_tag(doc, span, verb, linked)
        while subject.head.i != subject.i and subject.dep_ == "compound":
            subject = subject.head
    if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        subject = verb.head  # "Donald Trump Jr who wrote on X: ..."
    if subject.pos_ == "NOUN" and lemma(subject) in STATEMENT_NOUNS:
        issuer = _statement_issuer(subject, verb, linked, spans)
        if issuer is not None:
            return issuer
    closing = _person_closing_subject(subject, linked)
    if closing is not None:
        return closing
    introduced = _person_opening_tag(doc, span, linked)
    if introduced is not None and introduced[0].end <= subject.idx < verb.idx and subject.pos_ != "PRON":
        # "'...,' Chad Hawk, vice president of PMG, a grading company in Florida told Fox": the parser took
        # the last noun of the appositives for the subject; the tag opens with who spoke
        return mention_name(introduced[1], introduced[0])
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


def _person_closing_subject(subject: Token, linked: LinkedMentions) -> str | None:
    """The person a subject of two joined descriptors names last, right before its verb, when the parser made the
    first descriptor the subject: "Snopes fact checker and staff writer David Emery posted ..." (Breitbart),
    "study co-author and University of Adelaide medical doctor Richard Gun said" (Popular Science). A name after a
    preposition ("the lawyer for ... and friend of John Smith") is someone else, and punctuation between the subject
    and the name leaves it alone."""
    head = subject.head
    if subject.pos_ not in {"NOUN", "VERB"} or head.i <= subject.i:
        return None
    between = subject.doc[subject.i + 1 : head.i]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in between) or any(t.is_punct and t.text != "-" for t in between):
        return None
    text = text_of(subject.doc)
    for mention, entity in linked:
        if entity.label != "PERSON" or not subject.idx < mention.start or text[mention.end : head.idx].strip():
            continue
        span = subject.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ != "pobj":
            return mention_name(entity, mention)
    return None


def _statement_issuer(noun: Token, verb: Token, linked: LinkedMentions, spans: list[QuoteSpan]) -> str | None:
    """Who issued the statement a tag makes the speaker: its named owner after "by"/"from" (on the noun, or on the
    verb where the parser hangs it: "“...,” read a statement by NASCAR", 247Sports), the subject of the verb it is the
    object of ("The LAPD ... provided a statement that said in part:", CBS News), else, for "the statement", the
    named issuer of the last statement before it ("The Taliban issued a statement on Twitter ... “...,” the
    statement said", DW). None when no one is named, so the tag keeps its own words."""
    for holder in (noun, verb):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
                for owner in (c for c in prep.children if c.dep_ == "pobj"):
                    name = entity_name(owner, linked)
                    if name is not None:
                        return name
    if noun.dep_ == "dobj" and noun.head.i != verb.i:
        return _issuing_subject(noun.head, linked)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    doc = noun.doc
    for token in reversed(doc[: noun.i]):
        if noun.idx - token.idx > 800:
            break
        if token.pos_ != "NOUN" or lemma(token) not in STATEMENT_NOUNS or inside_spans(token.idx, spans):
            continue
        if token.dep_ == "dobj":
            return _issuing_subject(token.head, linked)
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ == "VERB":
            return _issuing_subject(token.head.head, linked)  # "Dujarric said in a statement that ..."
        return None
    return None


def _issuing_subject(verb: Token, linked: LinkedMentions) -> str | None:
    """The named subject of the verb that issued a statement: an entity, else a name the model tagged but the
    entity pass left out ("The LAPD ... provided a statement", CBS News)."""
    subject = speech_subject(verb)
    if subject is None or subject.dep_ == "nsubjpass":
        return None
    name = entity_name(subject, linked)
    if name is None and subject.ent_type_ in {"ORG", "PERSON"}:
        words = [t for t in subject.lefts if t.dep_ == "compound" and t.ent_type_ == subject.ent_type_]
        name = subject.doc[words[0].i if words else subject.i : subject.i + 1].text
    return name


def _participle_holder(verb: Token, spans: list[QuoteSpan]) -> Token | None:
    """The subject of the clause a participle tag ("..., saying ...") hangs on, however far up the parse puts it: a
    participle never has its speaker after it, so the noun after "saying" is the claim's own subject ("He warned
    gradual change could 'result in ...', saying rapid adoption would ...", Accountancy Age, where the parser hangs
    "saying" on the quoted clause; "... Likud party, which tried to rally right-wing support by saying that Arab
    Israeli voters were 'coming ...'", The Washington Post). None when no clause above it has a subject."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "pcomp" and node.head.lower_ == "as":
            return None  # "Trump quoted the man as saying": the one quoted is the verb's object (USA Today)
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj" and not inside_spans(c.idx, spans)), None)
        if subject is not None and subject.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
            return node.head  # "... Likud party, which tried to ... by saying that ..."
        if subject is not None:
            # the writer's own "I" or "we" names nobody ("as I preface it by saying, '...'", McSweeney's)
            return None if subject.lower_ in WRITER_PRONOUNS else subject
    return None


def _issuer(verb: Token) -> Token | None:
    """Who issued the text a speech verb describes: "The Fisher Island Community Association ... issued a statement
    saying, ..." (CBS News), "Amazon released a separate statement saying, ..." (New York Post). The statement
    speaks for the subject of the verb whose object it is, not for itself. Only a present participle: "a cover story
    called '...'" (n+1) names a title, not speech."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.dep_ != "dobj":
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)


def _person_set_off_in_tag(doc: Doc, span: QuoteSpan, verb: Token, linked: LinkedMentions) -> str | None:
    """Who speaks in a tag whose subject the parse did not find: the PERSON opening it ("...,” Jim Cantrell, who
    ... is now CEO of launch startup Phantom Space, told Rest of World", Rest of World), else the PERSON set off
    right before the verb ("...,” the UN undersecretary general for legal affairs, Elinor Hammarskjöld, told the
    court", Daily Maverick; "...,” president and COO of Las Vegas Sands, Rob Goldstein, told analysts", Forbes)."""
    introduced = _person_opening_tag(doc, span, linked)
    if introduced is not None and introduced[0].end < verb.idx:
        return mention_name(introduced[1], introduced[0])
    text = text_of(doc)
    named = [
        (mention, entity)
        for mention, entity in linked
        if entity.label == "PERSON" and span.end <= mention.start and text[mention.end : verb.idx].strip() == ","
    ]
    return mention_name(named[-1][1], named[-1][0]) if named else None


def _person_opening_tag(
    doc: Doc, span: QuoteSpan, linked: LinkedMentions
) -> tuple[Mention, Entity] | None:
    """The PERSON named first after the quote's closing mark, set off by a comma ("'...,' Name, title, ...")."""
    text = text_of(doc)
    for mention, entity in linked.starting_within(span.end, span.end + 4):
        if (
            entity.label == "PERSON"
            and not text[span.end : mention.start].strip(" '\"”’,")
            and text.startswith(",", mention.end)
        ):
            return mention, entity
    return None
