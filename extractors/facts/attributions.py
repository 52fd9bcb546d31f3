"""Reported claims: a source, a cue (said, told, according to, citing, pledged ...) and the claim's
span, from the parse of speech, belief and commitment verbs that introduce a clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.facts.entities import Mention
from extractors.facts.gazetteer import word_list
from extractors.facts.nlp import SentenceIndex, lemma, sentence_of, text_of
from extractors.facts.quote_marks import QuoteSpan, find_quote_spans, inside_spans
from extractors.facts.speakers import ADDRESS_VERBS, addressees, doc_phrase, speech_subject
from extractors.records import Attribution, Entity

ATTRIBUTION_VERBS = word_list("attribution_verbs")
#: Verbs whose infinitive complement is the reported claim ("vowed to strike back").
COMMITMENT_VERBS = word_list("commitment_verbs")
#: Complementizers of a reported question: "asked if ..." (npr), "said whether ..." (washingtontimes).
QUESTION_MARKERS = word_list("question_markers")
#: Belief and evidence verbs that report a claim only with an explicit holder.
HOLDER_VERBS = word_list("holder_verbs")
#: Nouns whose "that" clause after a cue is the claim: "lamented the fact that ..." (CBC, Time).
FACT_NOUNS = word_list("fact_nouns")
#: Personal pronouns a cue addresses as its object ("the computer warns me"): whom it tells, not what it says.
ADDRESSED_PRONOUNS = word_list("addressed_pronouns")
#: Heads that pick out a part of the people or things after "of", who speak: "a number of GOP insiders said".
PARTITIVE_HEADS = word_list("partitive_heads")
#: Verbs that make the speech verb under them a supposition: "let's say ...".
SUPPOSITION_VERBS = word_list("supposition_verbs")
#: Quote marks a claim's words may sit between; a quote span holds the words without them.
OPENING_MARKS = frozenset("\"“«„‘'")
CLOSING_MARKS = frozenset("\"”»“’'")
#: The dependencies of a clause's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def extract_attributions(
    doc: Doc, linked: list[tuple[Mention, Entity]], sentences: SentenceIndex
) -> list[Attribution]:
    """Reported claims: "X said (that) CLAIM", "CLAIM, X said", "according to X, CLAIM", "CLAIM, citing X"."""
    quotes = find_quote_spans(text_of(doc))
    found: list[Attribution] = []
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            found.extend(_outside_phrase(doc, token, doc[token.i + 1], "according to", sentences, quotes))
        elif token.lower_ == "citing" and not _cites_for_a_speaker(token):
            found.extend(_outside_phrase(doc, token, token, "citing", sentences, quotes))
        elif token.pos_ in {"VERB", "AUX"} and lemma(token) in ATTRIBUTION_VERBS:
            found.extend(_verb_attributions(token, sentences, quotes))
    return sorted(found, key=lambda a: a.start)


def _verb_attributions(token: Token, sentences: SentenceIndex, quotes: list[QuoteSpan]) -> list[Attribution]:
    """The claim a cue verb reports, with the verb's subject as source: its clausal complement (an
    infinitive for a commitment verb), else the clause a mid-sentence tag follows."""
    doc = token.doc
    claims = _clausal_complements(token)
    if not claims and lemma(token) in COMMITMENT_VERBS:
        claims = [c for c in token.children if c.dep_ == "xcomp"]  # "pledged to strengthen the OBR"
    if claims and any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKERS for c in claims[0].children):
        return []  # a reported question ("Roof asked if she had been shot"), not a claim
    if claims and claims[0].dep_ == "ccomp" and not _is_clause(token, claims[0]):
        return []  # "has found Dylann Roof guilty" (npr): a verdict, not a reported clause
    if claims and claims[0].i < token.i and _takes_its_own_object(token):
        return []  # "..., Nate Silver wrote a whole book supporting it" (Astral Codex Ten): no tag of the clause
    claim = _claim_span(token, claims[0]) if claims else _claim_before_tag(token)
    if claim is None or is_direct_quote(claim, quotes):
        return []  # a direct quote: a Quote fact covers it
    if _is_passive(token) or _is_supposition(token) or _is_writers_comment(token) or _in_title_case(token):
        return []
    said_by = _tag_of_the_clause(token) or speech_subject(token)
    if said_by is None or claim.start <= said_by.i < claim.end:
        said_by = _inverted_object(token, claim) or said_by
    subject = _antecedent(said_by)
    if not _has_reporting_holder(token, subject):
        return []
    source = _with_named_apposition(subject) if subject is not None else None
    parts = [claim, doc[token.i : token.i + 1]] + ([_subtree_span(said_by)] if said_by is not None else [])
    return [_attribution(doc, parts, source, token.text, claim, sentences)]


def _tag_of_the_clause(verb: Token) -> Token | None:
    """The speaker of a participle cue after a comma that the parser hangs on the claim of the cue before it, whose
    subject is the claim's, not the speaker's: "China Geo, for its part, told the Lesotho Times that it does not owe
    the community any development, saying obligations were tied to ..." (Lesotho Times; not "it"), "Taylor said
    Novavax isn't thinking too far ahead ..., saying they ..." (FiercePharma; not "Novavax"), "He warned gradual
    change could ..., saying rapid adoption would ..." (Accountancy Age, dev gold page; not "-"). On the attrib330
    listing: 5 sources changed, 4 right (also The Washington Post's "Trump told reporters that he partially agreed ...,
    acknowledging that", "Trump" for "he"); TimesLive's "He said not all of her followers were supportive ..., with
    some calling her out, saying" was wrong before ("not all") and after ("He")."""
    doc = verb.doc
    clause = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"} or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children) or clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    cue = clause.head
    if cue.i > clause.i or cue.pos_ not in {"VERB", "AUX"} or lemma(cue) not in ATTRIBUTION_VERBS:
        return None
    return speech_subject(cue)


def _takes_its_own_object(verb: Token) -> bool:
    """Whether a cue after the clause the parser hangs on it has its own subject and a common noun or pronoun as
    its object, so it is a verb of its own clause, not the clause's tag: "The statisticians support it, I support
    it, Nate Silver wrote a whole book supporting it." (Astral Codex Ten), "TV Larry confronted that annoyance, with
    predictable results; Real Larry wrote something about it down on his phone" (GQ). Whom a tag addresses is its
    object too ("..., he told reporters"; "There's no point in lying, the computer warns me, because ...", Mother
    Jones), and a date is no object ("..., she said Monday"). On the attrib330 listing: 14 claims gone, 13 of them no
    claim of the cue (GQ, Astral Codex Ten 2, DZone, Forbes, Isthmus, Knowable Magazine, Morningstar, Newsweek, The New
    Yorker, Substack, The Intercept, Vox)."""
    if lemma(verb) in ADDRESS_VERBS or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ in {"NOUN", "PRON"} and c.ent_type_ not in {"DATE", "TIME"}
        and c.lower_ not in ADDRESSED_PRONOUNS
        for c in verb.children
    )


