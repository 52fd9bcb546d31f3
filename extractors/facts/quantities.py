"""Counts and amounts: value, unit or counted noun, qualifier, range, and who/what they belong to.

Numbers are read from tokens rather than NER spans: the small model's CARDINAL/MONEY spans
swallow qualifiers and miss units, while the parse tells which noun a number counts
("72 people", "R4bn") and which verb and subject govern it ("the crash - kill").
Calibres, model numbers, ordinals, years and dates are filtered out by shape and context.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Token

from extractors.facts.ages import age_unit, is_age, parent_before
from extractors.facts.dates import ONE_DAY_SPAN_AFTER
from extractors.facts.gazetteer import country_aliases, currencies, qualifier_phrases, word_list
from extractors.facts.nlp import SentenceIndex, entity_of, lemma, sentence_of
from extractors.facts.numbers import (
    DIGITS_SCALED,
    FOLD,
    GLUED_CURRENCY,
    SCALE_SUFFIXES,
    SCALES,
    SIGNED,
    TEMPERATURE,
    Number,
    is_scale,
    may_start_number,
    read_number,
    word_value,
)
from extractors.facts.subjects import quantity_subject
from extractors.facts.units import (
    AREA_WORDS,
    CALIBRE_UNITS,
    MEASURE_UNITS,
    PERCENT_WORDS,
    SUBUNITS,
    TIME_UNITS,
    counted_noun,
    glued_inches,
    glued_measure,
    glued_multiple,
    half_a_unit,
    inch_mark,
    is_denomination,
    measure_phrase,
    named_cents,
    named_currency,
    noun_after_dozen,
    noun_of_adjective,
    noun_phrase,
    prefix_currency,
    sign_after,
)
from extractors.grammar import MONTHS, NUMBER_WORDS
from extractors.records import Quantity

SCORE_OR_RANGE = re.compile(r"^(\d+)[-–](\d+)$")


#: Qualifier phrases, longest first within each class, matched on the words before the number.
QUALIFIERS = qualifier_phrases()


#: Words after which a number is a label, not an amount ("Article 9", "No. 5", "page 4").
LABEL_WORDS = word_list("label_words")
#: Plural nouns a year before them measures by ("by 2024 standards"): the number stays a year (``_looks_like_year``).
YEAR_YARDSTICKS = word_list("year_yardsticks")
SEQUENCE_NOUNS = word_list("sequence_nouns")
TIME_OF_DAY = word_list("time_of_day")
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT", "GPE", "LOC", "NORP"}
)


QUALIFIER_WORDS = frozenset(w for phrase, _ in QUALIFIERS for w in phrase.split())
#: Month names and abbreviations, as written in dates ("Sept" too).
MONTH_FORMS = frozenset(MONTHS)
CALENDAR_WORDS = (
    {name.lower() for name in calendar.month_name if name}
    | {form + "." for form in MONTH_FORMS}
    | {day.lower() for day in calendar.day_name}
    | word_list("calendar_words")
)


#: Verbs of change: "rose from 3 to 5 percent" gives two values, not a range.
CHANGE_VERBS = word_list("change_verbs")
FRACTION_WORDS = word_list("fraction_words")
#: Verbs whose bare numeric object counts people ("killed 1,200").
PEOPLE_VERBS = word_list("people_verbs")
#: Verbs of dying whose bare numeric subject counts people ("over 18,000 have died").
DEATH_VERBS = word_list("death_verbs")
#: Plural nouns a length in metres is written before: "6m waves" (BBC Weather, ABC Australia), "the 100m hurdles".
METRE_PLURALS = word_list("metre_plurals")
#: Verbs whose object is money: "paid 5 million pounds" is sterling, "capped at 29.4 million pounds" a weight.
MONEY_VERBS = word_list("money_verbs")
#: Bodies of people sized by a bare number after "of": "a crowd of 82,500" counts the crowd.
GATHERING_NOUNS = word_list("gathering_nouns")
#: Adjectives that make a time unit after them a date, not the unit of the number before: "turns 100 next year".
DATE_ADJECTIVES = word_list("date_adjectives")
#: Words that end a street address: "300 Slater Street" is a house number.
STREET_WORDS = word_list("street_words")
#: Words that make "the 400 block of <street>" an address: a stretch of a street, no count.
ADDRESS_BLOCKS = word_list("address_blocks")
#: Words that make "the top 10 of the charts" a band of a ranking, no count.
RANK_WORDS = word_list("rank_words")
#: Nouns whose "of" phrase is money: "a fine of 4.3 million pounds" is sterling.
MONEY_NOUNS = word_list("money_nouns")
#: Adjectives a length is hyphenated to ("a 5m-long crocodile").
DIMENSION_WORDS = word_list("dimension_words")
#: Nouns after which "5k" is a race's distance in kilometres ("a 5k race").
RACE_NOUNS = word_list("race_nouns")
#: Nouns after which a hyphenated length is a calibre ("152-millimeter artillery shells"), not a size.
WEAPON_NOUNS = word_list("weapon_nouns")
#: Nouns after which a length is a connector's standard size ("a 3.5mm headphone jack"), a calibre of sorts.
CONNECTOR_NOUNS = word_list("connector_nouns")
#: What a calibre is the size of: weapons, their ammunition and connectors.
CALIBRED_NOUNS = WEAPON_NOUNS | CONNECTOR_NOUNS
#: Words naming a stock market index, whose level is counted in points ("the Nikkei closed at 38,202").
STOCK_INDEX_WORDS = word_list("stock_index_words")
#: Verbs besides those of change whose bare number is the level a counted subject reaches ("deeds stood at 6,757").
LEVEL_VERBS = word_list("level_verbs")
#: Adverbs that write a change with no verb, whose "to N" is the level the clause's subject reaches ("pageviews down
#: 4.85% to 1.57").
LEVEL_ADVERBS = word_list("level_adverbs")
#: Nouns that stand for a count of the noun after their "of"/"for" ("the number of cases surpassed 60,000").
TALLY_HEADS = word_list("tally_heads")
#: Plural nouns whose level is a measure, never a count of them ("prices rose to 5").
LEVEL_NOUNS = word_list("level_nouns")
#: "bring" and "take" in "bringing the death toll to 19" (``data/en/level_carriers.txt``).
LEVEL_CARRIERS = word_list("level_carriers")
#: Phrases in which a number word counts nothing ("at one point").
NUMBER_IDIOMS = tuple(tuple(phrase.split()) for phrase in word_list("number_idioms"))
#: What follows "one <noun>" in an alternation that counts nothing ("from one activity to the next").
ALTERNATION_TAILS = tuple(tuple(phrase.split()) for phrase in word_list("alternation_tails"))
#: Periods besides the time units that a number in a DATE span counts ("the past two seasons").
COUNTED_PERIODS = word_list("counted_periods")
#: "even" between the two numbers of "five and even six per cent" (``data/en/escalation_adverbs.txt``).
ESCALATION_ADVERBS = word_list("escalation_adverbs")
#: Nouns that name a number as such ("our 3.5 million figure"): the unit comes from the quantities before it.
PLACEHOLDER_NOUNS = word_list("placeholder_nouns")
#: Endings of an adjective hyphened to a number that describes rather than counts ("one-sided", "three-dimensional").
ATTRIBUTE_ENDINGS = tuple(word_list("attribute_endings"))
#: Nouns hyphened to a number that name a kind instead of counting ("a one-way call", "one-party rule").
KIND_COMPOUNDS = word_list("kind_compounds")
#: Nouns that name a figure as a percentage, so a bare number they take by "of" or "at" is in per cent.
PERCENTAGE_NOUNS = word_list("percentage_nouns")
#: Time nouns a bare "one" names some one of ("one day", "one night"), no count (``_some_day``).
SOME_DAY_NOUNS = word_list("some_day_nouns")
#: A length unit and the noun of a line marked on a field: "the 5-yard line" is a place, no length.
FIELD_POSITIONS = frozenset(tuple(line.split()) for line in word_list("field_positions"))
#: Nouns whose number (after "of" or straight after) is a head count: "a population of 6 million".
POPULATION_NOUNS = word_list("population_nouns")
#: The word after an age's time unit spelt open: "47 year old", "six year olds".
AGE_OLD = frozenset({"old", "olds"})
#: ``data/en/partitive_pronouns.txt``: "two of them" is a pronoun use, not a count.
PARTITIVE_PRONOUNS = word_list("partitive_pronouns")


def extract_quantities(
    doc: Doc,
    sentences: SentenceIndex,
    dollar: str = "USD",
    local: Mapping[str, str | None] | None = None,
    cents: str | None = None,
) -> list[Quantity]:
    """Every count or amount in ``doc`` stated with digits or number words, in text order.

    ``dollar`` is the ISO code a bare "$" stands for in this article, ``local`` what the codes of shared symbols
    stand for ("INR" -> "PKR" for "Rs" in a Pakistani article; None: no money), ``cents`` the currency of a bare
    "cents" (the dollar's unless given), all from the article's entities (``units.article_dollar``,
    ``units.article_currencies``, ``units.article_cents``).
    """
    local = local or {}
    found: list[Quantity] = []
    consumed: set[int] = set()
    i = 0
    while i < len(doc):
        number = None
        if may_start_number(doc[i].text):
            number = (
                read_number(doc, i)
                or glued_measure(doc, i)
                or glued_inches(doc, i)
                or glued_multiple(doc, i)
                or half_a_unit(doc, i)
                or _noun_or_two(doc, i)
            )
        if number is None or i in consumed:
            i += 1
            continue
        quantity = _quantity_at(doc, number, sentences, dollar, cents or dollar)
        if quantity is not None and quantity.unit in local:
            code = local[quantity.unit]
            quantity = replace(quantity, unit=code) if code else None
        if quantity is not None:
            quantity = _others_as_before(quantity, found)
        if quantity is not None and quantity.unit in PLACEHOLDER_NOUNS:
            quantity = _placeholder_as_before(quantity, found)
        if quantity is not None:
            found.extend(_height_in_feet_and_inches(quantity))
            consumed.update(t.i for t in doc.char_span(quantity.start, quantity.end, alignment_mode="expand"))
        i = max(number.end, i + 1)
    return found


#: A height glued into one word, feet then inches: "5-foot-9".
_FEET_THEN_INCHES = re.compile(r"(?P<feet>.*-(?:foot|feet))-(?P<inches>\d{1,2})")


def _height_in_feet_and_inches(quantity: Quantity) -> list[Quantity]:
    """A height written "5-foot-9" is two measures, 5 feet and 9 inches, as "6ft 2in" reads: the inches are no part
    of the feet ("At 5-foot-9, I've got a decently long stride", Mother Jones; "a few inches short of the 7-foot-4
    mark", The Washington Post; both dev probe real21). Twelve inches or more make a foot, so "10-foot-14" is left
    as it is read."""
    match = _FEET_THEN_INCHES.fullmatch(quantity.text) if quantity.unit == "feet" else None
    if match is None or int(match["inches"]) >= 12:
        return [quantity]
    feet = replace(quantity, text=match["feet"], end=quantity.start + match.end("feet"))
    inches = replace(
        quantity, text=match["inches"], start=quantity.start + match.start("inches"), value=float(match["inches"]),
        unit="in", qualifier="exactly", value_max=None,
    )
    return [feet, inches]


#: The unit a bare "a further N" / "another N" is given until the count before it tells what it counts.
ANOTHER = "another"
#: The unit a bare level reached after a change ("fell 3.2 points to close at 8,210.6") is given until the change
#: before it tells what it is counted in.
LEVEL = "level reached"
#: The unit a bare number that restates a count of the sentence is given until that count tells its unit.
RESTATED = "restated count"
#: How far apart a restated number and the count before it may be (either way) and still count the same thing.
RESTATED_RATIO = 4.0


def _others_as_before(quantity: Quantity, found: list[Quantity]) -> Quantity | None:
    """ "N others" counts what the count before it in the sentence counts: "killed more than 52,000 people and
    wounded about 118,000 others" (Daily Maverick), "killing nine people ... and three others" (NPR),
    "at least seven civilians were killed and 30 others wounded" (National Post). A bare "a further N" with no such
    count before it is left out: what it counts is in another sentence ("we hired 500 ... a further 250", TimesLive).
    "N others" with no count of things before it counts people, as the pronoun does: "share what they learn with at
    least five others" (SF Chronicle, dev), "Like thousands of others, New York resident Kelly Delaney called" (The
    Onion, dev); the counts above are people on Daily Maverick and NPR too."""
    if quantity.unit == LEVEL:
        return _level_in_points(quantity, found)
    if quantity.unit == RESTATED:
        return _restating(quantity, found)
    before = found[-1] if found else None
    if quantity.unit not in {"others", ANOTHER}:
        return quantity
    fallback = None if quantity.unit == ANOTHER else replace(quantity, unit="people")
    if before is None or before.sentence != quantity.sentence:
        return fallback
    if (
        before.unit is None
        or before.unit == "%"
        or before.unit.endswith(" old")  # "Smith, 45, and two others": an age counts no one
        or before.unit in set(TIME_UNITS.values()) | set(MEASURE_UNITS.values())
        or before.unit in {code for code, _ in currencies().values()}
    ):
        return fallback
    return replace(quantity, unit=before.unit)


def _placeholder_as_before(quantity: Quantity, found: list[Quantity]) -> Quantity:
    """A number whose noun only names it as a number (``data/en/placeholder_nouns.txt``) counts what the same
    value counted earlier in the article, else what the count before it in its sentence counts: "the 3.6 threshold"
    after "3.6 degrees Fahrenheit" is in degrees (The New Republic, dev); "more than 4 million parents ... compared
    with our 3.5 million figure" counts parents (Pew Research, dev). With neither it keeps its noun."""
    for before in reversed(found):
        if before.unit and before.unit not in PLACEHOLDER_NOUNS and abs(before.value - quantity.value) <= 1e-9 * max(
            1.0, abs(quantity.value)
        ):
            return replace(quantity, unit=before.unit)
    before = found[-1] if found else None
    if before is not None and before.sentence == quantity.sentence and before.unit:
        return replace(quantity, unit=before.unit)
    return quantity


def _restating(quantity: Quantity, found: list[Quantity]) -> Quantity | None:
    """A bare number that restates the count before it in its sentence counts what that count counts, when the two
    are of a size (within :data:`RESTATED_RATIO`) and that count is of things or in a measure: "pushing him to 304
    votes, well over the 270 needed" (The Political Insider, dev), "had saved 1,100 Carrier jobs, calling the real
    number closer to 730" (Vox, dev), "puts the current figure at 78,590 metric tons, whereas Yucca Mountain can store
    only about 70,000 under the current cap" (Las Vegas Sun, dev). Anything else stays out, as a bare number does."""
    before = found[-1] if found else None
    if before is None or before.sentence != quantity.sentence or not before.unit or before.value <= 0:
        return None
    if (
        before.unit in {"%", "others", ANOTHER, LEVEL, RESTATED}
        or before.unit.endswith(" old")
        or before.unit in set(TIME_UNITS.values())
        or before.unit in {code for code, _ in currencies().values()}
    ):
        return None
    ratio = quantity.value / before.value
    if not 1 / RESTATED_RATIO <= ratio <= RESTATED_RATIO:
        return None
    return replace(quantity, unit=before.unit)


def _restates(doc: Doc, number: Number) -> bool:
    """A bare number from ten up, not a year, that is the object of its verb or of a preposition: what
    :func:`_restating` may give the unit of the count before it. A number word restates as digits do when it reads as
    an amount, with a qualifier or as a range: "Field holds more than sixty patents; Johnson around twenty" (The New
    Yorker, dev), "he preferred thirty-two pages to thirty-one or thirty-three" (n+1, dev)."""
    first, last = doc[number.start], doc[number.end - 1]
    if _looks_like_year(doc, number) or number.value < 10:
        return False
    if not first.text[:1].isdigit() and _qualifier(doc, number.start)[0] == "exactly" and not _range_end(doc, number):
        return False  # a number word alone is a rank or a pronoun: "pip cards running from Ace to ten" (Atlas Obscura)
    # a full stop that closes the text or its paragraph is no part of the number (spaCy gives it no trailing space
    # there): "The game drew 2.1 million viewers and peaked at 2.3 million." (Today), "Field holds more than sixty
    # patents; Johnson around twenty; Manzara around twelve." (The New Yorker), "falling short of Balzac's total by
    # nearly seventy." (n+1; all dev probes)
    mark = doc[number.end] if number.end < len(doc) else None
    if mark is not None and not mark.whitespace_ and (
        mark.text in {"-", "–", "/", ":", ")"} or mark.text == "." and _glued_after(doc, number.end)
    ):
        return False
    if last.dep_ == "pobj" and last.head.lower_ == "of":
        return False  # a whole, not the count again: "killed 12 people out of 30 on board"
    return last.dep_ in {"dobj", "pobj"}


def _glued_after(doc: Doc, i: int) -> bool:
    """Whether a word follows token ``i`` with no space between (a line break is a space)."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and not doc[i + 1].is_space


def _quantity_at(
    doc: Doc, number: Number, sentences: SentenceIndex, dollar: str, cents: str, pair: bool = True
) -> Quantity | None:
    """Build the Quantity for ``number`` or return None when context says it is no amount. ``pair=False`` reads it
    without taking the unit of the other number of an escalation (the other one asks, so no loop)."""
    first, last = doc[number.start], doc[number.end - 1]
    if FOLD.match(first.text):
        return _make(doc, number, number.start, number.end, "fold", None, sentences)
    if number.unit or number.currency:
        # only a bare "$" is the article's dollar: "US$1.2 billion" in an Australian article (ABC News, The Sydney
        # Morning Herald) or a Canadian one (The Globe and Mail, CBC News) stays American
        unit = number.unit or {"$": dollar, "c": cents}.get(number.symbol or "", number.currency)
        if is_denomination(doc, number.end, number.value) or _calibre_before_arms(doc, unit, number.end):
            return None
        if _lettered_name_part(doc, number):
            return None
        bounds = _range_end(doc, number)
        if bounds is not None:
            number = replace(number, value=bounds[0])
        end, value_max = (bounds[2], bounds[1]) if bounds else (number.end, number.value_max)
        return _make(doc, number, number.start, end, unit, value_max, sentences)
    if _is_excluded(doc, number):
        return None
    start, end = number.start, number.end
    value_max = number.value_max
    unit: str | None = None
    prev = doc[start - 1] if start > 0 else None
    # currency written before the number ("$1.1 billion", "£5")
    currency = prefix_currency(doc, start)
    if currency:
        unit, start = currency
        if unit == "USD" and doc[start].text in {"$"}:
            unit = dollar
        suffix = doc[end].lower_ if end < len(doc) and not doc[end - 1].whitespace_ else ""
        if suffix.removesuffix(".") in SCALE_SUFFIXES and end == number.end:
            # a scale letter the tokenizer splits off: "a $270M renovation" (Los Angeles Times), "$150K Pearl
            # Oscar Dress" (TMZ); at a sentence's end it keeps the full stop: "a fee of £80m." (BBC Sport, The
            # Guardian), "hit $1.6m." (ABC Australia)
            factor = SCALE_SUFFIXES[suffix.removesuffix(".")]
            number = _scaled(replace(number, end=end + 1), factor)
            end, last = number.end, doc[number.end - 1]
        elif suffix == "-" and end + 1 < len(doc) and not doc[end].whitespace_ and doc[end + 1].lower_ in SCALES:
            # a hyphenated scale word: "a $100-million, property-wide transformation" (Canada.com), "its
            # proposed $5-billion takeover" (The Globe and Mail)
            number = _scaled(replace(number, end=end + 2), SCALES[doc[end + 1].lower_])
            end, last = number.end, doc[number.end - 1]
        value_max = number.value_max
        if is_denomination(doc, end, number.value):
            return None
    if unit is None and _million_before_plural(doc, end):
        # "2m copies" (The Guardian), "3m people" (BBC News), "1.5m jobs" (The Telegraph), "500m euros", "from 1.5m
        # to 2m people": before a plural noun, "m" is a million, not a metre, but for a few measured things ("6m
        # waves", "100m hurdles")
        number = _scaled(replace(number, end=end + 1), 1e6)
        value_max = number.value_max
        end, last = number.end, doc[number.end - 1]
    if unit is None and _population_of(doc, start):
        # a head count: "a population of 6 million" (HuffPost, dev), "(population 2.5m)" (The Economist, dev); a
        # glued scale letter there is a million or a thousand, never a metre. Under a thousand it is an age band
        # ("the population 65 and older", "the population over 65"), which stays as it was.
        suffix = doc[end].lower_ if end < len(doc) and not doc[end - 1].whitespace_ else ""
        figure = _scaled(replace(number, end=end + 1), SCALE_SUFFIXES[suffix]) if suffix in SCALE_SUFFIXES else number
        noun_after = figure.end < len(doc) and doc[figure.end].pos_ in {"NOUN", "PROPN"}
        if figure.value >= 1000 and not noun_after:
            return _make(doc, figure, start, figure.end, "people", figure.value_max, sentences)
    # range "10 to 15", "10-15", "between 10 and 15"
    bounds = _range_end(doc, number)
    if bounds is not None:
        number = replace(number, value=bounds[0])
        value_max, end = bounds[1], bounds[2]
        last = doc[end - 1]
        unit = unit or bounds[3]  # "30-35C": the high end carries the unit for both
        suffix = doc[end].lower_.removesuffix(".") if end < len(doc) and not doc[end - 1].whitespace_ else ""
        if currency and suffix in SCALE_SUFFIXES:
            # a scale letter after the high end of an amount scales both: "£3-4m" (The Guardian, BBC News)
            number = replace(number, value=number.value * SCALE_SUFFIXES[suffix])
            value_max, end = value_max * SCALE_SUFFIXES[suffix], end + 1
            last = doc[end - 1]
    if unit is None and _million_before_plural(doc, end):
        # the "m" after a range's high end: "3-4m people"
        number = replace(number, value=number.value * 1e6)
        value_max = value_max * 1e6 if value_max is not None else None
        end, last = end + 1, doc[end]
    cents_named = named_cents(doc, end) if unit is None else None
    if cents_named is not None:
        number = _scaled(number, 0.01)
        value_max = value_max * 0.01 if value_max is not None else None
        unit, end = cents_named
    named = named_currency(doc, end) if unit is None else None
    if named is not None:
        # a currency named with its country: "1.5 billion Australian dollars" (Reuters), "3bn Swiss francs" (AFP)
        unit, end = named
    signed = sign_after(doc, end) if unit is None else None
    if signed is not None:
        # the sign after the number: "lost 24$ from its market cap" (Deadline, dev); a "$" is the article's dollar
        unit, end = (dollar if doc[end].text == "$" else signed[0]), signed[1]
    phrase = measure_phrase(doc, end) if unit is None else None
    if phrase is not None:
        unit, end = phrase
    inches = inch_mark(doc, end) if unit is None else None
    if inches is not None:
        unit, end = "in", inches
    after = doc[end] if end < len(doc) else None
    after2 = doc[end + 1] if end + 1 < len(doc) else None
    if unit is None and after is not None:
        word = after.lower_
        if word in PERCENT_WORDS:
            unit, end = "%", end + 1
        elif word == "per" and after2 is not None and after2.lower_ == "cent":
            unit, end = "%", end + 2
        elif (
            word in currencies()
            and (after.pos_ in {"NOUN", "PROPN"} or word in {"dollars", "euros"} or is_scale(last))
            and currencies()[word][1] == "word"
            or (after.text.isupper() and after.text in currencies())
        ):
            unit, end = currencies()[after.text if after.text.isupper() else word][0], end + 1
            if word in {"dollar", "dollars"}:
                # the word means the article's dollar, as "$" does: "cut about half a million dollars from its
                # budget" in an Australian article (ABC Australia) is AUD
                unit = dollar
        elif word == "-" and after2 is not None and not after.whitespace_:
            # "or more" glued to the unit: "a larger 10-inch+ display" (MacRumors)
            hyphen_unit = after2.lower_.removesuffix("+") if len(after2) > 1 else after2.lower_
            if hyphen_unit in FRACTION_WORDS:
                return None  # "two-thirds" is a share, not two of something
            if end + 2 < len(doc) and (hyphen_unit, doc[end + 2].lower_) in FIELD_POSITIONS:
                return None  # "inside the 5-yard line" is a place on the field, not a length
            if hyphen_unit in DIMENSION_WORDS and re.fullmatch(r"\d+(?:\.\d+)?m", first.text):
                # "a 5m-long crocodile" (BBC News, ABC Australia): a glued "m" before a dimension is metres
                number = replace(number, value=number.value / 1e6)
                return _make(doc, number, start, end, "m", None, sentences)
            if hyphen_unit in SUBUNITS and len(hyphen_unit) > 1:
                # a sub-unit before a noun: "a 25-cent rise in the fare" (AP, The Globe and Mail), "a 5-pence cut in
                # fuel duty" (BBC News, Sky News); "a 10-cent coin" names a coin
                if is_denomination(doc, end + 2):
                    return None
                code, factor = SUBUNITS[hyphen_unit]
                number = replace(number, value=number.value * factor)
                return _make(doc, number, start, end + 2, cents if code == "USD" else code, None, sentences)
            if hyphen_unit in {"odd", "strong", "plus"}:
                # "some 40-odd MPs" (The Guardian), "20-odd years" (BBC News), "its 3,000-strong workforce" (BBC
                # News, Reuters), "a 10,000-strong crowd" (The Guardian), "100-plus people" (AP, The Washington
                # Post): the noun after is what is counted
                counted = noun_of_adjective(after2) or (doc[end + 2] if end + 2 < len(doc) else None)
                if counted is None or counted.pos_ not in {"NOUN", "PROPN"}:
                    return None
                unit, end = TIME_UNITS.get(counted.lower_, noun_phrase(counted, end + 2)), max(end + 3, counted.i + 1)
            elif (
                hyphen_unit in CALIBRE_UNITS
                and end + 2 < len(doc)
                and doc[end + 2].pos_ in {"NOUN", "PROPN", "ADJ"}
                and (hyphen_unit == "bit" or _arms(doc[end + 2]))
            ):
                return None  # "152-millimeter artillery shells" gives a calibre, not a count
            elif (
                hyphen_unit in TIME_UNITS
                and end + 3 < len(doc)
                and doc[end + 2].text == "-"
                and doc[end + 3].lower_ in {"old", "olds"}  # "two 16-year-olds" (BBC News, The Guardian)
            ):
                unit, end = age_unit(hyphen_unit), end + 4
                if unit is None:
                    return None
            elif hyphen_unit in TIME_UNITS:
                unit, end = TIME_UNITS[hyphen_unit], end + 2
            elif (
                hyphen_unit in AREA_WORDS
                and end + 3 < len(doc)
                and doc[end + 2].text == "-"
                and doc[end + 3].lower_ in MEASURE_UNITS
            ):
                # an area before its noun: "a 3,000-square-foot house" (AP, The New York Times), "a 500-square-metre
                # plot" (The Guardian, The Irish Times)
                unit, end = "sq " + MEASURE_UNITS[doc[end + 3].lower_], end + 4
            elif hyphen_unit in MEASURE_UNITS:
                unit, end = MEASURE_UNITS[hyphen_unit], end + 2
            elif re.fullmatch(r"(foot|feet)-\d+", hyphen_unit):
                # a height in feet and inches, the feet as "6ft 2in" gives them: "the 6-foot-2 guard" (AP, ESPN),
                # "the 5-foot-10 forward" (The New York Times)
                unit, end = "feet", end + 2
            elif after2.is_alpha and len(after2) == 1:
                return None  # a name, not a count: "a 3-D film", "the 4-H club"
            elif after2.lower_ in {"under", "over"}:
                return None  # a golf score against par: "a 5-under 67" (PGA Tour, The Guardian)
            elif number.value == 0 and after2.is_alpha:
                # "zero-" makes an idiom or a policy, never a count: "a zero-sum game" (Roots of Progress, dev),
                # "zero-trust assumptions" (LeadDev, dev), "a fan of zero-rating" (Recode, dev)
                return None
            elif after2.lower_ in KIND_COMPOUNDS:
                return None  # a kind, no count: "a one-way video call", "one-party government"
            elif (
                after2.tag_ in {"JJ", "VBN"}
                and len(after2) > 4
                and after2.lower_.endswith(ATTRIBUTE_ENDINGS)
            ):
                return None  # an attribute, no count: "a one-sided deal", "three-dimensional lettering"
            elif after2.lower_ in PERCENT_WORDS:
                # a hyphened percentage is one like any other: "a 52-percent majority" (Politico, dev), "a permanent
                # three-percent quota" (Lesotho Times, dev)
                unit, end = "%", end + 2
            elif after2.is_alpha and noun_of_adjective(after2) is not None:
                # a number hyphened to an adjective counts the noun the adjective describes: "the 20-largest financial
                # institutions" (HuffPost), as "an 18,000-strong student body" (Nature) does
                counted = noun_of_adjective(after2)
                unit, end = noun_phrase(counted, end + 2), counted.i + 1
            elif after2.is_alpha and after2.pos_ in {"NOUN", "ADJ"}:
                unit, end = after2.lower_, end + 2
        elif word in TIME_UNITS:
            if _offset_after(doc, end + 1):
                # "two years ago" is a date offset; "N days after <event>" counts the time between two events
                # ("10 days after the horrific attack", 9News; "one month after the Safeguard Defenders
                # report", Fox News; "two days after this first anniversary", ITV News)
                return None
            if [t.lower_ for t in doc[end + 1 : end + 3]] in (["from", "now"], ["from", "today"]):
                # a date offset forward, as "ago" is one back: "maybe 100 years from now" (Las Vegas Sun, dev), "in
                # a year or eighteen months from now" (Recode, dev)
                return None
            if (
                after2 is not None
                and after2.lower_ == "on"
                and (end + 2 == len(doc) or doc[end + 2].is_punct or doc[end + 2].lower_ in {"from", "since"})
            ):
                return None  # "One year on, Marc feels" (ITV News, dev), "Five years on from the vote" (BBC News)
            if (
                prev is not None
                and prev.lower_ == "in"
                or (
                    prev is not None
                    and _qualifier(doc, start)[1] == start - 1  # a one-word qualifier, never a bare article
                    and start >= 2
                    and doc[start - 2].lower_ == "in"
                )
            ) and not _told_in_the_past(doc[number.start]) and not _per_period(doc, end + 1) and not _span_of_a_noun(
                doc[number.start]
            ) and number.value >= 1:
                # "in three days" is a forward offset; "in five days a week" is a rate; less than one of the unit is
                # a time measured, as no date is set so: "parsing ... happens in 0.009 seconds" (inessential, dev
                # probe real27), "the page loads in 0.8 seconds"
                # ("in about three days" too, but "in a one year period" counts the period's length: "a" is a word
                # of qualifier phrases, "a good", "an estimated", no qualifier alone; Deadspin, dev probe real41)
                return None
            if after2 is not None and (
                after2.lower_ in AGE_OLD
                or after2.text in {"-", "–"}
                and end + 2 < len(doc)
                and doc[end + 2].lower_ in AGE_OLD
            ):
                # an age spelt open, singular or as the plural noun: "The 47 year old was one of the guests"
                # (LinkNaija), "the very nature of six year olds and eight year olds" (EdSurge, dev)
                unit, end = age_unit(word), end + (2 if after2.lower_ in AGE_OLD else 3)
                if unit is None:
                    return None
            else:
                unit, end = TIME_UNITS[word], end + 1
        elif (
            word in COUNTED_PERIODS
            and after.dep_ != "compound"
            and not _offset_after(doc, end + 1)
        ):
            # the NER puts "six seasons" in a DATE span, which no counted noun is taken from; "40,000 season
            # tickets" counts tickets
            if word in FRACTION_WORDS and _share_of_whole(doc, end + 1):
                return None
            if value_max is not None and after.tag_ == "NN" and (
                number.value_max is not None or doc[number.end].text in {"-", "–"}
            ):
                # a hyphenated pair before a singular period is a won-lost record, as before any singular noun
                # below ("a 1-3 defeat"): "a second straight 5-11 season" (Sporting News, pool probe real35)
                return None
            unit, end = word, end + 1
        elif (
            after.pos_ == "ADJ"
            and after.lower_ not in DATE_ADJECTIVES
            and after2 is not None
            and after2.lower_ in TIME_UNITS
            and not _offset_after(doc, end + 2)
        ):
            # an adjective between the number and its time unit: "for five straight days" (Reuters, CNBC), "three
            # consecutive years" (BBC News, AP)
            unit, end = TIME_UNITS[after2.lower_], end + 2
        elif word in SUBUNITS:
            code, factor = SUBUNITS[word]
            number = Number(number.start, number.end, number.value * factor)
            if value_max is not None:
                value_max *= factor
            unit, end = (cents if code == "USD" else code), end + 1
        elif _sterling(doc, number, end):
            unit, end = "GBP", end + 1
        elif after.text == "times":
            # a multiple or a frequency: "about 10 times faster" (SimplyFound), "has visited the region an
            # extraordinary 270 times" (Evening Standard), "returned a 400 status code 24 times" (Haki Benita)
            unit, end = "times", end + 1
        elif word in AREA_WORDS and after2 is not None and after2.lower_.removesuffix(".") in MEASURE_UNITS:
            unit, end = "sq " + MEASURE_UNITS[after2.lower_.removesuffix(".")], end + 2  # "85 sq m." at a full stop
        elif word in {"°", "º"} and after2 is not None and after2.text in {"C", "F"}:
            unit, end = "°" + after2.text, end + 2
        elif word in {"°", "º"}:
            unit, end = "degrees", end + 1  # "35°" in weather copy (ABC Australia, BBC Weather), as "35 degrees"
        elif (
            word in {"degrees", "degree"}
            and after2 is not None
            and after2.lower_ in {"celsius", "c", "fahrenheit", "f"}
        ):
            unit, end = "°" + after2.text[0].upper(), end + 2
        elif word in {"km", "kilometres", "kilometers"} and _per_hour(doc, end + 1):
            # a speed the tokenizer splits at the slash: "150 km/h" (BBC Weather, ABC Australia), "160 km/hr" (The
            # Hindu, The Times of India)
            unit, end = "km/h", end + 3
        elif (
            word.endswith(".")
            and len(word) > 1
            and word[:-1] in MEASURE_UNITS
            and not currency
            and (
                end + 1 == len(doc)
                or doc[end + 1].is_space
                or doc[end + 1].is_title
                or doc[end + 1].is_quote
                or doc[end + 1].is_right_punct
            )
        ):
            # a unit that keeps the sentence's full stop: "The wave reached 8m." (BBC Weather, ABC Australia), also
            # before the closing quote of the sentence: "go faster for both the 100m and 200m." (Channel NewsAsia),
            # which gave the unit "m."
            unit, end = MEASURE_UNITS[word[:-1]], end + 1
        elif word == "in" and not doc[end - 1].whitespace_ and doc[end - 1].text[-1:].isdigit() and not currency:
            # inches glued to the number: "6ft 2in" (BBC Sport, The Guardian), "a 65in TV" (The Guardian, Which?); the
            # preposition comes after a space
            unit, end = "in", end + 1
        elif (
            word in MEASURE_UNITS
            and not (word == "m" and (currency or after.text == "M"))
            and not (MEASURE_UNITS[word] in {"cups", "ms"} and not after.is_lower)
        ):
            # a metre is "m", never "M" ("senior scientists at 3M", The New Yorker); a "Cup" in capitals is a trophy
            # ("won 3 Cup finals"), the kitchen's cup is written small, and "Ms" is a title, not milliseconds
            unit, end = MEASURE_UNITS[word], end + 1
            if _calibre_before_arms(doc, unit, end):
                return None
            speed = _speed(doc, end, unit)
            if speed is not None:
                unit, end = speed
    if unit == "%" and value_max is None:
        spread = _percent_range(doc, number, end)
        if spread is not None:
            number = replace(number, value=spread[0])
            value_max, end = spread[1], spread[2]
    if unit is None and [t.lower_ for t in doc[end : end + 4]] == ["on", "the", "richter", "scale"]:
        unit = "magnitude"  # "measured 6.4 on the Richter scale" (The Hindu, Dawn)
    if unit is None and prev is not None and prev.lower_ == "magnitude":
        # the scale named before the number: "A magnitude 7.8 earthquake struck" (AP), "a magnitude 6.1 quake"
        # (Reuters)
        unit, start = "magnitude", prev.i
    if unit is None and _plus_or_minus(doc, start) is not None:
        # a tolerance counts what follows it, whatever the parse hangs the number on: "a margin of error of plus or
        # minus 3 percentage points"
        unit, end = _tolerance_noun(doc, end)
    if unit is None and _race_distance(doc, number):
        number = replace(number, value=number.value / 1000)
        unit = "km"
    if unit is None and is_age(doc, number):
        unit = "year old"
    parent = parent_before(doc, start) if unit is None else None
    if parent is not None:
        unit, start = "children", parent  # "a mother of four" (americanow, AP), "mum-of-three" (The Sun, Daily Mail)
    partner = (_and_partner(doc, number) or _from_to_partner(doc, number)) if unit is None and value_max is None else None
    if partner is not None and partner.start > number.start and pair:
        unit = _unit_after(doc, partner, _quantity_at(doc, partner, sentences, dollar, cents, pair=False))
    if unit is None:
        unit, end = _noun_after_plus(doc, end) or counted_noun(doc, number, last, end)
        if unit is not None and pair and partner is not None and partner.start > number.start and end >= partner.end:
            end = number.end  # the unit is the partner's too: the span stops at this number
        if unit is None and last.i != number.end - 1:
            unit, end = counted_noun(doc, number, doc[number.end - 1], end)
        if unit is None and any(t.lower_ == "half" for t in doc[number.start + 1 : number.end]):
            # the parser hangs "and a half" off the first word, which counts the noun: "three and a half million
            # people"
            unit, end = counted_noun(doc, number, doc[number.start], end)
        if unit is None:
            unit, end = noun_after_dozen(doc, number, end)
        if unit is None and doc[number.end - 1].dep_ == "conj":
            # "A hundred and fifty people": the parser hangs the noun on the scale word, the last word is its conj
            head = doc[number.end - 1].head
            if number.start <= head.i < number.end:
                unit, end = counted_noun(doc, number, head, end)
        scale_glued = DIGITS_SCALED.match(last.text) or last.text in SCALE_SUFFIXES and last.i != number.start
        if unit is None and scale_glued and end < len(doc) and doc[end].tag_ == "NNS":
            # the parser reads a glued scale as anything but a count: "Around 1.5million people watched" (Daily
            # Mail, The Sun), "3bn users", "will host 1.5m fans" (Gulf News, The Peninsula)
            unit, end = doc[end].lower_, end + 1
        if unit is not None and (
            unit in {"hand", "thirds", "millions", "billions", "thousands", "hundreds"}
            # a fraction word spelled apart takes a share of the whole after it, as "one-half of" does: "one half of
            # the Brothers Grimm" (Knowable Magazine), "one half of the rung" (The Telegraph), "about $400 million,
            # or one tenth of Ukraine's overall annual military spending" (Chartbook)
            or unit in FRACTION_WORDS
            and _share_of_whole(doc, end)
            or doc[end - 1].pos_ == "PROPN"
            and doc[end - 1].is_title
            and doc[end - 1].ent_type_ != "NORP"
            and doc[end - 1].tag_ != "NNPS"  # a people the model does not tag: "Five Britons" (BBC News, Sky News)
            or _capitals_name_part(doc, number, end)
        ):
            return None  # "on the one hand", vague plurals, addresses ("300 Slater Street"); "two New Yorkers" counts
        if (
            unit is not None
            and value_max is not None
            and doc[end - 1].tag_ == "NN"
            and (number.value_max is not None or doc[number.end].text in {"-", "–"})
        ):
            # a range counts a plural; before a singular a hyphenated pair is a score: "a 1-3 defeat" (BBC Sport); a
            # range in words counts a collective noun: "hire 100 to 150 staff" (Reuters, BBC News)
            return None
        if unit is None and _of_pronoun(doc, end):
            return None  # "killing two of them" (Mirror, dev) counts no one the conventions count
        if (
            unit is None
            and doc[number.end - 1].dep_ in {"dobj", "nsubjpass"}
            and lemma(doc[number.end - 1].head) in PEOPLE_VERBS
        ) or (unit is None and (_counts_a_toll(doc[number.end - 1]) or _counted_by_participle(doc, end))):
            unit = "people"
        if unit is None and _dead_subject(doc, number):
            unit = "people"
        if unit is None:
            unit = _gathering(doc, number) or _tally_noun(doc, start)
        if unit is None:
            unit = _first_dimension(doc, end)
        if unit is None and pair:
            unit = _escalated_unit(doc, number, end, sentences, dollar, cents)
        if (
            unit is None
            and start > 0
            and doc[start - 1].lower_ == "minus"
            and value_max is None
            and _plus_or_minus(doc, start) is None
        ):
            # a bare number below zero is a temperature in weather copy: "lows of minus 10" (BBC Weather, Met Éireann),
            # "it will feel like minus 40" (CBC News, Global News), as "minus five degrees" is
            unit = "degrees"
        if unit is None and _another_before(doc, start):
            # "a further 250" and "another 300" with no noun count what the count before them counts, as "N others"
            # does: "we hired 500 ... and a further 250" (TimesLive, dev), "killed 12 and injured another 30" (AP,
            # Reuters)
            unit, start = ANOTHER, _another_before(doc, start)
        whole = _opening_whole(doc, number) if unit is None else None
        if unit is None and (_fronted_partitive(doc, number, start) or whole is not None):
            # a part of a whole named first counts what the whole counts: "Of the 14 players on duty, nine have since
            # left" (The Sun, dev), "of the over 1 million full human genomes that have been sequenced, only 49,000
            # have been interpreted" (WTF Economy, dev), and the parts of later clauses ("..., while 19 were in the
            # red", The Times of India); with no count read in the whole it stays out, as "a further N", unless the
            # whole's number ends an index's name, no count, and the part counts the whole's noun: "Of the Dow 30
            # stocks 13 are set to close higher today and 17 are on track to close lower" (24/7 Wall St, dev)
            unit = whole.lower_ if whole is not None and _named_by_index(doc, whole) else ANOTHER
        if unit is None and _change_from(doc, start):
            # the level a change started from counts what the count before it counts: "more than 1 million developers
            # ..., up from only 100,000 a year ago" (Fortune), "4.9 billion connected things ..., up from 3.75
            # billion in 2014" (The Motley Fool), "expanded to cover 100,000 developers ... from just over 1,000 at
            # the time" (SiliconANGLE); with no count before it in the sentence it stays out, as "a further N"
            unit = ANOTHER
        if unit is None and _gapped_after_and(doc, start, end):
            # a clause that leaves out the noun of the count before it: "26 people died in the missile strikes and
            # five from artillery exchange" (National Post), "at least 1,200 people were killed and about 250 taken
            # hostage" (Daily Maverick); with no count before it in the sentence it stays out, as "a further N"
            unit = ANOTHER
        if unit is None and pair and partner is not None and partner.start < number.start:
            first_reading = _quantity_at(doc, partner, sentences, dollar, cents, pair=False)
            if _unit_after(doc, number, first_reading) is not None:
                # this number's span runs to the unit after it, as the first one's reading found it
                unit = first_reading.unit
                end = next(t.i + 1 for t in doc[number.end :] if t.idx + len(t) >= first_reading.end)
        if unit is None:
            unit = _level_carried_to(doc, number)
        if unit is None and not _index_subject(doc, start):
            unit = _counted_subject(doc, number)
        if unit is None and _level_reached(doc, start):
            unit = "points" if _index_subject(doc, start) else LEVEL
        if unit is None and _bare_more(doc, end):
            # "N more" with no noun counts what the count before it counts, as "N others" does: "1.5 million people
            # have fled, and 400,000 more are at risk" (Reuters, AP), "killed 12 and wounded 30 more" (AP). With no
            # count before it in the sentence it stays out, as "a further N": its noun is elsewhere, "added two more
            # as Germany scored" (goals, DW, dev), "For every email I deleted, two more landed" (Fast Company, dev)
            unit, end = ANOTHER, end + 1
        if unit is None:
            unit = _bracketed_count(doc, number) or _number_of_apposed(doc, number)
        if unit is None and _named_percentage(doc, start):
            # a stat named a percentage gives its figure bare: "an assist percentage of just 20 (24th percentile.)"
            # (ClutchPoints, dev probe real41), "defensive success percentage at 49.7 -- where the league average is
            # 56.2 percent" (NFL, dev page)
            unit = "%"
        if unit is None and _restates(doc, number):
            unit = RESTATED
        if unit is None:
            # Nothing is counted: a bare number word ("the three", "one") is a pronoun, and bare digits
            # are citation counters ("NBC News (2)", americanow), list items or a phone number's group
            # ("1800 333 000", ninenews), a score ("87", engadget) or a year before 1800 ("In 1781",
            # atlasobscura), never an amount the conventions count.
            return None
    if unit == "mark" and end - 1 > number.start:
        # "the N mark" a tally reaches counts what the tally counts: "As the number of coronavirus infections
        # reported worldwide nears the 5 million mark" (CBS News, dev probe real26), "the number of cases has crossed
        # the 450 mark" (Visiongain, dev page)
        unit = _mark_of_tally(doc[end - 1]) or unit
    return _make(doc, number, start, end, unit, value_max, sentences)


def _mark_of_tally(mark: Token) -> str | None:
    """The plural noun whose tally or count, the subject of the verb over ``mark`` (its object, or the object of its
    preposition: "passed the 1,000 mark", "rose past the 1,000 mark"), reaches the mark."""
    verb = mark.head
    if mark.dep_ == "pobj":
        verb = verb.head
    elif mark.dep_ != "dobj":
        return None
    # the parser may hang the subject on a participle after it: "As the number of coronavirus infections reported
    # worldwide nears" makes "number" the subject of "reported"
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i)]
    subject = next((c for v in clauses for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if subject is not None and subject.lower_ in TALLY_HEADS:
        subject = next(
            (g for p in subject.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for g in p.children
             if g.dep_ == "pobj"),
            None,
        )
    if subject is None or subject.tag_ != "NNS" or subject.lower_ in LEVEL_NOUNS:
        return None
    return subject.lower_


def _lettered_name_part(doc: Doc, number: Number) -> bool:
    """Whether a currency letter glued to a bare whole number ("R2", "R6") is a version or model suffix of a name: it
    follows a number ("Windows Server 2008 R2", "Windows Server 2012 R2", ZDNet, dev) or is hyphened to the word before
    it ("A Yamaha YZF-R6 is a 600cc", GQ, dev). Rand amounts follow a word with a space ("allocated R3.5bn to Sars",
    "cut from R11bn to R5.5bn", TimesLIVE, dev), and one with a scale or decimals is money wherever it stands."""
    first = doc[number.start]
    if (
        not (number.symbol or "").isalpha()
        or not re.fullmatch(r"[A-Za-z]+\d+", first.text)
        or number.end != number.start + 1
        or number.start == 0
    ):
        return False
    prev = doc[number.start - 1]
    hyphened = (
        prev.text in {"-", "–"} and not prev.whitespace_ and number.start >= 2 and not doc[number.start - 2].whitespace_
    )
    return hyphened or (prev.text.isdigit() and prev.whitespace_)


def _capitals_name_part(doc: Doc, number: Number, end: int) -> bool:
    """Whether the word before ``end`` the number would count is written in capitals only and sits inside a name, a
    capitalised word right before the number or right after that word, in a sentence that is not in capitals: a
    model's or a product's suffix, never a counted noun: "the TCL 10 Plus and TCL 10 SE go official" (GSMArena), "212
    VIP Black and 212 VIP Rosé Elixir" (HOLA!), "WHERE status_code = 400 ORDER BY period" (Haki Benita). Outside a name
    a capitals word may be measured ("his 148 IQ kicking in", Mirror; "puts out 151 PS", AutoIndustriya); unit symbols
    ("150 MP", "16 GB") and currency codes are read before the counted noun, a plural keeps a small letter ("20 MPs"),
    and a headline in capitals still counts ("THREE PEOPLE KILLED")."""
    noun = doc[end - 1]
    if not (noun.is_alpha and noun.is_upper and len(noun) > 1):
        return False
    if not any(t.is_alpha and t.is_lower for t in sentence_of(noun)):
        return False
    before = doc[number.start - 1] if number.start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(t is not None and t.is_alpha and (t.is_title or t.is_upper) for t in (before, after))


def _scaled(number: Number, factor: float) -> Number:
    """``number`` with both ends of its range multiplied by a scale written after it."""
    high = number.value_max * factor if number.value_max is not None else None
    return replace(number, value=number.value * factor, value_max=high)


def _percent_range(doc: Doc, number: Number, end: int) -> tuple[float, float, int] | None:
    """(low, high, token index after) when the per cent sign or words before ``end`` come again after a range's
    high end: "between 2% and 3%" (Reuters, CNBC), "20% to 30% of households" (The Guardian, AP), "5 per cent to 7
    per cent" (The Globe and Mail, The Straits Times); a change and its level ("rose from 3% to 5%") stay two."""
    bounds = _range_end(doc, replace(number, end=end))
    if bounds is None or bounds[3] is not None:
        return None
    after = bounds[2]
    if after < len(doc) and doc[after].lower_ in PERCENT_WORDS:
        return bounds[0], bounds[1], after + 1
    if after + 1 < len(doc) and doc[after].lower_ == "per" and doc[after + 1].lower_ == "cent":
        return bounds[0], bounds[1], after + 2
    return None


def _before_measure_unit(doc: Doc, number: Number) -> bool:
    """Whether a measure unit written in lower case follows the number: then it is a measure, never a year, whatever
    the NER says ("Stated Weight per Ski: 2030 grams", Blister, dev probe real20; "the bag weighs 1999 kg")."""
    nxt = doc[number.end] if number.end < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.text in MEASURE_UNITS


def _hyphen_compound_end(word: Token) -> bool:
    """Whether ``word`` ends a hyphened compound: a label word so is an adjective, no label of the number after it
    ("The entry-level 11.6-inch MacBook Air, without upgrades, costs $999", GigaOM, dev probe real6; "a high-level
    3-day summit"), as "Level 4" or "level 3 restrictions" are labels."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_ and not doc[word.i - 2].whitespace_


def _per_period(doc: Doc, i: int) -> bool:
    """ "a week", "per month", "each year" from token ``i`` on: a count of time units per period is a rate, never a
    forward offset ("Executives are already in five days a week", Ottawa Citizen, dev; "in the office three days per
    week", BBC News)."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in {"a", "an", "per", "each", "every"}
        and doc[i + 1].lower_ in TIME_UNITS
    )


def _race_distance(doc: Doc, number: Number) -> bool:
    """ "5k" or "10K" naming a race in kilometres: before a race noun (``data/en/race_nouns.txt``) or as the noun
    itself after "a"/"the" at a clause's end ("took part in the 10k.")."""
    first = doc[number.start]
    if number.end != number.start + 1 or not re.fullmatch(r"\d+(?:\.\d+)?[kK]", first.text):
        return False
    after = doc[number.end] if number.end < len(doc) else None
    before = doc[number.start - 1].lower_ if number.start > 0 else ""
    return (after is not None and after.lower_ in RACE_NOUNS) or (
        before in {"a", "the"} and (after is None or after.is_punct)
    )


def _percent_next(doc: Doc, end: int) -> bool:
    """Whether a percent sign or word follows: "%" marks a number as a ratio (ISO 80000-1, the percent as 0.01), so a
    name before it is the thing measured, not a maker before a model number ("Increase Conversions 10% or More",
    Fox Business; "led Jones 52% to 45%")."""
    words = [t.lower_ for t in doc[end : end + 2]]
    return bool(words) and words[0] in PERCENT_WORDS or words == ["per", "cent"]


def _plus_or_minus(doc: Doc, start: int) -> int | None:
    """Where "plus or minus" starts when it stands right before the number at ``start``, else None.

    "Plus or minus" is the spoken tolerance sign "±" (ISO 80000-2, item 2-7.4), the form the AP Stylebook's polls entry
    gives for a survey's sampling error ("a margin of error of plus or minus 3 percentage points"): the number after
    it is a positive margin, never a temperature below zero as a lone "minus 10" is in weather copy.
    """
    if start >= 3 and [t.lower_ for t in doc[start - 3 : start]] == ["plus", "or", "minus"]:
        return start - 3
    return None


def _tolerance_noun(doc: Doc, end: int) -> tuple[str | None, int]:
    """The points a tolerance is counted in, read off the words after the number: "3 percentage points", "4 points"."""
    words = [t.lower_ for t in doc[end : end + 2]]
    if words[:1] in (["point"], ["points"]):
        return words[0], end + 1
    if words[:1] == ["percentage"] and words[1:] in (["point"], ["points"]):
        return f"percentage {words[1]}", end + 2
    return None, end


def _first_dimension(doc: Doc, end: int) -> str | None:
    """The unit of the second number for a bare first one of "N by M <unit>": "2,560 by 1,440 pixels" (Engadget,
    dev), "3,840 by 2,160 pixels" (The Verge), "a 20 by 30 feet hall" (AP, The Hindu)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"by", "x", "×"}:
        return None
    second = read_number(doc, end + 1)
    if second is None or second.end >= len(doc) or second.unit or second.currency:
        return None
    word = doc[second.end]
    if word.lower_ in MEASURE_UNITS:
        return MEASURE_UNITS[word.lower_]
    return word.lower_ if word.tag_ == "NNS" else None


def _escalated_unit(
    doc: Doc, number: Number, end: int, sentences: SentenceIndex, dollar: str, cents: str
) -> str | None:
    """The unit of the other number of an escalation, "N and even M <unit>" or "<unit> N or even M" (the adverbs of
    :data:`ESCALATION_ADVERBS`), for a bare number on either side: "above five and even six per cent" (CBC News, dev)
    gives 5 % and 6 %, "through age 18 or even 22" (CBS Sports, dev) gives two ages. The pair is two values, not a
    range, and the unit is written once: on the lower number it may come with its noun, "good enough to last two
    terms, or even three?" (Evening Standard, dev)."""
    other = None
    if end + 2 < len(doc) and doc[end].lower_ in {"and", "or"} and doc[end + 1].lower_ in ESCALATION_ADVERBS:
        other = read_number(doc, end + 2)
    elif (
        number.start >= 3
        and doc[number.start - 1].lower_ in ESCALATION_ADVERBS
        and doc[number.start - 2].lower_ in {"and", "or"}
    ):
        join = number.start - 3 if doc[number.start - 3].text == "," else number.start - 2
        for k in range(join - 1, max(-1, join - 6), -1):
            candidate = read_number(doc, k) if may_start_number(doc[k].text) else None
            if candidate is None:
                continue
            if candidate.end == join:
                other = candidate
                break
            # the first number may carry its noun, the second leave it out: "good enough to last two terms, or even
            # three?" (Evening Standard, dev probe context1)
            counted = _quantity_at(doc, candidate, sentences, dollar, cents, pair=False)
            if counted is not None and counted.end == doc[join - 1].idx + len(doc[join - 1]):
                return None if counted.unit in {ANOTHER, LEVEL, "others"} else counted.unit
    if other is None:
        return None
    quantity = _quantity_at(doc, other, sentences, dollar, cents, pair=False)
    if quantity is None or quantity.unit in {ANOTHER, LEVEL, "others"}:
        return None
    return quantity.unit


def _and_partner(doc: Doc, number: Number) -> Number | None:
    """The other number of a pair joined by "and" with nothing between ("2.06 and 0.28 points"), not after "between"
    (a range, ``_range_end``). The unit written once after the second is both numbers': "by 2.06 and 0.28 points,
    respectively" (Ars Technica, dev) is 2.06 points and 0.28 points, "three and seven percent" (ClutchPoints, dev
    probe real13) 3 % and 7 %, as the escalation "N and even M" is (``_escalated_unit``). The parser hangs the unit
    on one of them only, so the first's span ran over the second and kept the first value ("2.06 and 0.28 points" =
    2.06), or one of the pair went unread ("at 13.74 and 11.60 percent", Ars Technica)."""
    end = number.end
    if end + 1 < len(doc) and doc[end].lower_ == "and":
        if number.start > 0 and doc[number.start - 1].lower_ == "between":
            return None
        return read_number(doc, end + 1) if may_start_number(doc[end + 1].text) else None
    if end + 1 < len(doc) and doc[end].text == ",":
        return _list_last(doc, number)
    if number.start >= 2 and doc[number.start - 1].lower_ == "and":
        for k in range(number.start - 2, max(-1, number.start - 5), -1):
            candidate = read_number(doc, k) if may_start_number(doc[k].text) else None
            if candidate is not None and candidate.end == number.start - 1:
                if k > 0 and doc[k - 1].lower_ == "between":
                    return None
                return candidate
    return None


def _from_to_partner(doc: Doc, number: Number) -> Number | None:
    """The number after "to" in "from N to M" when the two are no range (``_range_end``: a change, "wants the Fed to
    increase its rate from zero to 1 percent", HuffPost, dev probe real23; or a fall, "reduced in the countryside from
    4.5 to 4 persons", History Today, dev probe real30): two values, the unit written once after the second is both
    numbers', as a pair's is (``_and_partner``). The parser hangs the first number on the second ("4.5" quantmod of
    "4"), so the first one's span ran over the second to the noun and the second value was lost, or the first went
    unread ("zero")."""
    end = number.end
    if end + 1 >= len(doc) or doc[end].lower_ != "to" or number.start == 0:
        return None
    if doc[number.start - 1].lower_ != "from" or not may_start_number(doc[end + 1].text):
        return None
    return read_number(doc, end + 1)


def _list_last(doc: Doc, number: Number) -> Number | None:
    """The last number of a list of bare numbers that goes on at the comma after ``number`` and ends in
    "and" (or an escalation, "or even") before its last number: the unit written once after that last number is every
    item's, as it is both numbers' of a pair (``_and_partner``). "the embryo at three, four, and six weeks" and
    "between embryos at 13, 14 and 15 days" (Aeon, dev), "is up by 39, 42, 44, 46, 48, 50, 55, 60 and 72 percent"
    (USA Today, dev), "What if this premium was five, ten or even twenty times higher?" (PurseBlog, dev probe real37):
    the parser hangs the unit on one item only, so the first items went unread or the first one's span ran over the
    list and kept its value ("five, ten or even twenty times" = 5 times). A list has three numbers or more, each bare
    between its commas: any other word ends it, and "12, and 3 players" is two clauses, so no unit is shared."""
    items = 0
    if number.start >= 2 and doc[number.start - 1].text == ",":
        # an item after the list's first: "4, 5, and 6 points" goes on at 5 with no bare number left before "and"
        for i in range(number.start - 2, max(-1, number.start - 6), -1):
            before = read_number(doc, i) if may_start_number(doc[i].text) else None
            if before is not None:
                items += before.end == number.start - 1
                break
    k = number.end
    while k + 1 < len(doc) and doc[k].text == "," and may_start_number(doc[k + 1].text):
        item = read_number(doc, k + 1)
        if item is None:
            return None
        k, items = item.end, items + 1
    if not items:
        return None  # "He scored 12, and 3 players left": two clauses, no list
    j = k + 1 if k < len(doc) and doc[k].text == "," else k
    if j + 1 < len(doc) and doc[j].lower_ == "and":
        j += 2 if doc[j + 1].lower_ in ESCALATION_ADVERBS else 1
    elif j + 2 < len(doc) and doc[j].lower_ == "or" and doc[j + 1].lower_ in ESCALATION_ADVERBS:
        j += 2
    else:
        return None
    return read_number(doc, j) if j < len(doc) and may_start_number(doc[j].text) else None


def _unit_after(doc: Doc, second: Number, quantity: Quantity | None) -> str | None:
    """The unit of a reading of a pair (``_and_partner``) when it is written after the pair's second number
    ``second``, not a placeholder nor read from elsewhere."""
    if quantity is None or quantity.unit in {ANOTHER, LEVEL, RESTATED, "others"}:
        return None
    return quantity.unit if quantity.end > doc[second.end - 1].idx + len(doc[second.end - 1]) else None


def _tally_noun(doc: Doc, start: int) -> str | None:
    """The noun of "by N <nouns> to M" for the bare M at ``start``: a tally gives the other side in the same unit, "the
    bill passed by 312 votes to 245" (BBC News, The Guardian), "carried by 1.2 million votes to 900,000" (The Irish
    Times, RTÉ)."""
    if start < 4 or doc[start - 1].lower_ != "to" or doc[start - 2].tag_ != "NNS":
        return None
    j = start - 3
    while j >= 0 and (word_value(doc[j]) is not None or is_scale(doc[j])):
        j -= 1
    return doc[start - 2].lower_ if j < start - 3 and j >= 0 and doc[j].lower_ == "by" else None


def _gathering(doc: Doc, number: Number) -> str | None:
    """The body a bare number after "of" sizes: "a crowd of 82,500" (BBC Sport, The Guardian), "a workforce of about
    3,000" (Reuters, BBC News), with the nouns of ``data/en/gathering_nouns.txt``."""
    of = doc[number.end - 1].head
    if doc[number.end - 1].dep_ != "pobj" or of.lower_ != "of" or of.i >= number.start or of.i < 1:
        return None
    if any(t.lower_ not in QUALIFIER_WORDS for t in doc[of.i + 1 : number.start]):
        return None
    body = doc[of.i - 1]
    return body.lower_ if body.lower_ in GATHERING_NOUNS and of.head == body else None


def _population_of(doc: Doc, start: int) -> bool:
    """Whether the number at ``start`` is a population noun's figure: "population 2.5m", "a population of (around) 6
    million"; a qualifier right after the noun makes a band ("the population over 65"), not a figure."""
    _, opening = _qualifier(doc, start)
    if opening >= 2 and doc[opening - 1].lower_ == "of":
        return doc[opening - 2].lower_ in POPULATION_NOUNS
    return opening == start and start >= 1 and doc[start - 1].lower_ in POPULATION_NOUNS


def _another_before(doc: Doc, start: int) -> int | None:
    """Where "a further" or "another" starts when it stands right before the number at ``start``."""
    if start >= 1 and doc[start - 1].lower_ == "another":
        return start - 1
    if start >= 2 and doc[start - 1].lower_ == "further" and doc[start - 2].lower_ == "a":
        return start - 2
    return None


#: Words that may stand between "from" and the number it opens besides a qualifier: "up from only 100,000".
FROM_LIMITERS = frozenset({"only", "just", "merely"})


def _change_from(doc: Doc, start: int) -> bool:
    """Whether the bare number at ``start`` is the object of "from" (a qualifier or "only"/"just" may come between)
    that follows a comma's "up"/"down" or hangs from a verb: the level a change started from, "up from just 60"."""
    _, opening = _qualifier(doc, start)
    while opening >= 1 and doc[opening - 1].lower_ in FROM_LIMITERS:
        opening -= 1
    if opening < 1 or doc[opening - 1].lower_ != "from":
        return False
    before = doc[opening - 2] if opening >= 2 else None
    return before is not None and (before.lower_ in {"up", "down"} or before.pos_ in {"NOUN", "PROPN"})


def _named_percentage(doc: Doc, start: int) -> bool:
    """Whether the bare number at ``start`` is the object of "of" or "at" right after a noun of
    :data:`PERCENTAGE_NOUNS` (a qualifier or "only"/"just" may come between): a figure in per cent."""
    _, opening = _qualifier(doc, start)
    while opening >= 1 and doc[opening - 1].lower_ in FROM_LIMITERS:
        opening -= 1
    return opening >= 2 and doc[opening - 1].lower_ in {"of", "at"} and doc[opening - 2].lower_ in PERCENTAGE_NOUNS


def _of_pronoun(doc: Doc, end: int) -> bool:
    """Whether "of" and a pronoun of :data:`PARTITIVE_PRONOUNS` follow the bare number ending at ``end``."""
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in PARTITIVE_PRONOUNS


#: Determiners that open the whole of a fronted partitive: "Of the 14 players", "of these 30 stocks".
PARTITIVE_DETERMINERS = frozenset({"the", "these", "those", "its", "their"})
#: Prepositions that open a fronted whole at a sentence's start: "Of the 14 players", "Among the 50 stocks".
PARTITIVE_OPENERS = word_list("partitive_openers")
#: How many clauses up (coordinated or adverbial) a part's clause may sit from the one the fronted whole opens.
PART_CLAUSE_REACH = 3


def _fronted_partitive(doc: Doc, number: Number, start: int) -> bool:
    """Whether the bare number at ``start`` (its qualifier or "only"/"just" may come before it) is the subject of a
    clause opened by "of the <whole>," at the start of its sentence or of a "that" clause, the whole holding a number:
    the number is a part of that whole. "N of ..." names its own whole."""
    last = doc[number.end - 1]
    if last.dep_ not in {"nsubj", "nsubjpass"} or (number.end < len(doc) and doc[number.end].lower_ == "of"):
        return False
    _, opening = _qualifier(doc, start)
    while opening >= 1 and doc[opening - 1].lower_ in FROM_LIMITERS:
        opening -= 1
    if opening < 1 or doc[opening - 1].text != ",":
        return False
    sentence_start = sentence_of(last).start
    for of in range(opening - 2, sentence_start - 1, -1):
        token = doc[of]
        if token.text in {",", ";", ":"} or token.pos_ == "VERB" and token.dep_ != "relcl":
            return False
        if (
            token.lower_ == "of"
            and (of == sentence_start or doc[of - 1].lower_ in {"that", ","})
            and of + 2 < opening
            and doc[of + 1].lower_ in PARTITIVE_DETERMINERS
        ):
            return any(t.like_num for t in doc[of + 2 : min(of + 5, opening)])
    return False


def _opening_whole(doc: Doc, number: Number) -> Token | None:
    """The whole (a plural noun holding a number) of the clause that a sentence-opening "of"/"among" the <whole>
    governs, when the bare number is the subject of that clause or of a clause coordinated with it: each such subject
    is a part of that whole. "Among
    the 50 stocks in the Nifty index, 31 were trading in the green, while 19 were in the red" (The Times of India,
    dev), "Of the Dow 30 stocks 13 are set to close higher today and 17 are on track to close lower" (24/7 Wall St,
    dev). The parse, not a comma, ties the part to the whole, so a later clause's part is found as the first's is."""
    last = doc[number.end - 1]
    if last.dep_ not in {"nsubj", "nsubjpass"} or (number.end < len(doc) and doc[number.end].lower_ == "of"):
        return None
    sentence_start = sentence_of(last).start
    clause = last.head
    for _ in range(PART_CLAUSE_REACH):
        opener = next(
            (c for c in clause.children if c.dep_ == "prep" and c.i == sentence_start and c.lower_ in PARTITIVE_OPENERS),
            None,
        )
        if opener is not None:
            whole = next((c for c in opener.children if c.dep_ == "pobj"), None)
            holds_count = (
                whole is not None
                and whole.tag_ == "NNS"
                and doc[opener.i + 1].lower_ in PARTITIVE_DETERMINERS
                and any(t.like_num for t in doc[opener.i + 2 : whole.i])
            )
            return whole if holds_count else None
        if clause.dep_ not in {"conj", "advcl"} or clause.head is clause:
            return None
        clause = clause.head
    return None


def _gapped_after_and(doc: Doc, start: int, end: int) -> bool:
    """A bare number opening a clause after "and" (a qualifier may come between) whose verb or preposition follows
    it at once: the clause repeats the verb or the noun of the clause before it and leaves the noun out. "one" there
    is a pronoun: "one for himself and one for his assistant" (Businessweek), "one electrocuted and one starved"
    (Mirror)."""
    _, opening = _qualifier(doc, start)
    after = doc[end] if end < len(doc) else None
    return (
        doc[start].lower_ not in {"one", "1"}
        and opening >= 1
        and doc[opening - 1].lower_ == "and"
        and after is not None
        and (after.pos_ == "ADP" and after.lower_ != "of" or after.tag_ == "VBN")
    )


def _level_in_points(quantity: Quantity, found: list[Quantity]) -> Quantity | None:
    """A bare level reached after a change in points is an index level in points: "The FTSE 100 fell 3.2 points to
    close at 8,210.6" (BBC News, The Guardian market reports), "the Dow fell 312.45 points, or 0.8%, to 38,904.04"
    (AP, Reuters, CNBC); a percentage may come between. After any other change ("rose 1.2% to 38,500") the level's
    unit is unknown and it is left out."""
    for before in reversed(found):
        if before.sentence != quantity.sentence:
            break
        if before.unit == "points":
            return replace(quantity, unit="points")
    return None


def _level_reached(doc: Doc, start: int) -> bool:
    """Whether the bare number at ``start`` is the level a change reached: the object of "to" or "at" under a verb
    of change, or under a verb hanging from one ("fell 3.2 points to close at 8,210.6"), or under any verb whose
    subject is a stock index ("the Sensex settled at 73,058"), or the object of a verb of change or level whose subject
    is one ("predicts the S&P 500 will reach 1,300", Businessweek, dev)."""
    token = doc[start]
    if token.dep_ == "dobj" and token.head.i < start and (lemma(token.head) in LEVEL_VERBS or lemma(token.head) in CHANGE_VERBS):
        return _index_subject(doc, start)
    if start == 0 or doc[start - 1].lower_ not in {"to", "at"} or token.head.i != start - 1:
        return False
    if _index_subject(doc, start):
        return True
    verb = _verb_above(doc[start], 3)
    if verb is not None and lemma(verb) not in CHANGE_VERBS and verb.dep_ in {"advcl", "xcomp"}:
        verb = verb.head
    return verb is not None and lemma(verb) in CHANGE_VERBS


def _index_subject(doc: Doc, start: int) -> bool:
    """Whether the subject of the clause the number at ``start`` sits in names a stock index
    (:data:`STOCK_INDEX_WORDS`): the level it closed at, rose to or fell to is in points, as market reports count
    it. A verb without a subject ("to close at") takes its clause's from the verb it hangs from."""
    verb = _verb_above(doc[start], 3)
    for _ in range(2):
        if verb is None:
            return False
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return any(t.lower_ in STOCK_INDEX_WORDS for t in subject.subtree)
        verb = verb.head if verb.dep_ in {"advcl", "xcomp", "conj"} else None
    return False


def _counted_subject(doc: Doc, number: Number) -> str | None:
    """The plural noun a bare number is the level of, read off its clause's subject: the number is the object of a
    verb of change or of ``data/en/level_verbs.txt``, or its "to"/"at", and the subject is that plural noun or a tally
    of it (``data/en/tally_heads.txt``). "Trustee deeds ... stood at 6,757 for the Bay Area" and "the region's
    quarterly average for default notices was 6,231" (SFGate, dev), "The number of new coronavirus cases ... surpassed
    60,000" (The Washington Post, dev), "when overall cases across India declined to 653" (The Times of India, dev).
    "be" takes only a tally ("the victims were 18" gives ages), and nouns of measures (``data/en/level_nouns.txt``:
    prices, rates, shares) are never counted."""
    last = doc[number.end - 1]
    if last.dep_ == "pobj" and last.head.lower_ in {"at", "to"} and last.head.i < number.start:
        verb = last.head.head
    elif last.dep_ in {"dobj", "attr"} and last.head.i < number.start:
        verb = last.head
    else:
        return None
    if verb.pos_ == "ADV" and verb.lower_ in LEVEL_ADVERBS:
        # a clause with no verb, its change written "up"/"down": "daily pageviews down 4.85% to 1.57" (The Stack, dev)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif verb.pos_ not in {"VERB", "AUX"} or (lemma(verb) not in LEVEL_VERBS and lemma(verb) not in CHANGE_VERBS):
        return None
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "xcomp":
            # the subject raised to the object of the verb above: "it anticipates annual viewers to have grown to 303
            # million" (The Motley Fool, dev)
            subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subject is None:
        return None
    if subject.lower_ in TALLY_HEADS:
        subject = next(
            (g for p in subject.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for g in p.children
             if g.dep_ == "pobj"),
            None,
        )
    elif lemma(verb) == "be":
        return None
    if subject is None or subject.tag_ != "NNS" or subject.lower_ in LEVEL_NOUNS:
        return None
    return subject.lower_


def _level_carried_to(doc: Doc, number: Number) -> str | None:
    """What a bare "to N" counts when a verb of :data:`LEVEL_CARRIERS` carries its object there: the object's plural
    noun, the noun a tally of it counts ("This brings the total number of people arrested so far to 13", Channel
    NewsAsia, dev), people for a toll ("bringing the overall death toll ... to 19", National Post, dev), and what the
    count before it counts for a bare tally ("four further arrests have been made ..., taking the number to 23",
    Mirror, dev). The parse may hang "to" on a participle of the object ("arrested ... to 13"), so the verb is looked
    for a few steps up."""
    last = doc[number.end - 1]
    if last.dep_ != "pobj" or last.head.lower_ != "to" or last.head.i >= number.start:
        return None
    node = last.head
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and lemma(node) in LEVEL_CARRIERS:
            break
    else:
        return None
    carried = next((c for c in node.children if c.dep_ == "dobj" and c.i < number.start), None)
    if carried is None:
        return None
    if carried.lower_ == "toll":
        return "people"
    if carried.lower_ in TALLY_HEADS:
        counted = next(
            (g for p in carried.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for g in p.children
             if g.dep_ == "pobj"),
            None,
        )
        if counted is None:
            return ANOTHER
        carried = counted
    if carried.tag_ != "NNS" or carried.lower_ in LEVEL_NOUNS:
        return None
    return carried.lower_


#: How far back before a bracket the plural noun a bracketed number word counts may be.
BRACKET_NOUN_REACH = 6


def _bracketed_count(doc: Doc, number: Number) -> str | None:
    """The plural noun before a bracket that holds only a number word (a qualifier before it, "so far" after it
    allowed): the count of that noun, given in passing. "attended more rallies (five) than the intelligence briefings
    (four)" (Inquisitr, dev), "They write books about The Sopranos (at least twenty so far)" (n+1, dev); the nearest
    common plural noun within :data:`BRACKET_NOUN_REACH` tokens of the clause before the bracket, names passed over.
    Digits in brackets stay out: they are citation counters ("NBC News (2)") and list numbers."""
    if not doc[number.start].is_alpha:
        return None
    open_at = number.start - 1
    while open_at > 0 and doc[open_at].lower_ in QUALIFIER_WORDS:
        open_at -= 1
    close_at = number.end
    if [t.lower_ for t in doc[close_at : close_at + 2]] == ["so", "far"]:
        close_at += 2
    if open_at <= 0 or doc[open_at].text != "(" or close_at >= len(doc) or doc[close_at].text != ")":
        return None
    for token in reversed(doc[max(0, open_at - BRACKET_NOUN_REACH) : open_at]):
        if token.is_punct:
            return None
        if token.tag_ == "NNS":
            return token.lower_
    return None


#: Words that may stand between an apposition's dash and its number: "— just a dozen", "—a whopping 5.6 million".
APPOSITION_LEAD = frozenset({"a", "an", "just", "only", "whopping", "mere", "some"})
#: How many words of the noun phrase a dash-apposed number's "number of" may stand before the dash.
NUMBER_OF_REACH = 4


def _number_of_apposed(doc: Doc, number: Number) -> str | None:
    """The plural noun of "the number of <nouns>" that a dash sets a number beside: the number gives how many they
    are. "the small number of countries — just a dozen to date —" (Rest of World, dev), "a record number of job
    openings—a whopping 5.6 million" (Startup Grind, dev)."""
    dash = number.start - 1
    while dash > 0 and (doc[dash].lower_ in APPOSITION_LEAD or doc[dash].lower_ in QUALIFIER_WORDS):
        dash -= 1
    if dash < 3 or doc[dash].text not in {"—", "–"}:
        return None
    noun = doc[dash - 1]
    if noun.tag_ != "NNS":
        return None
    for k in range(dash - 2, max(0, dash - 2 - NUMBER_OF_REACH), -1):
        if doc[k].lower_ == "of" and doc[k - 1].lower_ == "number":
            return noun.lower_
        if not doc[k].is_alpha:
            return None
    return None


def _bare_more(doc: Doc, end: int) -> bool:
    """ "more" right after the number, with no noun or adjective after it."""
    after = doc[end + 1] if end + 1 < len(doc) else None
    return (
        end < len(doc)
        and doc[end].lower_ == "more"
        and (after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ", "ADP"})
    )


def _rank_band(doc: Doc, prev: Token, number: Number) -> bool:
    """ "the top N" after a determiner or possessive is a band of a ranking, not a count, as the gold's "Top-10" is a
    rank: "the top ten reasons buyers abandon" (Fox Business), "my top 21 films of 2017" (Vox), "the top 10 wealthy
    men in Afghanistan" (Businessweek). The verb keeps its count ("could top 40 degrees"), and a share keeps its
    percent ("the top 1% of earners")."""
    before = doc[prev.i - 1] if prev.i > 0 else None
    return (
        prev.lower_ in RANK_WORDS
        and before is not None
        and before.tag_ in {"DT", "PRP$", "POS"}
        and not _percent_next(doc, number.end)
    )


def _calibre_before_arms(doc: Doc, unit: str | None, end: int) -> bool:
    """A calibre glued or spaced before a weapon or its ammunition, as "122-mm artillery rounds" (Yonhap) is
    hyphenated: "155mm shells", "120 mm mortar rounds"; or the standard size of a connector, a calibre of sorts: "a
    3.5mm headphone jack" (Engadget, GSMArena). Calibres are no quantities (facts gold README)."""
    after = doc[end] if end < len(doc) else None
    return (
        unit in CALIBRE_UNITS
        and after is not None
        and after.pos_ in {"NOUN", "PROPN", "ADJ"}
        and _arms(after)
    )


def _arms(noun: Token) -> bool:
    """Whether ``noun``, or the noun it modifies, is a weapon or its ammunition (``data/en/weapon_nouns.txt``) or a
    connector (``data/en/connector_nouns.txt``): what a calibre is the size of."""
    return noun.lower_ in CALIBRED_NOUNS or noun.head.i > noun.i and noun.head.lower_ in CALIBRED_NOUNS


def _speed(doc: Doc, end: int, unit: str) -> tuple[str, int] | None:
    """A length per hour or per second from token ``end`` on, as a speed unit and the index after it: "winds of 150
    miles per hour" (AP, Reuters), "80 kilometres an hour" (BBC News, ABC Australia), "30km per second" (NASA, The
    Guardian)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"per", "an", "a"}:
        return None
    per = doc[end + 1].lower_
    if per in {"hour", "h"}:
        speed = {"miles": "mph", "km": "km/h"}.get(unit)
    elif per == "second":
        speed = {"km": "km/s", "m": "m/s"}.get(unit)
    else:
        speed = None
    return (speed, end + 2) if speed else None


def _per_hour(doc: Doc, i: int) -> bool:
    """ "/h" or "/hr" from token ``i`` on, glued to the unit before it."""
    return (
        i + 1 < len(doc)
        and doc[i].text == "/"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].lower_ in {"h", "hr", "hour"}
    )


def _million_before_plural(doc: Doc, end: int) -> bool:
    """ "m" glued to the number that ends before ``end`` and followed by a plural noun ("2m copies"), or by a range's
    high end written so ("1.5m to 2m people")."""
    if end + 1 >= len(doc) or doc[end].text != "m" or doc[end - 1].whitespace_:
        return False
    if doc[end + 1].lower_ in {"to", "and", "or", "-", "–"} and end + 2 < len(doc):
        high = read_number(doc, end + 2)
        return high is not None and _million_before_plural(doc, high.end)
    nxt = doc[end + 1]
    if nxt.lower_ in currencies() and currencies()[nxt.lower_][1] == "word":
        return True  # before a currency word, singular as a modifier: "a 3m euro fine" (RTÉ, The Irish Times)
    return nxt.tag_ == "NNS" and nxt.lower_ not in METRE_PLURALS


#: The second half of a tally of tries or of odds glued after a hyphen: "of-28", "for-19", "in-10,000".
_MADE_OF_TRIED = re.compile(r"(?:of|for|in)-\d[\d,.]*", re.IGNORECASE)


def _made_of_tried(doc: Doc, number: Number) -> bool:
    """Whether the number opens a hyphened "N-of-M", "N-for-M" or "1-in-M": the makes of the tries of a stat line or
    odds, no count of a noun after it ("he was a stunning 22-of-28 passing for 381 yards", "was 7-for-19 passing",
    NFL; "went 9-of-10 from the free-throw line (90%)", The Daily World; "only a 1-in-10,000 chance", Astral Codex
    Ten; all dev pages). spaCy keeps the second half one token ("of-28"), which was read as the unit."""
    nxt = doc[number.end] if number.end < len(doc) else None
    return (
        nxt is not None
        and nxt.text in {"-", "–"}
        and not doc[number.end - 1].whitespace_
        and not nxt.whitespace_
        and number.end + 1 < len(doc)
        and _MADE_OF_TRIED.fullmatch(doc[number.end + 1].text) is not None
    )


def _is_excluded(doc: Doc, number: Number) -> bool:
    """Years, dates, times, model numbers, labels, scores and numbers inside names are not amounts."""
    first = doc[number.start]
    prev = doc[number.start - 1] if number.start > 0 else None
    nxt = doc[number.end] if number.end < len(doc) else None
    ent = first.ent_type_
    if (
        ent in NAME_LABELS
        and prefix_currency(doc, number.start) is None
        and not _money_after(doc, number)
        and not (DIGITS_SCALED.match(first.text) and first.text.islower())
        and inch_mark(doc, number.end) is None
    ):
        # the model may take "NIS 2 billion" (Times of Israel, The Jerusalem Post) for a product, "gave Ukraine 5
        # billion dollars" (AP, Reuters) for an event; a scale glued in lower case is an amount whatever the model
        # says: "carried 140mn passengers" (Gulf News, Dawn), "1.5bn users" (The Guardian); "3M" is a company; an
        # inch mark makes a size of a product's number: "Dell's U2412M 24\" UltraSharp monitor" (The Inventory)
        return True
    if _share_of(doc, number):
        return True
    if _house_number(doc, number) or _address_block(doc, number) or _list_marker(doc, number):
        return True
    if _phone_number(doc, number):
        return True
    if ent == "ORDINAL" and not DIGITS_SCALED.match(first.text):
        return True  # "3bn users" (The Guardian, BBC News) is no ordinal
    if (
        first.is_title
        and first.is_alpha
        and first.i != sentence_of(first).start
        and not (prev is not None and (prev.is_punct or prev.is_space or prev.is_quote))
    ):
        return True  # "Formula One", "Big Three"
    if (
        nxt is not None
        and nxt.text == "-"
        and number.end + 1 < len(doc)
        and doc[number.end + 1].lower_ == "to"
        and _hyphened_range_high(doc, number.end) is None
    ):
        return True  # "one-to-one"
    if _made_of_tried(doc, number):
        return True
    if first.lower_ == "one" and nxt is not None and nxt.lower_ in {"of", "another", "who", "that", "which"}:
        return True
    if first.lower_ == "one" and number.end == number.start + 1 and _one_then_other(doc, number.end):
        return True  # "differentiate one cut from another" (EdSurge, dev), "this one way or the other" (ChinaTalk)
    if first.lower_ == "one" and number.end == number.start + 1 and _one_before_plural(doc, first):
        return True
    if first.lower_ == "one" and number.end == number.start + 1 and _one_against_another(first):
        return True
    if first.lower_ == "one" and number.end == number.start + 1 and _one_named(first):
        return True
    if _in_idiom(doc, number):
        return True
    if _some_day(doc, number):
        return True
    if _title_with_time_unit(doc, number) or _quoted_title(doc, number) or _quoted_label(doc, number):
        return True
    if (
        nxt is not None
        and not doc[number.end - 1].whitespace_
        and nxt.is_alpha
        and nxt.is_upper
        and len(nxt) <= 2
        and nxt.text not in set(MEASURE_UNITS.values())  # "20MW" is a measure, "3M" is not three metres
        and prefix_currency(doc, number.start) is None
    ):
        return True  # a name or a format glued to a capital: "senior scientists at 3M" (The New Yorker), "titles
        # in native 4K" (Engadget); money takes its scale letter before this ("$270M")
    if (
        ent in {"DATE", "TIME"}
        and _in_calendar_span(first, number)
        and not _counts_time_units(doc, number)
        and not _before_measure_unit(doc, number)
    ):
        return True
    if nxt is not None and (nxt.lower_ in TIME_OF_DAY or nxt.text == ":"):
        return True
    if (
        nxt is not None
        and nxt.lower_ == "local"
        and number.end + 1 < len(doc)
        and doc[number.end + 1].lower_ == "time"
    ):
        return True  # a clock time: "at 0900 local time" (Reuters, AFP), "at 8 local time" (AP)
    if nxt is not None and nxt.lower_ == "hrs" and re.fullmatch(r"[01]\d[0-5]\d|2[0-3][0-5]\d", first.text):
        return True  # the 24-hour clock: "at 1400 hrs" (The Times of India, The Hindu); "300 hrs of footage" counts
    if _beside_month(doc, number):
        return True  # "22 Dec, 2016", "Nov 22 —": a day of the month
    if prev is not None:
        if prev.lower_ in LABEL_WORDS and not _hyphen_compound_end(prev) or _sequence_item(prev):
            return True
        if prev.text == "#" and not prev.whitespace_:
            return True  # a rank or a list label: "most companies' #1 expense" (Startup Grind), "Warning #2"
            # (Kotaku), "Lesson #1 about Uber" (Salon)
        if prev.text == "^" and not prev.whitespace_:
            return True  # an exponent: "a stupendously low probability of 1/5*10^25" (Astral Codex Ten, dev
            # probe real29)
        if prev.lower_ in RANK_WORDS and nxt is not None and nxt.lower_ == "of":
            return True  # "in the top 10 of the charts": a band of a ranking
        if _rank_band(doc, prev, number):
            return True
        if prev.text == "." and number.start >= 2 and doc[number.start - 2].lower_ == "no":
            return True  # "the No. 1 factor", split by the tokenizer into "No" "."
        if (
            prev.pos_ == "PROPN"
            and prev.is_upper
            and prev.is_alpha
            and len(prev) > 1
            and prev.text not in currencies()
            and prev.text not in country_aliases()
            and nxt is not None
            and nxt.tag_ == "NN"
            and not _percent_next(doc, number.end)
        ):
            return True  # "an ATR 72 aircraft": a model number after a maker's initials; the parser tags a per cent
            # sign NN too, but a model number never carries it: a ticker's day move, "Amazon.com (AMZN 3.60%)" (The
            # Motley Fool, dev probe real33)
        if (
            prev.text in {"-", "–"}
            and not prev.whitespace_
            and number.start >= 2
            and not doc[number.start - 2].whitespace_
            and parent_before(doc, number.start) is None  # "mum-of-two" counts children
        ):
            return True  # "Su-27", "COVID-19", or the second half of a score or range
        if (
            prev.pos_ == "PROPN"
            and prev.is_title
            and not prev.ent_type_ in {"", "DATE"}
            and prev.text not in currencies()
            and not _scaled_amount(doc, number)
            and not _percent_next(doc, number.end)
            and inch_mark(doc, number.end) is None
        ):
            return True  # "Boeing 737", "Windows 11"; "fined Google 2.4bn euros" (BBC News) is an amount, and so is
            # "leading Jones 52% to 45%": a model number never carries the percent sign, nor an inch mark ("Dell's
            # U2412M 24\" UltraSharp monitor", The Inventory)
        if _version_of_name(doc, prev, number) or _index_name_part(prev) or _capitalised_name_part(doc, prev, number):
            return True
        if (
            prev.pos_ == "PROPN"
            and prev.dep_ in {"nmod", "compound"}
            and prev.head == first.head
            and prev.head.i > number.start
            and prev.ent_type_ not in {"DATE", "GPE", "NORP"}
            and prev.text not in currencies()
            and prev.text not in country_aliases()
        ):
            return True  # a name and a number on one noun, a model: "Boeing’s Max 737 flights" (Deadline), "an
            # NVIDIA GTX 1080 GPU" (Engadget)
    if (
        re.search(r"[A-Za-z]", first.text)
        and not DIGITS_SCALED.match(first.text)
        and not first.is_alpha
        and number.value_max is None  # a range with its scale letters: "$3bn-$4bn"
        and not first.text.endswith("-")  # a number word's hanging hyphen: "a one- or two-loss team" (numbers)
    ):
        return True  # "F-16", "G7"
    if (
        nxt is not None
        and nxt.text in {"-", "–"}
        and not first.whitespace_
        and not nxt.whitespace_
        and number.end + 1 < len(doc)
    ):
        high = word_value(doc[number.end + 1])
        if high is not None and high <= number.value:
            return True  # a score, "2-1"
    score = SCORE_OR_RANGE.match(first.text)
    if score and int(score.group(2)) <= int(score.group(1)):
        return True
    return _looks_like_year(doc, number) or _spelled_decade(doc, number) or _elided_year(doc, number)


#: The marks that elide a year's century: "the Obama '12 ad", "the ’10-11 season".
ELISION_MARKS = frozenset({"'", "’"})


def _elided_year(doc: Doc, number: Number) -> bool:
    """Whether two digits glued after an apostrophe that opens a word are a year with its century elided: "the Obama
    '12 ad" (Politico) and "With the ’10-11 season still in its infancy" (SLAM; both pool probe real35) count no ads
    and no seasons. The mark must open no quotation, so "'12 people were killed,' police said" keeps its count: a
    quotation's mark comes back later in the sentence, closing it, where an elision's never does ("post's", "it’s"
    are inside words)."""
    first = doc[number.start]
    if number.start == 0 or not re.fullmatch(r"\d\d", first.text):
        return False
    mark = doc[number.start - 1]
    if mark.text not in ELISION_MARKS or mark.whitespace_ or (mark.i > 0 and not doc[mark.i - 1].whitespace_):
        return False
    sentence = sentence_of(first)
    return not any(
        token.text == mark.text and token.i > 0 and not doc[token.i - 1].whitespace_
        and not (token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].is_alpha)
        for token in doc[number.end : sentence.end]
    )


#: The plural tens words that name a decade after a spelled century: "eighties" of "the nineteen-eighties".
DECADE_WORDS = frozenset(word[:-1] + "ies" for word, value in NUMBER_WORDS.items() if value >= 20 and value % 10 == 0)


def _spelled_decade(doc: Doc, number: Number) -> bool:
    """Whether the number is the century of a decade spelled out, hyphened or not: "When quantum computing was
    first proposed, in the nineteen-eighties" (The New Yorker, dev probe real4), "the nineteen sixties" name a time,
    no nineteen of anything."""
    j = number.end + 1 if number.end < len(doc) and doc[number.end].text == "-" else number.end
    return doc[number.start].is_alpha and j < len(doc) and doc[j].lower_ in DECADE_WORDS


def _share_of_whole(doc: Doc, i: int) -> bool:
    """Whether the words from ``i`` are "of" and a whole that a fraction word spelled apart takes a share of: a
    determiner, a possessive, a plural or a proper noun. "nearly three quarters of Americans" (n+1) was 3 quarters;
    it is the share "three-quarters of health costs" (The Economist) and "fewer than three-quarters of Republicans"
    (Politico) write with a hyphen, as "more than two thirds of banks" (Global Banking & Finance) is. A period counts
    with a bare noun after "of": "following two quarters of contraction" (Financial Post)."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    whole = doc[i + 1]
    return whole.pos_ in {"DET", "PRON"} or whole.tag_ in {"NNS", "NNPS", "NNP", "PRP$"}


def _sequence_item(noun: Token) -> bool:
    """Whether a number right after ``noun`` names an item of a sequence: "in game four of the semifinals" (ONE
    Esports), "one of those day five grubbers" (Cricket Australia) were read as 4 semifinals and 5 grubbers
    (``data/en/sequence_nouns.txt``). A noun with its own determiner, possessive, count or modifier before it is no
    label, and the number after it opens a count: "The day four soldiers were killed", "One day two men came", "Later
    that day four men were arrested"; a plural determiner ("those day five grubbers") goes with the noun after."""
    return noun.lower_ in SEQUENCE_NOUNS and not any(
        child.i < noun.i
        and child.dep_ in {"det", "poss", "nummod", "amod", "advmod"}
        and "Plur" not in child.morph.get("Number")
        for child in noun.children
    )


def _sterling(doc: Doc, number: Number, end: int) -> bool:
    """ "pounds" that are money: the object of a verb of :data:`MONEY_VERBS`, of "worth" ("a deal worth 2.5 billion
    pounds", Reuters, AP) or of a noun of :data:`MONEY_NOUNS` ("a fine of 4.3 million pounds", Reuters, AFP), scaled
    or not ("was paid 250,000 pounds a week", Reuters, AFP), or "pound" after a scaled number before the noun it
    prices ("a 20 million pound deal", Reuters, The Irish Times); never "N pounds of" goods. Other pounds stay a weight
    ("weighs 8.4 pounds", "lost 30 pounds"), as does "a 5 pound bag". The words of the amount itself are no step
    of the walk: in "spend a quarter of a billion pounds" (BBC News, The Guardian) "pounds" hangs from "quarter"."""
    word = doc[end] if end < len(doc) else None
    if word is None or word.lower_ not in {"pound", "pounds"}:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    if word.lower_ == "pound":
        return _scaled_amount(doc, number) and after is not None and after.pos_ == "NOUN"
    if after is not None and after.lower_ == "of":
        return False
    token, steps = word, 0
    while steps < 3:
        if token.lower_ == "worth" or token.lower_ == "of" and token.head.lower_ in MONEY_NOUNS:
            return True
        if token.pos_ in {"VERB", "AUX"}:
            return lemma(token) in MONEY_VERBS
        if token.head is token:
            break
        steps += not number.start <= token.i < number.end
        token = token.head
    return False


def _list_marker(doc: Doc, number: Number) -> bool:
    """A whole number glued to a ")" or "." that opens its line or follows a colon, before a word, numbers an item of
    a list, no amount: "17) BPM (Beats Per Minute)" and "15) Mother!" (Vox's ranked films, dev page) were read as 17
    bpm and 15 mothers, "repeat every second: 1. poll tasks ready for execution" (Dropbox Tech, dev probe real20) as
    1 poll task."""
    first, after = doc[number.start], number.end + 1
    if number.end - number.start != 1 or not first.text.isdigit() or first.whitespace_ or after >= len(doc):
        return False
    if doc[number.end].text not in {")", "."} or not doc[number.end].whitespace_ or not doc[after].is_alpha:
        return False
    prev = doc[number.start - 1] if number.start else None
    if prev is not None and prev.text == "(" and not prev.whitespace_ and doc[number.end].text == ")":
        # "(N)" numbers an item of a list run into a sentence when a separator comes before it: "failure modes, such
        # as, (1) hallucination, ...; (2) behavior collapse" (GitHub, dev page), "to our shores; (2) guidance related
        # to protective measures ...; (5) procurement and distribution of vaccine" (The Atlantic, dev page); a count
        # in brackets follows its noun: "most receiving touchdowns (7) in a season" (ET Online)
        before = doc[number.start - 2] if number.start >= 2 else None
        return before is None or "\n" in before.text or before.text in {":", ";", ","} or before.lower_ in {"and", "or"}
    return prev is None or "\n" in prev.text or prev.text == ":"


def _version_of_name(doc: Doc, prev: Token, number: Number) -> bool:
    """Whether the number is the version or model of the product named by the word before it, written with a capital
    after a small letter: "the iOS 17.2 update" (The Verge, Engadget), "macOS 14" (TechCrunch), "Some PlayStation 4
    Pro games" (Engadget, dev gold, read as 4 games), "OpenVPN 2.7" (9to5Linux), "SwiftKey 3" (Gizmodo),
    "InfoArchive 4.0" and "MyService 360" (The Register). A person's name so written ("McCain", "DeSantis") is
    followed by a count or a share, not a version."""
    if not (prev.is_alpha and re.search(r"[a-z][A-Z]", prev.text)):
        return False
    return prev.text[:1].islower() or (
        prev.ent_type_ != "PERSON" and not _scaled_amount(doc, number) and not _percent_next(doc, number.end)
    )


def _capitalised_name_part(doc: Doc, prev: Token, number: Number) -> bool:
    """Whether digits end a name whose capitalised word before them is no entity of the model's: a conference, a
    ranked list or a tier, as "Formula One" and "Big Three" are spelled. "as an All-Big 12 quarterback" (247Sports)
    and "among Power 5 schools ... and Big 12 schools Oklahoma State" (Sporting News) counted quarterbacks and
    schools, "named to the Forbes Fintech 50 and Blockchain 50 lists" (Forbes) 50 lists. The capital must be the
    writer's, not the sentence's or a quotation's: the word before it is neither missing nor an opening mark or a
    colon; and an amount or a measure stays one (a currency, a per cent sign, a scale word, an inch mark, a measure
    unit: "a Secure Shopping 256 bit icon", Fox Business, dev probe real5)."""
    if not (prev.is_title and prev.is_alpha and prev.pos_ in {"PROPN", "ADJ"} and prev.ent_type_ == ""):
        return False
    if not doc[number.start].text.replace(",", "").isdigit():
        return False
    if prev.i == sentence_of(prev).start or prev.i == 0:
        return False
    before = doc[prev.i - 1]
    if before.is_quote or before.is_space or before.text in {":", "(", "[", "•", "—", "–"} or before.is_sent_start:
        return False
    return (
        prev.text not in currencies()
        and prev.text not in country_aliases()
        and prev.lower_ not in MONTHS
        and not _scaled_amount(doc, number)
        and not _percent_next(doc, number.end)
        and inch_mark(doc, number.end) is None
        and prefix_currency(doc, number.start) is None
        and not (number.end < len(doc) and _unit_word_next(doc[number.end]))
    )


def _unit_word_next(token: Token) -> bool:
    """Whether the word after a number is a unit of measure, time or size, written in lower case."""
    return token.is_lower and (token.text in MEASURE_UNITS or token.text in TIME_UNITS or token.text in CALIBRE_UNITS)


def _index_name_part(prev: Token) -> bool:
    """Whether the number follows a word naming a stock market index (``data/en/stock_index_words.txt``), whose name
    it ends: "Of the Dow 30 stocks 13 are set to close higher" (24/7 Wall St., dev page) was read as 30 stocks, "Cash
    at S&P 500 companies has risen" (Businessweek, dev page) as 500 companies, as a bare "the S&P 500 traded up" (24/7
    Wall St., Motley Fool) never was. "index" itself is left out: it names no one index."""
    return prev.lower_ != "index" and prev.lower_ in STOCK_INDEX_WORDS


def _named_by_index(doc: Doc, whole: Token) -> bool:
    """Whether the number the noun ``whole`` holds ends an index's name (``_index_name_part``): "the Dow 30 stocks"."""
    return any(t.like_num and t.i > 0 and _index_name_part(doc[t.i - 1]) for t in doc[whole.left_edge.i : whole.i])


def _phone_number(doc: Doc, number: Number) -> bool:
    """A whole number hyphened, with no space, to another and then to digits or capitals is a telephone number, no
    range: "Crime Stoppers at 1-800-SPEAK-UP" (The Detroit News, dev probe real14) was read as 1 to 800 "speak"; "the
    tip line at 734-794-6939" (MLive, dev page) is the same shape in digits. A unit in lower case after the second
    number keeps a hyphened range ("a 10-15-minute walk")."""
    s = number.start
    if s + 4 >= len(doc) or not doc[s].text.isdigit():
        return False
    chain = doc[s : s + 5]
    if any(t.whitespace_ for t in chain[:4]):
        return False
    third = chain[4]
    return (
        chain[1].text in {"-", "–"}
        and chain[2].text.isdigit()
        and chain[3].text in {"-", "–"}
        and (third.text.isdigit() or (third.is_alpha and third.is_upper))
    )


def _house_number(doc: Doc, number: Number) -> bool:
    """A whole number before one or two capitalised words and a street word of ``data/en/street_words.txt``: "300
    Slater Street" (Ottawa Citizen, dev), "30 Rockefeller center" (Us Magazine, dev), "10 Downing Street" (BBC News)."""
    if number.end - number.start != 1 or not doc[number.start].text.isdigit():
        return False
    k = number.end
    while k < len(doc) and k < number.end + 2 and doc[k].is_title and doc[k].is_alpha:
        if k > number.end and doc[k].lower_ in STREET_WORDS:
            break
        k += 1
    street = k < len(doc) and number.end < k and doc[k].lower_.removesuffix(".") in STREET_WORDS
    return street and not (k + 1 < len(doc) and doc[k + 1].tag_ == "NNS")  # "12 Main Street properties" counts


def _address_block(doc: Doc, number: Number) -> bool:
    """A whole number before "block of" (``data/en/address_blocks.txt``): US police and local copy place a crime in a
    stretch of a street by its house numbers, "in the 400 block of East 15th Avenue" (The Register-Guard, dev), "in
    2100 block of Washtenaw" (MLive, dev), "in the 10700 block of Arno Drive" (AOL, dev); no count of blocks."""
    end = number.end
    return (
        number.end - number.start == 1
        and doc[number.start].text.isdigit()
        and end + 1 < len(doc)
        and doc[end].lower_ in ADDRESS_BLOCKS
        and doc[end + 1].lower_ == "of"
    )


#: The words between the two numbers of a share: "one in five", "four out of five", "two of every three".
SHARE_LINKS = (("in",), ("out", "of"), ("in", "every"), ("of", "every"), ("out", "of", "every"))


def _share_of(doc: Doc, number: Number) -> bool:
    """Either number of a share written "N in M": "one in five adults" (BBC News, The Guardian), "three in 10
    voters" (AP, Reuters polls). Shares are not labelled, as "a third" is not; "3 in 10 minutes" counts time. "N out
    of M" is the same share, and so is a rank on a scale: "a Level 3 out of 5 risk of severe weather" (The
    Washington Post, the Storm Prediction Center's five-level outlook scale)."""
    for link in SHARE_LINKS:
        after = number.end + len(link)
        if after < len(doc) and tuple(t.lower_ for t in doc[number.end : after]) == link:
            whole = read_number(doc, after)
            if whole is not None and _whole_of_share(doc, number.value, whole):
                return True
        before = number.start - len(link)
        if before >= 1 and tuple(t.lower_ for t in doc[before : number.start]) == link:
            part = word_value(doc[before - 1])
            if part is not None and _whole_of_share(doc, part, number):
                return True
    return False


def _whole_of_share(doc: Doc, part: float, whole: Number) -> bool:
    """Whether ``whole`` is the M of "N in M": larger than N, a small whole number, no time unit after it."""
    after = doc[whole.end] if whole.end < len(doc) else None
    return (
        part < whole.value <= 1000
        and whole.value == int(whole.value)
        and not (after is not None and after.lower_ in TIME_UNITS)
    )


def _scaled_amount(doc: Doc, number: Number) -> bool:
    """A number with a scale word or letter ("2.4bn", "5 billion"): an amount, never a model number."""
    return bool(DIGITS_SCALED.match(doc[number.start].text)) or any(
        is_scale(t) for t in doc[number.start : number.end]
    )


def _money_after(doc: Doc, number: Number) -> bool:
    """A scaled number followed by a currency word: "5 billion dollars", "2.4bn euros", "3bn Swiss francs"."""
    nxt = doc[number.end] if number.end < len(doc) else None
    return (
        nxt is not None
        and _scaled_amount(doc, number)
        and (currencies().get(nxt.lower_, ("", ""))[1] == "word" or named_currency(doc, number.end) is not None)
    )


def _noun_or_two(doc: Doc, i: int) -> Number | None:
    """ "a <noun> or two" from token ``i``: one to two of the noun, as "a minute or two" (9News) is one to two minutes
    (``units.half_a_unit`` reads time units): "the greatest potential for a strong tornado or two" (The Washington
    Post), "I stopped after a bite or two" (Deadspin); up to two adjectives may come before the noun. Without this
    the number word after "or" counted whatever the parser hung it on ("two exists"). The fixed phrase "knows a thing
    or two" (CNET, dev) is an idiom of :data:`NUMBER_IDIOMS` and counts nothing."""
    if doc[i].lower_ not in {"a", "an"}:
        return None
    k = i + 1
    while k < min(len(doc), i + 3) and doc[k].tag_ == "JJ":
        k += 1
    if k + 2 >= len(doc) or doc[k].tag_ != "NN" or doc[k].lower_ in TIME_UNITS:
        return None
    if doc[k + 1].lower_ != "or" or doc[k + 2].lower_ not in {"two", "three"}:
        return None
    high = float(NUMBER_WORDS[doc[k + 2].lower_])
    if _in_idiom(doc, Number(k + 2, k + 3, high)):
        return None
    return Number(i, k + 1, 1.0, unit=doc[k].lower_, value_max=high)


#: The most words that may stand between "one <noun>" and the tail of its alternation: "from one part of a JSON tree
#: to another" (Joseph Gentle), "slide from one character or storyline to another" (n+1), "consuming from one queue and
#: then publishing to another" (Segment).
ALTERNATION_GAP = 6


def _one_then_other(doc: Doc, after: int) -> bool:
    """Whether "one" and the noun at ``after`` open an alternation of :data:`ALTERNATION_TAILS`: "move from one
    activity to the next", "differentiate one cut from another" (EdSurge), "characterize this one way or the
    other" (ChinaTalk) name any one thing in a series, so nothing is counted. The noun's modifiers may stand between,
    up to :data:`ALTERNATION_GAP` words and no punctuation: "slide from one character or storyline to another"
    (n+1)."""
    if after >= len(doc) or not doc[after].is_alpha:
        return False
    stop = min(doc[after].sent.end, after + 1 + ALTERNATION_GAP + 1)
    for begin in range(after + 1, stop):
        if doc[begin].is_punct:
            return False
        words = [t.lower_ for t in doc[begin : begin + max(map(len, ALTERNATION_TAILS))]]
        for tail in ALTERNATION_TAILS:
            end = begin + len(tail)
            # the tail ends the phrase: "one day to the next stop" is a day's trip, not an alternation
            if words[: len(tail)] == list(tail) and (end >= len(doc) or doc[end].pos_ not in {"NOUN", "PROPN", "ADJ"}):
                return True
    return False


def _one_against_another(one: Token) -> bool:
    """ "one <noun>" set against "another" after a comma or semicolon later in its sentence, on the same noun or alone
    as its own clause's subject or predicate, picks out any one of a kind, as an alternation does
    (:func:`_one_then_other`), and counts nothing: "If one country saves more than it invests, another country must
    save less" (Carnegie Endowment, dev probe real7), "Carnegie becoming a message boy is one opportunity, asking how to
    operate the telegraph is another" (Simon Sarris, dev probe real34). "another" before a number counts that number's
    noun ("and another 30 were hurt"), and after a preposition it is some other thing ("One patient died, others moved
    to another"): both leave the one."""
    head, doc = one.head, one.doc
    if one.dep_ != "nummod" or head.i < one.i:
        return False
    pause = False
    for token in doc[head.i + 1 : head.sent.end]:
        pause = pause or token.text in {",", ";"}
        if token.lower_ != "another" or not pause:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].like_num:
            return False
        if token.dep_ == "det":
            return token.head.lemma_ == head.lemma_
        return token.dep_ in {"attr", "nsubj", "nsubjpass"}
    return False


def _one_before_plural(doc: Doc, one: Token) -> bool:
    """ "one" on a plural noun is a pronoun, never a count of one: before a verb the tagger takes for a plural noun,
    "as one heads south" (The Washington Post), "as much as one costs to buy" (Engadget), or before the subject of a
    clause that leaves the pronoun's noun out, "it's one U.S. officials would rather not discuss" (Talking Points
    Memo). Only names and modifiers stand between the two ("one and a half years" is a number of its own)."""
    head = one.head
    return (
        one.dep_ == "nummod"
        and head.tag_ in {"NNS", "NNPS"}
        and head.i > one.i
        and all(t.dep_ in {"compound", "amod"} for t in one.doc[one.i + 1 : head.i])
    )


def _one_named(one: Token) -> bool:
    """ "one" on a noun that an apposed name then names picks out that person, as "one of the" does, and counts
    nothing: "One witness, Felicia Sanders, described hiding" (NPR, dev gold, labelled none), "One supporter,
    38-year-old Aleksandra Krzanowska, brandished a poster" (USA TODAY, dev probe real19), "One commenter, Bruce Van
    Horn, noted" (WP Tavern, dev page). An apposed age or description ("One officer, 45, was hurt") names no one and
    leaves the count."""
    head = one.head
    return (
        one.dep_ == "nummod"
        and head.i > one.i
        and head.tag_ == "NN"
        and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)
    )


