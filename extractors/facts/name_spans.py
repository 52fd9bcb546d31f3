"""Name spans the small model misses or mislabels, and the label corrections that hold across
publishers: multi-word institutions ("... Agency"), places introduced as "the port of X", wire
dateline agencies, gazetteer names, chambers and platforms, regions ("Kyiv region").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractors.facts.gazetteer import (
    country_aliases,
    organisation_names,
    people_words,
    place_names,
    title_words,
    word_list,
)
from extractors.facts.nlp import entity_of, lemma, sentence_of, text_of
from extractors.facts.source_names import is_source, speaking_acronym
from extractors.grammar import DATELINE, DATELINE_CITY

#: Labels other extractors own (quantities, dates) or that carry no name.
NON_NAME_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
#: Last words of multi-word institution names the small model often misses or splits.
ORG_HEADS = word_list("org_heads")
#: Initialisms of common nouns ("AI", "HDR", "IPO") the small model tags as names wherever they stand alone.
COMMON_INITIALISMS = word_list("common_initialisms")
#: Single words naming a practice, programme, law or event ("DevOps", "Medicaid", "Brexit"), which the model tags as names.
UNNAMED_TERMS = word_list("unnamed_terms")
#: Plural nicknames of sports teams ("Spurs", "Blues"), which the model tags PERSON when they stand alone.
TEAM_NICKNAMES = word_list("team_nicknames")
#: Last words of names of treaties and laws, which the small model tends to call ORG.
LAW_HEADS = word_list("law_heads")
#: Lower-case words allowed inside an institution name ("Ministry of Foreign Affairs").
NAME_CONNECTORS = word_list("name_connectors")
#: Nouns that introduce a place name: "the port of Walvis Bay", "the city of Kharkiv".
PLACE_INTRODUCERS = word_list("place_introducers")
#: Lower-case nouns that introduce an organisation's name: "the human rights organization Safeguard Defenders".
ORG_INTRODUCERS = word_list("org_introducers")
#: Lower-case trade nouns bound to a company's or an outlet's name: "research firm Canalys", "newspaper Dagens Nyheter".
COMPANY_INTRODUCERS = word_list("company_introducers")
COMPANY_LIST_NOUNS = word_list("company_list_nouns")
LIST_OPENERS = word_list("list_openers")
#: Last words that decide the kind of place or building a name is ("Abraham Villiers Bay", "Stamford Bridge").
LOC_HEADS = word_list("loc_heads")
#: Continents and oceans, which make a compass name a world region ("Southeast Asia"), not a division.
WORLD_REGIONS = word_list("world_regions")
#: Compass points ("north"), whose adjectives ("Northern") open names of divisions of a country.
COMPASS_WORDS = word_list("compass_words")
FAC_HEADS = word_list("fac_heads")
#: Capitalised words that open a natural place's name before one name word ("the River Thames", "Mount Sinjar").
PLACE_PREFIXES = word_list("place_prefixes")
#: Lower-case articles that open a name with a hyphen and stay in it ("al-Shifa Hospital", "al-Qaeda").
NAME_ARTICLES = word_list("name_articles")
#: Last words of the names of houses of worship ("Emanuel AME Church", "Al-Aqsa Mosque"), buildings unless a faith's body.
WORSHIP_HEADS = word_list("worship_heads")
#: Words that with group words name a faith's body before a house-of-worship word ("Russian Orthodox Church").
DENOMINATIONS = word_list("denominations")
#: Last words of sports clubs named after their town ("Manchester City", "West Ham United").
CLUB_SUFFIXES = word_list("club_suffixes")
#: Nouns of a sports story, which make a town-named club's name the club's ("Manchester City midfielder").
SPORT_WORDS = word_list("sport_words")
#: One-word names of legislative chambers, capitalised when they name the institution.
CHAMBERS = word_list("chambers")
#: Verbs before "on X" that make X the social platform.
POSTING_VERBS = word_list("posting_verbs")
LOCATIVE_PREPOSITIONS = word_list("locative_prepositions")
#: Lower-case nouns after a place name that make the whole a region: "Kyiv region", "Shevchenko district".
REGION_SUFFIXES = word_list("region_suffixes")
#: Lower-case division nouns after a place name that stay out of its span: "Farah province" names "Farah".
DIVISION_TAILS = word_list("division_tails")
#: Lower-case nouns after a name that make it a locality (LOC) and stay out of its span: "the Remal neighbourhood".
LOCALITY_TAILS = word_list("locality_tails")
AREA_TAILS = word_list("area_tails")
#: US party letters of a lawmaker's party-state tag ("R-Wis.", "D., Conn.").
PARTY_LETTERS = word_list("party_letters")
#: Lower-case nouns after a place name that make the whole a facility: "Kathmandu airport".
FACILITY_SUFFIXES = word_list("facility_suffixes")
#: Forms of address ("Mr", "Dr"), which open a person's name, never an organisation's.
HONORIFICS = word_list("honorifics")
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
#: Last words that make a multi-word name a company's ("Pine Labs", "Acela Media"), whatever the model's label.
COMPANY_SUFFIXES = word_list("company_suffixes")
#: Nouns after a publication's name ("The Post and Courier newspaper") and lemmas of the verbs a publication is the
#: subject of ("The Wrap reports"), which make a sentence's opening "The" part of its name.
PUBLICATION_NOUNS = word_list("publication_nouns")
PUBLICATION_VERBS = word_list("publication_verbs")
#: A federal district's abbreviation after its city and a comma: "Washington, D.C." is one place.
DISTRICT_TAILS = word_list("district_tails")
#: Plural names of an armed service ("Marines"), which the model reads as a people.
ARMED_SERVICE_PLURALS = word_list("armed_service_plurals")


#: The model's labels a company's name may come out with (``company_suffixes.txt``).
_COMPANY_MISREADS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _named_in_sport(span: Span) -> bool:
    """Some sentence of the text that holds this name holds a sports noun too (``sport_words.txt``): "Manchester City
    midfielder Phil Foden" makes "Speaking to Manchester City" the club (The Sun), "three Kansas City turnovers" the
    team (NFL); a weather story's "as far south as Kansas City" (The Washington Post) and "about a half-hour from
    Kansas City" (NPR) stay towns."""
    doc = span.doc
    cache = doc.user_data.setdefault("newsfacts_club_in_sport", {})
    words = [t.text for t in span]
    key = " ".join(words)
    if key not in cache:
        n = len(words)
        cache[key] = any(
            t.text == words[0]
            and [w.text for w in doc[t.i : t.i + n]] == words
            and any(w.pos_ in {"NOUN", "PROPN"} and lemma(w).lower() in SPORT_WORDS for w in sentence_of(t))
            for t in doc
        )
    return cache[key]


def corrected_label(span: Span, label: str, code: str | None, modifiers: frozenset[str]) -> str | None:
    """The label after the gazetteer and head-word corrections; None drops the mention.

    Country names keep the model's label here (the caller decides GPE/NORP from the alias form).
    """
    if label == "LANGUAGE":
        return "NORP" if _names_people(span) else label
    if code is not None:
        return label
    text, last = span.text, span[-1].text
    if label in {"PERSON", "ORG", "NORP", "FAC", "LOC", "GPE"} and text in place_names():
        return "GPE"  # before the club suffixes: "New York City" is no "Manchester City"
    if text in organisation_names():
        return "ORG"
    if len(span) > 1 and last in COMPANY_SUFFIXES and span[0].is_title and label in _COMPANY_MISREADS:
        return "ORG"  # "Pine Labs" PERSON, "Acela Media" LOC, "Rowan Foods" WORK_OF_ART: see company_suffixes.txt
    if len(span) > 1 and last in CLUB_SUFFIXES and label in {"GPE", "LOC", "PERSON"} and _named_in_sport(span):
        return "ORG"  # "Manchester City", "Nottingham Forest": clubs named after places; else "in New City"
    if len(span) > 1 and last in FAC_HEADS and label in {"ORG", "GPE", "PERSON", "LOC"}:
        return "FAC"
    if (
        len(span) > 1
        and last in WORSHIP_HEADS
        and label in {"ORG", "GPE", "PERSON", "LOC"}
        and not all(t.text in people_words() | DENOMINATIONS or t.text in country_aliases() for t in span[:-1])
    ):
        return "FAC"  # "Emanuel AME Church" (NPR), but not "Catholic Church" or "Russian Orthodox Church"
    if len(span) > 1 and last in LOC_HEADS and label in {"ORG", "PERSON", "FAC"}:  # a GPE stays: "Rhode Island"
        return "LOC"
    if label in {"GPE", "LOC"} and _compass_country_region(span):
        return "LOC"
    if label == "LOC" and _compass_division(span):
        return "GPE"
    if len(span) == 1 and label == "ORG" and text in modifiers and not _stands_alone(span, modifiers):
        return None  # "Finance" cut from "Finance Minister" by the NER
    if len(span) == 1 and label == "ORG" and text in title_words()[0]:
        return None  # a title on its own ("the MEC emphasised") names no organisation
    if text in people_words():
        return "NORP"
    if (
        len(span) == 1
        and label in {"PERSON", "ORG", "GPE"}
        and span[0].tag_ in {"NN", "NNS"}
        and not apostrophe_surname(span[0])
        and not _is_platform_x(span[0])
        and not is_source(span[0])
        and not speaking_acronym(span[0])
    ):
        return None  # the tagger reads a common noun ("Wildfires" heading) where the NER saw a name
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        label == "PERSON"
        and before is not None
        and (
            before.lower_ in LOCATIVE_PREPOSITIONS
            or before.is_lower and before.lower_ in PLACE_INTRODUCERS  # not "Secretary of State X"
            or before.text == ","
            and span.start >= 2
            and span.doc[span.start - 2].ent_type_ in {"GPE", "LOC"}
            and _closes_place_pair(span)
            or before.lower_ == "and"
            and _closes_place_list(span)
        )
    ):
        return "GPE"  # "in Van Vieng", "the party town Van Vieng", "Tynemouth, North Tyneside", "in Gedo and Bakool"
    return label


