"""Ages: "aged 45", "Hayley Walsh, 42,", "Ramesh Kumar (45)", "he was two", and the unit of "three-day-old".

The quantity rules ask these once a number has no unit of its own; an age is counted in "year old" (or the time
unit it is given in), as the gold conventions count it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractors.facts.gazetteer import country_aliases, place_names, title_words, word_list
from extractors.facts.nlp import lemma
from extractors.facts.numbers import AGE_ADVERBS, Number, age_after_comma, read_number
from extractors.facts.units import AGE_WORDS, TIME_UNITS

#: Nouns for a person an age in commas may follow: "A man, 45, was arrested", "a boy, 15, and a girl, 14,".
AGE_NOUNS = word_list("age_nouns")
#: People an age bound describes: "buyers over 21", "children under five".
AGE_GROUP_NOUNS = word_list("age_group_nouns")
#: Parents whose "of N" counts their children ("a mother of four").
PARENT_NOUNS = word_list("parent_nouns")
#: Titles a person is named by, lower case: "The senator, 71, has served" (AP), "the minister, 58," (BBC News).
TITLE_NOUNS = frozenset(word for word in title_words()[0] if word.islower())
#: Subjects that name a person, for an age stated as "he was two".
PERSON_PRONOUNS = word_list("person_pronouns")


def age_unit(time_unit: str) -> str | None:
    """ "year old" for an age in years, else the unit it is counted in: "her three-day-old son" (Times of
    India) is 3 "day old", "at 18 months old" (VOA News) is 18 "month old"; None for a thing's age in
    centuries or decades ("one of four century-old wooden schooners", Seattle Times), which is no age."""
    singular = TIME_UNITS[time_unit].removesuffix("s")
    if singular in {"centurie", "decade"}:
        return None
    return "year old" if singular == "year" else f"{singular} old"


def is_age(doc: Doc, number: Number) -> bool:
    """ "aged 45", "the age of 18", and "Hayley Walsh, 42," (a number in commas right after a person).

    The person may be a name the small model takes for a place: "with the support of father Colin, 56,"
    (Shropshire Star), "While Aisha, 36, is waiting for another customer" (Daily News, Tanzania),
    "Yoon, 63, a former chief prosecutor" (NBC News).
    """
    prev = doc[number.start - 1] if number.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ in AGE_WORDS or (
        prev.lower_ in {"of", "between"} and number.start >= 2 and doc[number.start - 2].lower_ in AGE_WORDS
    ):
        return True  # "aged 45", "the age of 18", "aged between 18 and 25" (BBC News, The Independent)
    if prev.lower_ in {"and", "or"} and number.start >= 2 and _bare(doc, number):
        before = read_number(doc, number.start - 2) if doc[number.start - 2].like_num else None
        if before is not None and before.end == number.start - 1 and is_age(doc, before):
            return True  # the second of two ages: "two men, aged 25 and 30," (Sky News, The Guardian)
    if _age_bound(doc, number):
        return True
    if lemma(prev) == "turn" and prev.pos_ in {"VERB", "AUX"} and _bare(doc, number):
        return True  # "who turns 18 in three days"
    if _predicate_age(doc, number) or _age_at(doc, number):
        return True
    if _age_in_brackets(doc, number):
        return True
    comma = number.start - 2 if prev.lower_ in AGE_ADVERBS else number.start - 1
    name = doc[comma - 1] if comma >= 1 else None
    age = age_after_comma(doc, comma)
    return (
        age is not None
        and age.start == number.start
        and name is not None
        and (
            name.ent_type_ == "PERSON"
            or name.pos_ == "PROPN"
            and name.is_title
            and name.ent_type_ in {"", "ORG", "NORP", "GPE"}
            or name.lower_ in AGE_NOUNS  # "A man, 45, was arrested" (BBC News, Sky News)
            or name.lower_ in TITLE_NOUNS
            or name.like_num
            and parent_before(doc, name.i) is not None  # "The father-of-four, 52, denied" (Daily Mail, BBC News)
        )
    )


def _age_bound(doc: Doc, number: Number) -> bool:
    """A whole number after "over" or "under" that bounds the age of people named right before: "buyers over 21"
    (fox13now, dev), "Children under 12 travel free" (BBC News, National Rail), "people over 65" (NHS England); a
    plural noun after it is what is counted ("under 12 hours")."""
    start = number.start
    if start < 2 or doc[start - 1].lower_ not in {"over", "under"} or lemma(doc[start - 2]).lower() not in AGE_GROUP_NOUNS:
        return False
    after = doc[number.end] if number.end < len(doc) else None
    return (
        0 < number.value < 120
        and number.value == int(number.value)
        and (after is None or after.tag_ not in {"NNS", "NNPS", "CD"} and after.text not in {"%", "-"})
    )


def _age_in_brackets(doc: Doc, number: Number) -> bool:
    """A whole number in brackets right after a name: "Ramesh Kumar (45), a farmer" (The Times of India, The
    Hindu), "Mary Murphy (72) died at the scene" (Irish Independent, Irish Examiner), or after a person noun: "a man
    (30) was arrested" (RTÉ, Irish Independent), "the boy (12)" (The Irish Times)."""
    start, end = number.start, number.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    name = doc[start - 2]
    return (
        number.value == int(number.value)
        and 0 < number.value < 120
        and doc[start].text.isdigit()
        and (
            name.ent_type_ == "PERSON"
            or name.lower_ in AGE_NOUNS
            or name.pos_ == "PROPN"
            and name.is_title
            and name.ent_type_ in {"", "GPE", "NORP"}  # not "NBC News (2)", a citation counter (americanow)
            and doc[start].dep_ == "appos"
        )
    )