def _some_day(doc: Doc, number: Number) -> bool:
    """A bare "one day" is some day, not a count of one day, as the dates read it (``dates.ONE_DAY_SPAN_AFTER``):
    "it might in fact end one day soon" (Verfassungsblog), "a hero who would one day emerge" (Kotaku), "until, one
    day, the melting" (The New Yorker), "There was one day I asked Gary" (Mirror); so is a bare "one night" ("backstage
    at the comedy club Catch a Rising Star one night in 1988", GQ; "on the lot of a dark truck stop one night", NPR;
    the nouns of :data:`SOME_DAY_NOUNS`). A preposition before it ("for one day", "over one day") or a span after it
    ("one day after the vote", "from just over one day to four days", Metro) makes it a count."""
    first = doc[number.start]
    if first.lower_ != "one" or number.end != number.start + 1 or number.end >= len(doc):
        return False
    if doc[number.end].lower_ not in SOME_DAY_NOUNS:
        return False
    prev = doc[number.start - 1] if number.start > 0 else None
    if prev is not None and (prev.pos_ == "ADP" or prev.lower_ in {"just", "only", "about", "than"}):
        return False
    after = doc.text[doc[number.end].idx + len(doc[number.end]) :]
    return ONE_DAY_SPAN_AFTER.match(after) is None