def _inverted_object(verb: Token, claim: Span) -> Token | None:
    """The speaker of an inverted tag that closes its sentence after the claim, which the parser reads as the cue's
    object: "The negativity ate her up, added Pereira." (CNA), "Demands on lithium are expected to increase ..., reported
    Daily Trust." (Fox Business), "... is Trump's response when quizzed about his tardy attendance, reported Reuters."
    and "This absenteeism is perplexing ..., noted experts." (Inquisitr). Only a noun right after the cue that ends the
    sentence, with the cue after a comma and the claim before it; whom "told" addresses is never its speaker. On the
    attrib321 listing: 2 sources found (Inquisitr), all right."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or claim.end > verb.i or lemma(verb) in ADDRESS_VERBS:
        return None
    sentence = sentence_of(verb)
    end = strip_punct(sentence)
    for child in verb.children:
        if (
            child.dep_ in {"dobj", "npadvmod"}
            and child.pos_ in {"NOUN", "PROPN"}
            and child.left_edge.i == verb.i + 1
            and end is not None
            and child.right_edge.i + 1 == end.end
        ):
            return child
    return None


def _is_passive(verb: Token) -> bool:
    """Whether the cue is passive, as the gold's agentless passives ("is suspected to") are: the one it names
    was asked, told or expected, and holds no claim. An auxiliary of the passive on the cue itself, even
    when its subject comes from an active verb it is joined to ("some showed up anyway and were asked to stay
    outside", Rest of World; "characters who are told they're special", Vulture; "It's expected that a band of
    rotating storms will form", Washington Post; "who is expected to face a tough re-election battle", USA
    Today; "being asked to explain", The Criterion), or a bare participle with no subject ("A complete newcomer
    to the tarot, if asked to describe the emotions ...", Atlas Obscura, dev gold; "Asked by CNN's Fareed
    Zakaria last month to respond to criticisms, Singapore Prime Minister Lee ...", HuffPost). Found by the attr82 listing
    (``benchmarks.attribution_page_listing``): 11 such claims on 11 dev publishers, none a claim."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in verb.children
    )


