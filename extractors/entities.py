"""Named entities merged per article, with ISO 3166 codes for countries and stated roles.

spaCy's small English model finds most names but misses some patterns that recur in news
writing; the rules here correct those that generalise (multi-word institutions ending in
"Agency"/"Ministry"/"Party", places introduced as "the port of X", wire-agency datelines,
surnames seen alone after the full name) before mentions are merged into one entity each.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from extractors.gazetteer import country_aliases, organisation_names, people_words, place_names, title_words
from extractors.nlp import SentenceIndex, lemma, sentence_of, text_of
from extractors.records import Entity

logger = logging.getLogger(__name__)

#: Labels other extractors own (quantities, dates) or that carry no name.
NON_NAME_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})

#: Last words of multi-word institution names the small model often misses or splits.
ORG_HEADS = frozenset(
    [
        "Agency",
        "Ministry",
        "Department",
        "Bureau",
        "Office",
        "Service",
        "Council",
        "Commission",
        "Committee",
        "Authority",
        "Party",
        "Court",
        "Bank",
        "Corporation",
        "Corp.",
        "Company",
        "Co.",
        "Inc.",
        "Ltd.",
        "Institute",
        "University",
        "College",
        "Association",
        "Union",
        "Federation",
        "Organization",
        "Organisation",
        "Foundation",
        "Forces",
        "Army",
        "Navy",
        "Force",
        "Command",
        "Police",
        "Parliament",
        "Assembly",
        "Congress",
        "Senate",
        "Club",
        "Group",
        "Fund",
        "Board",
        "Administration",
        "Cabinet",
        "Guard",
        "Network",
        "Alliance",
        "Coalition",
        "Front",
        "Movement",
        "Academy",
        "Society",
        "Trust",
        "Agency",
        "Secretariat",
        "Directorate",
        "Inspectorate",
        "Tribunal",
        "Commission",
    ]
)
#: Last words of names of treaties and laws, which the small model tends to call ORG.
LAW_HEADS = frozenset(
    {
        "Agreement",
        "Treaty",
        "Act",
        "Law",
        "Accord",
        "Accords",
        "Convention",
        "Protocol",
        "Charter",
        "Bill",
        "Code",
        "Constitution",
    }
)
#: Lower-case words allowed inside an institution name ("Ministry of Foreign Affairs").
NAME_CONNECTORS = frozenset({"of", "for", "and", "&", "on", "the"})
#: Nouns that introduce a place name: "the eastern port of Najin", "the city of Kharkiv".
PLACE_INTRODUCERS = frozenset(
    {
        "port",
        "city",
        "town",
        "village",
        "province",
        "region",
        "county",
        "district",
        "capital",
        "island",
        "state",
        "prefecture",
        "municipality",
        "border town",
        "harbor",
        "harbour",
    }
)
#: Last words that decide the kind of place or building a name is ("Abraham Villiers Bay", "Stamford Bridge").
LOC_HEADS = frozenset(
    {
        "Bay",
        "Sea",
        "Ocean",
        "River",
        "Lake",
        "Mountains",
        "Mountain",
        "Island",
        "Islands",
        "Peninsula",
        "Valley",
        "Desert",
        "Gulf",
        "Strait",
        "Coast",
        "Park",
        "Forest",
        "Canyon",
        "Plateau",
        "Delta",
    }
)
FAC_HEADS = frozenset(
    {
        "Hostel",
        "Hotel",
        "Airport",
        "airport",
        "Bridge",
        "Stadium",
        "Arena",
        "Hospital",
        "Station",
        "Tower",
        "Building",
        "Palace",
        "Statehouse",
        "Museum",
        "Prison",
        "Mall",
        "Square",
        "Cathedral",
        "Mosque",
        "Temple",
        "Church",
        "Highway",
        "Motorway",
        "Dam",
        "Pipeline",
        "Terminal",
    }
)
#: Adjectives that describe a term of office, not the title: "current chair", "fellow state Representative".
TRANSIENT_ADJECTIVES = frozenset(
    {
        "current",
        "fellow",
        "then",
        "new",
        "incumbent",
        "outgoing",
        "longtime",
        "veteran",
        "top",
        "regime",
        "embattled",
        "newly",
        "interim",
    }
)
MILITARY_RANKS = frozenset(
    {
        "General",
        "Gen.",
        "Admiral",
        "Adm.",
        "Rear",
        "Vice",
        "Colonel",
        "Col.",
        "Major",
        "Maj.",
        "Lt.",
        "Lieutenant",
        "Brigadier",
        "Captain",
        "Capt.",
        "Sergeant",
        "Sgt.",
        "Commander",
    }
)
#: Family words describe a relation, not an office.
KINSHIP = frozenset(
    {
        "daughter",
        "son",
        "wife",
        "husband",
        "mother",
        "father",
        "brother",
        "sister",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "niece",
        "nephew",
        "cousin",
        "widow",
        "partner",
    }
)
#: Titles whose "of" phrase is part of the title: "Minister of Justice".
ROLE_OF_HEADS = frozenset({"minister", "secretary"})
#: Last words of sports clubs named after their town ("Manchester City", "West Ham United").
CLUB_SUFFIXES = frozenset(
    {
        "City",
        "United",
        "Forest",
        "Rovers",
        "Athletic",
        "Wanderers",
        "Albion",
        "Villa",
        "Hotspur",
        "Ham",
        "Rangers",
        "Celtic",
        "FC",
        "Palace",
        "County",
    }
)
#: Common nouns that make the name after them an organisation.
ORG_INTRODUCERS = frozenset(
    {
        "newspaper",
        "company",
        "firm",
        "group",
        "magazine",
        "broadcaster",
        "channel",
        "agency",
        "bank",
        "carrier",
        "airline",
        "website",
        "outlet",
        "party",
        "daily",
        "network",
        "startup",
        "insurer",
        "lender",
        "retailer",
        "manufacturer",
        "automaker",
        "giant",
        "club",
        "union",
    }
)
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "around"})
#: Courtesy titles stripped from names so "Ms Bowles" merges with "Holly Bowles"; they are not roles.
HONORIFICS = frozenset(
    {
        "Mr",
        "Mr.",
        "Ms",
        "Ms.",
        "Mrs",
        "Mrs.",
        "Miss",
        "Mx",
        "Dr",
        "Dr.",
        "Sir",
        "Dame",
        "Datuk",
        "Dato",
        "Dato'",
        "Seri",
        "Sri",
        "Tun",
        "Tunku",
    }
)
#: Lower-case nouns after a place name that make the whole a region: "Kyiv region", "Shevchenko district".
REGION_SUFFIXES = frozenset(
    {"region", "district", "oblast", "province", "county", "prefecture", "governorate"}
)
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
#: Wire-story dateline: "SEOUL, Aug. 27 (Yonhap) --" names the agency in parentheses.
DATELINE = re.compile(
    r"\A[A-Z][A-Za-z .'-]*,(?:[^()\n]{0,40})\((?P<agency>[A-Z][\w&. -]{1,30})\)\s*(?:--|—|–|-)"
)
DATELINE_CITY = re.compile(r"\A(?P<city>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:,| \()")
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG", "PERSON", "FAC"})


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name before merging."""

    text: str
    start: int
    end: int
    label: str
    code: str | None = None  # ISO 3166 alpha-2 when the mention names a country or its people
    role: str | None = None