def _in_idiom(doc: Doc, number: Number) -> bool:
    """Whether the number word sits in a phrase of :data:`NUMBER_IDIOMS` ("at one point")."""
    for words in NUMBER_IDIOMS:
        at = next((k for k, word in enumerate(words) if word in NUMBER_WORDS), None)
        begin = number.start - (at or 0)
        if at is not None and begin >= 0 and [t.lower_ for t in doc[begin : begin + len(words)]] == list(words):
            return True
    return False


def _title_with_time_unit(doc: Doc, number: Number) -> bool:
    """A number before a capitalised time unit inside a prose sentence opens a title, not a count: "the five
    must-watch tearjerkers: ...; and 12 Years a Slave" (Medical Daily), "her review anthology For Keeps: 30 Years at
    the Movies" (Vox), "6 Days de Toa Fraser" (Libération); prose writes "30 years" in lower case, so a sentence
    with no lower-case word (a headline) is left alone."""
    if number.end >= len(doc):
        return False
    unit = doc[number.end]
    sentence = sentence_of(unit)
    return (
        unit.is_title
        and unit.lower_ in TIME_UNITS
        and doc[number.start].i != sentence.start
        and any(t.is_lower and t.is_alpha and len(t) > 3 for t in sentence)
    )


def _quoted_title(doc: Doc, number: Number) -> bool:
    """A number inside quote marks whose words are all capitalised, before a capitalised word, is part of a title or
    a slogan, not a count: "yesterday’s “Top 5 PR Industry Debate Topics” post" (Adweek, dev), "“One Nation, Two
    Systems” was precisely a kind of Schmittian vision" (ChinaTalk, dev). Quoted speech writes its nouns in lower
    case, so it is left alone."""
    if number.end >= len(doc) or not (doc[number.end].is_alpha and (doc[number.end].is_title or doc[number.end].is_upper)):
        return False
    sentence = sentence_of(doc[number.start])
    marks = [t.i for t in sentence if t.is_quote]
    opening = [i for i in marks if i < number.start]
    closing = [i for i in marks if i >= number.end]
    if len(opening) % 2 == 0 or not closing:
        return False
    inside = [t for t in doc[opening[-1] + 1 : closing[0]] if t.is_alpha]
    return len(inside) >= 2 and all(t.is_title or t.is_upper for t in inside if len(t) > 3)


