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
#: Nouns that introduce a place name: "the port of Walvis Bay", "the city of Kharkiv".
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
#: Titles that are empty without their complement: "nominee for commerce secretary", "expert on the conflict".
COMPLEMENT_HEADS = {"nominee": "for", "candidate": "for", "expert": "on", "specialist": "on"}
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
#: Name endings shared by places ("Oklahoma City", "West Bank"): no evidence of an organisation.
AMBIGUOUS_ORG_HEADS = frozenset({"City", "Bank", "Front", "County", "Palace", "Forest", "Villa"})
#: One-word names of legislative chambers, capitalised when they name the institution.
CHAMBERS = frozenset({"Senate", "House", "Congress", "Parliament"})
#: Verbs before "on X" that make X the social platform.
POSTING_VERBS = frozenset({"write", "post", "say", "share", "tweet", "announce", "comment", "claim", "reply"})
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
#: Lower-case nouns after a place name that make the whole a facility: "Kathmandu airport".
FACILITY_SUFFIXES = frozenset({"airport", "airbase", "airfield", "port", "stadium"})
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
#: Wire-story dateline: "KATHMANDU, April 25 (Reuters) -" names the agency in parentheses.
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
    """Entities plus every mention paired with its entity, so quotes can resolve "he" or "Niroula" to a name."""
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
    spans = _split_at_person_possessive(doc, spans)
    institutions = [
        (b, e, lab)
        for b, e, lab in _institution_spans(doc)
        if not any(s0 <= b and e <= s1 and label == "ORG" for s0, s1, label in spans)
    ]  # the model's own longer ORG ("Ministry of Environment, Forestry and Tourism") wins
    spans = _override(spans, institutions, "ORG")
    spans = _override(spans, _introduced_place_spans(doc), "GPE")
    spans = _override(spans, _dateline_agency_spans(doc), None)
    spans = _override(spans, _gazetteer_spans(doc, spans), None)
    spans = _override(spans, _region_spans(doc, spans), None)
    spans = spans + _chamber_and_platform_spans(doc, spans)
    spans.sort()
    heads, modifiers = title_words()
    mentions: list[Mention] = []
    title_chars: list[tuple[int, int]] = []  # roles found; names inside them ("Finance") are not entities
    person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    for start, end, label in spans:
        span = doc[start:end]
        role = None
        if label != "PERSON" and _titled_person(span, heads, person_words):
            label = "PERSON"  # "MEC Mamabolo" read as an organisation
        if label == "PERSON":
            span, role = _split_title(span, heads, modifiers)
            if span is None:
                continue
            role = _prefer_office(
                role or _left_title(span, heads, modifiers), _appositive_title(span, heads, modifiers)
            )
            if role:
                title_chars.append((span.start_char - len(role) - 1, span.start_char))
            else:
                role = _shared_title(span, heads, modifiers)
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
    mentions = _without_capitalised_common_nouns(doc, mentions)
    return _surnames_as_persons(_relabel_by_context(doc, mentions, heads, modifiers))