def extract_entities(doc: Doc, sentences: SentenceIndex) -> list[Entity]:
    """Entities of ``doc``: corrected NER mentions merged into one record per real-world thing."""
    return link_entities(doc, sentences)[0]


def link_entities(doc: Doc, sentences: SentenceIndex) -> tuple[list[Entity], list[tuple[Mention, Entity]]]:
    """Entities plus every mention paired with its entity, so quotes can resolve "he" or "Kang" to a name."""
    groups = _group(_corrected_mentions(doc))
    linked: list[tuple[Mention, Entity]] = []
    entities = []
    for group in groups:
        entity = _entity(group, sentences)
        entities.append(entity)
        linked.extend((mention, entity) for mention in group)
    linked.sort(key=lambda pair: pair[0].start)
    return sorted(entities, key=lambda e: e.start), linked


def _corrected_mentions(doc: Doc) -> list[Mention]:
    """NER spans after the rule corrections, in text order, with country codes and roles."""
    spans: list[tuple[int, int, str]] = []  # token start, token end, label
    for ent in doc.ents:
        if ent.label_ in NON_NAME_LABELS:
            continue
        trimmed = _trim(ent)
        if trimmed is not None:
            label = "LAW" if ent.label_ == "ORG" and trimmed[-1].text in LAW_HEADS else ent.label_
            spans.append((trimmed.start, trimmed.end, label))
    institutions = [
        (b, e, lab)
        for b, e, lab in _institution_spans(doc)
        if not any(s0 <= b and e <= s1 and label == "ORG" for s0, s1, label in spans)
    ]  # the model's own longer ORG ("Ministry of Environment, Forestry and Tourism") wins
    spans = _override(spans, institutions, "ORG")
    spans = _override(spans, _introduced_place_spans(doc), "GPE")
    spans = _override(spans, _dateline_agency_spans(doc), None)
    spans = _override(spans, _gazetteer_spans(doc, spans), None)
    spans = _override(spans, _region_spans(doc, spans), "GPE")
    spans.sort()
    heads, modifiers = title_words()
    mentions: list[Mention] = []
    title_chars: list[tuple[int, int]] = []  # roles found; names inside them ("Defense") are not entities
    for start, end, label in spans:
        span = doc[start:end]
        role = None
        if label == "PERSON":
            span, role = _split_title(span, heads, modifiers)
            if span is None:
                continue
            role = _prefer_office(
                role or _left_title(span, heads, modifiers), _appositive_title(span, heads, modifiers)
            )
            if role:
                title_chars.append((span.start_char - len(role) - 1, span.start_char))
        text = span.text
        if len(span) == 1 and text.lower() in COMPASS_WORDS or not _looks_like_name(text, label):
            continue  # "the North" stands in for a country the article names in full
        code, form = country_aliases().get(
            text.title() if text.isupper() and len(text) > 4 else text, (None, None)
        )
        label = _corrected_label(span, label, code, modifiers)
        if label is None:
            continue
        if code is not None and label in COUNTRY_LABELS:
            label = "NORP" if form == "demonym" else "GPE"
        mentions.append(Mention(text, span.start_char, span.end_char, label, code, role))
    mentions = [m for m in mentions if not any(b <= m.start and m.end <= e for b, e in title_chars)]
    return _surnames_as_persons(mentions)