def _quoted_label(doc: Doc, number: Number) -> bool:
    """A number opening a short quoted phrase that stands before a noun names a kind of that noun, not a count: "the
    “three vehicles” problem" (Roots of Progress, dev), "“one secret trick” recipes", "the “one secret trick” guy"
    (The New Yorker, dev). Quoted speech goes on past a few words or ends before a verb or punctuation, so it is left
    alone."""
    if number.start == 0 or not doc[number.start - 1].is_quote:
        return False
    sentence = sentence_of(doc[number.start])
    if sum(t.is_quote for t in doc[sentence.start : number.start]) % 2 == 0:
        return False  # the mark before closes a quote
    closing = next((t.i for t in doc[number.end : min(number.end + 4, sentence.end)] if t.is_quote), None)
    if closing is None or closing + 1 >= sentence.end:
        return False
    after = doc[closing + 1]
    return after.pos_ == "NOUN" and after.is_lower and after.is_alpha and not after.ent_type_


def _beside_month(doc: Doc, number: Number) -> bool:
    """A day number next to a title-case month name or its short form, with or without a dot."""
    text = doc[number.start].text
    if number.end - number.start != 1 or not text.isdigit() or not 1 <= int(text) <= 31:
        return False
    neighbours = [doc[i] for i in (number.start - 1, number.end) if 0 <= i < len(doc)]
    return any(t.is_title and t.lower_.rstrip(".") in MONTH_FORMS for t in neighbours)


