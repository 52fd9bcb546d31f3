"""Facts of a language pack without the English rule set: its model's names, the locale rules, quotes
and the claims its cue words report (``cue_attributions``).

Entities come straight from the pack's own NER. The model's labels are mapped onto the project's (PER -> PERSON, LOC -> GPE for a country, else
LOC, or GPE but for a world region where the pack lists its regions: ``place_label``); a country is normalised to its ISO code through pycountry's names in that language; mentions
merge when they are the same name, or a lone surname of a person named in full earlier ("Macron"
after "Emmanuel Macron", which the small French model often tags as a place).
"""
from __future__ import annotations

import dataclasses
import functools
import gettext
import re
from datetime import datetime

import pycountry
from spacy.tokens import Doc, Span, Token

from extractors.facts.acronym_orgs import is_acronym_org
from extractors.facts.cue_attributions import cue_attributions, sentence_bounds
from extractors.facts.gazetteer import number_words, optional_word_list, tagged_words
from extractors.facts.nlp import SentenceIndex, in_lexicon, lemma, sentence_of, text_of
from extractors.facts.pack_counts import pack_counts, qualified
from extractors.facts.pack_dates import date_words, is_future, month_direction, orient_dates, pack_dates
from extractors.facts.pack_quote_tags import QuoteTag, quote_tag, tag_speaker
from extractors.facts.pack_roles import stated_role
from extractors.facts.quote_marks import find_quote_spans, inside_spans, is_speech
from extractors.facts.repeats import repeated_spans
from extractors.facts.universal import (
    LocaleGrammar,
    full_month_names,
    locale_grammar,
    number_value,
    universal_dates,
    universal_quantities,
)
from extractors.records import DateMention, Entity, Fact, MentionSpan, Quantity, Quote

#: A word of letters, hyphenated or not ("députés", "non-inscrits").
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: A complement that names: "des Affaires étrangères", "de l’Environnement".
CAPITALISED_COMPLEMENT = re.compile(r"\s(?:de|du|des|d['’])(?:\s+la\s+|\s+l['’]|\s+|(?<=['’]))[A-ZÀ-Ý]")
#: The model's labels (WikiNER style and OntoNotes style) as the project's; others (MISC) are dropped.
LABELS = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE", "NORP": "NORP", "FAC": "FAC"}


@functools.cache
def country_names(language: str) -> dict[str, str]:
    """Country names in ``language`` -> ISO 3166 alpha-2, from pycountry's translations of ISO 3166-1."""
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                local = translation.gettext(name).split(",")[0].strip()
                names.setdefault(local, country.alpha_2)
    return names


def place_label(text: str, language: str) -> str:
    """The project's label of a name the model tags LOC. WikiNER-style models (the French one) have no GPE: they tag
    countries, regions and towns LOC alike, while the gold reads all of them as GPE and keeps LOC for regions
    without a government of their own. A pack with a ``world_regions`` list (see ``data/fr/world_regions.txt`` for
    the evidence) keeps LOC for those; any other LOC is a GPE."""
    regions = optional_word_list("world_regions", language)
    return "LOC" if not regions or text in regions else "GPE"