def _corrected_label(span: Span, label: str, code: str | None, modifiers: frozenset[str]) -> str | None:
    """The label after the gazetteer and head-word corrections; None drops the mention.

    Country names keep the model's label here (the caller decides GPE/NORP from the alias form).
    """
    if code is not None:
        return label
    text, last = span.text, span[-1].text
    if label in {"PERSON", "ORG", "NORP", "FAC", "LOC"} and text in place_names():
        return "GPE"
    if text in organisation_names():
        return "ORG"
    if len(span) > 1 and last in CLUB_SUFFIXES and label in {"GPE", "LOC", "PERSON"}:
        return "ORG"  # "Manchester City", "Nottingham Forest": clubs named after places
    if len(span) > 1 and last in FAC_HEADS and label in {"ORG", "GPE", "PERSON", "LOC"}:
        return "FAC"
    if len(span) > 1 and last in LOC_HEADS and label in {"ORG", "GPE", "PERSON", "FAC"}:
        return "LOC"
    if len(span) == 1 and label == "ORG" and text in modifiers:
        return None  # "Defense" cut from "Defense Minister" by the NER
    if text in people_words():
        return "NORP"
    if len(span) == 1 and label in {"PERSON", "ORG", "GPE"} and span[0].tag_ in {"NN", "NNS"}:
        return None  # the tagger reads a common noun ("Wildfires" heading) where the NER saw a name
    before = span.doc[span.start - 1] if span.start > 0 else None
    introducer = _introducing_noun(span)
    if label in {"PERSON", "GPE", "LOC"} and introducer in ORG_INTRODUCERS:
        return "ORG"  # "newspaper Dagens Nyheter", "companies such as Petronas"
    if (
        label == "PERSON"
        and before is not None
        and (
            before.lower_ in LOCATIVE_PREPOSITIONS
            or before.lower_ in PLACE_INTRODUCERS
            or before.text == ","
            and span.start >= 2
            and span.doc[span.start - 2].ent_type_ in {"GPE", "LOC"}
        )
    ):
        return "GPE"  # "in Van Vieng", "the party town Van Vieng", "Tynemouth, North Tyneside"
    return label