def _in_calendar_span(token: Token, number: Number) -> bool:
    """Whether the DATE/TIME span around ``token`` really names a time (the NER also tags "between 10 and 20");
    the number's own words do not count ("three and a half songs" is no "half" of a year)."""
    ent = entity_of(token)
    if ent is None:
        return False
    return any(
        not number.start <= t.i < number.end
        and t.lower_ in CALENDAR_WORDS
        or re.fullmatch(r"(1[89]|20)\d\d", t.text)
        or t.text.endswith("s")
        and t.text[:-1].isdigit()
        for t in ent
    )


def _offset_after(doc: Doc, k: int) -> bool:
    """Whether the word at ``k`` makes the time units before it a date offset ("two years ago", "six months later",
    "a year earlier"), no count. Compared with "than", "earlier" and "later" measure the gap between two times, a
    count: "about 3,000 years earlier than the spread of pastoralists" (Knowable Magazine, dev), "to 2026 — two years
    later than planned" (TechCrunch, dev)."""
    if k >= len(doc) or doc[k].lower_ not in {"ago", "earlier", "later"}:
        return False
    return doc[k].lower_ == "ago" or not (k + 1 < len(doc) and doc[k + 1].lower_ == "than")


def _counts_time_units(doc: Doc, number: Number) -> bool:
    """A number the NER put in a DATE span that counts time units ("two hours", "two-year period") or periods of
    :data:`COUNTED_PERIODS` ("the past two seasons")."""
    j = number.end
    between = number.start > 0 and doc[number.start - 1].lower_ == "between"
    if j + 1 < len(doc) and (doc[j].lower_ in {"or", "to", "-", "–"} or doc[j].lower_ == "and" and between):
        # "two or three years", "will take 10-12 weeks" (BBC News, The Guardian), "between three and four hours" (AP)
        high = read_number(doc, j + 1)
        if high is not None:
            j = high.end
    elif j < len(doc) and _dash_glued_high(doc, j) is not None:
        j += 1  # "can live 10 -15 years" (Animal World, dev probe real17)
    if j < len(doc) and doc[j].text == "-":
        j += 1
        if j < len(doc) and doc[j].lower_ == "odd":
            j += 1  # "20-odd years"
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j - 1].whitespace_ and doc[j].lower_ not in TIME_UNITS:
        # "for five straight days" (Reuters, CNBC), "three consecutive years" (BBC News, AP); "the twenty-first
        # century" is an ordinal (globalbankingfinance, dev)
        j += 1
    if j < len(doc) and (doc[j].lower_ in TIME_UNITS or doc[j].lower_ in COUNTED_PERIODS):
        return not _offset_after(doc, j + 1)
    return False


