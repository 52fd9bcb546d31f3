"""Named entities merged per article, with ISO 3166 codes for countries and stated roles.

spaCy's small English model finds most names but misses some patterns that recur in news
writing; the rules here correct those that generalise (multi-word institutions ending in
"Agency"/"Ministry"/"Party", places introduced as "the port of X", wire-agency datelines,
surnames seen alone after the full name) before mentions are merged into one entity each.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from extractors.facts.event_places import with_event_places
from extractors.facts.gazetteer import (
    country_aliases,
    organisation_names,
    people_words,
    place_names,
    title_words,
    word_list,
)
from extractors.facts.listings import listing_spans
from extractors.facts.name_spans import (
    CLUB_SUFFIXES,
    FACILITY_SUFFIXES,
    LAW_HEADS,
    LOCATIVE_PREPOSITIONS,
    NON_NAME_LABELS,
    ORG_HEADS,
    REGION_SUFFIXES,
    appositive_company_spans,
    appositive_titled_spans,
    armed_service_spans,
    chamber_and_platform_spans,
    company_list_spans,
    compass_word,
    corrected_label,
    dateline_agency_spans,
    district_spans,
    gazetteer_spans,
    institution_spans,
    introduced_org_spans,
    introduced_place_spans,
    listed_org_spans,
    looks_like_name,
    mended_connector_ends,
    of_titled_name_spans,
    override,
    party_tag_spans,
    prefixed_place_spans,
    publication_spans,
    region_spans,
    spelled_out_spans,
    split_at_institution_possessive,
    split_at_person_possessive,
    split_before_acronym,
    split_credits,
    trim,
    untagged_credit_spans,
    untagged_honorific_spans,
    untagged_titled_spans,
    with_apostrophe_surnames,
    with_capitalised_lead,
    with_house_numbers,
    without_title_tails,
)
from extractors.facts.nlp import SentenceIndex, lemma, text_of
from extractors.facts.numbers import age_after_comma
from extractors.facts.repeats import acronym_after, initials, known_forms, repeated_spans
from extractors.facts.roles import (
    HONORIFICS,
    KINSHIP,
    MILITARY_RANKS,
    appositive_title,
    left_title,
    lowered,
    named_after_title,
    prefer_office,
    shared_title,
    split_title,
    titled_person,
    widened_split_title,
)
from extractors.facts.source_names import source_spans, speaking_acronym_spans, told_place
from extractors.facts.spelled_acronyms import spelled_acronyms
from extractors.facts.table_rows import table_row_spans
from extractors.records import Entity, MentionSpan

COMPASS_WORDS = word_list("compass_words")
GOVERNMENT_LEVELS = word_list("government_levels")
GOVERNMENT_HEADS = word_list("government_heads")
LONE_BODY_HEADS = word_list("lone_body_heads")
PRODUCT_NOUNS = word_list("product_nouns")
CRAFT_NOUNS = word_list("craft_nouns")
WORK_NOUNS = word_list("work_nouns")
EXECUTIVE_TITLES = word_list("executive_titles")
PUBLIC_FIGURES = word_list("public_figures")
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


class LinkedMentions(list):
    """Every (mention, entity) pair of an article in text order, indexed by character, so quotes and
    attributions find the mention under a word without scanning all of them (which made speaker
    resolution quadratic in article length)."""

    def __init__(self, pairs: Iterable[tuple[Mention, Entity]]) -> None:
        super().__init__(pairs)
        self._by_char: dict[int, list[tuple[Mention, Entity]]] = {}
        for pair in self:
            for char in range(pair[0].start, pair[0].end):
                self._by_char.setdefault(char, []).append(pair)
        self._starts = [mention.start for mention, _ in self]

    def covering(self, char: int) -> list[tuple[Mention, Entity]]:
        """The pairs whose mention holds the character at ``char``, in text order."""
        return self._by_char.get(char, [])

    def starting_within(self, first: int, last: int) -> list[tuple[Mention, Entity]]:
        """The pairs whose mention starts at a character from ``first`` to ``last``, in text order."""
        return self[bisect.bisect_left(self._starts, first) : bisect.bisect_right(self._starts, last)]


def extract_entities(doc: Doc, sentences: SentenceIndex) -> list[Entity]:
    """Entities of ``doc``: corrected NER mentions merged into one record per real-world thing."""
    return link_entities(doc, sentences)[0]


def link_entities(doc: Doc, sentences: SentenceIndex) -> tuple[list[Entity], LinkedMentions]:
    """Entities plus every mention paired with its entity, so quotes can resolve "he" or "Niroula" to a name."""
    groups = _group(_corrected_mentions(doc))
    linked: list[tuple[Mention, Entity]] = []
    entities = []
    for group in groups:
        entity = _entity(group, sentences)
        entities.append(entity)
        linked.extend((mention, entity) for mention in group)
    linked.sort(key=lambda pair: pair[0].start)
    return sorted(entities, key=lambda e: e.start), LinkedMentions(linked)


def _corrected_mentions(doc: Doc) -> list[Mention]:
    """NER spans after the rule corrections, in text order, with country codes and roles."""
    spans: list[tuple[int, int, str]] = []  # token start, token end, label
    for ent in doc.ents:
        if ent.label_ in NON_NAME_LABELS:
            continue
        trimmed = trim(ent)
        if trimmed is not None:
            label = "LAW" if ent.label_ == "ORG" and trimmed[-1].text in LAW_HEADS else ent.label_
            spans.append((trimmed.start, trimmed.end, label))
    spans = mended_connector_ends(doc, without_title_tails(doc, spans))
    spans = split_at_institution_possessive(doc, split_at_person_possessive(doc, spans))
    spans = split_before_acronym(doc, split_credits(doc, spans))
    institutions = [
        (b, e, lab)
        for b, e, lab in institution_spans(doc)
        if not any(s0 <= b and e <= s1 and label == "ORG" for s0, s1, label in spans)
    ]  # the model's own longer ORG ("Ministry of Environment, Forestry and Tourism") wins
    spans = with_capitalised_lead(doc, override(spans, institutions, "ORG"))
    spans = with_apostrophe_surnames(doc, spans)
    spans = override(spans, spelled_out_spans(doc, spans), "ORG")
    spans = override(spans, introduced_place_spans(doc), "GPE")
    spans = override(spans, introduced_org_spans(doc), "ORG")
    spans = override(spans, appositive_company_spans(doc), "ORG")
    spans = override(spans, company_list_spans(doc), "ORG")
    spans = override(spans, publication_spans(doc), "ORG")
    spans = override(spans, dateline_agency_spans(doc), None)
    spans = override(spans, listed_org_spans(doc, spans), "ORG")
    spans = override(spans, gazetteer_spans(doc, spans), None)
    spans = with_event_places(doc, spans)
    spans = override(spans, armed_service_spans(doc), "ORG")
    spans = override(spans, region_spans(doc, spans), None)
    spans = override(spans, district_spans(doc, spans), None)
    spans = override(spans, prefixed_place_spans(doc, spans), "LOC")
    spans = override(spans, party_tag_spans(doc, spans), None)
    spans = spans + chamber_and_platform_spans(doc, spans)
    spans = spans + source_spans(doc, spans)
    spans = spans + _untagged_public_figures(doc, spans)
    spans = override(spans, speaking_acronym_spans(doc, spans), "ORG")
    spans = with_house_numbers(doc, spans + untagged_credit_spans(doc, spans))
    spans = spans + untagged_titled_spans(doc, spans)
    spans = spans + untagged_honorific_spans(doc, spans)
    spans = override(spans, of_titled_name_spans(doc, spans), "PERSON")
    spans = override(spans, appositive_titled_spans(doc, spans), "PERSON")
    spans = listing_spans(doc, spans)
    spans.sort()
    heads, modifiers = title_words()
    mentions: list[Mention] = []
    title_chars: list[tuple[int, int]] = []  # roles found; names inside them ("Finance") are not entities
    person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    compass_countries = _compass_countries(doc)
    for start, end, label in spans:
        span = doc[start:end]
        role = None
        if label == "ORG" and named_after_title(span, heads) or label != "PERSON" and (
            titled_person(span, heads, person_words) or _courtesy_titled(span)
        ):
            label = "PERSON"  # "MEC Mamabolo", "Mrs Simons", "captain Carola Rackete" read as an organisation
        if label == "PERSON":
            span, role = split_title(span, heads, modifiers)
            if span is None:
                continue
            if role:
                role = widened_split_title(span, role, heads, modifiers)
            role = prefer_office(
                role or left_title(span, heads, modifiers), appositive_title(span, heads, modifiers)
            )
            if role:
                title_chars.append(_title_chars(doc, role, span, heads | modifiers | MILITARY_RANKS))
            else:
                role = shared_title(span, heads, modifiers)
        text = span.text
        lone_compass = len(span) == 1 and text.lower() in COMPASS_WORDS and text not in compass_countries
        if lone_compass and not _compass_region(span, label):
            continue  # a lone "North" names no place of its own
        if not looks_like_name(text, label):
            continue
        code, form = compass_countries.get(text) or country_aliases().get(
            text.title() if text.isupper() and len(text) > 4 else text, (None, None)
        )
        label = corrected_label(span, label, code, modifiers)
        if label is None:
            continue
        if code is not None and label in COUNTRY_LABELS:
            label = "NORP" if form == "demonym" else "GPE"
        mentions.append(Mention(text, span.start_char, span.end_char, label, code, role))
    mentions = [m for m in mentions if not any(b <= m.start and m.end <= e for b, e in title_chars)]
    mentions = _without_capitalised_common_nouns(doc, mentions)
    mentions = _surnames_as_persons(doc, _relabel_by_context(doc, mentions, heads, modifiers))
    mentions = _split_person_administrations([_public_figure(m) for m in mentions])
    spelled = spelled_acronyms(text_of(doc))
    mentions = [m for m in mentions if m.text not in spelled and _named_government(doc, m)]
    mentions = _without_products(doc, _without_table_cell_persons(doc, mentions))
    return _with_repeats(doc, _without_work_titles(doc, _without_craft_models(doc, mentions)))


def _untagged_public_figures(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A listed public figure's surname the model left untagged ("Trump described some FBI officials", USA Today in
    ``en_real9``) is a person, unless a capitalised word follows it ("Trump Tower")."""
    covered = {i for start, end, _ in spans for i in range(start, end)}
    return [
        (t.i, t.i + 1, "PERSON")
        for t in doc
        if t.text in PUBLIC_FIGURES
        and t.i not in covered
        and not (t.i + 1 < len(doc) and (doc[t.i + 1].is_title or doc[t.i + 1].is_upper))
    ]


