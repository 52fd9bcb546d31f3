"""A person's stated role: a title before the name, an appositive, or "as <title>".

News writing states roles in a few shapes ("Defense Minister Shin Won-sik", "Kim, a spokesperson
for the ministry,", "minister of mines and energy Tom Alweendo"); these rules read them off the
parse and strip nationality, place and organisation words, which are entities of their own.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from extractors.facts.gazetteer import organisation_names, people_words, title_words, word_list
from extractors.facts.name_spans import ORG_HEADS
from extractors.facts.nlp import entity_of, lemma

#: Adjectives that describe a term of office, not the title: "current chair", "fellow state Representative".
TRANSIENT_ADJECTIVES = word_list("transient_adjectives")
MILITARY_RANKS = word_list("military_ranks")
#: Legislative chambers, part of a title they open ("House Minority Leader").
CHAMBERS = word_list("chambers")
#: Family words describe a relation, not an office.
KINSHIP = word_list("kinship")
#: Personal relations outside the family ("friend", "neighbour", "resident") are no office either.
RELATIONS = word_list("relation_nouns")
#: Nouns of a relation, in or outside the family: never an appositive's title.
NOT_OFFICES = KINSHIP | RELATIONS
#: Parents ("his parents, Brett and Naghmeh", Shropshire Star): a relation, never a list's title.
PARENT_NOUNS = word_list("parent_nouns")
#: Endings of nouns for people by what they do ("producer", "scientist"): a plural title shared by a list has one.
AGENT_SUFFIXES = tuple(word_list("agent_suffixes"))
#: Family words right before a name that give no role ("welcomed daughter Daisy Dove", "second wife Robin Wright");
#: "partner" before a name is a firm's partner ("managing partner X"), so it stays a title there.
KIN_BEFORE_NAME = KINSHIP - word_list("office_kinship")
#: Titles whose "of" phrase is part of the title: "Minister of Justice".
ROLE_OF_HEADS = frozenset({"minister", "secretary"})
#: Titles that keep their "of" phrase whatever its case: those above and "VP of Technology".
OF_PHRASE_HEADS = ROLE_OF_HEADS | word_list("of_phrase_titles")
#: Titles that are empty without their complement: "nominee for commerce secretary", "expert on the conflict".
COMPLEMENT_HEADS = {"nominee": "for", "candidate": "for", "expert": "on", "specialist": "on"}
#: Courtesy titles stripped from names so "Ms Bowles" merges with "Holly Bowles"; they are not roles.
HONORIFICS = word_list("honorifics")
#: Words that say which government without naming it ("State"): the level of an office when they open its title.
GOVERNMENT_LEVELS = word_list("government_levels")
#: Words that open a police rank ("Detective Lt."), no office of their own before it (``prefer_office``).
RANK_OPENERS = word_list("rank_openers")


@functools.cache
def lowered(words: frozenset[str]) -> frozenset[str]:
    """The lower-case forms of a word list (title heads), built once per list instead of per mention."""
    return frozenset(w.lower() for w in words)


def titled_person(span: Span, heads: frozenset[str], person_words: set[str]) -> bool:
    """A title word followed by a surname the article gives a person elsewhere ("MEC Mamabolo",
    "actress Weaver"), which the model took for an organisation; "General Motors" has no such person."""
    if span.start > 0 and span.doc[span.start - 1].text in heads:
        span = span.doc[span.start - 1 : span.end]  # the title before the span: "actress Weaver"
    return (
        len(span) >= 2
        and span[0].text in heads
        and span[0].text not in MILITARY_RANKS
        and all(t.is_title and t.text in person_words for t in span[1:])
    )


def named_after_title(span: Span, heads: frozenset[str]) -> bool:
    """Two or three capitalised words right after a lower-case title word name its holder, which the model read as an
    organisation: "SeaWatch captain Carola Rackete" (Verfassungsblog), "said executive director Nicola Corzine" (SF
    Chronicle). A word that ends an institution's name ("Association", "Bank") or a listed organisation keeps the
    model's label."""
    if span.start == 0 or not 2 <= len(span) <= 3:
        return False
    title = span.doc[span.start - 1]
    return (
        title.is_lower
        and title.text in heads
        and title.pos_ == "NOUN"
        and all(t.is_title and t.is_alpha and t.text not in ORG_HEADS for t in span)
        and span.text not in organisation_names()
    )