def _looks_like_year(doc: Doc, number: Number) -> bool:
    text = doc[number.start].text
    if number.end - number.start != 1 or not re.fullmatch(r"(1[89]|20)\d\d", text) or _before_measure_unit(doc, number):
        return False
    head = doc[number.start].head
    counts_noun = doc[number.start].dep_ == "nummod" and head.tag_ == "NNS" and head.i > number.start
    return not counts_noun or _judged_by_year(doc, number, head)


def _judged_by_year(doc: Doc, number: Number, head: Token) -> bool:
    """Whether a year-like number after "by" is the year of a yardstick noun right after it ("isn't the most
    powerful device by 2024 standards", Android Authority; "certainly qualify by 2023 standards", NFL.com;
    ``data/en/year_yardsticks.txt``): a year, not a count ("checked 2000 standards" stays one)."""
    return (
        head.i == number.end
        and head.lower_ in YEAR_YARDSTICKS
        and number.start > 0
        and doc[number.start - 1].lower_ == "by"
    )


def _range_end(doc: Doc, number: Number) -> tuple[float, float, int, str | None] | None:
    """(low, high, token index after, unit glued to the high end) for "10 to 15", "10-15", "between 10 and
    15", "$20bn to $50bn", "30-35C".

    A scale written only on the high end applies to both ("1 to 2 million"); "rose from 3 to 5"
    is a change, not a range.
    """
    j = number.end
    if j + 1 >= len(doc):
        return None
    joiner = doc[j].lower_
    glued_high = _dash_glued_high(doc, j)
    if glued_high is not None:
        plain = number.unit is None and number.currency is None
        return (number.value, glued_high, j + 1, None) if plain and glued_high > number.value else None
    i = number.start - 1
    while i > 0 and (doc[i].pos_ in {"DET", "ADJ"} or doc[i].text in currencies()):
        i -= 1  # "from the current $154,000 to $220,000"
    before = doc[i].lower_ if i >= 0 else ""
    if not (joiner in {"-", "–", "or", "to"} or (joiner == "and" and before == "between")):
        return None
    if joiner == "to" and before == "from" and _under_change_verb(doc[number.start]):
        return None  # "raising the income limit from the current $154,000 to $220,000": two values
    k = j + 1
    # the currency written again after "or" makes two amounts to choose from, not a span (see below)
    choice = joiner == "or" and bool(doc[k].text in currencies() or GLUED_CURRENCY.match(doc[k].text))
    hyphened = _hyphened_range_high(doc, j)
    if hyphened is not None:
        k = hyphened
    if k < len(doc) and doc[k].text in currencies():
        k += 1
    high = read_number(doc, k)
    suffix = doc[number.end - 1].lower_
    if (
        high is not None
        and suffix in SCALE_SUFFIXES
        and high.end < len(doc)
        and not doc[high.end - 1].whitespace_
        and doc[high.end].lower_.removesuffix(".") == suffix
    ):
        # both ends carry their scale letter: "between £1.2m and £1.5m" (The Guardian), "from 1.5m to 2m people"
        high = replace(high, end=high.end + 1, value=high.value * SCALE_SUFFIXES[suffix])
    if high is None or high.value <= number.value or FOLD.match(doc[k].text):
        return None
    if (high.currency is not None and high.currency != number.currency) or (
        high.unit is not None and number.unit is not None and high.unit != number.unit
    ):
        return None  # a change and a price, no range: "slid 4.2pc to 1,845p" (The Guardian, This is Money)
    low = number.value
    low_scale = _written_scale(doc, number)
    shared = _shared_scale(doc, high, low_scale)
    scale_after = (
        high.end < len(doc)
        and not doc[high.end - 1].whitespace_
        and doc[high.end].lower_.removesuffix(".") in SCALE_SUFFIXES
    )
    if choice and not ((shared > 1 or scale_after) and low_scale == 1):
        # "free shipping for orders over $50, $75 or $100" (Fox Business, labelled two values in real2), "S$5,000 or
        # S$5,500 is the minimum salary" (CNA, dev), "For $15 or $20" (Mother Jones, dev); "four or five buyers" stays
        # a range, and so does "£3 or £4m", whose scale is written once for both
        return None
    if shared > 1 and low * shared < high.value:
        low *= shared
    elif joiner in {"-", "–"}:
        low *= _shared_thousands(doc, number, high)
    changed = before == "by" or i >= 0 and doc[i].pos_ == "VERB" and i == number.start - 1 - _symbols(doc, i)
    if joiner == "to" and changed and _under_change_verb(doc[number.start]) and high.value >= 5 * low:
        # a change and the level it reached, as market reports write them: "Oil rose $2 to $85 a barrel"
        # (Reuters), "the FTSE fell 120 points to 7,450" (BBC News), "shares fell 20p to 150p" (The Guardian);
        # "rose 2 to 3 per cent" stays a range of the change
        return None
    return low, high.value, high.end, high.unit