def _names_people(span: Span) -> bool:
    """A word the model reads as a language names a people when a noun follows it: "US and Filipino troops"
    (Taipei Times; the dev gold's demonym convention makes it NORP, and a country code would otherwise merge it
    into the GPE). Elsewhere it is the language, which the gold does not label: "printed in English" (Atlas
    Obscura), "He learned Hebrew" (CBC)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN"}


def _closes_place_list(span: Span) -> bool:
    """ "in Borno, Adamawa and Yobe states": the last name of a list of names after a locative preposition, in
    which the model reads another name as a place and none as a person, is a place too. Lists of places after a
    preposition are common ("in Rhode Island and New York" in Fox 13, "in West Virginia and Pennsylvania" in
    Atlas Obscura, "in Angola and Namibia" in The Namibian); a lesser-known last one ("Yobe", "Bakool") is
    what the small model reads as a person. A person in the list ("In Washington, Trump and Biden") keeps it, and
    so does the subject of a second clause ("lives in Paris and Macron visited"), whose verb follows it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in {"VERB", "AUX"}:
        return False
    i, place = span.start - 2, False
    while i > 0 and (doc[i].text == "," or doc[i].ent_type_):
        if doc[i].ent_type_ == "PERSON":
            return False
        place = place or doc[i].ent_type_ in {"GPE", "LOC"}
        i -= 1
    return place and doc[i].lower_ in LOCATIVE_PREPOSITIONS


def _compass_division(span: Span) -> bool:
    """A compass word before a place name makes a state, province or district, which the small model calls LOC:
    "Western Australia" (ABC Australia), "North Tyneside" (i News), "Northern Cape" and "Eastern Cape" (The
    Namibian), all GPE in the dev gold. Not a world region ("Southeast Asia", "North Atlantic") nor a name whose
    last word makes it a landform or sea ("South China Sea")."""
    words = [t.text for t in span]
    return (
        len(words) > 1
        and span[0].is_title
        and compass_word(words[0])
        and words[-1] not in LOC_HEADS
        and not WORLD_REGIONS.intersection(words)
    )


def _compass_country_region(span: Span) -> bool:
    """A compass adjective before a country's name makes a region of it without a government of its own, LOC: "in
    Northern Afghanistan" (DW; LOC in en_real4), "Northern Nigeria politics" (People's Daily Nigeria, en_real25),
    "in Southern Mexico" (Aeon), "in Northern Italy" (Vox), all of which the model reads as GPE. A division so
    named is listed as a place and stays GPE ("Western Australia", "Northern Ireland": ``places.txt``)."""
    first, _, rest = span.text.partition(" ")
    return (
        first.endswith("ern")
        and compass_word(first)
        and country_aliases().get(rest, (None, None))[1] == "name"
        and span.text not in place_names()
    )


def compass_word(word: str) -> bool:
    """A compass point or its adjective: "North", "Southern", "northeastern"."""
    return word.lower().removesuffix("ern") in COMPASS_WORDS


def _closes_place_pair(span: Span) -> bool:
    """ "Tynemouth, North Tyneside, said": the name after a place and a comma ends the pair, unlike a
    person listed after places ("Russia’s invasion of Ukraine, Putin’s reassertion", Evening Standard).

    A pair narrows from the smaller place to the larger, so a name after a country and a comma is no place of
    the pair but an appositive: "the Humanitarian Coordinator for Yemen, Julien Marchetti, condemned" (UN
    situation reports), "the U.S. ambassador to Ukraine, Bridget Brink, said" (wire copy)."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    place = entity_of(doc[span.start - 2])
    if place is not None and country_aliases().get(place.text, (None, None))[1] == "name":
        return False
    return nxt is None or nxt.text in {",", ".", ";", ")", ":"}


def _stands_alone(span: Span, modifiers: frozenset[str]) -> bool:
    """A body named on its own ("House and Senate votes", "to defend Labor’s policies" in The West
    Australian), not the first word of a title ("Finance Minister") nor the end of one ("Minister for
    Finance")."""
    doc = span.doc
    heads, _ = title_words()
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.text in heads or nxt.text in modifiers):
        return False
    before = [t.text for t in doc[max(0, span.start - 2) : span.start]]
    title_word = len(before) == 2 and (before[0] in heads or before[0] in modifiers)
    ends_title = title_word and before[1] in {"of", "for"}
    return not ends_title


#: The model's labels for places, whose name a capital "The" inside a sentence may open ("in The Hague").
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _capital_the_of_a_title(token: Token, span: Span) -> bool:
    """A capitalised "The" inside a sentence is part of a publication's name: "told The Namibian" (The
    Namibian), "— The New York Times (@nytimes)" (Western Journalism), "according to The Assembly"
    (Occupy Democrats); after a lower-case word, of a place's too: "held at the Peace Palace in The Hague"
    (Daily Maverick, en_real6), "the International Criminal Court at The Hague" (The Washington Post)."""
    if token.text != "The" or token.is_sent_start:
        return False
    return span.label_ == "ORG" or span.label_ in PLACE_TYPES and token.i > 0 and token.doc[token.i - 1].is_lower


def trim(span: Span) -> Span | None:
    """Drop a leading article or lower-case prefix and a trailing possessive or punctuation from an NER span."""
    start, end = span.start, span.end
    doc = span.doc
    while (
        start + 2 < end
        and doc[start].is_lower
        and doc[start + 1].text in {"-", "‑"}
        and not doc[start].whitespace_
        and doc[start].text not in NAME_ARTICLES
    ):
        start += 2  # "pro-Palestinian", "anti-Israel": the name after a prefix is the mention; "al-Qaeda" stays whole
    while start < end and (
        doc[start].lower_ in {"the", "a", "an"} and not _capital_the_of_a_title(doc[start], span)
        or doc[start].is_punct
        or doc[start].tag_ == "JJ"
        and end - start > 1
        and doc[start].ent_iob_ != "B"
        and doc[start + 1].tag_ == "NNP"
        and doc[start:end].text not in country_aliases()
        or _lower_case_lead(doc, start, end)
        or span.label_ == "PERSON" and _opening_preposition(doc, start, end)
    ):
        start += 1  # "the", or an adjective glued on by the NER
    if (
        end - start > 1
        and span.label_ != "NORP"  # "North American", "Native American" are one group's name
        and doc[start].pos_ != "PROPN"
        and doc[start + 1 : end].text in country_aliases()
        and doc[start:end].text not in country_aliases()
    ):
        start += 1  # "Mountainous Nepal", but not "New Jersey" (the island Jersey is a country alias)
    for i in range(start, end):
        if doc[i].text == "(":
            end = i  # "Seri (Social and Economic Research Initiative)": keep the name before the bracket
            break
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _opening_preposition(doc: Doc, start: int, end: int) -> bool:
    """A preposition that opens the sentence is capitalised only for that, and the NER takes it into the person's
    name after it: "Inside Amalgamated, an employee's first day is training day." (Mother Jones), "Among Ghani's
    first appointments was ..." (Businessweek). Other labels keep it: in a title-case heading ("Across The
    Board", Small Business Trends) the preposition is no sign of where a name starts."""
    token = doc[start]
    return start + 1 < end and token.is_sent_start and token.tag_ == "IN" and doc[start + 1].text[:1].isupper()