#: What a leader's surname names when written before it, capitalised: the leader's government or house.
_LED_BODIES = ("Administration", "administration", "White House")


def _split_person_administrations(mentions: list[Mention]) -> list[Mention]:
    """ "the Biden Administration’s leadership" (The Hill; Substack), "the Obama Administration" (Time), "the Obama
    White House" (the Obama White House archive, read as a person four times): a surname the article names as a
    person (or a listed public figure) before a capitalised "Administration" or "White House" is that person, as the
    batches label "Trump administration"; "White House" stays an organisation of its own."""
    person_words = {w for m in mentions if m.label == "PERSON" for w in (m.text, m.text.split()[-1])} | PUBLIC_FIGURES
    out = []
    for m in mentions:
        first, _, rest = m.text.partition(" ")
        if m.label in {"ORG", "PERSON"} and rest in _LED_BODIES and first in person_words:
            out.append(replace(m, text=first, end=m.start + len(first), label="PERSON", role=None, code=None))
            if rest == "White House":
                out.append(replace(m, text=rest, start=m.end - len(rest), label="ORG", role=None, code=None))
        else:
            out.append(m)
    return out


def _public_figure(mention: Mention) -> Mention:
    """A one-word mention that is a listed public figure's surname (``public_figures.txt``: "Trump", read as an
    organisation at every mention on The Washington Post's and The Week's dev pages) is that person."""
    if mention.label != "PERSON" and mention.code is None and mention.text in PUBLIC_FIGURES:
        return replace(mention, label="PERSON")
    return mention