def split_title(
    span: Span, heads: frozenset[str], modifiers: frozenset[str]
) -> tuple[Span | None, str | None]:
    """Separate a title the model put inside a PERSON span ("President Emmanuel Macron")."""
    while span.end - span.start > 1 and span[0].text in HONORIFICS:
        span = span.doc[span.start + 1 : span.end]
    cut = span.start
    while cut < span.end - 1 and (span.doc[cut].text in heads or span.doc[cut].text in modifiers):
        cut += 1
    if cut == span.start:
        return span, None
    if span.doc[cut - 1].text not in heads:
        return span, None
    role = span.doc[span.start : cut].text
    return span.doc[cut : span.end], role


def widened_split_title(span: Span, role: str, heads: frozenset[str], modifiers: frozenset[str]) -> str:
    """The whole title when the model's PERSON span began inside it and ``split_title`` cut only the span's part:
    "Detective Sergeant Raphael Letota" (The Namibian), tagged "Sergeant Raphael Letota"; "former Fed Vice Chair
    Donald Kohn" (Politico, whole page), cut to "Chair"; the title words right before the span join as they join a
    title before a name (``left_title``)."""
    before = left_title(span, heads, modifiers)
    return before if before and before.endswith(" " + role) else role


def left_title(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """A title right before the name: "Communications Minister Fahmi Fadzil", "French President Emmanuel Macron".

    The title's head must be a known title word, or a lower-case noun the parser attaches to the
    name ("rapper Soulja Boy"); words before it join while they are title words or lower-case
    modifiers of the title ("research director"), never nationality, place or organisation names.
    """
    doc = span.doc
    end = span.start
    office_words = heads | modifiers
    while end > 0 and doc[end - 1].text in HONORIFICS:
        end -= 1  # "Prime Minister Datuk Seri Anwar Ibrahim"
    if end == 0:
        return None
    head = doc[end - 1]
    if head.lower_ in RELATIONS or head.is_lower and head.text in KIN_BEFORE_NAME:
        # "Kyiv resident X", "her friend X" (dev gold); "welcomed daughter Daisy Dove" (Daily Mail), "split from
        # second wife Robin Wright" (OK!): kinship is no office. "Father X" (a priest) is capitalised.
        return None
    common_noun = head.pos_ == "NOUN" and head.is_lower and head.dep_ == "compound" and head.head.i >= end
    start = _elect_start(doc, end, heads)
    if start is None:
        start = _capitalised_of_start(doc, end, heads)
    # "for <field>" too when the field ends in no title of its own ("spokesman for party leader Keir Starmer") and
    # names no people served ("attorney for exonerees", Chicago Sun-Times)
    prepositions = {"of"} if head.text in heads or head.tag_ == "NNS" else {"of", "for"}
    if start is None and head.is_alpha and _portfolio_start(doc, end, heads, prepositions) < end:
        # a lower-case "HEAD of <field>" alone before the name: "Head of financial reporting Richard Martin"
        # (Accountancy Age), as "minister of mines and energy Tom Alweendo" (The Namibian) ends a longer title;
        # "the firm's senior vice-president for global public policy David Zapolsky" (Tech Monitor)
        start = _portfolio_start(doc, end, heads, prepositions)
    if start is None:
        start = _co_form_start(doc, end)
    if start is None:
        start = _opened_capitalised_start(doc, end, heads, modifiers)
    if start is None and _glued_abbreviation(doc, end - 1, heads | MILITARY_RANKS):
        start = end - 2  # "ex-Sgt. Ronald Watts" (Chicago Sun-Times): the tokenizer split "Sgt" from its full stop
    if start is None:
        if head.text not in heads and not common_noun or head.is_lower and head.pos_ == "VERB":
            return None  # "vowed to tackle Sadiq Khan's plan", "will coach Tom Brady": a verb, no title
        start = end - 1
    while start > 0:
        left = doc[start - 1]
        attached = start <= left.head.i < end
        if left.lower_ in TRANSIENT_ADJECTIVES:
            break
        opener = _opened_run_start(doc, start - 1, doc[end - 1], office_words)
        if opener is not None:
            start = opener
        elif _glued_abbreviation(doc, start - 1, office_words | MILITARY_RANKS):
            start -= 2  # "military spokesperson Lt. Gen. Ahmed Sharif" (National Post, Times of India)
        elif (
            left.text in modifiers
            or left.text in heads
            or (
                (left.is_lower or _capitalised_to_open(left, doc[end - 1]))
                and left.is_alpha
                and left.pos_ in {"NOUN", "ADJ"}
                and not left.ent_type_
                and attached
            )
            or _portfolio_word(left, doc[end - 1], attached)
        ):
            start -= 1
        elif (
            left.text in {"-", "‑"}
            and start >= 2
            and not left.whitespace_
            and not doc[start - 2].whitespace_
            and doc[start - 2].is_alpha
            and doc[start - 2].ent_type_ not in {"GPE", "NORP"}
        ):
            start -= 2  # "Vice-president elect", "ex-minister"
        elif _opening_level(doc, start - 1, end):
            start -= 1
        else:
            break
    start = _coordinated_start(doc, _portfolio_start(doc, start, heads), lowered(heads))
    while start < end - 1 and _named_word(doc[start], doc[end - 1]) and not _opening_level(doc, start, end):
        start += 1  # "Republican Sen. Ted Cruz", "Labour leader Keir Starmer": the name is an entity of its own
    return doc[start:end].text


def _opening_level(doc: Doc, i: int, end: int) -> bool:
    """Whether ``doc[i]`` is a government level word ("State") that opens a capitalised title before the name at
    ``end``: "State Rep. Steve Xiarhos" (Worcester Telegram), "vacated by State Senator Kirk Watson" (KUT), which the
    model may tag as an organisation. It names no place of its own, so it stays in the title; after a capitalised
    name ("Texas State Senator") it belongs to that name and the title starts after it."""
    word = doc[i]
    if word.text not in GOVERNMENT_LEVELS or word.head.i <= i or not doc[end - 1].is_title:
        return False
    return i == 0 or not (doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN")


def _glued_abbreviation(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """Whether ``doc[i]`` is the full stop of a title abbreviation the tokenizer split off: "Lt" "." in "military
    spokesperson Lt. Gen. Ahmed Sharif" (National Post, Times of India), "Sgt" "." in "ex-Sgt. Ronald Watts" (Chicago
    Sun-Times), "Capt" "." in "State Patrol Capt. Mike Crispen" (NPR), "police Sgt. Sean Gannon" (Worcester
    Telegram)."""
    return (
        i >= 1
        and doc[i].text == "."
        and not doc[i - 1].whitespace_
        and doc[i - 1].is_alpha
        and doc[i - 1].text + "." in words
    )


def _capitalised_to_open(token: Token, head: Token) -> bool:
    """A word capitalised only because it opens the sentence, a lower-case descriptor of the lower-case title after
    it: "Environmental justice activist Rinaani Musutua" (The Namibian), "Art historian Philip Fedchin" (Nature),
    "Technology investor Nick Hanauer" (WTF Economy). Before a capitalised title it is a name the model left untagged
    ("Facebook CEO Mark Zuckerberg", CNET; "Virtustream CTO Drew Gonczi", The Register), as is a listed organisation."""
    return (
        token.is_sent_start
        and token.is_title
        and token.text[1:].islower()
        and head.is_lower
        and token.text not in organisation_names()
    )


def _opened_run_start(doc: Doc, i: int, head: Token, office_words: frozenset[str]) -> int | None:
    """Where a capitalised title that a title word opens begins, when ``doc[i]`` is a capitalised word inside it:
    "HackerRank Chief Operating Officer Grady Burnett" (Fortune), "John Mattison, the Chief Medical Information
    Officer at Kaiser" (WTF Economy), where "Operating" and "Medical Information" are no title words of their own.
    The run is capitalised words up to the capitalised head ``head``, none of them a person, place or people, and
    its first word is a capitalised title word ("Chief"); the model may tag the run as an organisation. A word that
    ends an institution's name ("Association", "Committee") makes the run an organisation's name before the title:
    "Senior Executives Association President Bill Valdez" (Chicago Tribune)."""
    if not head.is_title or head.text not in office_words:
        return None
    j = i
    while j >= 0 and i - j < 3 and doc[j].is_title and doc[j].is_alpha and doc[j].text not in office_words:
        if doc[j].ent_type_ in {"PERSON", "GPE", "NORP"} or doc[j].text in ORG_HEADS:
            return None
        j -= 1
    if j < 0 or j == i or not doc[j].is_title or doc[j].text not in office_words:
        return None
    return j


def _opened_capitalised_start(doc: Doc, end: int, heads: frozenset[str], modifiers: frozenset[str]) -> int | None:
    """Start of a capitalised title right before ``end`` that a capitalised opener such as "Chief" begins and whose
    last word is no title head of its own: "the country's Chief Executive Abdullah Abdullah" (DW), "the county's
    Chief Medicial Examiner Dr. Laura Carbone" (Record Online).
    The opener is a capitalised word that is both a title head and a modifier, and no rank; up to two capitalised
    words follow it, none a person, place, people or the end of an institution's name ("Association")."""
    head = doc[end - 1]
    if not (head.is_title and head.is_alpha) or head.text in heads or head.text in ORG_HEADS or head.ent_type_:
        return None
    j = end - 2
    while j >= 0 and end - 1 - j <= 2:
        word = doc[j]
        if word.is_title and word.text in heads and word.text in modifiers and word.text not in MILITARY_RANKS:
            return j
        if not (word.is_title and word.is_alpha) or word.text in heads or word.text in ORG_HEADS or word.ent_type_:
            return None
        j -= 1
    return None


def _co_form_start(doc: Doc, end: int) -> int | None:
    """Start of a lower-case "co-<noun>" right before ``end``, a title of its own whatever the noun: "co-host Rece
    Davis" (AL.com), whose parse reads "host" as a verb, as "co-founder Ev Williams" (Recode) and "co-founder Seif
    Zahran" (Rest of World) name a co-founder."""
    start = end - 3
    if start < 0 or not _co_form(doc, start) or not doc[end - 1].is_lower:
        return None
    return start


def _co_form(doc: Doc, i: int) -> bool:
    """Whether ``doc[i:i + 3]`` spells "co-<word>", which the tokenizer splits in three: "co-founder", "co-host"."""
    return (
        i + 2 < len(doc)
        and doc[i].lower_ == "co"
        and doc[i + 1].text in {"-", "‑"}
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
    )


def _coordinated_start(doc: Doc, start: int, title_heads: frozenset[str]) -> int:
    """Where two titles joined by "and" before a name begin: "Whole Foods co-founder and CEO John Mackey" (Seattle
    Times), "HackerRank cofounder and chief executive Vivek Ravisankar" (Forbes), "JFrog cofounder and CTO Yoav
    Landman" (Jewish Business News), "Agari founder and CEO Patrick Peterson" (ZDNet); the first must be a title
    head (or its "co-" form), so "British backpacker and lawyer Simone White" (The Independent) stays "lawyer" and
    "Minister of the Interior and factual head of government" (Verfassungsblog) does not grow from "Interior"."""
    if start < 2 or doc[start - 1].lower_ != "and":
        return start
    word = doc[start - 2]
    if start >= 4 and _co_form(doc, start - 4) and word.lower_ in title_heads:
        return start - 4
    if word.lower_ in title_heads or word.lower_.startswith("co") and word.lower_[2:] in title_heads:
        return start - 2
    return start


def _named_word(token: Token, head: Token) -> bool:
    """A word of a party, nationality, organisation or place name at the front of a title: an entity
    of its own, dropped from the role ("Republican Sen.", "Labour leader"); a portfolio before
    "Minister"/"Secretary" ("Communications Minister") and a chamber stay, unless the chamber word ends a name
    begun before it: "White House counselor Kellyanne Conway" (Addicting Info), "White House press secretary Josh
    Earnest" (Washington Post)."""
    if token.text in CHAMBERS:
        # "House Minority Leader" (Free Beacon), "Senate Democratic Leader" (Washington Times)
        return token.ent_iob_ == "I"
    if token.ent_type_ == "NORP" or token.text in people_words():
        return True
    return token.ent_type_ in {"ORG", "GPE", "FAC", "LOC"} and head.lower_ not in ROLE_OF_HEADS


def _capitalised_of_start(doc: Doc, end: int, heads: frozenset[str]) -> int | None:
    """Start of a capitalised "HEAD of Name" title right before ``end``: "U.S. Secretary of State Marco
    Rubio" (National Post), "Pakistan's Chief of Army Staff General Asim Munir" (Times of India), and "HEAD of the
    Name": "former Speaker of the House Newt Gingrich" (Good, RedState)."""
    j = end - 1
    while j > 0 and end - j <= 4 and (
        doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ != "PERSON"
        or doc[j].lower_ == "and" and j < end - 1
        or doc[j].lower_ == "the" and j < end - 1 and doc[j - 1].lower_ == "of"
    ):
        j -= 1  # "Minister of Mines and Steel Development Olamilekan Adegbite" (Fox Business)
    if j < end - 1 and j > 0 and doc[j].lower_ == "of" and doc[j - 1].text in heads:
        return j - 1
    return None


def _elect_start(doc: Doc, end: int, heads: frozenset[str]) -> int | None:
    """Start of a hyphenated "HEAD-elect" right before ``end``, which the parser splits into three tokens:
    "President-elect Donald Trump has named Kellyanne Conway ..." (America Now), "Robert Gates on Sunday
    defended President-elect Donald Trump’s pick for secretary of state" (CNN)."""
    if end < 3 or doc[end - 1].lower_ != "elect" or doc[end - 2].text not in {"-", "‑"}:
        return None
    title = doc[end - 3]
    joined = not title.whitespace_ and not doc[end - 2].whitespace_
    return end - 3 if joined and title.text in heads else None


def _portfolio_start(doc: Doc, start: int, heads: frozenset[str], prepositions: set[str] | None = None) -> int:
    """Where a lower-case portfolio title begins: "minister of mines and energy Tom Alweendo", whose
    words before the name stop at "and"; ``start`` when no "HEAD of ..." (or another of ``prepositions``) runs up
    to it."""
    prepositions = prepositions or {"of"}
    j = start - 1
    while j > 0 and start - j <= 8 and (doc[j].lower_ in {"and", "&", ","} or doc[j].is_lower and doc[j].is_alpha):
        if doc[j].lower_ in prepositions and doc[j - 1].text in heads and (doc[j].lower_ == "of" or j < start - 1):
            return j - 1
        j -= 1
    return start


def _portfolio_word(left: Token, head: Token, attached: bool) -> bool:
    """A capitalised portfolio before "Minister"/"Secretary" ("Communications Minister")."""
    if not attached or not left.is_alpha or not left.is_title or left.ent_type_ in {"GPE", "NORP", "PERSON"}:
        return False
    return (
        head.lower_ in ROLE_OF_HEADS
        and head.is_title  # "Treasury Board secretary X" names the board, not a portfolio
        and left.pos_ in {"NOUN", "PROPN"}
        and left.dep_ == "compound"
    )


def prefer_office(before_name: str | None, appositive: str | None) -> str | None:
    """A functional title wins over a military rank: "Commandant Major General X" -> "Commandant"."""
    if before_name is None:
        return appositive
    words = before_name.split()
    cut = len(words)
    while cut > 0 and words[cut - 1] in MILITARY_RANKS:
        cut -= 1
    heads, modifiers = title_words()
    if 0 < cut < len(words) and words[cut - 1] in RANK_OPENERS and not any(w in heads for w in words[: cut - 1]):
        return before_name  # "Detective Lt. Robert Pfannes" (MLive): the opener and the rank are one police rank
    if cut == len(words) or cut > 0 and words[cut:] == ["General"] and words[cut - 1] in heads | modifiers:
        return before_name  # "Attorney General", "Secretary General": a lone "General" after a title ends it
    if cut > 0 and any(word in heads for word in words[:cut]):
        return " ".join(words[:cut])
    if cut > 0 and appositive is None:
        return before_name  # "former Sgt. Ronald Watts" (Chicago Sun-Times): no office before the rank
    return appositive or before_name


def shared_title(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """A plural title before a list of names holds for each: "cabinet ministers A and B",
    "Chelsea's sporting directors, A and B"."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    doc = span.doc
    if _listed_people(first) and (plural := _plural_appositive(first)):
        return plural
    if first.tag_ == "NNS" and first.is_lower and lemma(first) in lowered(heads):
        start = first.i
        while start > 0 and doc[start - 1].dep_ in {"compound", "amod"} and doc[start - 1].is_lower:
            start -= 1
        return doc[start : first.i + 1].text
    name = entity_of(first)
    if name is None or name.label_ != "PERSON":
        return None
    title = left_title(name, heads, modifiers)
    if title and title.split()[-1].islower() and title.endswith("s"):
        return title
    return None


def _listed_people(first: Token) -> bool:
    """Whether ``first`` opens a list of two or more people's names: it and every name joined to it are people."""
    members = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i > first.i)]
    for member in members:
        name = entity_of(member)
        if name is None or name.label_ != "PERSON":
            return False
    return len(members) >= 2


def _plural_appositive(first: Token) -> str | None:
    """A plural noun in apposition to a list of names is each one's title: "Carleton Cuse and Damon Lindelof, the
    show's executive producers" (n+1), "two materials scientists, Tony Manzara and Doug Johnson" (The New Yorker).
    ``first`` is the list's first name, each name of the list a person; the noun is a lower-case plural of a singular
    that is no relation ("two friends", "his parents") and names people by what they do (``AGENT_SUFFIXES``), and
    keeps its lower-case modifiers but no number, article, possessive or name."""
    doc = first.doc
    last = first
    while any(c.dep_ == "conj" and c.i > last.i for c in last.children):
        last = max(c for c in last.children if c.dep_ == "conj")
    nouns = [child for child in first.children if child.dep_ == "appos" and child.left_edge.i == last.i + 2]
    if first.dep_ == "appos" and first.head.i + 2 == first.left_edge.i:
        nouns.append(first.head)  # right before the list, a comma between
    for noun in nouns:
        if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or not noun.is_lower or noun.ent_type_:
            continue
        if doc[noun.i + 1 if noun.i < first.i else last.i + 1].text != ",":
            continue
        singular = lemma(noun)
        if singular == noun.lower_ or singular in NOT_OFFICES or singular in PARENT_NOUNS:
            continue
        if not singular.endswith(AGENT_SUFFIXES):
            continue  # "these arcane reference points" (Architectural Digest), "two branded cereals" (Fast Company)
        start = noun.i
        while start > 0:
            left = doc[start - 1]
            if left.dep_ not in {"amod", "compound"} or left.head.i not in range(start, noun.i + 1):
                break
            if not (left.is_lower and left.is_alpha) or left.ent_type_ or left.lower_ in TRANSIENT_ADJECTIVES:
                break
            start -= 1
        return doc[start : noun.i + 1].text
    return None


def appositive_title(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """A title in apposition or after "as": "X, a spokesperson for Y", "the rapper X", "X, who ... as chancellor"."""
    root = span.root
    doc = span.doc
    lowered_heads = lowered(heads)
    office_words = heads | modifiers
    candidates = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.append(root.head)
        candidates.extend(_of_phrase_holder(root.head, lowered_heads))
    verbs = [child for child in root.children if child.dep_ == "relcl"]
    # "Ms Mitchell, who is also co-chair of the Diversity Task Force" (FT), "Mr Cohen, who was a UK policy adviser"
    # (Express): a relative "who is/was" gives its title as an appositive does
    copulas = [verb for verb in verbs if lemma(verb) == "be"]
    if root.dep_ == "poss":
        verbs.append(root.head)  # "Rachel Reeves' first major speech as chancellor"
    if root.dep_ == "nsubj":
        verbs.append(root.head)
        if lemma(root.head) == "be":  # "X is a reporter for Y"
            copulas.append(root.head)
    for copula in copulas:
        candidates.extend(c for c in copula.children if c.dep_ == "attr" and c.lower_ in lowered_heads)
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                candidates.extend(c for c in prep.children if c.dep_ == "pobj" and c.lower_ in lowered_heads)
    for noun in candidates:
        if span.start <= noun.i < span.end or noun.ent_type_ in {"PERSON", "GPE", "NORP"}:
            continue
        if noun.pos_ != "NOUN" and noun.text not in heads or noun.lower_ in NOT_OFFICES or noun.tag_ == "NNS":
            continue
        holder = noun.head.head
        if noun.dep_ == "pobj" and COMPLEMENT_HEADS.get(holder.lower_) == noun.head.lower_:
            noun = holder  # "his nominee for commerce secretary, X": X is the nominee
        start = noun.i - 2 if noun.i >= 2 and _co_form(doc, noun.i - 2) else noun.i  # "co-chair": "co", "-", "chair"
        while start > 0:
            left = doc[start - 1]
            opener = _opened_run_start(doc, start - 1, noun, office_words)
            if opener is not None:
                start = opener
                continue
            if _glued_hyphen(doc, start - 1):
                joined = _hyphenated_start(doc, start, office_words)
                if joined is None:
                    break
                start = joined  # "IATA Director-General and CEO" (CGTN)
                continue
            if left.dep_ not in {"amod", "compound"} or left.head.i not in range(start, noun.i + 1):
                break
            if left.ent_type_ in {"NORP", "GPE", "ORG"} or left.lower_ in TRANSIENT_ADJECTIVES:
                break
            if not (left.is_lower or left.text in modifiers or left.text in heads):
                break
            if left.i > 0 and _glued_hyphen(doc, left.i - 1):
                # "a climate-policy researcher" (Nature); an age is not the title: "a 32-year-old member" (Intercept),
                # "the 26-year-old president" (The Nation)
                joined = _hyphenated_start(doc, left.i, office_words)
                if joined is None:
                    break
                start = joined
                continue
            start -= 1
        end = noun.i + 1
        while end + 1 < len(doc) and doc[end].text in {"-", "‑"} and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
            end += 2  # "co-founder" (Nature), "co-founder of a London-based space consultancy" (Rest of World)
        title = doc[start:end].text
        if end == noun.i + 1:
            if noun.lower_ in OF_PHRASE_HEADS:
                title = _with_of_phrase(noun, start)
            elif noun.lower_ in COMPLEMENT_HEADS:
                title = _with_of_phrase(noun, start, COMPLEMENT_HEADS[noun.lower_])
            else:
                title = _field_of_phrase(noun, start) or _field_of_phrase(noun, start, "for") or title
        if title == doc[start:end].text:
            return _second_title(doc[end - 1], start, lowered(office_words)) or title
        return title
    return None


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a hyphen glued to the words on both sides: "Director-General", "climate-policy"."""
    return i >= 1 and doc[i].text in {"-", "‑"} and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _hyphenated_start(doc: Doc, i: int, office_words: frozenset[str]) -> int | None:
    """Where the hyphenated compound that ends with ``doc[i]`` begins, when it is part of an appositive's title:
    "IATA Director-General and CEO" (CGTN), "a climate-policy researcher" (Nature). Every word before a hyphen is a
    noun, lower-case or a title word, naming no organisation, place or people; so an age ("a 32-year-old member"),
    an adjective ("long-time", "self-described", "well-known") or a name ("Kremlin-backed") is no part of it."""
    if doc[i].pos_ not in {"NOUN", "PROPN"}:
        return None
    j = i
    while _glued_hyphen(doc, j - 1):
        j -= 2
        word = doc[j]
        if not (word.is_alpha and word.pos_ in {"NOUN", "PROPN"} and not word.ent_type_):
            return None
        if not (word.is_lower or word.text in office_words):
            return None
    return j if j < i else None


def _of_phrase_holder(name_head: Token, title_heads: frozenset[str]) -> list[Token]:
    """The title whose "of" phrase names the organisation a name stands in apposition to: "The leader of Ennahda,
    Rachid Ghannouchi, condemned" (Washington Post), "says the former editor of the Standard, George Osborne"
    (Evening Standard), where the parser hangs the name on the organisation rather than on the title."""
    prep = name_head.head
    if name_head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in title_heads:
        return []
    return [prep.head]


def _second_title(first: Token, start: int, title_words: frozenset[str]) -> str | None:
    """Two titles joined by "and" are one role: "Tyler MacDonald, senior vice president and head of hotels at
    Oxford Properties" (Canada), "Swati Chaturvedi, co-founder and chief executive of Propel(x)" (FT), as the dev
    gold's "founder and chairman" (Atlas Obscura) and "fact checker and staff writer" (Breitbart). The second
    noun is a title word coordinated with the first (a noun, or an upper-case initialism the parser reads as a proper
    noun: "cofounder and CEO of Coinbase", Forbes; "President and CEO of Carl Zeiss Meditec AG", Novus Light), right
    after "and" and its lower-case modifiers, and keeps
    its "of <field>" phrase; kinship ("a lawyer and father of three") is no title. The dev gold marks "Lee Baker,
    a certified financial planner and founder of Apex Financial Services" (CNBC) without the second title; the
    parse does not tell it from "founder and chairman of U.S. Games Systems", so that one turns wrong."""
    doc = first.doc
    if first.i + 1 >= len(doc) or doc[first.i + 1].lower_ != "and":
        return None
    if _co_form(doc, first.i + 2) and doc[first.i + 4].lower_ in title_words:
        # "Alexa Fleischman, CEO and co-founder of Savvy Society" (SF Chronicle), "Tim Goetz, CEO and co-founder of
        # Aplos" (Startup Grind): the parser splits "co-founder" and hangs its pieces off anything
        return _field_of_phrase(doc[first.i + 4], start) or doc[start : first.i + 5].text
    for conj in first.children:
        if conj.dep_ != "conj" or conj.lower_ not in title_words or conj.lower_ in KINSHIP or conj.ent_type_:
            continue
        if (conj.pos_ == "NOUN" or conj.is_upper) and all(t.is_lower and t.is_alpha for t in doc[first.i + 1 : conj.i]):
            return _field_of_phrase(conj, start) or doc[start : conj.i + 1].text
    return None


def _field_of_phrase(noun: Token, start: int, preposition: str = "of") -> str | None:
    """Any title with an "of" phrase naming a field, in lower-case words without article or name, keeps it
    as "minister of mines and energy" (The Namibian) and "Minister of Justice" (Euronews) do: "Dr Nigel
    Sleigh-Johnson, head of financial reporting at the ICAEW" (Accountancy Age). "the chief executive of
    Harbour Foods" or "head of Transnet's engineering centre" name an organisation, which is not the role."""
    end = _of_phrase_end(noun, preposition)
    if end is None:
        return None
    field = noun.doc[noun.i + 2 : end]
    if preposition == "for" and field[-1].tag_ == "NNS":
        return None  # the people served, no field: "another attorney for exonerees" (Chicago Sun-Times)
    if any(not (t.is_lower and t.is_alpha) or t.ent_type_ or t.dep_ in {"det", "poss"} for t in field):
        return None
    return noun.doc[start:end].text


def _with_of_phrase(noun: Token, start: int, preposition: str = "of") -> str:
    """ "minister of mines and energy", "nominee for commerce secretary": a title keeps the short
    phrase that says what it is a title of."""
    end = _of_phrase_end(noun, preposition)
    return noun.doc[start : end or noun.i + 1].text


def _of_phrase_end(noun: Token, preposition: str) -> int | None:
    """Where the short phrase after a title's ``preposition`` ends (before a comma or a nested phrase, "expert
    on the conflict" without "at a think-tank"), or None when there is none or it is long."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == preposition and child.i == noun.i + 1:
            end = child.right_edge.i + 1
            nested = [
                c.i for obj in child.children if obj.dep_ == "pobj" for c in obj.children if c.dep_ == "prep"
            ]
            commas = [t.i for t in noun.doc[child.i : end] if t.text == ","]
            end = min([end, *nested, *commas])
            if end - child.i < 8:
                return end
    return None