def _in_title_case(verb: Token) -> bool:
    """Whether the cue is capitalised inside a run of capitalised words, as a headline or a title writes it, not
    a sentence: "Undiagnosed Nerve Disorders May Be Widespread Among Americans, Doctors Warn" (Gizmodo's
    headline), "the Magnum, P.I.–Murder, She Wrote crossover" (Vulture, a show's title). A capital after
    punctuation opens a clause ("CHICAGO—Admitting it took them some time", The Onion). Found by the attr96
    listing."""
    if verb.i == 0 or verb.is_sent_start or not verb.text[:1].isupper():
        return False
    before = verb.doc[verb.i - 1]
    return before.is_alpha and before.text[:1].isupper()


def _is_supposition(verb: Token) -> bool:
    """Whether the cue is a supposition, "let's say X", in which no one says X: the cue is the clause of a
    verb of ``supposition_verbs`` ("For example, let's say there's a girl in class", Deadspin; "Let's say we
    resign ourselves to a future reality where ...", The New Republic), or has the glued "Lets" as its subject
    ("Lets say in 15 years realtime collaborative editing is everywhere", Joseph Gentle). Found by the attr96
    listing (``benchmarks.attribution_page_listing``)."""
    if verb.dep_ in {"ccomp", "xcomp"} and lemma(verb.head) in SUPPOSITION_VERBS:
        return True
    return any(c.dep_ == "nsubj" and c.lower_ in SUPPOSITION_VERBS for c in verb.children)


def _is_writers_comment(verb: Token) -> bool:
    """Whether the cue is an infinitive with no one to say it, the writer weighing their own words: the
    subject of its clause ("To say that the goal has been accomplished would be an understatement", Engadget)
    or what "be", or an adjective after "be", holds when that clause's subject is a placeholder, the
    pronoun "it" or a demonstrative ("But it is fair to say that ...", DZone; "said it was nonsensical and
    petty to say that people were influenced", TimesLIVE; "It would be safe to say that ...", Medical News
    Today, dev gold; "That's not to say that ...", "This is NOT to say that ...", Substack). A named subject
    speaks ("The company was quick to point out that ..."). Found by the attr96 listing. An infinitive cue opening
    its sentence is an aside too ("Not to mention that its image ... can be at odds with ...", Engadget; "To explain
    the flying car gap is to explain the Great Stagnation itself", Roots of Progress; attrib279)."""
    if _is_aside_to_the_reader(verb):
        return True
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ == "csubj" or verb.dep_ in {"ROOT", "advcl"} and verb.left_edge.i == sentence_of(verb).start:
        return True  # a subject clause, or an infinitive opening the sentence: "Not to mention that ..." (Engadget)
    carrier = verb.head.head if verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" else verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or lemma(carrier) != "be":
        return False
    return all(_is_placeholder(c) for c in carrier.children if c.dep_ in {"nsubj", "expl"})


def _is_aside_to_the_reader(verb: Token) -> bool:
    """Whether the cue is the writer's aside with no one else to say it: a gerund after "worth" with a placeholder
    subject ("It's worth noting that Kurvitz wrote the novel", Engadget; "It's worth noting that even within ...",
    Serious Eats; "It is worth noting that it's been almost five years", Wccftech; "It's worth pointing out that this
    isn't just about ...", n+1; "It's worth saying that Schmitt is a failed figure", Substack), or an imperative
    opening its sentence ("Please note that this is the first half ...", Kotaku; "Please note that Kwankwaso was not
    the first governor ...", People's Daily; "Note that the simulation objective ...", LessWrong; "Note that while
    this example is very simplistic ...", V8; "Say a user is marking an article as read", Inessential). Found by the
    attrib321 listing: 14 claims go, all with no source and all the writer's."""
    if verb.tag_ == "VBG" and verb.head.lower_ == "worth" and verb.head.dep_ == "acomp":
        return all(_is_placeholder(c) for c in verb.head.head.children if c.dep_ in {"nsubj", "expl"})
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" or any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in verb.children):
        return False
    before = [t for t in sentence_of(verb) if t.i < verb.i]
    return all(t.is_punct or t.lower_ == "please" for t in before)