def _introducing_noun(span: Span) -> str | None:
    """The common noun that introduces a name: "newspaper X", "companies such as X, Y and Z"."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (
        doc[i].text == "," or doc[i].lower_ == "and" or doc[i].ent_type_ and doc[i].pos_ == "PROPN"
    ):
        i -= 1  # walk back over earlier items of a list
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 2
    if i >= 0 and doc[i].pos_ == "NOUN":
        return lemma(doc[i])
    return None


def _trim(span: Span) -> Span | None:
    """Drop a leading article and a trailing possessive or punctuation from an NER span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in {"the", "a", "an"}
        or doc[start].is_punct
        or doc[start].tag_ == "JJ"
        and end - start > 1
        and doc[start].ent_iob_ != "B"
        and doc[start + 1].tag_ == "NNP"
        and doc[start:end].text not in country_aliases()
    ):
        start += 1  # "the", or an adjective glued on by the NER
    if (
        end - start > 1
        and doc[start + 1 : end].text in country_aliases()
        and doc[start:end].text not in country_aliases()
    ):
        start += 1  # "Mountainous Nepal"
    for i in range(start, end):
        if doc[i].text == "(":
            end = i  # "Seri (Social and Economic Research Initiative)": keep the name before the bracket
            break
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _override(
    spans: list[tuple[int, int, str]], extra: list[tuple[int, int, str | None]], label: str | None
) -> list[tuple[int, int, str]]:
    """Add ``extra`` spans, dropping the model spans they overlap (rules beat the small model)."""
    if not extra:
        return spans
    kept = [s for s in spans if not any(s[0] < e and b < s[1] for b, e, _ in extra)]
    return kept + [(b, e, label or lab) for b, e, lab in extra]


def _is_name_word(token) -> bool:
    return token.is_title or (token.is_upper and len(token) > 1 and token.is_alpha)


def _institution_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """Capitalised runs ending in an institution word: "Defense Intelligence Agency", "Ministry of Defense"."""
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
        ):
            start -= 1
        end = i + 1
        while end + 1 < len(doc) and doc[end].lower_ in {"of", "for", "on"} and _is_name_word(doc[end + 1]):
            end += 2
            while end < len(doc) and (
                _is_name_word(doc[end])
                or (doc[end].lower_ in NAME_CONNECTORS and end + 1 < len(doc) and _is_name_word(doc[end + 1]))
            ):
                end += 1
        if end - start >= 2:
            found.append((start, end, "ORG"))
        i = end
    return found


def _introduced_place_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
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


def _dateline_agency_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """A wire dateline, "SEOUL, Aug. 27 (Yonhap) --": the capitalised city is a GPE, the agency an ORG."""
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


def _gazetteer_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """Country names and demonyms the model left out ("N. Korea", "Russian" before a noun)."""
    covered = set()
    for start, end, _ in spans:
        covered.update(range(start, end))
    aliases = country_aliases()
    places = place_names()
    organisations = organisation_names()
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
                    if hit:
                        break
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _looks_like_name(text: str, label: str) -> bool:
    """Drop NER debris: lower-case words, photo credits ("X/AFP/Getty Images"), handles, initials ("D.")."""
    if any(c in text for c in "@/|") or (len(text) <= 2 and text.endswith(".")):
        return False
    if label == "PERSON":
        return text[:1].isupper()
    return text[:1].isupper() or (text[:1].isdigit() and len(text) > 1)


def _region_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """A place mention followed by "region"/"district" names the region: "Kyiv region", "Shevchenko district"."""
    found = []
    for start, end, label in spans:
        if end < len(doc) and doc[end].lower_ in REGION_SUFFIXES and label in {"GPE", "LOC", "PERSON", "ORG"}:
            found.append((start, end + 1, "GPE"))
    return found


def _split_title(
    span: Span, heads: frozenset[str], modifiers: frozenset[str]
) -> tuple[Span | None, str | None]:
    """Separate a title the model put inside a PERSON span ("President Vladimir Putin")."""
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