def _lower_case_lead(doc: Doc, start: int, end: int) -> bool:
    """A lower-case determiner or common noun the NER glued before a capitalised name is no part of it: "all
    Department of Energy employees" (Chicago Tribune), "the storm-creating magician Prospero" (i News); kept, it
    makes the whole span look like no name at all. Name particles ("van", "bin", "de") are short and stay."""
    token = doc[start]
    return (
        start + 1 < end
        and token.is_lower
        and doc[start + 1].text[:1].isupper()
        and (token.tag_ in {"DT", "PDT"} or token.tag_ in {"NN", "NNS"} and len(token) >= 5)
    )


def split_at_person_possessive(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut a person's possessive off the front of a name the model ran on ("Bushnell’s LinkedIn",
    "Heidnik’s Philadelphia") when the article names that person elsewhere; a country's or known
    place's possessive ("Ukraine’s Air Force") is split into the place and the institution.

    The owner is dropped rather than added as a mention: the article names the person anyway, and a
    stray surname could join another family member's entity. The rest keeps the span's label unless
    that was PERSON; then it is left to the later rules (a gazetteer city, say). Names with a
    possessive inside ("Sam’s Club") stay whole, as their owner is nobody the article names.
    """
    heads, modifiers = title_words()
    people = {
        t.text
        for ent in doc.ents
        if ent.label_ == "PERSON" and not any(_is_possessive(t) for t in ent)
        for t in ent
        if (t.is_title or t.is_upper) and t.text not in heads and t.text not in modifiers
    }  # name words, not titles: "the King’s Speech" is an event's name
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        k = next((i for i in range(start + 1, end - 1) if _is_possessive(doc[i])), None)
        owner = doc[start:k].text if k is not None else ""
        if k is not None and label != "PERSON" and _place_name(owner):
            out.extend([(start, k, "GPE"), (k + 1, end, label)])
        elif k is None or not all(t.text in people for t in doc[start:k]):
            out.append((start, end, label))
        elif label != "PERSON":
            out.append((k + 1, end, label))
    return out


#: Lower-case words a name may hold inside but never ends on: the model's span that ends on one stopped short.
_INNER_CONNECTORS = frozenset({"and", "of", "for", "at", "on", "in", "the", "&"})


def mended_connector_ends(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation the model ended on a lower-case connector ("and", "of", "at") stopped inside a name: one
    whose span ends on "of"/"for", or on "and" after its own "of"/"for" part, runs on over the capitalised words
    after it ("the Organisation for Economic Co-operation and | Development (OECD)", National Post; "the Center for
    Spiritual and | Moral Development and Education", Newsweek; "the Children’s Hospital of | Philadelphia",
    PolitiFact), taking in the spans it covers; any other span loses the connector ("Google Authorship and",
    Adweek; "Killer Instinct and", Engadget; "White House Frontiers Conference at", WTF Economy and ``en_real3``,
    where what follows "at" is the host, Carnegie Mellon University)."""
    out: list[tuple[int, int, str]] = []
    swallowed: set[tuple[int, int, str]] = set()
    for start, end, label in spans:
        if (start, end, label) in swallowed:
            continue
        last = doc[end - 1]
        if (
            label != "ORG"
            or end - start < 2
            or not (last.is_lower or last.text == "&")
            or last.lower_ not in _INNER_CONNECTORS
        ):
            out.append((start, end, label))
            continue
        inner = any(t.lower_ in ("of", "for") for t in doc[start : end - 1])
        new_end = end
        if last.lower_ in ("of", "for") or inner and last.lower_ in ("and", "&"):
            while new_end < len(doc) and (
                _is_name_word(doc[new_end]) and not doc[new_end].is_sent_start
                or doc[new_end].lower_ in NAME_CONNECTORS
                and new_end > end
                and new_end + 1 < len(doc)
                and _is_name_word(doc[new_end + 1])
            ):
                new_end += 1
        if new_end > end:
            covered = {s for s in spans if s != (start, end, label) and s[0] < new_end and start < s[1]}
            swallowed |= covered
            out = [s for s in out if s not in covered]
            out.append((start, new_end, label))
            continue
        while end > start and (
            doc[end - 1].lower_ in _INNER_CONNECTORS and (doc[end - 1].is_lower or doc[end - 1].text == "&")
            or doc[end - 1].is_punct
        ):
            end -= 1  # "National Bank: on" (Bukvy) loses the colon too
        if end > start:
            out.append((start, end, label))
    return out