def _without_capitalised_common_nouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop one-word PERSON/ORG "names" that only ever open a sentence, a heading or a colon's clause
    while the article writes the same word in lower case elsewhere ("Marijuana becomes legal" and
    "recreational marijuana"): the capital made a common noun look like a name. A word that is part
    of a longer name in the article ("Gordon Brown") stays, whatever its lower-case twin."""
    lower_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    in_longer_names = {word for m in mentions if " " in m.text for word in m.text.split()}
    by_start = {t.idx: t for t in doc}

    def opens(m: Mention) -> bool:
        token = by_start.get(m.start)
        return token is not None and (token.is_sent_start or token.i > 0 and token.nbor(-1).text == ":")

    candidates: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label in {"PERSON", "ORG"} and " " not in m.text and m.text.lower() in lower_words:
            candidates.setdefault(m.text, []).append(m)
    dropped = {
        word for word, ms in candidates.items() if word not in in_longer_names and all(opens(m) for m in ms)
    }
    return [m for m in mentions if not (m.text in dropped and m.label in {"PERSON", "ORG"})]


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
        and not _is_platform_x(span[0])
    ):
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


def _stands_alone(span: Span, modifiers: frozenset[str]) -> bool:
    """A chamber named on its own ("House and Senate votes"), not the first word of a title."""
    doc = span.doc
    heads, _ = title_words()
    nxt = doc[span.end] if span.end < len(doc) else None
    return span.text in CHAMBERS and not (nxt is not None and (nxt.text in heads or nxt.text in modifiers))


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


def _split_at_person_possessive(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cut a person's possessive off the front of a name the model ran on ("Bushnell’s LinkedIn",
    "Heidnik’s Philadelphia") when the article names that person elsewhere.

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
        if k is None or not all(t.text in people for t in doc[start:k]):
            out.append((start, end, label))
        elif label != "PERSON":
            out.append((k + 1, end, label))
    return out


def _is_possessive(token: Token) -> bool:
    """ "’s", or a bare apostrophe after an s ("Harris’"), not the one of a transliteration ("Vasyl’")."""
    return token.text in {"'s", "’s"} or token.text in {"'", "’"} and token.i > 0 and token.nbor(-1).text.endswith("s")


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


def _chamber_and_platform_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
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


def _looks_like_name(text: str, label: str) -> bool:
    """Drop NER debris: lower-case words, photo credits ("X/AFP/Getty Images"), handles, initials ("D.")."""
    if any(c in text for c in "@/|") or (len(text) <= 2 and text.endswith(".")):
        return False
    if label == "PERSON":
        return text[:1].isupper()
    return text[:1].isupper() or (text[:1].isdigit() and len(text) > 1)


def _region_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """A place mention followed by "region"/"district" names the region: "Kyiv region", "Shevchenko district";
    followed by "airport"/"port" it names the facility: "Kathmandu airport".

    The name before "district" may be one the model left untagged, if the parser reads it as a proper noun.
    """
    found: list[tuple[int, int, str | None]] = []
    covered = {i for start, end, _ in spans for i in range(start, end)}
    for start, end, label in spans:
        if end >= len(doc) or not doc[end].is_lower:
            continue  # "US District Judge" is a title
        if doc[end].text in REGION_SUFFIXES and label in {"GPE", "LOC", "PERSON", "ORG"}:
            found.append((start, end + 1, "GPE"))
        elif (
            doc[end].text in FACILITY_SUFFIXES
            and label in {"GPE", "LOC"}
            and doc[start:end].text not in country_aliases()  # "the only U.S. stadium"
        ):
            found.append((start, end + 1, "FAC"))
    for token in doc[1:]:
        if token.is_lower and token.text in REGION_SUFFIXES and token.i - 1 not in covered:
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            if start < token.i and not covered.intersection(range(start, token.i)):
                found.append((start, token.i + 1, "GPE"))
    return found


def _titled_person(span: Span, heads: frozenset[str], person_words: set[str]) -> bool:
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


def _split_title(
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


def _left_title(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """A title right before the name: "Communications Minister Fahmi Fadzil", "French President Emmanuel Macron".

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
        else:
            break
    return doc[_portfolio_start(doc, start, heads):end].text


def _portfolio_start(doc: Doc, start: int, heads: frozenset[str]) -> int:
    """Where a lower-case portfolio title begins: "minister of mines and energy Tom Alweendo", whose
    words before the name stop at "and"; ``start`` when no "HEAD of ..." runs up to it."""
    j = start - 1
    while j > 0 and start - j <= 8 and (doc[j].lower_ in {"and", "&", ","} or doc[j].is_lower and doc[j].is_alpha):
        if doc[j].lower_ == "of" and doc[j - 1].text in heads:
            return j - 1
        j -= 1
    return start