@functools.cache
def _particles(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A leading article or elided word, and a trailing elided word, of a name's span (``name_span``)."""
    articles = optional_word_list("name_articles", language)
    elisions = optional_word_list("elisions", language)
    if not articles or not elisions:
        return None
    elided = "|".join(sorted(map(re.escape, elisions), key=len, reverse=True))
    article = "|".join(sorted(map(re.escape, articles), key=len, reverse=True))
    lead = re.compile(rf"(?:(?:{article})\s+|(?:{elided})['’])(?=\w)", re.IGNORECASE)
    tail = re.compile(rf"\s+(?:{elided})['’]$", re.IGNORECASE)
    return lead, tail


def name_span(start: int, text: str, label: str, language: str) -> tuple[int, str]:
    """The name inside a model span (``data/fr/name_articles.txt``, ``elisions.txt``: the gold leaves articles and
    elided words out of names). A trailing elided word goes ("Buzyn n’"); a leading article or elided word goes when
    it is lower case ("l'Europe") or the span is a place ("La Chine" opening a sentence), so "Le Pen" and "L'Oréal"
    keep theirs; a span that is only an elided word ("C’"), or a "person" after a lower-case article, comes out
    empty. A person's span loses a form of address before the name ("Mme Binet", ``honorifics.txt``). Languages
    without the lists keep spans."""
    patterns = _particles(language)
    if patterns is None:
        return start, text
    lead, tail = patterns
    if re.fullmatch(r"[^\W\d_]+['’]", text):
        return start, ""
    text = tail.sub("", text)
    title, _, rest = text.partition(" ")
    if label in {"PER", "PERSON"} and rest[:1].isupper() and title in optional_word_list("honorifics", language):
        return start + len(title) + 1, rest
    found = lead.match(text)
    if found and found.group(0)[:1].islower() and label in {"PER", "PERSON"}:
        return start, ""  # a person's name takes no article: "l’Elysée" tagged PER (Le Monde 2023) is no person
    if found and (found.group(0)[:1].islower() or label == "LOC"):
        return start + found.end(), text[found.end():]
    return start, text


def _placed_lone_name(doc: Doc, ent: Span, text: str, people: dict, language: str) -> bool:
    """A one-word "person" after a preposition of place (``data/fr/place_prepositions.txt``) that is no surname of a
    person named in full before: the model reads towns as people ("Depuis Washington", "à Katmandou")."""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return " " not in text and text not in people and before in optional_word_list("place_prepositions", language)


def _lower_case_body(text: str, label: str, language: str) -> bool:
    """An organisation French writes with a lower-case head and a capitalised complement, as its typography
    wants: "selon le ministère des Affaires étrangères" (Libération; WARA capitalises the same head, "le
    Ministère de l’Environnement"). A title is not one: "le ministre des Affaires étrangères" (Libération) is a
    person's role, its head in ``titles.txt``."""
    head = text.split()[0]
    heads = tagged_words("titles", language).get("head", ())
    return label == "ORG" and head.isalpha() and head not in heads and bool(CAPITALISED_COMPLEMENT.search(text))


def _opens_sentence(token: Token) -> bool:
    """Whether only punctuation stands before ``token`` in its sentence ("« Désaccord", "… Retrouvez")."""
    sentence = sentence_of(token)
    return all(t.is_punct or t.is_space for t in sentence.doc[sentence.start : token.i])


def _opening_common_word(ent: Span, text: str, countries: dict[str, str], named_inside: set[str],
                         written_lower: set[str]) -> bool:
    """A one-word "name" that only opens a sentence and is a word of the model's lexicon, or one of the language's
    stop words (which the lexicon partly lacks: "«Combien d’autres plans sociaux", Libération; "Celles", Le Monde,
    is both), is the capital of a common
    word: "Revivez le direct", "Celles que la Commission ...", "Tensions entre Pékin et Washington" (Le Monde);
    "Financé en partie par ...", "Entrevue capitale", "Retrouvez les recommandations" (Libération). So is one the
    text itself writes in lower case elsewhere, which the small lexicon may lack (ents80): the subheading
    "« Désaccord total »" over "notre désaccord" (Le Monde 2023), the spec labels "Gravure", "Fréquence GPU" and "Carte
    mère" of a review that writes "la gravure", "la fréquence", "la carte" (Clubic). A country ("Chine" is a word of
    the lexicon too) and a word written with its capital inside a sentence elsewhere in the text ("Paris", "Gaza",
    "Vienne" as names) stay."""
    return (
        len(ent) == 1 and " " not in text and text not in countries and text not in named_inside
        and _opens_sentence(ent[0])
        and (in_lexicon(text.lower(), ent.doc) or ent[0].is_stop or text.lower() in written_lower)
    )


def model_entities(doc: Doc, sentences: SentenceIndex, language: str) -> list[Entity]:
    """One entity per named thing, every mention in ``spans``, ordered by first mention."""
    countries = country_names(language)
    groups: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    people: dict[str, tuple[str, str]] = {}  # surname -> key of the person named in full
    roles: dict[tuple[str, str], str] = {}  # the first title stated for each person
    text_all = text_of(doc)
    named_inside = {t.text for t in doc if t.text[:1].isupper() and not _opens_sentence(t)}
    written_lower = {t.text for t in doc if t.text.islower()}
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is None and ent.label_ == "MISC" and is_acronym_org(ent):
            label = "ORG"
        start, text = name_span(ent.start_char, ent.text.strip(), ent.label_, language)
        if label is None or not text or not (text[:1].isupper() or _lower_case_body(text, label, language)):
            continue
        if text in optional_word_list("not_names", language):
            continue
        if _opening_common_word(ent, text, countries, named_inside, written_lower):
            continue
        if label == "LOC" or (label == "PERSON" and _placed_lone_name(doc, ent, text, people, language)):
            label = place_label(text, language)
        code = countries.get(text)
        if code is not None:
            key = ("GPE", code)
        elif " " not in text and text in people:
            key = people[text]
        else:
            key = (label, text)
            if label == "PERSON" and len(text.split()) > 1:
                people.setdefault(text.split()[-1], key)
        groups.setdefault(key, []).append((start, start + len(text), text))
        if key[0] == "PERSON" and key not in roles:
            role = stated_role(text_all, start, start + len(text), language)
            if role:
                roles[key] = role
    _add_repeats(doc, groups, people)
    entities = []
    for key, mentions in groups.items():
        label, normalized = key
        first = mentions[0]
        if (label, normalized) != ("GPE", countries.get(first[2])):  # a country keeps its ISO code
            normalized = max((m[2] for m in mentions), key=len)
        entities.append(Entity(
            text=first[2], start=first[0], end=first[1], sentence=sentences.of(first[0]), label=label,
            normalized=normalized, role=roles.get(key),
            mentions=len(mentions),
            spans=tuple(MentionSpan(s, e, sentences.of(s)) for s, e, _ in mentions),
        ))
    return sorted(entities, key=lambda e: e.start)


def _add_repeats(
    doc: Doc, groups: dict[tuple[str, str], list[tuple[int, int, str]]], people: dict[str, tuple[str, str]]
) -> None:
    """Add the later occurrences of each person's or organisation's name, and of each person's surname,
    that the model left untagged (see ``repeats``: the small French model tags a repeated name only
    some of the time). Not places: the model calls words like "Brexit" or "Français" LOC, and a
    repeat would copy the error."""
    keys = {text: key for key, mentions in groups.items() for _, _, text in mentions}
    keys.update({surname: key for surname, key in people.items() if surname not in keys})
    forms = {text: key[0] for text, key in keys.items() if key[0] in {"PERSON", "ORG"}}
    taken = [(start, end) for mentions in groups.values() for start, end, _ in mentions]
    for start, end, _ in repeated_spans(doc, forms, taken):
        text = text_of(doc)[start:end]
        groups[keys[text]].append((start, end, text))
    for mentions in groups.values():
        mentions.sort()


def model_pack_facts(doc: Doc, published: datetime | None, language: str, kinds: frozenset[str],
                     sentences: SentenceIndex) -> list[Fact]:
    """Facts of a pack without the English rules: the model's names, locale money and dates, quotes and
    the claims reported with the pack's cue words."""
    text = text_of(doc)
    grammar = locale_grammar(language)
    entities = model_entities(doc, sentences, language) if kinds & {"entity", "quote"} else []
    facts: list[Fact] = list(entities) if "entity" in kinds else []
    if grammar is not None and kinds & {"quantity", "date"}:
        amounts = universal_quantities(text, grammar, sentences)
        counted = counted_quantities(doc, grammar, amounts, sentences)
        counted += pack_counts(doc, language, grammar.connectors, amounts + counted, sentences)
        if "quantity" in kinds:
            facts.extend(qualified(text, amounts + counted, language))
        if "date" in kinds:
            found = orient_dates(doc, language, published, universal_dates(text, grammar, published, sentences),
                                 grammar)
            found += pack_dates(text, grammar, published, found, sentences)
            facts.extend(found + bare_years_and_months(doc, grammar, published, found, sentences))
            facts.extend(counted_durations(doc, counted, language))
    if "quote" in kinds:
        facts.extend(marked_quotes(doc, entities, sentences, language))
    if "attribution" in kinds:
        facts.extend(cue_attributions(doc, sentences, language))
    facts.sort(key=lambda fact: (fact.start, fact.end))
    return facts


def marked_quotes(doc: Doc, entities: list[Entity], sentences: SentenceIndex, language: str) -> list[Quote]:
    """Quotes found by their marks; the speaker is who the inverted tag after the closing mark names
    (``pack_quote_tags``: "», a ajouté Laurent Fabius", "», selon la SNCF"), else the person named in the
    quote's sentence, outside it (after it only where no tag follows the quote: a person named past a tag
    did not speak).

    Guillemet styles put the comma outside the marks (« Nous sommes unis », a déclaré Macron), so a
    quote of three words or more that opens with a capital letter is speech too. A quote whose
    sentence names nobody ("», confie-t-elle"; "A ses yeux, « on peut parler de rupture »") is the
    quote it follows in the same or the next paragraph going on, else the words of the person last
    named before it as the subject of a clause (else named at all); a short form is the full name given
    earlier ("Mme Binet" after "Sophie Binet").
    """
    text = text_of(doc)
    spans = [s for s in find_quote_spans(text) if is_speech(text, s) or _opens_a_sentence(text[s.start:s.end])]
    people = sorted(((m, e.normalized) for e in entities if e.label == "PERSON" for m in e.spans),
                    key=lambda pair: pair[0].start)
    full = _full_names(people)
    quotes: list[Quote] = []
    adds: list[bool] = []  # per quote, whether its tag adds to the quote before
    previous: tuple[int, str | None] | None = None  # end offset and speaker of the last quote
    for span in spans:
        first = sentences.of(span.start)
        sent_start, sent_end = sentence_bounds(text, span.start, span.end)
        named = [(m.start, name) for m, name in people
                 if sent_start <= m.start < sent_end and not inside_spans(m.start, spans)]
        tag = quote_tag(doc, span.end, language)
        # past a tag, a person named later in the sentence did not speak ("», a-t-il dit à propos de Marine Le Pen")
        after = [name for start, name in named if start >= span.end and tag is None]
        before = [name for start, name in named if start < span.start]
        speaker = tag_speaker(tag, entities, language) if tag is not None else None
        if speaker is None:
            speaker = after[0] if after else (before[-1] if before else None)
        if speaker is None and previous is not None and text[previous[0]:span.start].count("\n") <= 2:
            speaker = previous[1]
        if speaker is None:
            earlier = [(m, name) for m, name in people if m.start < span.start and not inside_spans(m.start, spans)]
            subjects = [name for m, name in earlier if _is_subject(doc, m)]
            speaker = subjects[-1] if subjects else (earlier[-1][1] if earlier else None)
        speaker = full.get(speaker, speaker)
        start = span.start + len(text[span.start:span.end]) - len(text[span.start:span.end].lstrip())
        end = span.start + len(text[span.start:span.end].rstrip())
        quotes.append(Quote(text[start:end], start, end, first, speaker, None))
        adds.append(tag is not None and _adds_to_previous(doc, span.end, tag, language))
        previous = (span.end, speaker)
    return _added_quotes(quotes, adds, text)


def _adds_to_previous(doc: Doc, quote_end: int, tag: QuoteTag, language: str) -> bool:
    """Whether a quote's tag says it goes on from the quote before ("», a ajouté Laurent Fabius"; the verbs of
    ``data/<language>/continuation_verbs.txt``)."""
    verbs = optional_word_list("continuation_verbs", language)
    end = tag.source.end if tag.pronoun else tag.source.start
    between = doc.char_span(quote_end, doc[end - 1].idx + len(doc[end - 1]), alignment_mode="expand")
    return between is not None and any(lemma(t) in verbs for t in between)


def _added_quotes(quotes: list[Quote], adds: list[bool], text: str) -> list[Quote]:
    """A quote without a speaker, followed in the same or the next paragraph by one whose tag adds to it, is that
    quote's speaker's (see ``continuation_verbs.txt``); the other way round the context fallback of
    :func:`marked_quotes` already gives an adding quote its predecessor's speaker."""
    found = list(quotes)
    for i in range(len(found) - 1):
        nxt = found[i + 1]
        if (found[i].speaker is None and adds[i + 1] and nxt.speaker is not None
                and text[found[i].end : nxt.start].count("\n") <= 2):
            found[i] = dataclasses.replace(found[i], speaker=nxt.speaker)
    return found


def _is_subject(doc: Doc, mention: MentionSpan) -> bool:
    """Whether a person's mention is a clause's subject; a name the parse hangs on its form of address ("Mme Binet
    a fait valoir", Le Monde: "Binet" is ``flat:name`` of the subject "Mme") is the subject too."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_.startswith("nsubj") or (root.dep_.startswith("flat") and root.head.dep_.startswith("nsubj"))


def _full_names(people: list[tuple[MentionSpan, str]]) -> dict[str, str]:
    """Each person's later short form -> the full name given first with the same last word ("Mme Binet"
    -> "Sophie Binet", "M. Macron" -> "Emmanuel Macron"), as news writing names a person in full first."""
    full: dict[str, str] = {}
    first_by_surname: dict[str, str] = {}
    for _, name in people:
        surname = name.split()[-1]
        named_first = first_by_surname.setdefault(surname, name)
        if named_first != name and len(named_first.split()) >= 2:
            full.setdefault(name, named_first)
    return full


def _opens_a_sentence(content: str) -> bool:
    words = content.split()
    return len(words) >= 3 and content.strip()[:1].isupper()


def counted_quantities(doc: Doc, grammar: LocaleGrammar, taken: list[Quantity],
                       sentences: SentenceIndex) -> list[Quantity]:
    """Counts read off the parse: a number (digits in the locale's format, or a number word of the pack)
    that the model attaches to a noun as ``nummod`` counts that noun ("75 députés", "trois
    personnalités"); a scale noun in between multiplies ("28 millions d'habitants"). ``nummod`` is a
    Universal Dependencies relation, so this holds for every pack's model."""
    text = text_of(doc)
    words = number_words(grammar.language)
    spans = [(m.start(), m.end(), number_value(m.group(0), grammar)) for m in grammar.number.finditer(text)]
    spans += [(t.idx, t.idx + len(t), float(words[t.lower_])) for t in doc if t.lower_ in words]
    found = []
    for start, end, value in spans:
        if value is None or any(q.start <= start < q.end for q in taken) or _is_year(text[start:end]):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        heads = {t.head for t in span if t.head.i >= span.end} if span is not None else set()
        if len(heads) != 1 or not any(_is_count_label(t) for t in span):
            continue  # "1 200 chercheurs" is parsed as two tokens, both on the noun
        noun = heads.pop()
        if not _counts_next_word(span, noun):
            continue
        unit_token = noun
        if noun.lower_ in grammar.scales:
            value *= grammar.scales[noun.lower_]
            # past its adjectives, as :func:`_counts_next_word` reads a count: "9 millions de nouveaux emplois"
            unit_token = next((t for t in doc[noun.i + 1:noun.i + 4] if t.is_alpha and t.lower_ not in
                               grammar.connectors and t.dep_ != "amod"), None)
            if unit_token is None:
                continue
        unit_end = unit_token.idx + len(unit_token)
        word = text[unit_token.idx:unit_end]
        found.append(Quantity(text[start:unit_end], start, unit_end, sentences.of(start), value, word.lower()))
    return found


def counted_durations(doc: Doc, counted: list[Quantity], language: str) -> list[DateMention]:
    """A count of a time unit that a preposition introduces is also a duration ("pendant vingt ans", Le Monde;
    "en trente minutes", Libération), and so is one a verb of lasting takes as its object ("doit durer trois
    mois"; the "lasting" words of ``date_words``). "de" makes it a measure or an age ("un homme de 45 ans"),
    and "il y a" an offset back from now, so neither counts."""
    units = optional_word_list("time_units", language)
    lasting = frozenset(tagged_words("date_words", language).get("lasting", ()))
    found = []
    for quantity in counted:
        noun = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if noun is None or quantity.unit not in units:
            continue
        cases = [c for c in noun[-1].children if c.dep_ == "case"]
        lasts = noun[-1].dep_ == "obj" and lemma(noun[-1].head) in lasting
        if lasts or (cases and not any(c.lower_ in {"de", "d’", "d'", "il"} for c in cases)):
            found.append(DateMention(quantity.text, quantity.start, quantity.end, quantity.sentence, None, "duration"))
    return found


def _is_count_label(token: Token) -> bool:
    """A number attached as ``nummod``, or as ``det`` when written in digits: French models label digits before a
    noun either way ("1 250 salariés", "12 500 employés" come out as ``det``, "2 209 Français" as ``nummod``), while
    a ``det`` number word is the article "un", "une"."""
    return token.dep_ == "nummod" or (token.dep_ == "det" and token.is_digit)


def _counts_next_word(number: Span, noun: Token) -> bool:
    """The noun a number counts is a word that follows it, past its adjectives only: in "(438 contre 86 et
    42 abstentions)" (Le Monde) the parse hangs 438 on the last noun, and in "393 n’ont pas encore pu être
    joints" (Libération) on the elided "n’". Dependency labels, not parts of speech: a pack's pipeline
    runs without the morphologizer."""
    between = number.doc[number.end:noun.i]
    return bool(WORD.fullmatch(noun.text)) and all(t.dep_ == "amod" and t.head == noun for t in between)


def bare_years_and_months(doc: Doc, grammar: LocaleGrammar, published: datetime | None,
                          taken: list[DateMention], sentences: SentenceIndex) -> list[DateMention]:
    """A year after a preposition, and a month named without a day, resolved against publication.

    The preposition (a ``case`` word in Universal Dependencies) is the year's ``case`` child or the word
    right before it, which the parse sometimes hangs elsewhere ("pour 2019 à 1,4 %" in Le Monde; "en 1969", "en 2017" in
    Libération); a year that counts the noun after it ("par 2000 députés") is no year. A month is a month
    name after a preposition ("En février") or a full month name in lower case, as the language writes
    months, even inside a phrase ("à la fin mars" in Le Monde, "Fin avril 1980" and "en juillet 1992" in
    Libération); a year right after it is its year, a "next" word of ``pack_dates`` ("septembre prochain")
    or a future verb ("doit s'achever fin septembre") makes it the next such month, otherwise it is the latest such month on or before publication. A month after a number belongs to a day ("1er mai") and is left alone.
    """
    text = text_of(doc)
    names = full_month_names(grammar.language)
    found = []
    skip = -1
    covered = {k for d in taken for k in range(d.start, d.end)}  # a set: a check per token stays linear
    for token in doc:
        if token.i <= skip or token.idx in covered:
            continue
        prev = doc[token.i - 1] if token.i > 0 else None
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        introduced = any(c.dep_ == "case" for c in token.children) or (prev is not None and prev.dep_ == "case")
        if _is_year(token.text):
            if introduced and not (token.dep_ == "nummod" and nxt is not None and token.head == nxt):
                found.append(DateMention(token.text, token.idx, token.idx + len(token), sentences.of(token.idx),
                                         token.text, "year"))
            continue
        lower_case = introduced and token.is_alpha and not token.text[:1].isupper()
        month = names.get(token.text) or (grammar.months.get(token.lower_) if lower_case else None)
        if month is None or published is None or (prev is not None and prev.text[:1].isdigit()):
            continue
        end = token.idx + len(token)
        if nxt is not None and _is_year(nxt.text):
            value, end, skip = f"{nxt.text}-{month:02d}", nxt.idx + len(nxt), nxt.i
        elif month_direction(text, grammar.language, end) or is_future(doc, token.idx, end,
                                                                        date_words(grammar.language)):
            year = published.year if month > published.month else published.year + 1
            value = f"{year:04d}-{month:02d}"
        else:
            year = published.year if month <= published.month else published.year - 1
            value = f"{year:04d}-{month:02d}"
        found.append(DateMention(text[token.idx:end], token.idx, end, sentences.of(token.idx), value, "month"))
    return found


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099