def split_at_institution_possessive(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split an organisation the model ran over a possessive into the institution that owns and what it owns, when
    the owner is an institution by its shape: an initialism ("NASA’s Ames Research Center", The New Yorker; "the
    U.N.’s International Civil Aviation Organization", Time) or a name whose head is a body word of
    ``org_heads.txt`` ("the University of Pretoria’s Centre for Human Rights", Lesotho Times; "the Senate’s
    Environment and Public Works Committee", The Hill; "the University of Virginia’s Thomas W. Tillack Professor",
    UVA Today, ``en_real7``). The dev gold writes a possessive
    outside every span. Names with a possessive of no institution inside stay whole ("Children’s Health Defense",
    "King's College London", "Waupaca County Sheriff’s Office", "Blue Ribbon Commission on America’s Nuclear
    Future": the owner's head must be its last word or come before "of"/"for")."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        k = next((i for i in range(start + 1, end - 1) if _is_possessive(doc[i])), None)
        if label == "ORG" and k is not None and _institution_owner(doc[start:k]):
            out.extend([(start, k, "ORG"), (k + 1, end, label)])
        else:
            out.append((start, end, label))
    return out


def _institution_owner(owner: Span) -> bool:
    """Whether a possessive's owner names an institution by its shape: one initialism ("NASA", "U.N.") or a
    capitalised run whose head word (its last, or its last before "of"/"for") is a body word."""
    if len(owner) == 1 and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}", owner.text):
        return owner.text not in COMMON_INITIALISMS
    words = [t for t in owner if t.lower_ not in NAME_CONNECTORS]
    if not words or not all(_is_name_word(t) for t in words):
        return False
    cut = next((i for i, t in enumerate(owner) if t.lower_ in ("of", "for")), None)
    return owner[-1].text in ORG_HEADS if cut is None else cut > 0 and owner[cut - 1].text in ORG_HEADS


def armed_service_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """A capitalised plural name of an armed service (``armed_service_plurals.txt``: "Marines") is an organisation,
    with the country written right before it: "The U.S. Marines packed up" (Businessweek, where the model read a
    people), "US Marines exercise representative" (Taipei Times, where it tagged only the country)."""
    found: list[tuple[int, int, str | None]] = []
    for token in doc:
        if token.text not in ARMED_SERVICE_PLURALS:
            continue
        start = token.i
        for width in (3, 2, 1):
            if token.i - width >= 0 and doc[token.i - width : token.i].text in country_aliases():
                start = token.i - width
                break
        found.append((start, token.i + 1, "ORG"))
    return found


def split_before_acronym(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split an ORG the model read across "and" before a closing acronym ("the Ministry of Health and WHO") into
    the two bodies it names (see ``_acronym_after_and``)."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label == "ORG" and end - start >= 3 and _acronym_after_and(doc, end - 2):
            out += [(start, end - 2, label), (end - 1, end, label)]
        else:
            out.append((start, end, label))
    return out


#: A surname with an apostrophe after its capital prefix ("O’Keefe", "D’Agata", "O’Brien"): the tagger reads it as
#: a plural common noun (NNS) and the model leaves it off the first name before it.
_APOSTROPHE_SURNAME = re.compile(r"(?:[A-Z]|Mc|Mac)[’'][A-Z][a-z]{2,}")


def apostrophe_surname(token: Token) -> bool:
    """Whether ``token`` is a surname of the "O’Keefe" shape (``_APOSTROPHE_SURNAME``), which the tagger reads as a
    plural noun: "D’Agata wrote" (Las Vegas Sun, ``en_real19``, PERSON dropped as a common noun), "husband of Georgia
    O’Keefe" (Atlas Obscura, dev gold, "Georgia" GPE and "O’Keefe" left out)."""
    return bool(_APOSTROPHE_SURNAME.fullmatch(token.text))


def with_apostrophe_surnames(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-word person or place the model ended right before an untagged surname of the "O’Keefe" shape
    (``apostrophe_surname``) is a first name: the two are one person ("Georgia O’Keefe", Atlas Obscura, dev gold).
    A country or listed place with the word after it stays as it is."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if (
            end - start == 1
            and label in {"PERSON", "GPE"}
            and end < len(doc)
            and end not in covered
            and apostrophe_surname(doc[end])
            and doc[start].is_title
            and not _place_name(doc[start : end + 1].text)
        ):
            out.append((start, end + 1, "PERSON"))
        else:
            out.append((start, end, label))
    return out


def with_capitalised_lead(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Capitalised common words inside a sentence right before an organisation are the start of its name, which
    the model (or the institution rule, which stops at function words) left off because they read as an adverb,
    a verb or a determiner: "after Just Stop Oil protesters" (i News, "Stop Oil" to the model), "the Born This
    Way Foundation" (Us Weekly, "Way Foundation"). Only in running prose: a lower-case word must stand before
    them, so a title-case headline ("Voters Again Reject Labour Party Plans") keeps its adverb out; titles and
    forms of address ("Director", "Mr") are no such words."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    heads, modifiers = title_words()
    no_lead = heads | modifiers | HONORIFICS
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        lead = start
        while (
            label == "ORG"
            and lead > 1
            and doc[lead - 1].is_title
            and doc[lead - 1].is_alpha
            and not doc[lead - 1].is_sent_start
            and lead - 1 not in covered
            and doc[lead - 1].text not in no_lead
        ):
            lead -= 1
        common = any(t.pos_ != "PROPN" for t in doc[lead:start])
        out.append((lead, end, label) if lead < start and common and doc[lead - 1].is_lower else (start, end, label))
    return out


def split_credits(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Split a photo credit the model read as one name at its slashes: "JIM WATSON/AFP/Getty Images"
    (Breitbart), "Win McNamee/Getty Images" (NPR), "Photo by James Martin/CNET" (CNET). A span is a
    credit once a part is a listed organisation (an agency, a platform) or when it fills the end of its
    line after a line start, "Credit:" or "by". Then listed parts are ORGs, the first part of two or
    three name words is the photographer (first or after the agency: "Reuters/Jane Doe"), and in a
    credit line of its own the parts after the photographer are ORGs too. Other spans with a slash are
    left as they are (and dropped later as debris)."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        cuts = [i for i in range(start, end) if doc[i].text == "/"]
        parts = [(b, e) for b, e in zip([start] + [c + 1 for c in cuts], cuts + [end]) if e > b]
        own_line = bool(cuts) and _credit_line(doc, start, end)
        if not cuts or not own_line and not any(doc[b:e].text in organisation_names() for b, e in parts):
            out.append((start, end, label))
            continue
        photographer = False
        for b, e in parts:
            if doc[b:e].text in organisation_names():
                out.append((b, e, "ORG"))
            elif not photographer and _name_words(doc[b:e]):
                out.append((b, e, "PERSON"))
                photographer = True
            elif own_line and photographer:
                out.append((b, e, "ORG"))
    return out


def _name_words(span: Span) -> bool:
    """Two or three capitalised words: a photographer's name in a credit."""
    return 2 <= len(span) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in span)


def _credit_line(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` end their line and open it, or follow "Credit:" or "Photo by"."""
    opens = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].lower_ in {":", "by"}
    return opens and (end == len(doc) or "\n" in doc[end].text)


def untagged_credit_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Photo credits the model left untagged: two or three name words that open a line (or follow
    "Credit:" or "Photo by"), a slash, then a listed organisation or a capitalised name that ends the
    line: "Win McNamee/Getty Images" (NPR), "Photo by James Martin/CNET" (CNET)."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    found: list[tuple[int, int, str]] = []
    for slash in doc:
        if slash.text != "/" or slash.i < 2 or slash.i in covered:
            continue
        after = _credited_organisation(doc, slash.i)
        listed = (slash.i + 1, after, "ORG") in spans  # the gazetteer may have found the agency already
        if after is None or not listed and covered.intersection(range(slash.i + 1, after)):
            continue
        for b in (slash.i - 3, slash.i - 2):
            if (
                b >= 0
                and (b == 0 or "\n" in doc[b - 1].text or doc[b - 1].lower_ in {":", "by"})
                and _name_words(doc[b : slash.i])
                and not covered.intersection(range(b, slash.i))
            ):
                found += [(b, slash.i, "PERSON")] + ([] if listed else [(slash.i + 1, after, "ORG")])
                break
    return found


def untagged_titled_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the model left untagged right after a capitalised title word: "Frankfurt Mayor Uwe Becker", "said Fed
    Vice Chair Lael Brainard" (Politico), "Travis County Democratic Party Chair Dyana Limon-Mercado" (KUT). The name is
    two or three capitalised words (a hyphenated surname one of them), none a title word or an institution's last
    word, and no capitalised word follows it, so "Chief Operating Officer Grady Burnett" or "Mayor Street Station"
    make no person."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    heads, modifiers = title_words()
    found: list[tuple[int, int, str]] = []
    for title in doc:
        if not (title.text in heads and title.is_title) or title.i in covered:
            continue
        end, words = title.i + 1, 0
        while end < len(doc) and words < 4 and _plain_name_word(doc[end], heads | modifiers) and end not in covered:
            end += 1
            words += 1
            while end + 1 < len(doc) and doc[end].text in {"-", "‑"} and not doc[end - 1].whitespace_:
                if doc[end].whitespace_ or not _plain_name_word(doc[end + 1], heads | modifiers):
                    break
                end += 2  # "Limon-Mercado"
        after = doc[end] if end < len(doc) else None
        if 2 <= words <= 3 and (after is None or not (after.is_title or after.is_upper and after.is_alpha)):
            found.append((title.i + 1, end, "PERSON"))
    return found


def untagged_honorific_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the model left untagged right after a courtesy title (``honorifics.txt``) is a person's: "Dr Atilla
    Kisla, the international justice cluster lead" (Daily Maverick, ``en_real23``), "Mr Garner was selling loose,
    untaxed cigarettes" and "the officer who choked Mr Garner" (The Economist), "Security personnel said Mr Pin was
    unavailable" (Lesotho Times), "floppy haired Mr Bloom" (The Debrief). One to three capitalised words (a hyphenated
    surname one of them), none a title word or an institution's last word, and no capitalised word after them, so
    "Mr Smith Goes to Washington" makes no person."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    heads, modifiers = title_words()
    found: list[tuple[int, int, str]] = []
    for title in doc[:-1]:
        if title.text not in HONORIFICS or not title.text[:1].isupper() or title.i in covered:
            continue
        end, words = title.i + 1, 0
        while end < len(doc) and words < 3 and _plain_name_word(doc[end], heads | modifiers) and end not in covered:
            end += 1
            words += 1
            while end + 1 < len(doc) and doc[end].text in {"-", "‑"} and not doc[end - 1].whitespace_:
                if doc[end].whitespace_ or not _plain_name_word(doc[end + 1], heads | modifiers):
                    break
                end += 2  # "Burnham-Snyder"
        after = doc[end] if end < len(doc) else None
        if words and (after is None or not (after.is_title or after.is_upper and after.is_alpha)):
            found.append((title.i + 1, end, "PERSON"))
    return found


def appositive_titled_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the model left untagged or read as an organisation or place, that opens a sentence or follows a comma
    and takes an appositive headed by a lower-case title word: "Sacha Deshmukh, Amnesty International UK's chief
    executive, said" and "Tiffany Lynch, acting national chairwoman of the Police Federation" (Mirror, both ORG),
    "Waqar Noor, the region's interior minister, says" (National Post, untagged), "Illya Khadzhynov, an economist
    and vice-rector" (Nature, untagged). The name is two or three capitalised words, none a title word or an
    institution's last word, not a listed organisation, and a comma follows it; a model PERSON span is left alone."""
    heads, modifiers = title_words()
    found: list[tuple[int, int, str]] = []
    for sent in doc.sents:
        for start in range(sent.start, sent.end - 3):
            if not (start == sent.start or doc[start - 1].text == "," or _after_quoted_clause(doc, start)):
                continue
            end = start
            while end < sent.end and end - start < 3 and _plain_name_word(doc[end], heads | modifiers):
                end += 1
            if end - start < 2 or end >= sent.end or doc[end].text != "," or _function_word(doc[start]):
                continue
            last = doc[end - 1]
            titled = any(
                child.dep_ == "appos" and child.i > end and child.is_lower and child.text in heads
                for child in last.children
            )
            if not titled or doc[start:end].text in organisation_names():
                continue
            covering = [(b, e, lab) for b, e, lab in spans if b < end and start < e]
            if not covering or covering == [(start, end, covering[0][2])] and covering[0][2] != "PERSON":
                found.append((start, end, "PERSON"))
    return found


def _after_quoted_clause(doc: Doc, start: int) -> bool:
    """Whether a closing quote mark right after a comma stands before ``start``: the speaker's name after a quoted
    clause ("...community," Yousuf Rasheed, the executive director of ..., told DW, DW, and its "Yunus Fakur, a
    Kabul-based analyst"; "...on a small scale," Mrwan Mohey, the company's 26-year-old co-founder, Rest of World), which
    the model reads as a work's title."""
    return start >= 2 and doc[start - 1].is_quote and doc[start - 2].text == ","


def of_titled_name_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The holder's name at the end of an organisation the model ran on from a capitalised "<Title> of <field>":
    "Director of Product Management Joe Ambeault" (Engadget, tagged "Product Management Joe Ambeault"), "Nigerian
    Minister of Mines and Steel Development Olamilekan Adegbite" (Fox Business). The parser hangs the title word on
    the span's last word (the title is that person's), and the span's last two words are plain capitalised words."""
    heads, modifiers = title_words()
    found: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label != "ORG" or end - start < 3 or start < 2 or doc[start - 1].lower_ != "of":
            continue
        title = doc[start - 2]
        if not (title.is_title and title.text in heads) or title.head.i != end - 1:
            continue
        if all(_plain_name_word(doc[i], heads | modifiers) for i in (end - 2, end - 1)):
            found.append((end - 2, end, "PERSON"))
    return found


def _plain_name_word(token: Token, title_words: frozenset[str]) -> bool:
    """A capitalised word that can be part of a person's name: no title word and no institution's last word."""
    return token.is_title and token.is_alpha and token.text not in title_words and token.text not in ORG_HEADS


def _credited_organisation(doc: Doc, slash: int) -> int | None:
    """The end of the organisation after a credit's slash: a listed one ("Getty Images"), or one to
    three capitalised words that end the line ("CNET")."""
    for end in (slash + 4, slash + 3, slash + 2):
        if end <= len(doc) and doc[slash + 1 : end].text in organisation_names():
            return end
    end = slash + 1
    while end < len(doc) and end - slash <= 3 and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    line_ends = end == len(doc) or "\n" in doc[end].text
    return end if end > slash + 1 and line_ends else None


def with_house_numbers(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A building or street named with its number keeps the number: "300 Slater Street" (Ottawa
    Citizen), "30 Rockefeller Center" (Us Weekly). Not a year ("in 2019 Wembley Stadium"), nor the end
    of a longer number."""
    out = []
    for start, end, label in spans:
        number = doc[start - 1] if start > 0 else None
        if (
            label == "FAC"
            and number is not None
            and number.text[:1].isdigit()
            and number.text.isalnum()
            and number.ent_type_ != "DATE"
            and not (len(number.text) == 4 and number.text.isdigit())
            and number.whitespace_
            and (start < 2 or not doc[start - 2].like_num)
        ):
            start -= 1
        out.append((start, end, label))
    return out


def _place_name(text: str) -> bool:
    """A country or well-known place by name, which owns institutions in the possessive: "Mexico’s
    National Statistics Institute" (AP), "Ukraine’s Air Force" (Global News)."""
    return country_aliases().get(text, (None, None))[1] == "name" or text in place_names()


def _is_possessive(token: Token) -> bool:
    """ "’s", or a bare apostrophe after an s ("Harris’"), not the one of a transliteration ("Vasyl’")."""
    return token.text in {"'s", "’s"} or token.text in {"'", "’"} and token.i > 0 and token.nbor(-1).text.endswith("s")


def override(
    spans: list[tuple[int, int, str]], extra: list[tuple[int, int, str | None]], label: str | None
) -> list[tuple[int, int, str]]:
    """Add ``extra`` spans, dropping the model spans they overlap (rules beat the small model)."""
    if not extra:
        return spans
    kept = [s for s in spans if not any(s[0] < e and b < s[1] for b, e, _ in extra)]
    return kept + [(b, e, label or lab) for b, e, lab in extra]


def _is_name_word(token) -> bool:
    return token.is_title or (token.is_upper and len(token) > 1 and token.is_alpha)


def _function_word(token: Token) -> bool:
    """A capitalised sentence opener that never starts a name: "In Parliament yesterday" (Malay Mail),
    "Follow Khaama Press" (Khaama). An acronym is no function word, though its letters spell one: "the US
    Bureau of Engraving and Printing" (Daily Mail) is not the pronoun "us"."""
    if token.is_upper and len(token) > 1 and token.is_alpha:
        return False
    return token.is_stop or token.pos_ in {"ADP", "VERB", "AUX", "DET", "PRON", "ADV", "CCONJ", "SCONJ"}


def _not_in_name(token: Token) -> bool:
    """What follows "of"/"on" outside a name: a day ("Russia's Defense Ministry on Sunday", Global News)
    or a platform ("Afghan News Agency on Twitter", Khaama)."""
    return token.ent_type_ in {"DATE", "TIME"} or token.text in organisation_names()


def _name_after_preposition(doc: Doc, i: int) -> int | None:
    """Where the name part after the "of"/"for"/"on" at ``i`` begins, or None: "Ministry of Finance", and
    after "of the"/"for the" too: "Democratic Party for the People" (Japan News), "Hermetic Order of the
    Golden Dawn" (Atlas Obscura); never a day ("Ministry on Sunday") or a platform."""
    j = i + 1
    if doc[i].lower_ in {"of", "for"} and doc[j].text == "the":
        j += 1
    if j < len(doc) and _is_name_word(doc[j]) and not _not_in_name(doc[j]) and not doc[j].is_sent_start:
        return j
    return None


def _acronym_after_and(doc: Doc, i: int) -> bool:
    """ "and" before an acronym joins another body, not the rest of a name: "Global Affairs Canada and IRCC"
    (Ottawa Citizen), "Investor Education Foundation and NORC" (CNBC), so "the Ministry of Health and WHO" is two
    organisations."""
    nxt = doc[i + 1]
    return doc[i].lower_ == "and" and nxt.is_upper and nxt.is_alpha and len(nxt) > 1


#: Lower-case words an organisation's name runs over before its bracketed acronym.
_ACRONYM_CONNECTORS = frozenset({"and", "of", "for", "the", "&", "-", "e", "i", "al"})


def spelled_out_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """The capitalised run before a bracketed acronym whose initials spell it is one organisation, where the model
    cut it into a name and a place: "the Spring University Myanmar (SUM)" (Nature, en_real6), "the Tehrik-e-Taliban
    Pakistan (TTP)" (Times of India), "the Free and Fair Election Forum of Afghanistan (FEFA)" (DW), "the UN Relief
    and Works Agency for Palestine (UNRWA)" (Daily Maverick, en_real6). The run is taken back as far as its
    initials still hold the acronym's letters in order, from its first word's initial, with no more than two
    letters to spare (acronyms skip a small word or a place). Only a run that takes in an organisation the model
    found and every name it crosses whole is taken: elsewhere the run is often a system, a law or a status
    ("Heartbeat and Status Controller (HSC)", Dropbox; "Least Concern (LC)", Animal World), so the run's head
    (its last word before "of"/"for") must be a body word (``ORG_HEADS``) or the run end in the place it serves."""
    found: list[tuple[int, int, str | None]] = []
    for token in doc[2:-1]:
        acronym = token.text
        if not (
            doc[token.i - 1].text == "("
            and doc[token.i + 1].text == ")"
            and acronym.isalpha()
            and 2 <= len(acronym) <= 8
            and (acronym.isupper() or acronym.istitle())
        ):
            continue
        end = token.i - 1
        best = None
        start = end - 1
        while start >= 0 and (_is_name_word(doc[start]) or doc[start].lower_ in _ACRONYM_CONNECTORS):
            if _is_name_word(doc[start]) and _spells(doc[start:end], acronym.upper()):
                best = start
            start -= 1
        crossed = [(b, e, label) for b, e, label in spans if b < end and best is not None and best < e]
        if (
            best is not None
            and end - best > 1
            and any(label == "ORG" and (b, e) != (best, end) for b, e, label in crossed)
            and all(best <= b and e <= end for b, e, _ in crossed)
            and (_head_word(doc[best:end]) in ORG_HEADS or any(e == end and label == "GPE" for _, e, label in crossed))
        ):
            found.append((best, end, "ORG"))
    return found


def _head_word(run: Span) -> str:
    """A name's head: its last word before "of"/"for", else its last word."""
    cut = next((i for i, t in enumerate(run) if t.lower_ in ("of", "for")), len(run))
    return run[max(cut, 1) - 1].text


def _spells(run: Span, acronym: str) -> bool:
    """Whether the initials of a run's capitalised words (every letter of an all-caps word, each capitalised
    part of a hyphened one) open with the acronym's first letter and hold its letters in order, with at most two
    to spare."""
    letters = "".join(
        part if part.isupper() and len(part) > 1 else part[0]
        for part in re.split(r"[\s-]+", run.text)
        if part[:1].isupper()
    )
    if not letters.startswith(acronym[0]) or len(letters) > len(acronym) + 2:
        return False
    rest = iter(letters)
    return all(letter in rest for letter in acronym)


def institution_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """Capitalised runs ending in an institution word: "Civil Aviation Authority", "Ministry of Finance"."""
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text not in ORG_HEADS or not token.is_title:
            i += 1
            continue
        start = i
        while (
            start > sentence_of(token).start
            and _is_name_word(doc[start - 1])
            and doc[start - 1].lower_ != "the"
            and not _function_word(doc[start - 1])
        ):
            start -= 1
        end = i + 1
        while (
            end + 1 < len(doc)
            and doc[end].lower_ in {"of", "for", "on"}
            and (after := _name_after_preposition(doc, end)) is not None
        ):
            end = after + 1
            while end < len(doc) and (
                _is_name_word(doc[end])
                or (
                    doc[end].lower_ in NAME_CONNECTORS
                    and end + 1 < len(doc)
                    and _is_name_word(doc[end + 1])
                    and not _acronym_after_and(doc, end)
                )
            ):
                end += 1
        end = _before_titled_person(doc, start, end)
        if end - start >= 2:
            found.append((start, end, "ORG"))
        i = end
    return found


def _before_titled_person(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's span ends when it runs on into a title before a person the model tags: before the
    title ("Department of Justice | Inspector General Michael Horowitz", Townhall, where the model's ORG takes
    "Inspector" and the institution run the whole; "American Federation of Government Employees | President J. David
    Cox Sr.", Chicago Tribune), so the person stays a person and the title a role; the span's own end otherwise."""
    heads, modifiers = title_words()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start <= start:
            continue
        cut = ent.start
        while cut > start + 1 and doc[cut - 1].text in heads | modifiers and not doc[cut - 2].is_lower:
            cut -= 1  # a title word after "of" names the body ("Department of Justice")
        if start < cut < min(end, ent.start):
            return cut
    return end


def without_title_tails(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's organisations cut before a title that leads into a person (``_before_titled_person``)."""
    return [(b, _before_titled_person(doc, b, e) if label == "ORG" else e, label) for b, e, label in spans]


def publication_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """A capital "The" inside a sentence before a name the model tagged ORG or NORP starts a
    publication's name: "told The Namibian" (The Namibian, where the model read the people),
    "— The New York Times (@nytimes)" (Western Journalism). A sentence's own "The" proves nothing, unless what
    follows the name shows a publication (``_reporting_publication``)."""
    found: list[tuple[int, int, str | None]] = []
    for token in doc[1:-1]:
        before = doc[token.i - 1]
        # a tweet's sign-off, "— The New York Times (@nytimes)", may stand on a line of its own
        after_word = not token.is_sent_start and (before.is_lower or before.text in {":", "("})
        inside = before.text in {"—", "–"} or after_word
        if token.text != "The" or not (inside or token.is_sent_start):
            continue
        # inside a sentence the model's ORG or NORP words; opening one, any proper nouns, which the reading must prove
        def named(t: Token, inside: bool = inside) -> bool:
            return t.ent_type_ in {"ORG", "NORP"} if inside else t.tag_ == "NNP"

        end = token.i + 1
        while end < len(doc) and (
            doc[end].is_title
            and named(doc[end])
            or doc[end].lower_ in {"and", "of", "&"}
            and end + 1 < len(doc)
            and named(doc[end + 1])
        ):
            end += 1
        if end > token.i + 1 and doc[end - 1].is_title and (inside or _reporting_publication(doc[token.i + 1 : end])):
            found.append((token.i, end, "ORG"))
    return found


def _reporting_publication(name: Span) -> bool:
    """Whether a name after a sentence's opening "The" is a publication's, its "The" part of it: a publication noun
    follows it ("The Post and Courier newspaper reported", NPR) or it is the subject of a reporting verb ("The Wrap
    reports that", Raw Story; ``publication_verbs.txt``), and it does not end in a body's word ("The Senate reported",
    "The Ministry reported" keep "The" out)."""
    doc = name.doc
    if name[-1].text in ORG_HEADS or name[-1].text in CHAMBERS:
        return False
    if any(t.ent_type_ in {"GPE", "LOC", "FAC", "PERSON"} for t in name):
        return False  # "The U.S. is reported to be considering" (CGTN): a place is no publication
    if name.end < len(doc) and doc[name.end].lower_ in PUBLICATION_NOUNS:
        return True
    head = name.root
    return head.dep_ == "nsubj" and lemma(head.head) in PUBLICATION_VERBS


def introduced_org_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """The capitalised name right after a lower-case "organisation" or "group" (``ORG_INTRODUCERS``), with its
    "of"/"for" parts: "the group People for the Ethical Treatment of Animals" (Fox 13), "organisation Frack Free
    Namibia" (The Namibian, where the model kept only the country). After a trade noun (``COMPANY_INTRODUCERS``) the
    name is an ORG only when the noun is bound to it, a compound of one of its words or the name in apposition to it:
    "research firm Canalys" (ExtremeTech), "The industrial machinery maker Hitachi Zosen" (Nikkei Asia), "newspaper
    Dagens Nyheter" (Euronews), where the model read persons; not "the company Musk bought", "the company Tuesday said"
    or "the company CEO Tim Cook"."""
    found: list[tuple[int, int, str | None]] = []
    titles = frozenset().union(*title_words())
    for token in doc[:-1]:
        if not token.is_lower or not _is_name_word(doc[token.i + 1]):
            continue
        trade = token.lower_ in COMPANY_INTRODUCERS
        if not trade and token.lower_ not in ORG_INTRODUCERS:
            continue
        end = token.i + 1
        while end < len(doc) and _is_name_word(doc[end]) and not doc[end].is_sent_start:
            if trade and (doc[end].ent_type_ in NON_NAME_LABELS or doc[end].text in titles):
                break  # "the company Tuesday said", "the company CEO Tim Cook"
            end += 1
        if trade and not (
            token.i + 1 < end
            and (token.head.i in range(token.i + 1, end) or any(
                t.dep_ == "appos" and t.head.i == token.i for t in doc[token.i + 1 : end]
            ) or _trade_noun_read_as_verb(doc, token))
        ):
            continue
        while (
            end > token.i + 1
            and end + 1 < len(doc)
            and doc[end].lower_ in {"of", "for"}
            and (after := _name_after_preposition(doc, end)) is not None
        ):
            end = after
            while end < len(doc) and _is_name_word(doc[end]):
                end += 1
        if end > token.i + 1:
            found.append((token.i + 1, end, "ORG"))
    return found


def _trade_noun_read_as_verb(doc: Doc, token: Token) -> bool:
    """A trade noun the parser reads as a verb right after the lower-case noun that says the trade, so the name after
    it hangs off a made-up verb: "CEO of launch startup Phantom Space" (Rest of World, "Phantom Space" PERSON), "Data
    storage startup Diamanti exited stealth" (Recode, ``en_real23``, PERSON). A verb after a pronoun or a proper noun
    ("they brand Smith a liar") is no such misreading."""
    return token.pos_ in {"VERB", "AUX"} and token.i > 0 and doc[token.i - 1].tag_ in {"NN", "NNS"} and (
        doc[token.i - 1].is_lower
    )


def appositive_company_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """A capitalised name with a trade noun (``COMPANY_INTRODUCERS``) heading its appositive is an organisation:
    "HackerRank, a tech recruiting company, has launched" (India Times, ``en_real15``, read as a person with its
    product "HackerRank Jobs"), "Bellwether, a talent coaching firm" (Fast Company, a person), "Vayable, a startup
    that offers" (Fast Company, untagged), "D-Wave Systems, a Canadian company that" (The New Yorker, untagged). The
    appositive is ", a"/", an", at most three modifiers (lower-case words or adjectives: "Canadian") and the trade
    noun as its head (no noun after it: "Smith, a company spokesman" is a person); the name is the run of one to four
    capitalised words right before the comma (a hyphen or inner capitals inside: "NetApp Instaclustr"), a sentence
    opener of the function-word kind left out ("Instead, a company")."""
    found: list[tuple[int, int, str | None]] = []
    for token in doc[3:]:
        if token.lower_ not in COMPANY_INTRODUCERS or not token.is_lower or token.pos_ != "NOUN":
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.pos_ in {"NOUN", "PROPN"}:
            continue
        article = next(
            (i for i in range(token.i - 1, max(token.i - 5, 0), -1) if doc[i].lower_ in {"a", "an"}), None
        )
        if article is None or article < 2 or doc[article - 1].text != ",":
            continue
        if any(not (t.is_lower or t.pos_ == "ADJ" or t.text == "-") for t in doc[article + 1 : token.i]):
            continue
        end = article - 1
        start = end
        while start > 0 and (
            _capitalised_word(doc[start - 1])
            or doc[start - 1].text == "-" and start > 1 and _capitalised_word(doc[start - 2])
        ):
            start -= 1
        if start < end and doc[start].is_sent_start and _function_word(doc[start]):
            start += 1  # "Instead, a company": a sentence opener, no name
        while start < end and doc[start].ent_type_ in NON_NAME_LABELS:
            start += 1  # "Yesterday Acme, a firm": a date, no name
        words = [t for t in doc[start:end] if t.text != "-"]
        if not 1 <= len(words) <= 4 or not _capitalised_word(doc[start]):
            continue
        found.append((start, end, "ORG"))
    return found


def _capitalised_word(token: Token) -> bool:
    """A name word, a capitalised one with capitals inside too ("HackerRank", "NetApp")."""
    return _is_name_word(token) or token.is_alpha and token.text[:1].isupper()


def company_list_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """Each name of a list a lower-case "companies"/"firms" introduces (``COMPANY_LIST_NOUNS``): "companies such
    as Petronas, Proton, and others" (Malay Mail), "VC firms Scale, Battery, and Sapphire" (Jewish Business News),
    "companies include the African Renewable Energy Distributor (ARED) in Rwanda, Ekovolt in Nigeria"
    (InformationWeek). The list runs over commas and "and"/"or", and over a bracketed acronym or "in <place>"
    after a name; any other word ends it."""
    found: list[tuple[int, int, str | None]] = []
    for token in doc[:-1]:
        if token.lower_ not in COMPANY_LIST_NOUNS or not token.is_lower or token.pos_ == "VERB":
            continue
        i = token.i + 1
        while i < len(doc) and doc[i].is_lower and doc[i].lower_ in LIST_OPENERS:
            i += 1
        while i < len(doc) and _is_name_word(doc[i]) and not doc[i].is_sent_start:
            end = i
            while end < len(doc) and _is_name_word(doc[end]):
                end += 1
            found.append((i, end, "ORG"))
            i = _next_list_item(doc, end)
    return found


def _next_list_item(doc: Doc, i: int) -> int:
    """Where the next name of a company list starts after the name ending at ``i``: past a bracketed acronym
    ("(ARED)"), an "in <Place>" and the separators (",", "and", "or", "the")."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i + 1 < len(doc) and doc[i].lower_ == "in" and _is_name_word(doc[i + 1]):
        i += 2
        while i < len(doc) and _is_name_word(doc[i]):
            i += 1
    start = i
    while i < len(doc) and (doc[i].text == "," or doc[i].lower_ in {"and", "or", "the"}):
        i += 1
    return i if i > start else len(doc)


def introduced_place_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """Names after "port of" / "city of": the small model often calls small ports ORG."""
    found = []
    for token in doc[:-2]:
        if (
            token.lower_ in PLACE_INTRODUCERS
            and doc[token.i + 1].lower_ == "of"
            and doc[token.i + 2].is_title
        ):
            start = end = token.i + 2
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            if end > start:
                found.append((start, end, "GPE"))
    return found


#: Labels of the six that the model's reading keeps over ``prefixed_place_spans``.
_NAMED_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP"})


def prefixed_place_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """A capitalised place word (``place_prefixes.txt``: "Mount", "River") and the one capitalised name word after it
    are a natural place, LOC, where the model left them untagged or read them as a product or a work: "the River
    Thames" (The Washington Post, untagged), "Mount Rushmore" (The Free Beacon, PRODUCT). Not after a
    capitalised word ("Charles River Ventures"), nor before one ("Mount Sinai Hospital"), nor over the model's
    person, organisation or place ("River Phoenix")."""
    found: list[tuple[int, int, str | None]] = []
    for token in doc[:-1]:
        i = token.i
        if token.text not in PLACE_PREFIXES or (i > token.sent.start and _is_name_word(doc[i - 1])):
            continue
        name = doc[i + 1]
        if not (name.is_title and name.is_alpha) or (i + 2 < len(doc) and _is_name_word(doc[i + 2])):
            continue
        if not any(b < i + 2 and i < e and label in _NAMED_LABELS for b, e, label in spans):
            found.append((i, i + 2, "LOC"))
    return found


def dateline_agency_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """A wire dateline, "KATHMANDU, April 25 (Reuters) -": the capitalised city is a GPE, the agency an ORG."""
    found: list[tuple[int, int, str | None]] = []
    city = DATELINE_CITY.match(text_of(doc))
    if city is not None:
        span = doc.char_span(city.start("city"), city.end("city"), alignment_mode="expand")
        if span is not None:
            found.append((span.start, span.end, "GPE"))
    match = DATELINE.match(text_of(doc))
    if match is not None:
        span = doc.char_span(match.start("agency"), match.end("agency"), alignment_mode="expand")
        if span is not None:
            found.append((span.start, span.end, "ORG"))
    return found


def listed_org_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """Each occurrence of a listed organisation of more than one word (``organisations.txt``) whose words the model
    tagged only in part: "the Islamic State" comes out NORP "Islamic" (Washington Post, HuffPost). A span of the
    model reaching past the name is left as it is ("Associated Press-NORC Center")."""
    found: list[tuple[int, int, str | None]] = []
    for name in organisation_names():
        if " " not in name:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
            span = doc.char_span(match.start(), match.end())
            if span is None or (span.start, span.end, "ORG") in spans:
                continue
            if not any(b < span.start < e or b < span.end < e for b, e, _ in spans):
                found.append((span.start, span.end, "ORG"))
    return found


def gazetteer_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """Country names and demonyms the model left out ("N. Korea", "Russian" before a noun), and group words without
    a country (``people_words``) before a lower-case noun, where they can only name the people: "other Western
    countries" (Politico), "Western investors" (Fox Business), "Western" in the dev gold (Global News); "in
    Protestant fashion" (The New Yorker; "Protestant" in Atlas Obscura's dev gold). Elsewhere such a word may be a
    language ("released both volumes in English") or open a name ("the Arab Spring", "Southeast Asian Games")."""
    covered = set()
    for start, end, _ in spans:
        covered.update(range(start, end))
    aliases = country_aliases()
    places = place_names()
    organisations = organisation_names()
    groups = people_words()
    found = []
    i = 0
    while i < len(doc):
        hit = None
        if i not in covered and (doc[i].is_title or doc[i].is_upper):
            for length in (4, 3, 2, 1):
                end = i + length
                if end <= len(doc) and not covered.intersection(range(i, end)):
                    text = doc[i:end].text
                    if text in aliases:
                        hit = (i, end, "NORP" if aliases[text][1] == "demonym" else "GPE")
                    elif text in places:
                        hit = (i, end, "GPE")
                    elif text in organisations:
                        hit = (i, end, "ORG")
                    elif length == 1 and text in groups and _free_group_word(doc[i]):
                        hit = (i, end, "NORP")
                    if hit:
                        break
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _free_group_word(token: Token) -> bool:
    """A group word standing apart before a lower-case noun; glued after a hyphen it may be part of another
    word ("Indo-European languages", Knowable Magazine, which the model calls an organisation)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    glued = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    return not glued and after is not None and after.is_lower and after.pos_ == "NOUN"


def chamber_and_platform_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names the small model leaves untagged: a legislative chamber by its one-word name ("House and
    Senate votes", "Senate races") and the platform X ("wrote on X")."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    found = []
    for token in doc:
        if token.text not in CHAMBERS and token.text != "X" or token.i in covered or token.i == 0:
            continue
        prev = doc[token.i - 1]
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        chamber = (
            token.text in CHAMBERS
            and token.i != sentence_of(token).start
            and not prev.is_title
            and not (nxt is not None and (nxt.lower_ == "of" or nxt.is_title and nxt.pos_ == "PROPN"))
        )
        if chamber or _is_platform_x(token):
            found.append((token.i, token.i + 1, "ORG"))
    return found


def _is_platform_x(token: Token) -> bool:
    """ "wrote on X", "posted on X": the social platform, which the tagger reads as a letter."""
    doc = token.doc
    return (
        token.text == "X"
        and token.i >= 2
        and doc[token.i - 1].lower_ == "on"
        and lemma(doc[token.i - 2]) in POSTING_VERBS
    )


def party_tag_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """The state of a party-state tag after a person's name is a place: "Mike Gallagher, R-Wis., requested"
    (Fox News, AP style), "Sen. Chris Murphy (D., Conn.)" (Washington Free Beacon). The small model tags the
    state in some tags and not in others ("R-Texas", "D-Mass.", "R-S.C."), so the tag's shape decides: a bracket
    or comma after the name, a party letter, a hyphen or comma, title-case words, and the matching close."""
    found: list[tuple[int, int, str | None]] = []
    for _, end, label in spans:
        if label != "PERSON" or end + 4 >= len(doc) or doc[end].text not in {"(", ","}:
            continue
        letter, separator = doc[end + 1], doc[end + 2]
        if letter.text.rstrip(".") not in PARTY_LETTERS or separator.text not in {"-", ","}:
            continue
        close = {"(": {")"}, ",": {",", ".", ";"}}[doc[end].text]
        i = end + 3
        while i < len(doc) and doc[i].text not in close and doc[i].text[:1].isupper():
            i += 1
            if _STATE_ABBREVIATION.fullmatch(doc[i - 1].text):
                break  # "R-Ill. and chairman" (Las Vegas Sun), "D-N.Y. He insists" (PolitiFact): the period ends it
        if i + 1 < len(doc) and doc[i].text == "." and doc[i + 1].text in close and end + 3 < i:
            i += 1  # "(D-W.Va.)" (The Hill): the tokenizer cuts the abbreviation's last period off
        ends = i < len(doc) and doc[i].text in close or _STATE_ABBREVIATION.fullmatch(doc[i - 1].text)
        if end + 3 < i and ends:
            found.append((end + 3, i, "GPE"))
    return found


#: A state's abbreviation with its period ("Ill.", "N.Y.", "W.Va."): it closes a party-state tag on its own.
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]\.")


def looks_like_name(text: str, label: str) -> bool:
    """Drop NER debris: lower-case words, photo credits ("X/AFP/Getty Images"), handles, initials ("D."),
    initialisms of common nouns ("generative AI", "support HDR", "The IPO could raise") and single words of a
    practice, programme or event (``unnamed_terms.txt``), which name nothing."""
    if any(c in text for c in "@/|") or (len(text) <= 2 and text.endswith(".")) or text in COMMON_INITIALISMS:
        return False
    if text in UNNAMED_TERMS:
        return False  # "where DevOps comes in", "receive Medicaid benefits": a practice or programme, no name
    if label == "PERSON":
        if text in TEAM_NICKNAMES:
            return False  # "against Spurs", "the Blues were superior" (Evening Standard), "the Gunners" (Mirror)
        # a digit makes a product or model, never a person's name: "Raspberry Pi 3" (simplyfound),
        # "PS4 Pro" and "GDDR5 RAM" (engadget), which the small model tags PERSON
        return _capitalised(text) and not any(c.isdigit() for c in text)
    return _capitalised(text) or (text[:1].isdigit() and len(text) > 1)


def _capitalised(text: str) -> bool:
    """Whether a name starts with a capital, after a lower-case name article ("al-Qaeda")."""
    article, hyphen, rest = text.partition("-")
    return text[:1].isupper() or bool(hyphen) and article in NAME_ARTICLES and rest[:1].isupper()


def district_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """A place the model tagged, a comma and a federal district's abbreviation (``district_tails.txt``) are one
    place: "in Washington, D.C., said" (ABC News, en_real8), "issued in Washington, D.C., these bills" (Daily Mail,
    dev gold), which the model reads as two places, "Washington" and "D.C."; written without the comma ("Washington
    D.C.", Tech Monitor) the model already keeps it whole."""
    found: list[tuple[int, int, str | None]] = []
    for start, end, label in spans:
        if (
            label in {"GPE", "LOC"}
            and end + 1 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].text in DISTRICT_TAILS
        ):
            found.append((start, end + 2, "GPE"))
    return found


def _area_tail(token: Token) -> bool:
    """An ``AREA_TAILS`` noun, not the verb: "Arrow8 and Flash9 crossing over" (Vulture, en_real2) crosses."""
    return token.text in AREA_TAILS and token.pos_ == "NOUN"


def _known_person(name: Span) -> bool:
    """A name that is a person's elsewhere in the text, or a listed public figure's surname: "the Trump border wall"
    keeps its person where "the Jharoda border" is a place."""
    if name.text in word_list("public_figures"):
        return True
    return any(
        ent.label_ == "PERSON"
        and len(ent) > 1
        and (ent.start >= name.end or ent.end <= name.start)
        and any(t.text == w.text for t in ent for w in name)
        for ent in name.doc.ents
    )


def region_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """A place mention followed by "region"/"district" names the region: "Kyiv region", "Shevchenko district";
    followed by "airport"/"port" it names the facility: "Kathmandu airport"; a name followed by "neighbourhood"
    (``LOCALITY_TAILS``) is a locality, LOC, whatever the model read: "the Remal neighbourhood"; a name the model
    read as a person or organisation, or left untagged, before "area", "border" or "crossing" (``AREA_TAILS``) is a
    town, district or border point, GPE: "in Pampore area" (National Post), "in the Sihawal area" (India Times), "in
    the Wrexham area" (Daily Post), "Jhatikara border" (India Times), "the Erez crossing" (Al Jazeera); not a
    person's name ("the Trump border wall").

    The name before "district" may be one the model left untagged, if the parser reads it as a proper noun.
    """
    found: list[tuple[int, int, str | None]] = []
    covered = {i for start, end, _ in spans for i in range(start, end)}
    for start, end, label in spans:
        if end >= len(doc) or not doc[end].is_lower:
            continue  # "US District Judge" is a title
        tail = doc[end].text in DIVISION_TAILS
        if (tail or doc[end].text in REGION_SUFFIXES) and label in {"GPE", "LOC", "PERSON", "ORG"}:
            found.append((start, end + (not tail), "GPE"))
        elif (locality := doc[end].text in LOCALITY_TAILS) or _area_tail(doc[end]):
            if label in {"PERSON", "ORG"} and (locality or not _known_person(doc[start:end])):
                found.append((start, end, "LOC" if locality else "GPE"))
        elif (
            doc[end].text in FACILITY_SUFFIXES
            and label in {"GPE", "LOC"}
            and doc[start:end].text not in country_aliases()  # "the only U.S. stadium"
        ):
            found.append((start, end + 1, "FAC"))
    for token in doc[1:]:
        tail = token.text in DIVISION_TAILS
        locality = token.text in LOCALITY_TAILS
        outside = tail or locality or _area_tail(token)  # the tail stays out of the span
        if token.is_lower and (outside or token.text in REGION_SUFFIXES) and token.i - 1 not in covered:
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            if start < token.i and not covered.intersection(range(start, token.i)):
                found.append((start, token.i + (not outside), "LOC" if locality else "GPE"))
    return found