def _portfolio_word(left: Token, head: Token, attached: bool) -> bool:
    """A capitalised portfolio before "Minister"/"Secretary" ("Communications Minister"), or a
    sentence-initial capital on an ordinary title word ("Environmental justice activist X")."""
    if not attached or not left.is_alpha or not left.is_title or left.ent_type_ in {"GPE", "NORP", "PERSON"}:
        return False
    if left.i == sentence_of(left).start and left.pos_ in {"NOUN", "ADJ"}:
        return True
    return (
        head.lower_ in ROLE_OF_HEADS
        and head.is_title  # "Treasury Board secretary X" names the board, not a portfolio
        and left.pos_ in {"NOUN", "PROPN"}
        and left.dep_ == "compound"
    )


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


def _shared_title(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """A plural title before a list of names holds for each: "cabinet ministers A and B",
    "Chelsea's sporting directors, A and B"."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is span.root:
        return None
    doc = span.doc
    lowered = {h.lower() for h in heads}
    if first.tag_ == "NNS" and first.is_lower and lemma(first) in lowered:
        start = first.i
        while start > 0 and doc[start - 1].dep_ in {"compound", "amod"} and doc[start - 1].is_lower:
            start -= 1
        return doc[start : first.i + 1].text
    name = next((e for e in doc.ents if e.start <= first.i < e.end and e.label_ == "PERSON"), None)
    if name is None:
        return None
    title = _left_title(name, heads, modifiers)
    if title and title.split()[-1].islower() and title.endswith("s"):
        return title
    return None


def _appositive_title(span: Span, heads: frozenset[str], modifiers: frozenset[str]) -> str | None:
    """A title in apposition or after "as": "X, a spokesperson for Y", "the rapper X", "X, who ... as chancellor"."""
    root = span.root
    doc = span.doc
    lowered_heads = {h.lower() for h in heads}
    candidates = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.append(root.head)
    verbs = [child for child in root.children if child.dep_ == "relcl"]
    if root.dep_ == "poss":
        verbs.append(root.head)  # "Rachel Reeves' first major speech as chancellor"
    if root.dep_ == "nsubj":
        verbs.append(root.head)
        if lemma(root.head) == "be":  # "X is a reporter for Y"
            candidates.extend(c for c in root.head.children if c.dep_ == "attr" and c.lower_ in lowered_heads)
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                candidates.extend(c for c in prep.children if c.dep_ == "pobj" and c.lower_ in lowered_heads)
    for noun in candidates:
        if span.start <= noun.i < span.end or noun.ent_type_ in {"PERSON", "GPE", "NORP"}:
            continue
        if noun.pos_ != "NOUN" and noun.text not in heads or noun.lower_ in KINSHIP or noun.tag_ == "NNS":
            continue
        holder = noun.head.head
        if noun.dep_ == "pobj" and COMPLEMENT_HEADS.get(holder.lower_) == noun.head.lower_:
            noun = holder  # "his nominee for commerce secretary, X": X is the nominee
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
        elif noun.lower_ in COMPLEMENT_HEADS:
            title = _with_of_phrase(noun, start, COMPLEMENT_HEADS[noun.lower_])
        return title
    return None


def _with_of_phrase(noun: Token, start: int, preposition: str = "of") -> str:
    """ "minister of mines and energy", "nominee for commerce secretary": a title keeps the short
    phrase that says what it is a title of."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == preposition and child.i == noun.i + 1:
            end = child.right_edge.i + 1
            nested = [
                c.i for obj in child.children if obj.dep_ == "pobj" for c in obj.children if c.dep_ == "prep"
            ]
            commas = [t.i for t in noun.doc[child.i : end] if t.text == ","]
            end = min([end, *nested, *commas])  # "expert on the conflict" without "at a think-tank"
            if end - child.i < 8:
                return noun.doc[start:end].text
    return noun.doc[start : noun.i + 1].text


def _relabel_by_context(
    doc: Doc, mentions: list[Mention], heads: frozenset[str], modifiers: frozenset[str]
) -> list[Mention]:
    """Every mention of a name takes the label its clearest context gives it.

    The small model often tags a footballer or a quoted resident as ORG in every mention; one
    sentence that treats the name as a person ("X, who ...", "X, 19,", "X is a reporter") settles
    it. Likewise a name followed by its acronym in brackets ("Public Services and Procurement
    Canada (PSPC)") is an institution, never a person.
    """
    relabelled: dict[str, str] = {}
    by_char = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.code is not None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        acronym = _acronym_after(span)
        if acronym is not None:
            relabelled[m.text] = relabelled[acronym] = "ORG"
        elif m.label != "PERSON" and _person_context(span, heads):
            relabelled.setdefault(m.text, "PERSON")
        elif m.label in {"GPE", "LOC"} and m.text not in place_names() and _listed_with_org(span, by_char):
            relabelled.setdefault(m.text, "ORG")
    if not relabelled:
        return mentions
    out = []
    for m in mentions:
        if m.text in relabelled:
            role = m.role
            if relabelled[m.text] == "PERSON" and role is None:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                role = _prefer_office(
                    _left_title(span, heads, modifiers), _appositive_title(span, heads, modifiers)
                )
            m = replace(m, label=relabelled[m.text], role=role if relabelled[m.text] == "PERSON" else None)
        out.append(m)
    return out


def _person_context(span: Span, heads: frozenset[str]) -> bool:
    """ "X, who ...", "X, also 19,", "X is a reporter": only people are written about so."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False  # a one-word name may be a club or a town ("Chelsea, who ...")
    if any(t.text in place_names() or t.text in CLUB_SUFFIXES or t.text in ORG_HEADS for t in words):
        return False
    i = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    nxt = doc[i] if i < len(doc) else None
    if nxt is not None and nxt.lower_ in {"who", "whose"} and i > span.end:
        return True
    if nxt is not None and nxt.lower_ in {"also", "now"} and i + 1 < len(doc):
        nxt = doc[i + 1]
    if (
        i > span.end
        and nxt is not None
        and nxt.text.isdigit()
        and 0 < int(nxt.text) < 110
        and nxt.i + 1 < len(doc)
        and doc[nxt.i + 1].text in {",", "."}
    ):
        return True  # an age in commas
    root = span.root
    lowered = {h.lower() for h in heads}
    return (
        root.dep_ == "nsubj"
        and lemma(root.head) == "be"
        and any(c.dep_ == "attr" and c.lower_ in lowered for c in root.head.children)
    )


def _listed_with_org(span: Span, by_char: dict[int, Mention]) -> bool:
    """ "the Japanese Communist Party and Komeito", "Newcastle and Manchester United": a name in a list
    with a plainly named organisation ("... Party", "... United") and no place is one too (clubs and
    parties the model takes for towns)."""
    first = span.root
    while first.dep_ == "conj":
        first = first.head
    members, stack = [], [first]
    while stack:
        token = stack.pop()
        members.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj")
    others = [by_char.get(t.idx) for t in members if not span.start <= t.i < span.end]
    others = [m for m in others if m is not None]
    if any(m.label in {"GPE", "LOC"} or m.code is not None for m in others):
        return False
    return any(m.label == "ORG" and _plainly_organisation(m.text) for m in others)


def _plainly_organisation(name: str) -> bool:
    last = name.split()[-1]
    return name in organisation_names() or (
        " " in name and last in (ORG_HEADS | CLUB_SUFFIXES) - AMBIGUOUS_ORG_HEADS
    )


def _acronym_after(span: Span) -> str | None:
    """The acronym in brackets after a multi-word name: "Public Services and Procurement Canada (PSPC)"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    acronym = doc[span.end + 1].text
    if (
        acronym.isupper()
        and acronym.isalpha()
        and len(acronym) >= 2
        and _initials(span.text).endswith(acronym)
    ):
        return acronym
    return None


def _surnames_as_persons(mentions: list[Mention]) -> list[Mention]:
    """A one-word mention that is part of a person's full name in the article is that person ("Chalobah")."""
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
    if long_[-1] in REGION_SUFFIXES | FACILITY_SUFFIXES:
        return False  # "Kyiv region" is not the city "Kyiv", nor "Kathmandu airport" the city
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