def _is_placeholder(subject: Token) -> bool:
    """Whether a subject stands for nothing said: the expletive "it" or "there", or a demonstrative."""
    morph = subject.morph
    return subject.dep_ == "expl" or "Dem" in morph.get("PronType") or (
        subject.pos_ == "PRON" and "Neut" in morph.get("Gender") and "Sing" in morph.get("Number")
    )


def _clausal_complements(verb: Token) -> list[Token]:
    """The cue's clausal complements, the one after it first: a fronted adverbial clause the parser also
    hangs on the cue is no claim ("..., about a month after Treasury Board officials announced a
    four-day return-to-office ..., PSPC said its plan to offload space was being “adjusted”" in
    ottawacitizen; "Speaker Moore and Ms. Lassiter are denying everything, publicly (though Lassiter
    claims both admitted it in person ...)" in occupydemocrats)."""
    complements = [c for c in verb.children if c.dep_ == "ccomp"] or _clause_on_the_cue_phrase(verb)
    return sorted(complements, key=lambda c: (c.i < verb.i, c.i))


def _clause_on_the_cue_phrase(verb: Token) -> list[Token]:
    """A "that" clause the parser hangs on the noun of a phrase between the cue and the claim, as if the noun
    took it: "said in a statement that the Indian strikes were carried out ..." and "said in televised remarks
    that five civilians were killed" (National Post), "said in a June report that Epstein was able to ..." (Nine
    News), "claimed without evidence that ...". The clause has its own subject, so it is no relative clause
    ("a statement that was released"). The cue's object "the fact" (``data/en/fact_nouns.txt``) takes its clause the
    same way: "He lamented the fact that Palestinian civilians ... were not consulted" (CBC, dev gold), "highlighted
    the fact that his foundation is run by a woman" and "mentioned the fact that multiple former Bloomberg employees
    have signed" (Time)."""
    nouns = [noun for prep in verb.children if prep.dep_ == "prep" and prep.i > verb.i for noun in prep.children
             if noun.dep_ == "pobj"]
    nouns += [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.lower_ in FACT_NOUNS]
    return [
        clause
        for noun in nouns
        for clause in noun.children
        if clause.dep_ in {"acl", "relcl"}
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
    ]


def _claim_span(verb: Token, head: Token) -> Span | None:
    """The words of a clausal claim, or None for a reported question or a relative clause.

    A claim that comes after its cue loses its complementizer ("said that ..."); one that comes
    before ("CLAIM, the service reported") runs from the start of the sentence, since the parser
    often hangs only its last conjunct on the cue: "In Kyiv's Shevchenko district, a five-story
    residential building was hit, ... and one person was killed, Ukraine's state emergency service
    reported" (globalnews); "As the sentence was read, Roof stood emotionless, reported Alexandra
    Olgin" (npr).
    """
    claim = _subtree_span(head)
    stolen = _stolen_subject(verb, head) if head.dep_ == "ccomp" else None
    if stolen is not None:
        claim = verb.doc[stolen.left_edge.i : claim.end]
    if claim.start > verb.i:
        if claim[0].dep_ == "mark" and claim[0].lower_ == "that" and len(claim) > 1:
            claim = claim[1:]  # the claim, not the complementizer
        if _opens_a_question(claim[0]):
            return None
    elif claim.end <= verb.i:
        sent = sentence_of(verb)
        start = sent.start
        while start < claim.start and (verb.doc[start].is_punct or verb.doc[start].is_space):
            start += 1
        claim = verb.doc[start : claim.end]
    return claim


def _opens_a_question(first: Token) -> bool:
    """Whether a claim after its cue opens with a wh-pronoun: a relative clause or a reported
    question, not a claim ("“... what the hell do I know?” Trump said which, given his history with
    defunct Trump Airlines ..., triggered ... responses" in deadline; "..., he said, which still left the
    employment count slightly down year-to-date" in financialpost; "it would be safe to say that what is
    consciously known to us is just the tip of a much larger iceberg" in medicalnewstoday).
    A relative clause around its cue is a claim: "the man who they say orchestrated the attacks" (cbc)."""
    return first.tag_ in {"WDT", "WP", "WP$"}