def _dash_glued_high(doc: Doc, j: int) -> float | None:
    """The high end of a range whose dash is glued to it after a space, "10 -15", read at token ``j`` right after the
    low end: "They can live 10 -15 years or more in nature" (Animal World, dev probe real17) is 10 to 15 years, no
    minus fifteen. A minus sign after a word stays one ("fell from 3% to -2%"); None when ``j`` is no such token."""
    text = doc[j].text
    if not (text.startswith("-") and doc[j - 1].whitespace_ and SIGNED.match(text)):
        return None
    return float(text[1:])


def _written_scale(doc: Doc, number: Number) -> float:
    """The largest scale the low end of a range writes itself ("three hundred": 100, "£2bn": 10^9), 1 for none."""
    scales = [SCALES[doc[t].lower_] for t in range(number.start, number.end) if doc[t].lower_ in SCALES]
    letter = DIGITS_SCALED.match(doc[number.start].text)
    if letter:
        scales.append(SCALE_SUFFIXES[letter.group(2).lower()])
    glued = GLUED_CURRENCY.match(doc[number.start].text)
    if glued is not None and glued.group("scale"):
        scales.append(SCALE_SUFFIXES[glued.group("scale").lower()])
    return max(scales, default=1.0)


def _shared_scale(doc: Doc, high: Number, low_scale: float) -> float:
    """The factor of the scale words closing a range's high end that are larger than any its low end writes: both
    ends share them. A scale written only on the high end applies to both ("1 to 2 million", "£3-4bn", The Guardian,
    FT), whichever scale word it is and however many close it: "two to three thousand troops", "three hundred to five
    hundred billion dollars" (The New Yorker, dev), whose low end writes its own "hundred" and shares the "billion"."""
    factor = 1.0
    letter = DIGITS_SCALED.match(doc[high.start].text)
    if letter and SCALE_SUFFIXES[letter.group(2).lower()] > low_scale:
        factor = SCALE_SUFFIXES[letter.group(2).lower()]  # "£3-4bn"
    t = high.end - 1
    while t > high.start and doc[t].lower_ in SCALES and SCALES[doc[t].lower_] > low_scale:
        factor *= SCALES[doc[t].lower_]
        t -= 1
    return factor