def _without_table_cell_persons(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word person in a table row is a capitalised cell the model read without a sentence around it: a header
    or an item ("Gmail | 17.8 MB | 7.6 MB", Android Developers Blog; "Country: | Email:*", Natural Home; a price
    table's "Change" and "Garlic"). The row's numbers stay quantities; a full name in a row stays a person."""
    rows = table_row_spans(text_of(doc))
    return [
        m
        for m in mentions
        if not (m.label == "PERSON" and " " not in m.text and any(b <= m.start and m.end <= e for b, e in rows))
    ]


def _named_government(doc: Doc, mention: Mention) -> bool:
    """False for a capitalised "Government" or "Administration" (``GOVERNMENT_HEADS``) that names no place: alone or
    after words of level only (``GOVERNMENT_LEVELS``) and without "of" after it, "the Federal Government" (The West
    Australian), "The Government has effectively admitted" (Herald Sun), "this Administration’s manipulation" (The
    Hill), "the Administration will encourage" (Washington Technology); likewise a lone "Court" (``LONE_BODY_HEADS``:
    "the Court today takes", 9News; "the Court approved", The Intercept), with no level word. Any other mention is
    True."""
    *levels, last = mention.text.split()
    lone = last in LONE_BODY_HEADS and not levels
    if not lone and (last not in GOVERNMENT_HEADS or not all(word in GOVERNMENT_LEVELS for word in levels)):
        return True
    return text_of(doc)[mention.end : mention.end + 4] == " of "


def _title_chars(doc: Doc, role: str, person: Span, title_words: frozenset[str]) -> tuple[int, int]:
    """Where a person's role is written: its last occurrence in the sentence before the name, up to the name
    when only title words lie between ("chief military spokesperson, Rear Admiral Daniel Hagari", CBC). The
    role may be cut from a longer phrase, so it need not end right before the name: "The U.S. ambassador to
    Ukraine, Bridget Brink" (wire copy) and "the Humanitarian Coordinator for Yemen, Julien Marchetti" (UN
    situation reports) keep the country outside the role, so it stays a mention. Without the role in the
    sentence, the stretch right before the name."""
    text = text_of(doc)
    start = text.rfind(role, person.sent.start_char, person.start_char)
    if start < 0:
        return person.start_char - len(role) - 1, person.start_char
    between = text[start + len(role) : person.start_char].replace(",", " ").split()
    return start, person.start_char if all(word in title_words for word in between) else start + len(role)


def _product_names(doc: Doc) -> set[str]:
    """Names the model itself tagged with a model number after them: "Raspberry Pi" from "Raspberry Pi
    3" (simplyfound), "Xbox" from "Xbox 360" and "PlayStation" from "PlayStation 4" (Engadget)."""
    found = set()
    for ent in doc.ents:
        if ent.label_ in NON_NAME_LABELS:
            continue
        k = next((t.i for t in ent if any(c.isdigit() for c in t.text)), None)
        if k is None or k == ent.start or len(doc[k].text) == 4 and doc[k].text.isdigit():
            continue  # a year is no model number: "Trump 2024" is a campaign, not a product
        words = doc[ent.start : k]
        capitalised = all(t.is_alpha and t.text[:1].isupper() for t in words)
        if capitalised and words[0].lower_ not in {"the", "a", "an"}:
            found.add(words.text)
    return found | _named_before_product_nouns(doc)


def _named_before_product_nouns(doc: Doc) -> set[str]:
    """Capitalised words right before a lower-case product noun (``product_nouns.txt``): "Dolby technology",
    "Atmos signals" (Engadget), "Cetuximab chemotherapy" (Shropshire Star), "the Keystone XL pipeline"
    (Washington Free Beacon), "its Max flights" (Deadline) name a technology, a drug, a pipeline or an aircraft.
    The name is the run of capitalised words before the noun, from its first word after a lower-case one; a run
    that opens the sentence is left, since its first word may be no part of the name."""
    found = set()
    for token in doc:
        if token.i == 0 or token.text not in PRODUCT_NOUNS or token.pos_ != "NOUN":
            continue  # "Powell signals a cut", "Smith features in": a verb after a person
        k = token.i
        while k > token.sent.start and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
            k -= 1
        if k < token.i and k > token.sent.start:
            found.add(doc[k : token.i].text)
    return found


def _without_products(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop the "people" that are products: a name the article writes with a model number is a device or
    a game wherever the small model calls it a person ("Raspberry Pi is a credit card-sized computer",
    "Xbox One"). People carry no model numbers; an organisation may ("Boeing 737"), so only PERSON goes."""
    products = _product_names(doc)
    if not products:
        return mentions
    return [
        m
        for m in mentions
        if m.label != "PERSON" or not any(m.text == p or m.text.startswith(p + " ") for p in products)
    ]


def _craft_models(doc: Doc) -> dict[str, set[int]]:
    """Names right before a craft or weapon noun (``craft_nouns.txt``), with the lower-case modifiers of the noun
    between: "the hypersonic Oreshnik ballistic missile" (Global News), "four Michibiki satellites", "the first
    Michibiki quasi-zenith satellite" (Nikkei Asia), "a Bell 407 helicopter" (This Is Colossal). Each maps to the
    character offsets where it so stands. The name is the run of capitalised words (and model numbers after its
    first) before the modifiers; a run that opens the sentence is left, and so is a noun that modifies another
    ("Maxar satellite imagery": the maker of the images)."""
    found: dict[str, set[int]] = {}
    for token in doc:
        if token.text not in CRAFT_NOUNS or token.pos_ != "NOUN" or token.dep_ == "compound":
            continue
        k = token.i
        while k > token.sent.start and token.i - k < 4 and (
            doc[k - 1].is_lower and doc[k - 1].pos_ in {"ADJ", "NOUN"} or doc[k - 1].text == "-"
        ):
            k -= 1
        end = k
        while k > token.sent.start and (
            doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha or doc[k - 1].is_digit and k - 1 < end - 1
            or doc[k - 1].is_digit and k > token.sent.start + 1 and doc[k - 2].text[:1].isupper()
        ):
            k -= 1
        if k < end and k > token.sent.start:
            found.setdefault(doc[k:end].text, set()).add(doc[k].idx)
    return found


def _without_craft_models(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop the organisations and people that are a craft's or a weapon's model (``_craft_models``), at every
    mention of the name when each one either stands before the craft noun or follows "the" ("The Oreshnik, which
    is capable of carrying nuclear or conventional warheads", Global News): a group named bare elsewhere ("Hamas
    said") is the group that fired or owns the craft, and keeps its label."""
    models = _craft_models(doc)
    if not models:
        return mentions
    by_start = {t.idx: t for t in doc}

    def model_use(m: Mention) -> bool:
        if m.start in models[m.text]:
            return True
        token = by_start.get(m.start)
        return token is not None and token.i > 0 and token.nbor(-1).lower_ == "the"

    dropped = {
        name
        for name in models
        if all(model_use(m) for m in mentions if m.text == name and m.label in {"ORG", "PERSON"})
    }
    return [m for m in mentions if m.label not in {"ORG", "PERSON"} or m.code is not None or m.text not in dropped]


def _work_titles(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Names written right after a screen-work noun (``work_nouns.txt``) that a determiner or a possessive opens:
    "the television show The Good Place" (EdSurge), "the 2022 film The Menu" (The Escapist), "his show, Chicago
    Fire." (Us Weekly). After a comma the name must close its sentence ("the upcoming movie, Kramer, played by Tobin
    Bell": a character), and a name that opens a clause is its subject ("the bombastic show KISS has always been
    famed for", Blabbermouth)."""
    by_start = {m.start: m for m in mentions}
    found = set()
    for token in doc:
        if token.text not in WORK_NOUNS or token.pos_ != "NOUN" or token.i + 2 > len(doc):
            continue
        k = token.i - 1  # back over the noun's modifiers ("the 2022 film", "the hit series") to its determiner
        while k > token.sent.start and token.i - k <= 3 and doc[k].dep_ in {"amod", "compound", "nummod"}:
            k -= 1
        if k < token.sent.start or not (doc[k].pos_ == "DET" or doc[k].tag_ in {"PRP$", "POS"}):
            continue
        j = token.i + 1
        comma = doc[j].text == ","
        j += comma
        if j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j].idx not in by_start:
            j += 1  # "the film The Menu": the model's name may leave out its "The"
        m = by_start.get(doc[j].idx) if j < len(doc) else None
        if m is None:
            continue
        end = doc.char_span(m.start, m.end, alignment_mode="expand").end
        after = doc[end] if end < len(doc) else None
        if comma and after is not None and after.text not in {".", "!", "?", "”", '"', "’"}:
            continue
        if after is not None and after.pos_ in {"VERB", "AUX"}:
            continue
        found.add(m.text.removeprefix("The "))
    return found


def _without_work_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop the organisations, people and buildings that are a screen work's title (``_work_titles``), at every
    mention: "Chicago Fire" is a show wherever the model calls it a building (Us Weekly)."""
    works = _work_titles(doc, mentions)
    if not works:
        return mentions
    return [
        m
        for m in mentions
        if m.label not in {"ORG", "PERSON", "FAC"} or m.code is not None or m.text.removeprefix("The ") not in works
    ]


def _with_repeats(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions plus the later, untagged occurrences of their names (see ``repeats``)."""
    forms = known_forms(mentions, doc)
    extra = repeated_spans(doc, forms, [(m.start, m.end) for m in mentions])
    text = text_of(doc)
    added = [Mention(text[start:end], start, end, label) for start, end, label in extra]
    return sorted(mentions + added, key=lambda m: m.start)


def _compass_countries(doc: Doc) -> dict[str, tuple[str, str]]:
    """ "North" -> (KP, name) when the article names one country whose name opens with that word: "the
    North delivered the shipments" after "North Korea" (Yonhap), "the South" after "South Korea" (NBC)."""
    found: dict[str, set[str]] = {}
    for ent in doc.ents:
        code, form = country_aliases().get(ent.text.removesuffix("'s").removesuffix("’s"), (None, None))
        if code is not None and form == "name" and len(ent) > 1 and ent[0].lower_ in COMPASS_WORDS:
            found.setdefault(ent[0].text, set()).add(code)
    return {word: (codes.pop(), "name") for word, codes in found.items() if len(codes) == 1}


def _compass_region(span: Span, label: str) -> bool:
    """ "the West" and "the South" that the model reads as a place (LOC) name a region of their own: "reviled in
    the West as a despot" (The Telegraph), "the failed takeover of the South" (Addicting Info), both LOC in the dev
    gold. Only a compass word the article does not use for a country it names ("the North" after "North Korea"
    is that country) and only after "the": a bare "North" is a direction or the start of a heading."""
    return label == "LOC" and span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _courtesy_titled(span: Span) -> bool:
    """A courtesy title and a capitalised name: only people are "Mrs Simons" (Nine News) or
    "Ms. Lassiter" (Occupy Democrats), whatever label the model gave."""
    return len(span) > 1 and span[0].text in HONORIFICS and span[1].is_title


COMMON_NOUN_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _without_capitalised_common_nouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop one-word PERSON/ORG/NORP "names" that only ever open a sentence, a heading or a colon's clause
    while the article writes the same word in lower case elsewhere ("Marijuana becomes legal" and
    "recreational marijuana"): the capital made a common noun look like a name. The model reads an
    adjective or a noun of that kind as a group just as often ("Jewellery was torn from her body", Nine News;
    "Totalitarian ideology had the power of the state", The New Yorker; the heading "Democratic tragedy",
    Verfassungsblog). A word that is part of a longer name in the article ("Gordon Brown") stays, whatever its
    lower-case twin, and so do a country's people and the listed group words ("Western" beside "western
    Ukraine"), which are NORP whatever their case elsewhere."""
    lower_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    in_longer_names = {word for m in mentions if " " in m.text for word in m.text.split()}
    by_start = {t.idx: t for t in doc}

    def opens(m: Mention) -> bool:
        token = by_start.get(m.start)
        return token is not None and (token.is_sent_start or token.i > 0 and token.nbor(-1).text == ":")

    candidates: dict[str, list[Mention]] = {}
    for m in mentions:
        if (
            m.label in COMMON_NOUN_LABELS
            and m.code is None
            and m.text not in people_words()
            and " " not in m.text
            and m.text.lower() in lower_words
        ):
            candidates.setdefault(m.text, []).append(m)
    dropped = {
        word for word, ms in candidates.items() if word not in in_longer_names and all(opens(m) for m in ms)
    }
    return [m for m in mentions if not (m.text in dropped and m.label in COMMON_NOUN_LABELS)]


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
        acronym = acronym_after(span)
        if acronym is not None:
            relabelled[m.text] = relabelled[acronym] = "ORG"
        elif m.label == "PERSON" and _before_executive_title(span, by_char):
            relabelled[m.text] = "ORG"
        elif m.label not in {"PERSON", "NORP"} and (
            _person_context(span, heads) or _after_kinship_or_title(span, heads)
        ):
            relabelled.setdefault(m.text, "PERSON")
        elif (
            m.label in {"GPE", "LOC"} and m.text not in place_names() and _listed_with_org(span, by_char)
            or m.label == "PERSON" and _listed_among_orgs(span, by_char)
        ):
            relabelled.setdefault(m.text, "ORG")
        elif m.label in {"GPE", "LOC", "FAC"} and told_place(span):
            relabelled[m.text] = "ORG"
    if not relabelled:
        return mentions
    out = []
    for m in mentions:
        if m.text in relabelled:
            role = m.role
            if relabelled[m.text] == "PERSON" and role is None:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                role = prefer_office(
                    left_title(span, heads, modifiers), appositive_title(span, heads, modifiers)
                )
            m = replace(m, label=relabelled[m.text], role=role if relabelled[m.text] == "PERSON" else None)
        out.append(m)
    return out


def _before_executive_title(span: Span, by_char: dict[int, Mention]) -> bool:
    """ "Snapchat CEO Evan Spiegel" (CNET), "JFrog cofounder and CTO Yoav Landman" (Jewish Business News): a name
    right before a company title (``executive_titles.txt``) that a person's name follows is the company."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or not (doc[i].text in EXECUTIVE_TITLES or doc[i].text == "co"):
        return False  # "CEO Shlomi Ben Haim and CTO Yoav Landman": a title after "and" is the next person's
    titled = False
    while i < len(doc) and (doc[i].text in EXECUTIVE_TITLES or doc[i].text in {"co", "-", "and"}):
        titled = titled or doc[i].text in EXECUTIVE_TITLES or doc[i].text == "founder"
        i += 1
    if not titled or i >= len(doc) or doc[i - 1].text in {"co", "-", "and"}:
        return False
    after = by_char.get(doc[i].idx)
    return after is not None and after.label == "PERSON" and after.start == doc[i].idx


def _person_context(span: Span, heads: frozenset[str]) -> bool:
    """ "X, who ...", "X, also 19,", "X is a reporter": only people are written about so (the caller
    leaves groups out: "Shia Muslims, who make up most of the population")."""
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
    if i > span.end and age_after_comma(doc, span.end) is not None:
        return True
    root = span.root
    return (
        root.dep_ == "nsubj"
        and lemma(root.head) == "be"
        and any(c.dep_ == "attr" and c.lower_ in lowered(heads) for c in root.head.children)
    )


def _after_kinship_or_title(span: Span, heads: frozenset[str]) -> bool:
    """A name right after a family word ("her husband, Philip Simons" in Nine News, "father Colin" in the
    Shropshire Star, "his daughter Sybil" in Atlas Obscura) or a capitalised title ("President-elect
    Trump" in Breitbart, "Speaker Moore" in Occupy Democrats) is a person's."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or span.start - i > 2:
        return False
    before = doc[i]
    if before.lower_ in KINSHIP and (before.pos_ == "NOUN" or before.is_lower):
        return True  # a lower-case "father" is the noun, whatever the tagger says ("father Colin, 56")
    if before.lower_ == "elect" and i >= 2 and doc[i - 1].text in {"-", "‑"}:
        before = doc[i - 2]  # "President-elect Trump"
    return (
        i == span.start - 1
        and before.text in heads
        and before.text[:1].isupper()
        and before.text not in MILITARY_RANKS
    )


def _list_members(span: Span) -> list:
    """The heads of every member of the coordination the span's root is part of, the first member first (the parser
    hangs each later member on the one before by ``conj``)."""
    first = span.root
    while first.dep_ == "conj":
        first = first.head
    members, stack = [], [first]
    while stack:
        token = stack.pop()
        members.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj")
    return members


def _listed_with_org(span: Span, by_char: dict[int, Mention]) -> bool:
    """ "the Japanese Communist Party and Komeito", "Newcastle and Manchester United": a name in a list
    with a plainly named organisation ("... Party", "... United") and no place is one too (clubs and
    parties the model takes for towns)."""
    members = _list_members(span)
    others = [by_char.get(t.idx) for t in members if not span.start <= t.i < span.end]
    others = [m for m in others if m is not None]
    if any(m.label in {"GPE", "LOC"} or m.code is not None for m in others):
        return False
    return any(m.label == "ORG" and _plainly_organisation(m.text) for m in others)


def _listed_among_orgs(span: Span, by_char: dict[int, Mention]) -> bool:
    """A name the model reads as a person in a list of companies is one too: "Capital One, Fifth Third, PNC, TD Bank,
    Wells Fargo and Safeguard Scientifics" (Recode, ``en_real23``), "Citigroup, BNY Mellon, American Express, Goldman
    Sachs" (Fast Company), "Facebook, YouTube and Twitch" (Forbes), "AB InBev, Diageo and Heineken" (CGTN), "Wilson
    Sonsini, KPMG and Thomson Reuters" (San Francisco Chronicle), "Palantir Technologies, Fidessa and Elementum" (India
    Times). The list's other members hold at least two organisations, more than persons, and no place; a possessive in
    the list ("Saban, Meyer and Ohio State's Jim Tressel", ABC News) makes its owner's person a person, and a span the
    model ran over two members ("Meyer, Saban") counts once."""
    members = _list_members(span)
    if len(members) < 3:
        return False
    doc = span.doc
    low, high = min(t.i for t in members), max(t.i for t in members)
    if any(t.tag_ == "POS" or t.text in {"’s", "'s"} for t in doc[max(low - 4, 0) : high + 1]):
        return False
    found = (by_char.get(t.idx) for t in members if not span.start <= t.i < span.end)
    others = list({m.start: m for m in found if m is not None}.values())  # "Meyer, Saban" one ORG, one member
    if any(m.label in {"GPE", "LOC"} or m.code is not None for m in others):
        return False
    orgs = sum(m.label == "ORG" for m in others)
    return orgs >= 2 and orgs > sum(m.label == "PERSON" for m in others)


def _plainly_organisation(name: str) -> bool:
    last = name.split()[-1]
    return name in organisation_names() or (
        " " in name and last in ORG_HEADS | CLUB_SUFFIXES
    )


def _surnames_as_persons(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word mention that is part of a person's full name in the article is that person ("Chalobah"),
    and so is a several-word surname that ends it: "El Saife" after "Mohamed El Saife" (CBC), "De Iesu"
    after "Antonio De Iesu" (Western Journalism), which the model read as organisations.

    Not a group word the model tagged NORP: "Christian leaders" stay a group beside "Christian Lindner". A word
    the model tagged NORP that ends a full name and is no listed group word (``peoples.txt``) is that person's
    surname all the same: "if I were Hafner and Franzese" (TechCrunch), "Pfannes previously said" (MLive), "if
    Carnegie or Da Vinci were compelled" (Simon Sarris); a first word stays apart ("Mullah" of "Mullah Omar",
    Businessweek; "the Tesla" of "Tesla Model S", GQ);
    not a place after a locative preposition: "throughout Gauteng" stays a place beside a "person" the
    model made of "Gauteng Cogta" (The Citizen); not a company its appositive names one (``appositive_company_spans``:
    "HackerRank, a tech recruiting company, has launched HackerRank Jobs", India Times). Neither exception holds for a word the model calls a person at
    most of its mentions in the text: one name, one thing ("in Epstein's social circle" GPE among 23 PERSON
    "Epstein" after "Jeffrey Epstein", 9News; "in Munir's speeches" GPE among 7, The Times of India; "support Ghani
    receives" NORP among 15, DW; "Oates could hardly believe" NORP among 4, n+1)."""
    by_start = {t.idx: t for t in doc}
    companies = {doc[start].idx for start, _, _ in appositive_company_spans(doc)}
    labels: dict[str, Counter[str]] = {}
    for m in mentions:
        labels.setdefault(m.text, Counter())[m.label] += 1

    def mostly_person(m: Mention) -> bool:
        counts = labels[m.text]
        return counts["PERSON"] > max((n for label, n in counts.items() if label != "PERSON"), default=0)

    def apart(m: Mention) -> bool:
        if m.label == "NORP":
            return m.text in people_words() or m.text not in last_words
        if m.label == "ORG":
            return m.start in companies
        return m.label in {"GPE", "LOC"} and placed(m)

    def placed(m: Mention) -> bool:
        token = by_start.get(m.start)
        return token is not None and token.i > 0 and token.nbor(-1).lower_ in LOCATIVE_PREPOSITIONS

    full_names = [m.text.split() for m in mentions if m.label == "PERSON" and " " in m.text]
    name_words = {word for words in full_names for word in words}
    last_words = {words[-1] for words in full_names}
    surnames = {" ".join(words[-k:]) for words in full_names for k in range(2, len(words))}
    return [
        replace(m, label="PERSON")
        if m.code is None
        and (" " not in m.text and m.text in name_words or m.text in surnames)
        and (mostly_person(m) or not apart(m))
        else m
        for m in mentions
    ]


def _label_class(label: str) -> str:
    return "PLACE" if label in {"GPE", "LOC"} else label


def _same_thing(a: str, b: str) -> bool:
    """Two names of one thing: equal, one a prefix/suffix of the other's words, or an acronym of it."""
    if a.lower() == b.lower():
        return True
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long_[-1] in REGION_SUFFIXES | FACILITY_SUFFIXES:
        return False  # "Kyiv region" is not the city "Kyiv", nor "Kathmandu airport" the city
    if _compass_named(long_, short):
        return False
    if long_[: len(short)] == short or long_[-len(short) :] == short:
        return True
    for x, y in ((a, b), (b, a)):
        if x.isupper() and len(x) >= 2 and " " not in x and x == initials(y):
            return True
    return False


def _compass_named(long_: list[str], short: list[str]) -> bool:
    """A name that puts a compass word before another name names a different place: "East Boston" and "South
    Boston" are not Boston (The Washington Post), "North Miami" not Miami (Miami Herald), "East Africa" not
    Africa (Nature), "Eastern Europe" not Europe (Substack, Verfassungsblog); the dev gold keeps "North
    Tyneside" apart from "Tyneside" (i News)."""
    return long_[-len(short) :] == short and long_[: len(short)] != short and compass_word(long_[0])


def _group(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped per country code or per set of names that are the same thing.

    A mention joins the earliest group it fits (same code; or a name already in the group; or, with a
    compatible label, a name that is the same thing as one in it), else starts a group. Groups are found
    through an index of their names' keys (lower case, leading and trailing words, initials), so the cost
    grows with the number of mentions, not with its square.

    A country's people ("Russian", "Ukrainians") stay a NORP entity of their own, with the country's
    code, beside the country itself: news NER labels them so, and a query by code finds both.
    """
    groups: list[list[Mention]] = []
    by_code: dict[tuple[str, bool], list[Mention]] = {}  # (code, a people rather than the country)
    names: list[dict[str, None]] = []  # per group, its distinct names in order
    index: dict[tuple, set[int]] = {}  # key -> numbers of the groups holding a name with that key
    for mention in mentions:
        if mention.code:
            key = (mention.code, mention.label == "NORP")
            group = by_code.get(key)
            if group is None:
                group = by_code[key] = []
                groups.append(group)
                names.append({})  # a country is found by its code, never by name
            group.append(mention)
            continue
        number = _first_fitting_group(mention, groups, names, index)
        if number is None:
            number = len(groups)
            groups.append([])
            names.append({})
        groups[number].append(mention)
        if mention.text not in names[number]:
            names[number][mention.text] = None
            for key in _name_keys(mention.text):
                index.setdefault(key, set()).add(number)
    return groups


def _first_fitting_group(
    mention: Mention, groups: list[list[Mention]], names: list[dict[str, None]], index: dict[tuple, set[int]]
) -> int | None:
    """The number of the earliest uncoded group ``mention`` belongs to, looked up by its keys."""
    candidates: set[int] = set()
    for key in _lookup_keys(mention.text):
        candidates |= index.get(key, set())
    for number in sorted(candidates):
        first = groups[number][0]
        if mention.text in names[number]:
            return number  # one name, one thing, whatever label each mention got
        if _label_class(first.label) != _label_class(mention.label) and not (
            mention.text.isupper() or first.text.isupper()
        ):
            continue
        if _other_full_name(mention, groups[number], names[number]):
            continue
        if any(_same_thing(mention.text, other) for other in names[number]):
            return number
    return None


def _other_full_name(mention: Mention, group: list[Mention], group_names: dict[str, None]) -> bool:
    """A person's full name never joins a person with another given name through a shared surname: "Ms Bowles'
    father, Shaun Bowles" is not the teenager Holly Bowles (The Independent), "Alexander Soros" not "George
    Soros ... the elder Soros" (Free Beacon). A shorter or upper-case form of the one name still joins: "El Saife"
    joins "Mohamed El Saife" (CBC), "BILL KIRBY" joins "Bill Kirby" (ABC Australia)."""
    if mention.label != "PERSON" or group[0].label != "PERSON" or " " not in mention.text:
        return False
    name = mention.text.lower()
    return any(
        " " in other and other.split()[0].lower() != name.split()[0] and not _same_thing(name, other.lower())
        for other in group_names
    )


def _name_keys(name: str) -> list[tuple]:
    """Keys a group's name is found under: its exact text, lower case, initials, and every run of its
    leading and of its trailing words (a shorter name is the same thing when it is one of those)."""
    words = tuple(name.split())
    return [
        ("text", name),
        ("lower", name.lower()),
        ("initials", initials(name)),
        *(("words", words[:k]) for k in range(len(words) + 1)),
        *(("words", words[-k:]) for k in range(1, len(words) + 1)),
        ("whole", words),
    ]


def _lookup_keys(name: str) -> list[tuple]:
    """Keys under which the groups that may hold the same thing as ``name`` are indexed (see ``_same_thing``)."""
    words = tuple(name.split())
    return [
        ("text", name),
        ("lower", name.lower()),
        ("initials", name),  # ``name`` is the acronym of a group's name
        ("text", initials(name)),  # a group's acronym is ``name``'s
        ("words", words),  # ``name`` leads or ends a longer name
        *(("whole", words[:k]) for k in range(len(words) + 1)),  # a shorter name leads or ends ``name``
        *(("whole", words[-k:]) for k in range(1, len(words) + 1)),
    ]


def _entity(group: list[Mention], sentences: SentenceIndex) -> Entity:
    first = group[0]
    labels = [m.label for m in group]
    if first.code:
        label = "GPE" if "GPE" in labels else first.label
        normalized = first.code
    else:
        counts = Counter(labels)
        label = max(counts, key=counts.__getitem__)  # the most frequent, the earliest on a tie
        normalized = max((m.text for m in group), key=_naming_rank)
    role = next((m.role for m in group if m.role), None)
    spans = tuple(MentionSpan(m.start, m.end, sentences.of(m.start)) for m in sorted(group, key=lambda m: m.start))
    return Entity(
        text=first.text,
        start=first.start,
        end=first.end,
        sentence=sentences.of(first.start),
        label=label,
        normalized=normalized,
        role=role,
        mentions=len(group),
        spans=spans,
    )


def _naming_rank(name: str) -> tuple[int, bool]:
    """How well a mention names its entity: the longest, and of two as long the one not in capitals, so the name
    users group by is the text's own spelling, not a dateline's or a heading's ("WEST PALM BEACH" and "West Palm
    Beach", USA Today; "KATHMANDU" and "Kathmandu", Reuters; "LAS VEGAS" and "Las Vegas", New York Post)."""
    return len(name), not name.isupper()