def _is_clause(verb: Token, head: Token) -> bool:
    """Whether a clausal complement is a clause with a verb and its subject, as a claim is; the parser
    also calls a small clause ("found Dylann Roof guilty" in npr) or a fragment ("deteriorate,” he
    stated" in citizen) a ccomp. A claim before its cue may have lost its subject to an earlier
    conjunct ("At least 30 police employees ... either resigned or were forced to quit, the
    newspaper reported" in euronews)."""
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    return (
        head.i < verb.i
        or any(c.dep_ in SUBJECTS for t in (head, *_auxiliaries(head)) for c in t.children)
        or _stolen_subject(verb, head) is not None
        or _relative_gap(verb)
    )


def _relative_gap(verb: Token) -> bool:
    """Whether the cue stands in a relative clause whose pronoun is the claim's missing subject: "Prime, ...,
    which Amazon founder Jeff Bezos said last year had surpassed 100 million members" (Seattle Times, "which" the
    cue's object), "questions from prosecutors that he believed were intended merely to display Manafort's lavish
    lifestyle" (The Gateway Pundit, "that" the cue's marker), "the 2020 hurricane season, which leading forecasts
    predict will be the fifth consecutive year of above-normal activity" (USA Today). "Tell" with no one addressed
    means to discern ("hands that the discriminator cannot tell are AI-generated", LessWrong)."""
    if lemma(verb) in ADDRESS_VERBS and all(t.tag_ in {"WDT", "WP"} for t in addressees(verb)):
        return False
    return verb.dep_ == "relcl" and any(
        c.i < verb.i and (c.tag_ in {"WDT", "WP"} or c.dep_ == "mark" and c.lower_ == "that") for c in verb.children
    )


def _auxiliaries(head: Token) -> list[Token]:
    """The clause's auxiliaries, which the parser sometimes gives the clause's subject: "told New Scientist that the
    evidence blaming tourists for sick penguins is lacking" ("evidence" under "is", The Atlantic Cities), "Watt doesn't
    think those challenges are gone" ("challenges" under "are", Financial Post)."""
    return [c for c in head.children if c.dep_ in {"aux", "auxpass"} and c.i < head.i]