def _left_title(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """A title right before the name: "Defense Minister Shin Won-sik", "North Korean leader Kim Jong-un".

    The title's head must be a known title word, or a lower-case noun the parser attaches to the
    name ("rapper Soulja Boy"); words before it join while they are title words or lower-case
    modifiers of the title ("research director"), never nationality, place or organisation names.
    """
    doc = span.doc
    end = span.start
    while end > 0 and doc[end - 1].text in HONORIFICS:
        end -= 1  # "Prime Minister Datuk Seri Anwar Ibrahim"
    if end == 0:
        return None
    head = doc[end - 1]
    common_noun = head.pos_ == "NOUN" and head.is_lower and head.dep_ == "compound" and head.head.i >= end
    if head.text not in heads and not common_noun:
        return None
    start = end - 1
    while start > 0:
        left = doc[start - 1]
        attached = start <= left.head.i < end
        if left.lower_ in TRANSIENT_ADJECTIVES:
            break
        if (
            left.text in modifiers
            or left.text in heads
            or (
                left.is_lower
                and left.is_alpha
                and left.pos_ in {"NOUN", "ADJ"}
                and not left.ent_type_
                and attached
            )
        ):
            start -= 1
        else:
            break
    return doc[start:end].text


def _prefer_office(before_name: str | None, appositive: str | None) -> str | None:
    """A functional title wins over a military rank: "Commandant Major General X" -> "Commandant"."""
    if before_name is None:
        return appositive
    words = before_name.split()
    cut = len(words)
    while cut > 0 and words[cut - 1] in MILITARY_RANKS:
        cut -= 1
    if cut == len(words):
        return before_name
    if cut > 0:
        return " ".join(words[:cut])
    return appositive or before_name


def _appositive_title(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """A title in apposition or after "as": "X, a spokesperson for Y", "the rapper X", "X, who ... as chancellor"."""
    root = span.root
    doc = span.doc
    lowered_heads = {h.lower() for h in heads}
    candidates = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.append(root.head)
    verbs = [child for child in root.children if child.dep_ == "relcl"]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                candidates.extend(c for c in prep.children if c.dep_ == "pobj" and c.lower_ in lowered_heads)
    for noun in candidates:
        if span.start <= noun.i < span.end or noun.ent_type_ in {"PERSON", "GPE", "NORP"}:
            continue
        if noun.pos_ != "NOUN" and noun.text not in heads or noun.lower_ in KINSHIP or noun.tag_ == "NNS":
            continue
        start = noun.i
        while start > 0:
            left = doc[start - 1]
            if left.dep_ not in {"amod", "compound"} or left.head.i not in range(start, noun.i + 1):
                break
            if left.ent_type_ in {"NORP", "GPE", "ORG"} or left.lower_ in TRANSIENT_ADJECTIVES:
                break
            if not (left.is_lower or left.text in modifiers or left.text in heads):
                break
            start -= 1
        title = doc[start : noun.i + 1].text
        if noun.lower_ in ROLE_OF_HEADS:
            title = _with_of_phrase(noun, start)
        return title
    return None


def _with_of_phrase(noun: Token, start: int) -> str:
    """ "minister of mines and energy": a ministerial title keeps its short "of" portfolio."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == noun.i + 1:
            end = child.right_edge.i + 1
            if end - child.i < 8:
                return noun.doc[start:end].text
    return noun.doc[start : noun.i + 1].text


def _surnames_as_persons(mentions: list[Mention]) -> list[Mention]:
    """A one-word mention that is part of a person's full name in the article is that person ("Kang")."""
    name_words = {
        word for m in mentions if m.label == "PERSON" for word in m.text.split() if len(m.text.split()) > 1
    }
    return [
        replace(m, label="PERSON") if m.code is None and " " not in m.text and m.text in name_words else m
        for m in mentions
    ]


def _label_class(label: str) -> str:
    return "PLACE" if label in {"GPE", "LOC"} else label


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _same_thing(a: str, b: str) -> bool:
    """Two names of one thing: equal, one a prefix/suffix of the other's words, or an acronym of it."""
    if a.lower() == b.lower():
        return True
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long_[-1] in REGION_SUFFIXES:
        return False  # "Kyiv region" is not the city "Kyiv"
    if long_[: len(short)] == short or long_[-len(short) :] == short:
        return True
    for x, y in ((a, b), (b, a)):
        if x.isupper() and len(x) >= 2 and " " not in x and x == _initials(y):
            return True
    return False


def _group(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped per country code or per set of names that are the same thing."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        for group in groups:
            first = group[0]
            if mention.code or first.code:
                if mention.code == first.code:
                    group.append(mention)
                    break
                continue
            if any(mention.text == other.text for other in group):
                group.append(mention)  # one name, one thing, whatever label each mention got
                break
            if _label_class(first.label) != _label_class(mention.label) and not (
                mention.text.isupper() or first.text.isupper()
            ):
                continue
            if any(_same_thing(mention.text, other.text) for other in group):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return groups


def _entity(group: list[Mention], sentences: SentenceIndex) -> Entity:
    first = group[0]
    labels = [m.label for m in group]
    if first.code:
        label = "GPE" if "GPE" in labels else first.label
        normalized = first.code
    else:
        label = max(dict.fromkeys(labels), key=labels.count)
        normalized = max((m.text for m in group), key=len)
    role = next((m.role for m in group if m.role), None)
    return Entity(
        text=first.text,
        start=first.start,
        end=first.end,
        sentence=sentences.of(first.start),
        label=label,
        normalized=normalized,
        role=role,
        mentions=len(group),
    )