#: A high end of whole thousands in digit groups, "250,000", and a low end of one to three bare digits, "200".
THOUSANDS_HIGH = re.compile(r"^(?P<lead>\d{1,3})(?P<groups>(?:,000)+)$")
BARE_LOW = re.compile(r"^\d{1,3}$")


def _shared_thousands(doc: Doc, low: Number, high: Number) -> float:
    """The factor a dash range's low end takes from thousands written only on its high end, as "3-4bn" shares its
    scale: "the armed forces comes to 200-250,000 troops" (Chartbook, dev probe real21) is 200,000 to 250,000, which
    a low end under the high end's first group shows ("500-1,000" stays 500 to 1,000); 1 for none."""
    lead = THOUSANDS_HIGH.match(doc[high.start].text) if high.end == high.start + 1 else None
    if lead is None or low.end != low.start + 1 or not BARE_LOW.match(doc[low.start].text):
        return 1.0
    if low.value >= int(lead.group("lead")):
        return 1.0
    return 1000.0 ** lead.group("groups").count(",")


def _hyphened_range_high(doc: Doc, j: int) -> int | None:
    """Where the high end starts in a range hyphenated before its time or measure unit, "-to-" at token ``j``: "a
    three-to-five-year deal" (Reuters, The Guardian), "a two-to-three-hour wait" (BBC News, The New York Times);
    "one-to-one" is no range."""
    words = [t.text.lower() for t in doc[j : j + 3]]
    if words != ["-", "to", "-"] or any(t.whitespace_ for t in doc[j - 1 : j + 3]):
        return None
    high = read_number(doc, j + 3)
    if high is None or high.end + 1 >= len(doc) or doc[high.end].text != "-":
        return None
    unit = doc[high.end + 1].lower_
    return j + 3 if unit in TIME_UNITS or unit in MEASURE_UNITS else None


def _symbols(doc: Doc, i: int) -> int:
    """How many currency symbols stand right after token ``i`` ("rose $2": one)."""
    k = i + 1
    while k < len(doc) and doc[k].text in currencies():
        k += 1
    return k - i - 1


def _verb_above(token: Token, steps: int) -> Token | None:
    """The first verb above ``token`` in the parse, within ``steps`` heads."""
    for _ in range(steps):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def _told_in_the_past(token: Token) -> bool:
    """Whether the verb over ``token`` is in the past tense: then "in N years" is how long something took or
    a span up to now, a count ("In six months, Smith completed the work", Atlas Obscura; "suffered its worst
    plane crash in 30 years", Reuters), not a forward offset ("come back in six months", The Namibian;
    "who turns 18 in three days", Evening Standard)."""
    verb = _verb_above(token, 4)
    return verb is not None and verb.tag_ in {"VBD", "VBN"}


def _span_of_a_noun(token: Token) -> bool:
    """Whether the "in" over ``token``'s time unit hangs from a noun: then "in N years" is the span a record or a
    rank is counted over, a count whatever the tense ("the sixth prime minister in eight years", Evening Standard;
    "a 22-4 record in two seasons", 247Sports; "its worst plane crash in 30 years", Reuters); a forward offset hangs
    from its verb ("come back in six months", "which ends in two weeks", "who turns 18 in three days")."""
    unit = token.head
    return unit.head.lower_ == "in" and unit.dep_ == "pobj" and unit.head.head.pos_ in {"NOUN", "PROPN"}


def _counted_by_participle(doc: Doc, end: int) -> bool:
    """Whether the bare number ending at ``end`` stands before the past participle of a people verb that names what
    befell them and takes no noun of its own, as a headline or a tally writes it: "Pakistani official says eight killed
    and dozens injured" (National Post), "well-over a hundred thousand killed in combat" (Chartbook). The number
    counts people, as the verb's bare object does ("killed 1,200")."""
    if end >= len(doc) or doc[end].tag_ not in {"VBN", "VBD"} or lemma(doc[end]) not in PEOPLE_VERBS:
        return False
    return end + 1 == len(doc) or doc[end + 1].pos_ not in {"NOUN", "PROPN", "NUM"}


def _dead_subject(doc: Doc, number: Number) -> bool:
    """Whether the bare number is the subject of a verb of dying (``data/en/death_verbs.txt``): then it counts people,
    as the bare object of "killed" does: "about 3,700 people infected. Ten have died." (HuffPost, dev page), "4,000
    drowned in the Aegean Sea" (Global News, dev probe real35). A determiner makes it a pronoun ("the two died"), "one"
    is one of some group ("one died"), and a number a dash sets beside a noun counts that noun ("Nearly a quarter of
    residents — 22 — have died", dev probe real25)."""
    last = doc[number.end - 1]
    if last.dep_ != "nsubj" or lemma(last.head) not in DEATH_VERBS or last.head.i < number.end:
        return False
    if doc[number.start].lower_ == "one" and number.end == number.start + 1:
        return False
    before = doc[number.start - 1] if number.start > 0 else None
    while before is not None and before.lower_ in QUALIFIER_WORDS and before.i > 0:
        before = doc[before.i - 1]
    return before is None or not (before.pos_ == "DET" or before.text in {"—", "–", "-"})


def _counts_a_toll(token: Token) -> bool:
    """ "The death toll ... had risen to 21": a bare number the toll's verb reaches counts people."""
    verb = _verb_above(token, 3)
    return verb is not None and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "toll" for c in verb.children)


def _under_change_verb(token: Token) -> bool:
    """Whether a verb of change ("rise", "raise") governs ``token`` within a few steps of the parse."""
    verb = _verb_above(token, 6)
    return verb is not None and lemma(verb) in CHANGE_VERBS


def _qualifier(doc: Doc, start: int) -> tuple[str, int]:
    """Qualifier class and the index where its phrase starts, from the words before ``start``."""
    window = [t.lower_ for t in doc[max(0, start - 3) : start]]
    for phrase, qualifier in QUALIFIERS:
        words = phrase.split()
        if len(words) <= len(window) and window[-len(words) :] == words:
            return qualifier, start - len(words)
    return "exactly", start


def _noun_after_plus(doc: Doc, end: int) -> tuple[str, int] | None:
    """(counted noun, index after it) for a count with "or more" glued as "+": "supports 100+ use cases" (Dropbox
    Tech), "an estimated 10,000+ customers" (TechCrunch). The parser reads the "+" as a conjunction and may take the
    noun after it for a verb ("use"), so the noun is the words up to the first plural within three words."""
    if end + 1 >= len(doc) or doc[end].text != "+" or doc[end - 1].whitespace_:
        return None
    for j in range(end + 1, min(end + 4, len(doc))):
        if not doc[j].is_alpha or doc[j].is_title and j > end + 1:
            return None
        if doc[j].tag_ in {"NNS", "NNPS"}:
            return doc[end + 1 : j + 1].text.lower(), j + 1
    return None


def _glued_plus(doc: Doc, number: Number, end: int) -> bool:
    """Whether "+" is glued to the number or its unit before ``end``: "100+", "10-inch+", a count "or more"; or to the
    per cent sign ending the quantity, split off by the tokenizer (``nlp.GLUED_PLUS_AFTER_PERCENT``): "90%+"."""
    if end < len(doc) and doc[end].text == "+" and doc[end - 1].text == "%" and not doc[end - 1].whitespace_:
        return True
    return any(t.text.endswith("+") and not (t.i > 0 and doc[t.i - 1].whitespace_) for t in doc[number.end - 1 : end])


def _make(
    doc: Doc,
    number: Number,
    start: int,
    end: int,
    unit: str | None,
    value_max: float | None,
    sentences: SentenceIndex,
) -> Quantity:
    tolerance = _plus_or_minus(doc, start)
    if tolerance is not None:
        start = tolerance  # "plus or minus 3 points" is a margin of 3, never below zero
    elif start > 0 and doc[start - 1].lower_ == "minus" and value_max is None:
        # "fell to minus 20 degrees" (CBC News), "minus 5C overnight" (BBC Weather)
        number, start = replace(number, value=-number.value), start - 1
    qualifier, qstart = _qualifier(doc, start)
    if qualifier == "exactly" and _glued_plus(doc, number, end):
        qualifier = "at_least"
    if qualifier == "about" and doc[qstart].lower_ == "some" and doc[start].lower_ in {"one", "a"}:
        qualifier, qstart = "exactly", start
    span = doc[qstart:end]
    verb = _verb_above(doc[number.start], len(doc))
    # a sentence's full stop the tokenizer left on a scale letter ("£80m.") is no part of the quantity
    stop = (
        1
        if span[-1].text.endswith(".")
        and (
            span[-1].lower_.removesuffix(".") in SCALE_SUFFIXES
            or TEMPERATURE.match(span[-1].text)
            or len(span[-1]) > 1
            and span[-1].lower_[:-1] in MEASURE_UNITS
        )
        else 0
    )
    return Quantity(
        text=span.text[: len(span.text) - stop],
        start=span.start_char,
        end=span.end_char - stop,
        sentence=sentences.of(span.start_char),
        value=number.value,
        unit=unit,
        qualifier=qualifier,
        value_max=value_max,
        subject=quantity_subject(verb, span),
        verb=lemma(verb) if verb is not None else None,
    )