def _stolen_subject(verb: Token, head: Token) -> Token | None:
    """The claim's subject when the parser made it the cue's object: "He warned gradual change could
    \"result in ...\"" (accountancyage), "Anwar explained the government's new strategy ... was to
    invite companies" (malaymail). Whom "tell" addresses is never the claim's subject (``addressees``): "told
    Australia's Hysteria Magazine that the group's farewell tour would be ..." (Blabbermouth), "told me that
    the technology should not be used" (The New Yorker), "tell a user what he or she was doing" (Aeon), "tell
    anybody what that is" (Recode): found by the attr96 listing. With an addressee before it, the object is the
    subject again ("local residents told him parts of the aircraft were also lying scattered", National Post)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
    addressed = addressees(verb) if len(objects) == 1 else set()
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < head.i and c.right_edge.i + 1 >= head.left_edge.i
         and c not in addressed),
        None,
    )


def _with_named_apposition(subject: Token) -> str:
    """The source's words, and the name set off after them when the subject is a description of a named person or
    body: "The host, National Resources Defense Council board member Nicole Lederer, has said the pipeline ..." (Free
    Beacon, dev gold, whose source is the name), "the firm's chief economist, Michael Feroli, argues" (Businessweek),
    "His mother, Lynda Cruz, told" (David Wolfe), "his chief strategist, Steve Bannon, explained" (HuffPost). The
    apposition is a name (its head a proper noun) with no clause and no "notably" in it, after a description (a common
    noun): "Ev Kontsevoy, CEO at ... Teleport" (LeadDev) and "Ronald Wall, its chief financial officer ... Wednesday"
    (The Gateway Pundit) keep the name alone, "some lawmakers, notably Alexandra Ocasio-Cortez" (India Times) the
    lawmakers."""
    phrase = _with_partitive_whole(subject)
    doc = subject.doc
    if subject.pos_ != "NOUN":
        return phrase
    for appos in subject.children:
        if appos.dep_ != "appos" or appos.i <= subject.i or appos.pos_ != "PROPN":
            continue
        if doc[subject.i + 1].text != "," or any(
            t.pos_ in {"VERB", "AUX"} or t.dep_ == "advmod" or "\n" in t.text for t in appos.subtree
        ):
            continue
        return phrase + doc[subject.i + 1 : appos.right_edge.i + 1].text
    return phrase


def _with_partitive_whole(subject: Token) -> str:
    """The source's words, up to the noun after "of" when the head only counts or picks out part of it
    (``data/en/partitive_heads.txt``): "a number of GOP insiders in key early states said" is "a number of GOP
    insiders" (Politico), "a number of analysts say" (The Washington Post), "One of these analyses ... shows" (The New
    Republic), "several of acebush1's posts showed" (The Intercept); a pronoun after "of" stays out ("All of this is
    to say")."""
    phrase = doc_phrase(subject)
    if subject.lower_ not in PARTITIVE_HEADS:
        return phrase
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == subject.i + 1:
            whole = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
            if whole is not None and not any("\n" in t.text for t in subject.doc[subject.i : whole.i]):
                return phrase + subject.whitespace_ + subject.doc[subject.i + 1 : whole.i + 1].text
    return phrase


def _antecedent(subject: Token | None) -> Token | None:
    """The noun a relative pronoun subject stands for: "the Palestinian Dialogue Group, which says ..."
    (cbc), "Tester, who says ..." (freebeacon), "a graph that showed ..." (mexiconewsdaily)."""
    if subject is not None and subject.tag_ in {"WDT", "WP"} and subject.head.dep_ == "relcl":
        return subject.head.head
    if _who_after_its_noun(subject):
        return subject.doc[subject.i - 1]
    return subject


def _who_after_its_noun(subject: Token | None) -> bool:
    """"who" right after a noun stands for that noun even where the parser hangs its clause elsewhere than as a
    relative clause: "She then confides in her husband who believes that ..." (OK!, "believes" a complement of
    "confides"); "It was my mother who told me that ..." (The New Yorker, a cleft read as a complement of "was")."""
    return (
        subject is not None
        and subject.tag_ == "WP"
        and subject.lower_ == "who"
        and subject.i > 0
        and subject.doc[subject.i - 1].pos_ in {"NOUN", "PROPN"}
    )


def _cites_for_a_speaker(token: Token) -> bool:
    """Whether "citing X" names the evidence of a speaker's claim, which that speech verb already
    reports: "a lawmaker said Tuesday, citing a military intelligence report" (yonhap); "Chief
    Justice John Roberts wrote for the court on Tuesday, citing congressional debate" (nine-au)."""
    return token.dep_ in {"advcl", "xcomp", "conj"} and lemma(token.head) in ATTRIBUTION_VERBS


def _words_start(claim: Span) -> int:
    """Offset of the claim's first character after its opening quote marks."""
    text, start = text_of(claim.doc), claim.start_char
    while start < claim.end_char and (text[start] in OPENING_MARKS or text[start].isspace()):
        start += 1
    return start


def _has_reporting_holder(verb: Token, subject: Token | None) -> bool:
    """Whether the cue has a holder whose claim is reported: a belief verb needs one at all,
    and a first- or second-person holder is the speaker's own voice, not a claim reported by the
    article ("I think it's the end of the world", "you say ..." in abcau's radio transcript; "we
    thought it was the right time to move" in cnet's testimony excerpt)."""
    if subject is None:
        return lemma(verb) not in HOLDER_VERBS
    if subject.dep_ == "nsubjpass":
        return False  # an agentless passive: "Participants were asked to watch" (economist, atlasobscura)
    return not ({"1", "2"} & set(subject.morph.get("Person")) and subject.pos_ == "PRON")


def is_direct_quote(claim: Span, quotes: list[QuoteSpan]) -> bool:
    """Whether the claim's words, its own quote marks aside, lie inside quote marks: a quote span
    holds the words without the marks, so the claim's opening mark is skipped before the check
    ("“It was a regular patrol ...,” De Iesu said" in westernjournalism; "“Our nation requires
    steel ...” he said" in mexiconewsdaily)."""
    start, end = _words_start(claim), claim.end_char
    text = text_of(claim.doc)
    while end > start and (text[end - 1] in CLOSING_MARKS or text[end - 1].isspace()):
        end -= 1
    return end > start and inside_spans(start, quotes) and inside_spans(end - 1, quotes)


def _claim_before_tag(verb: Token) -> Span | None:
    """The claim a mid-sentence speech tag follows: "CLAIM, a spokesperson for flydubai said, and ...",
    which the parser hangs on the claim's verb (parataxis) instead of the other way round. A tag set off by
    commas inside its claim ("demand for them, Kaplan says, is always consistent", Atlas Obscura, dev gold;
    "True nanotech, he says, was killed by federal funding", Roots of Progress; "a more pressing factor, she
    says, is ...", Nature; "This, he says, is part of the reason", Time) hangs on the claim's verb after it:
    the claim is that verb's clause, tag included, since a span cannot skip it."""
    subject = speech_subject(verb)
    start = max(verb.head.left_edge.i, sentence_of(verb).start)
    own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if not own and verb.dep_ in {"advcl", "conj"} and verb.head.i < verb.i and start < verb.i:
        speaker = _inverted_object(verb, verb.doc[start:verb.i])
        if speaker is not None and speaker.pos_ == "PROPN" and verb.head.dep_ == "ROOT":
            # the closing inverted tag the parser hangs on its claim's root (advcl, conj), its speaker a name read as
            # its object, and the subject it climbs to the claim's own: "The negativity ate her up, added Pereira."
            # (CNA, in its page), "..., warns the PM." (Daily Mail), "The claims, in no way, reflected reality,
            # reported MSNBC." (Inquisitr), "As the sentence was read, Roof stood emotionless, reported Alexandra
            # Olgin of South Carolina Public Radio, ..." (NPR, dev gold); listing +6 claims, all right
            return strip_punct(verb.doc[start : verb.i])
    if verb.dep_ != "parataxis" or subject is None:
        return None
    if verb.head.i < subject.i < verb.i:
        return strip_punct(verb.doc[start : subject.left_edge.i])
    if _set_off_by_commas(verb) and start < subject.left_edge.i < verb.i < verb.head.i:
        return strip_punct(verb.doc[start : verb.head.right_edge.i + 1])
    if verb.i < subject.i and verb.i < verb.head.i and _inverted_between_commas(verb):
        return strip_punct(verb.doc[start : verb.head.right_edge.i + 1])
    return None


def _inverted_between_commas(verb: Token) -> bool:
    """Whether an inverted tag, the cue before its subject, stands between two commas inside its claim: "In Ohio,
    says State Patrol Capt. Mike Crispen, it's already in the curriculum" (NPR), "The reasons for slow hiring, says
    Nihalani, are many" (Business Today)."""
    doc = verb.doc
    end = max((c.right_edge.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i), default=-1)
    return end > verb.i > 0 and doc[verb.i - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","


def _set_off_by_commas(verb: Token) -> bool:
    """Whether a tag stands between two commas: ", he says," (its own children)."""
    commas = [c for c in verb.children if c.dep_ == "punct" and c.text == ","]
    return len(commas) == 2 and commas[0].i < verb.i < commas[1].i


def _subtree_span(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _outside_phrase(
    doc: Doc,
    cue_token: Token,
    object_parent: Token,
    cue: str,
    sentences: SentenceIndex,
    quotes: list[QuoteSpan],
) -> list[Attribution]:
    """Attribution for "according to X" / "citing X": the claim is the rest of the sentence.

    The claim is the clause before the phrase when there is one ("The Soroses ... nearly maxed out
    campaign contributions to Tester, each giving $2,800, according to campaign finance disclosures,
    making ..." in freebeacon; "... has almost doubled according to the BBA." in
    globalbankingfinance), else the words after it ("According to NBC News, Karen Hughes ...").

    A claim that opens a direct quote is the quote relayed with its speech tag ("“...,” the
    president-elect said in a statement, according to NBC News" in americanow; "“...,” investment
    banker Anthony Scaramucci said on the BBC, according to the New York Times" in rawstory): a
    Quote fact covers it.
    """
    objects = [c for c in object_parent.children if c.dep_ in {"pobj", "dobj"}]
    if not objects or cue == "according to" and _in_accordance_with(cue_token):
        return []
    obj = objects[0]
    source = _with_partitive_whole(obj)
    phrase = doc[cue_token.i : obj.right_edge.i + 1]
    sent = sentence_of(cue_token)
    before = doc[sent.start : phrase.start]
    after = doc[phrase.end : sent.end]
    relative = _relative_clause_around(cue_token, before)
    if relative is not None:
        claim = strip_punct(doc[phrase.end : relative.right_edge.i + 1]) if relative.i >= phrase.end else None
    else:
        claim = strip_punct(before if _reports_the_clause_before(before) else after)
    if claim is None or inside_spans(_words_start(claim), quotes):
        return []
    return [_attribution(doc, [claim, phrase], source, cue, claim, sentences)]


#: Dependencies of a verb inside its sentence (a relative clause, a conjunct, an infinitive, a gerund, an adverbial
#: clause) on which "according to X" hangs as a manner: "in accordance with", not a source.
_MANNER_HEADS = frozenset({"relcl", "conj", "xcomp", "pcomp", "advcl"})


def _in_accordance_with(cue: Token) -> bool:
    """Whether "according to X" means "in accordance with X", no source: the phrase, not set off (no punctuation,
    conjunction or relative pronoun right before it), hangs on a verb after it of a relative clause, a conjunct, an
    infinitive, a gerund or an adverbial clause: "anything that evolves according to that rule", "configurations that
    evolve according to our laws of physics" (LessWrong, en_real6), "chooses the highest-ranking sample according to
    some scoring function", "first selecting the CoT samples according to ..." (GitHub, en_real6); on the dev
    listing "can be paired according to size" (Animal World), "a weird furin cleavage site that shouldn't have worked
    according to the theory" (Astral Codex Ten), "then manipulate those bits according to simple rules" (The New
    Yorker), "If all goes according to plan" (Rest of World), "to make the hashtag links ... according to the display
    guideline" (WordPress). A source's phrase hangs on the main verb ("The eruption began at 10:17 pm local time
    according to the Icelandic Meteorological Office", Discover; "has almost doubled according to the BBA", dev gold)
    or follows a comma, a closing quote mark or "and"/"but"."""
    doc = cue.doc
    if cue.is_sent_start or cue.i == 0:
        return False
    before = doc[cue.i - 1]
    if before.is_punct or before.is_space or before.pos_ == "CCONJ" or before.tag_ in {"WDT", "WP"}:
        return False
    head = cue.head
    return head.i < cue.i and head.pos_ in {"VERB", "AUX"} and head.dep_ in _MANNER_HEADS


def _relative_clause_around(cue: Token, before: Span) -> Token | None:
    """The verb of the relative clause "according to X" opens right after its pronoun, whose claim is that clause, the
    pronoun its subject: "Strava is also introducing dark mode, which, according to data on the Strava Community Hub,
    is the app's second most desired feature" (TechCrunch), "the many WhatsApp groups which, according to Govender,
    were created for the sole purpose of ..." (TimesLive), "a temporary injunction against Spain, which according to
    PETER VAN ELSUWEGE probably won't be the last word" (Verfassungsblog, en_real4). The claim starts after the phrase,
    as the probes mark "which Amazon founder Jeff Bezos said last year had surpassed" (``_relative_gap``)."""
    words = strip_punct(before)
    if words is None or words[-1].tag_ not in {"WDT", "WP"}:
        return None
    pronoun = words[-1]
    verb = pronoun.head
    if verb.dep_ != "relcl" or cue.head != verb and cue.head.head != verb:
        return None
    return verb


def _reports_the_clause_before(before: Span) -> bool:
    """Whether "according to X" reports the clause before it: one with a verb, unless the phrase opens the next
    clause after "and", "but" or a semicolon ("appeared in court on Friday morning and according to the
    prosecutor, their alleged offences are believed to be syndicated", CNA; "could not reach Tesla ..., but
    according to local reporting, the bid ... was denied", Fox Business; "... under his personal direction;
    according to the human-rights group Memorial, they punish ...", Newsweek; "..., but, according to Hansen,
    the tradeoff has been accelerated warming", Time). Found by the attr96 listing."""
    words = strip_punct(before)
    if words is None or words.end < before.end and before.doc[words.end].text == ";":
        return False
    return words[-1].pos_ != "CCONJ" and any(t.pos_ in {"VERB", "AUX"} for t in words)


def strip_punct(span: Span) -> Span | None:
    """The span without punctuation and line breaks at its ends; None when nothing else is left."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
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