def _predicate_age(doc: Doc, number: Number) -> bool:
    """A bare whole number that a person "is": "Roof, who was 21 at the time, was arrested" (NPR), "Arthur’s
    father died before he was two" (Atlas Obscura), "they are 17 and 20" (Shropshire Star), "the boy was 12 when"
    (BBC News, The Guardian) with a noun of ``data/en/age_nouns.txt``."""
    token = doc[number.end - 1]
    if token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # the second of "17 and 20"
    verb = token.head
    if token.dep_ not in {"attr", "acomp"} or lemma(verb) != "be" or not _bare(doc, number):
        return False
    if doc[number.start].lower_ == "one" and number.end == number.start + 1:
        return False  # a pronoun: "I’ve never been one for bullshit" (The Intercept); "he was almost one hundred"
        # (ChinaTalk, dev) is an age
    if not (0 < number.value < 120 and number.value == int(number.value)):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_person(s) for s in subjects):
        return True
    if not _dated(doc, number.end):
        return False
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "finished ..., and was 13 when"
    return any(
        _person(s)
        or s.pos_ == "PROPN"
        and s.is_title
        and s.ent_type_ in {"", "GPE", "NORP"}
        and s.text not in place_names()
        and s.text not in country_aliases()
        for s in subjects
    )


def _person(token: Token) -> bool:
    """A subject that names a person: a personal pronoun, a PERSON name, or a noun for a person ("the boy")."""
    return token.lower_ in PERSON_PRONOUNS or token.ent_type_ == "PERSON" or token.lower_ in AGE_NOUNS


def _dated(doc: Doc, end: int) -> bool:
    """A number followed by the time it held at ("when ...", "in 1976"). What a name "was" then is an age even where
    the parse does not show a person as its subject: the small model takes the name for a place ("Kamala was 12 in
    1976 when her mother took a job", National Post, dev; a listed place or country stays out, "Boston was 3 in
    2019" is a rank), or the subject is the first of two coordinated verbs' ("Andrew Carnegie finished schooling at
    12, and was 13 when he began his second job", Simon Sarris, dev)."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ == "when":
        return True
    return nxt.lower_ == "in" and end + 1 < len(doc) and doc[end + 1].ent_type_ == "DATE"


def _age_at(doc: Doc, number: Number) -> bool:
    """A bare whole number after "at" that ends a clause whose subject is a person: the age the person did something
    at. "Vladimir Nabokov published his first book (a collection of poems) at 16, while still in school", "Leonardo
    da Vinci was a studio apprentice to Verrocchio at 14." (Simon Sarris, dev), "Marina and Haruto, who married each other at 22 but
    divorced soon after" (Anime News Network, dev). A noun, a unit or a clock word after it ("at 10 a.m.", "at 12
    under par") makes it something else, and so does a number a clock could show ("She will speak at 9.", "He
    arrived at 10,"): ages from 13 only, so "finished schooling at 12" stays unread."""
    start, end = number.start, number.end
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if prev is None or prev.lower_ != "at" or doc[end - 1].head != prev or not _bare(doc, number):
        return False
    if nxt is not None and not (
        nxt.text in {",", ".", ";", "!", "?", ")"} or nxt.pos_ in {"CCONJ", "SCONJ"} or _next_phrase_of(nxt, prev.head)
    ):
        return False
    if not (13 <= number.value < 120 and number.value == int(number.value)) or doc[end - 1].ent_type_ in {"TIME", "MONEY"}:
        return False
    verb = prev.head
    while verb.dep_ in {"xcomp", "conj"} and verb.head != verb:
        verb = verb.head  # "finished schooling at 12": the subject is the finishing verb's
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return any(_person(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


#: Prepositions that go on from a number rather than open a new phrase of the verb: "at 12 under par", "at 20 per
#: share", "at 3 to 1".
_NUMBER_PREPOSITIONS = frozenset({"under", "over", "above", "below", "of", "per", "to", "than", "by", "a", "an"})


def _next_phrase_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` opens another prepositional phrase of the verb the "at" phrase hangs from, so the "at" phrase
    ended at the number: "He was expelled from two boarding schools and arrested at 16 for marijuana possession."
    (PolitiFact, dev probe real44), "She gave birth to daughter Zoe Slater at 13 after being raped" (OK!, dev page)."""
    return token.dep_ == "prep" and token.head == verb and token.lower_ not in _NUMBER_PREPOSITIONS


def _bare(doc: Doc, number: Number) -> bool:
    """No noun follows the number ("turns 18 in May", not "turned 18 pages")."""
    nxt = doc[number.end] if number.end < len(doc) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "NUM"} and nxt.text not in {"%", "-"}


def parent_before(doc: Doc, start: int) -> int | None:
    """Index of the parent noun when the number at ``start`` is the N of "mother of N" or "mum-of-N", else None."""
    k = start - 1
    if k >= 0 and doc[k].text == "-":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return None
    k -= 1
    if k >= 1 and doc[k].text == "-":
        k -= 1
    return k if doc[k].lower_ in PARENT_NOUNS else None
