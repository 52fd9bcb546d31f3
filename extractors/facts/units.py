"""What a number counts: a currency before it, a unit or counted noun after it ("72 people",
"30 meters", "$5"), and the shapes that are money but not an amount ("a $1 bill").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from spacy.tokens import Doc, Token

from extractors.facts.gazetteer import (
    country_aliases,
    currencies,
    currency_names,
    currency_places,
    dollar_currencies,
    dollar_domains,
    dollar_places,
    euro_area,
    measure_units,
    needs_country,
    shared_currencies,
    word_list,
)
from extractors.facts.nlp import sentence_of
from extractors.facts.numbers import GLUED_CURRENCY, SCALES, Number
from extractors.records import Entity

#: Lengths that, hyphenated before a noun, give a weapon's calibre rather than a measure.
CALIBRE_UNITS = word_list("calibre_units")
#: Words that make the number after them an age ("aged 45", "kids ages 5 to 12"), never a counted noun.
AGE_WORDS = word_list("age_words")
#: ``data/en/halved_time_units.txt``: time units a bare "half" before them halves ("the first half hour").
HALVED_TIME_UNITS = word_list("halved_time_units")
#: Measure words and their symbols, so "30 meters" and a gold "m" compare equal (``data/en/measure_units.tsv``).
MEASURE_UNITS = measure_units()
#: Words before a length that make it an area: "1,200 sq ft" (The Times of India, South China Morning Post), "85 sq
#: m" (The Guardian), "500 square kilometres" (BBC News).
AREA_WORDS = frozenset({"sq", "sq.", "square"})
#: A number with its unit glued to it in one token ("4GHz", "2.3Ghz", "100W"; spaCy splits "16GB" and "20km" itself).
GLUED_MEASURE = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<unit>[A-Za-zµμ]{1,4})$")
#: The capital letters the measure table writes as a unit's symbol ("W"): the only single letters read as a glued
#: unit. A glued lower-case letter may be a scale ("2m copies" is a million) and another capital a name ("5G", "3D").
SYMBOL_LETTERS = frozenset(unit for unit in MEASURE_UNITS.values() if len(unit) == 1 and unit.isupper())


TIME_UNITS = {
    "second": "seconds",
    "seconds": "seconds",
    "minute": "minutes",
    "minutes": "minutes",
    "hour": "hours",
    "hours": "hours",
    "day": "days",
    "days": "days",
    # stays and spells counted in nights: "stayed three nights" (BBC News, The Guardian), "spent 10 nights in
    # hospital" (AP, BBC News), "a two-night stay" (The Independent, Lonely Planet)
    "night": "nights",
    "nights": "nights",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
    "decade": "decades",
    "decades": "decades",
    "century": "centuries",
    "centuries": "centuries",
    # abbreviations: "waited 45 mins" (BBC Sport live text, Daily Mail), "2 hrs 35 mins" (The Sun, Daily Mirror), "for 5
    # yrs" (The Sun, Daily Star); "1400 hrs" on the 24-hour clock is a time of day (quantities._is_excluded)
    "sec": "seconds",
    "secs": "seconds",
    "min": "minutes",
    "mins": "minutes",
    "hr": "hours",
    "hrs": "hours",
    "yr": "years",
    "yrs": "years",
}


#: Words for per cent after a number; "pc" as PTI and Business Standard headlines write it ("Sensex falls 2 pc").
PERCENT_WORDS = frozenset({"%", "percent", "pct", "pc"})
#: Sub-units written as words, with their currency and factor ("15 cents" -> 0.15 USD).
SUBUNITS = {
    "cents": ("USD", 0.01),
    "cent": ("USD", 0.01),
    "pence": ("GBP", 0.01),
    "p": ("GBP", 0.01),
    "sen": ("MYR", 0.01),  # "rose 5 sen to RM2.05" (The Star, New Straits Times)
    "paise": ("INR", 0.01),  # "fell 12 paise to 83.40" (The Times of India, The Economic Times)
    "kobo": ("NGN", 0.01),  # "N1.50 kobo" (Punch, Vanguard); "fils" is left out: five Gulf currencies share it
}
#: Nouns after an amount of money that make it a banknote or coin, not an amount ("$1 bills").
DENOMINATION_NOUNS = word_list("denomination_nouns")


def glued_measure(doc: Doc, i: int) -> Number | None:
    """A number and a measure unit written as one token ("4GHz"), or None. A single letter is a unit only as the
    table's capital symbol: "100W wired charging, 30W wireless charging" (GSMArena, dev probe real17), "Corsair CX
    550W" (The Inventory, dev probe real26)."""
    match = GLUED_MEASURE.match(doc[i].text)
    if match is None:
        return None
    if len(match.group("unit")) == 1:
        letter = match.group("unit")
        return Number(i, i + 1, float(match.group("num").replace(",", "")), unit=letter) if letter in SYMBOL_LETTERS else None
    unit = match.group("unit").lower()
    if unit in TIME_UNITS:
        return Number(i, i + 1, float(match.group("num")), unit=TIME_UNITS[unit])  # "took 3hrs" (The Sun, Daily Mirror)
    if unit not in MEASURE_UNITS:
        return None
    return Number(i, i + 1, float(match.group("num").replace(",", "")), unit=MEASURE_UNITS[unit])


#: A multiple written with its "x" glued on, alone or as a range: "write 10x more", "a 10x word count" (Topic Seed),
#: "a 1.5x-2x size overhead" (Joseph Gentle's blog).
GLUED_MULTIPLE = re.compile(r"^(?P<low>\d+(?:\.\d+)?)x(?:[-–](?P<high>\d+(?:\.\d+)?)x)?$")


#: A length in inches with the double prime glued to it: "These angels can grow up to 4″ (10 cm)" (Animal World, dev
#: probe real17).
GLUED_INCHES = re.compile(r"^(?P<num>\d+(?:\.\d+)?)″$")


def glued_inches(doc: Doc, i: int) -> Number | None:
    """A number and its inch mark written as one token ("4″"), or None."""
    match = GLUED_INCHES.match(doc[i].text)
    return None if match is None else Number(i, i + 1, float(match.group("num")), unit="in")


def inch_mark(doc: Doc, end: int) -> int | None:
    """The index after an inch mark glued to the number that ends before ``end``, or None: a double prime, or a
    straight double quote that is the only one of its sentence, "this 50\" 4K television", "Dell's U2412M 24\"
    UltraSharp monitor" (The Inventory, dev probes real25 and real26), and before the noun or number it measures; a
    quote mark that closes a quotation has the one that opened it beside it ("she said \"we need 50\""), or only
    punctuation or the speaker after it when the quotation opened a sentence before ("we need 50" he said)."""
    if end >= len(doc) or doc[end].text not in {'"', "″"} or doc[end - 1].whitespace_:
        return None
    if doc[end].text == '"' and (
        sentence_of(doc[end]).text.count('"') != 1
        or end + 1 >= len(doc)
        or doc[end + 1].pos_ not in {"NOUN", "PROPN", "NUM", "ADJ"}
    ):
        return None
    return end + 1


def glued_multiple(doc: Doc, i: int) -> Number | None:
    """A multiple as one token ("10x", "1.5x-2x") in "times", as "about 10 times faster" is counted, or None. The
    tokenizer keeps these whole; a product's "4x4" or a grid's "3x3" has a digit after the "x" and is left alone."""
    match = GLUED_MULTIPLE.match(doc[i].text)
    if match is None:
        return None
    low, high = float(match.group("low")), match.group("high")
    if high is not None and float(high) <= low:
        return None
    return Number(i, i + 1, low, unit="times", value_max=float(high) if high is not None else None)


def measure_phrase(doc: Doc, start: int) -> tuple[str, int] | None:
    """The unit and the index after it when a unit named in several words starts at token ``start``: "424 parts per
    million" (BBC News, NOAA) is ppm, "3,000 kilowatt-hours" (AP, BBC News) kWh; hyphens between the words are
    skipped."""
    for size in (5, 4, 3, 2):
        if start + size > len(doc):
            continue
        key = " ".join(t.lower_ for t in doc[start : start + size] if t.text != "-")
        if " " in key and key in MEASURE_UNITS and doc[start + size - 1].text != "-":
            return MEASURE_UNITS[key], start + size
    return None


def named_cents(doc: Doc, start: int) -> tuple[str, int] | None:
    """ISO code and the index after "cents" named with their currency's country from token ``start`` on: "bought 59
    US cents" (Reuters, Bloomberg), "fell to 64 Australian cents" (Reuters, ABC News), "30 euro cents a litre"
    (Reuters, The Irish Times): the country's dollar as ``data/en/currency_names.tsv`` names it, or the euro."""
    if start + 1 >= len(doc) or doc[start + 1].lower_ not in {"cent", "cents"}:
        return None
    word = doc[start].lower_
    code = "EUR" if word == "euro" else currency_names().get(word + " dollars")
    return (code, start + 2) if code else None


def named_currency(doc: Doc, start: int) -> tuple[str, int] | None:
    """ISO code and the index after a currency named with its country from token ``start`` on: "Australian
    dollars", "Swiss francs", "U.S. dollars" (``data/en/currency_names.tsv``)."""
    names = currency_names()
    for size in (3, 2):
        words = " ".join(t.lower_ for t in doc[start : start + size])
        if start + size <= len(doc) and words in names:
            return names[words], start + size
    return None


def sign_after(doc: Doc, end: int) -> tuple[str, int] | None:
    """The currency sign written after a number at token ``end``, as its ISO code and the index after it: "the stock
    has plunged 12% and ... lost 24$ from its market cap" (Deadline, dev), "a ticket costs 100 €". Only a sign of
    no letters that the table writes before numbers ("$", "€", "£"; "Rs" and "USD" are words of their own), and not
    when a number follows it straight away, whose sign it is: "paid 5 $10 bills"."""
    if end >= len(doc):
        return None
    sign = doc[end].text
    entry = currencies().get(sign)
    if entry is None or entry[1] != "prefix" or any(char.isalpha() for char in sign):
        return None
    if not doc[end].whitespace_ and end + 1 < len(doc) and doc[end + 1].like_num:
        return None
    return entry[0], end + 1


def _halved_unit(word: str) -> bool:
    """Whether a bare "half" straight before ``word`` counts half of it: a measure unit, or a time unit of
    :data:`HALVED_TIME_UNITS`."""
    return word in MEASURE_UNITS or word in HALVED_TIME_UNITS


def half_a_unit(doc: Doc, i: int) -> Number | None:
    """ "half an hour", "half a day" from token ``i``: 0.5 of the time unit after it ("went on for a good half an hour",
    9News; "half an hour later", BBC News), or "half a dozen" (The Guardian) and "half-a-dozen" (The A.V. Club): 6; "a minute or two" (9News), "a day or
    two" (BBC News): 1 to 2. The unit is read after the number. A measure unit is halved as a time unit is ("add
    hummus, lemon juice and half a cup of the reserved pasta water", The Times of India), and "half" with no "a"
    before it halves the unit straight after it (:func:`_halved_unit`): "buildings a half mile high" (WTF Economy),
    "the first half hour of their second innings" (cricket.com.au), "the half-hour form" (GQ)."""
    if doc[i].lower_ == "a" and i + 2 < len(doc) and doc[i + 1].lower_ == "half":
        unit = _half_compound(doc, i + 1)
        return None if unit is None else Number(i, unit, 0.5)
    if doc[i].lower_ == "half" and (unit := _half_compound(doc, i)) is not None:
        return Number(i, unit, 0.5)
    if (
        doc[i].lower_ in {"a", "an"}
        and i + 3 < len(doc)
        and doc[i + 1].lower_ in TIME_UNITS
        and doc[i + 2].lower_ == "or"
        and doc[i + 3].lower_ in {"two", "three"}
    ):
        return Number(i, i + 1, 1.0, value_max=2.0 if doc[i + 3].lower_ == "two" else 3.0)
    if (
        doc[i].lower_ in {"a", "an"}
        and i + 4 < len(doc)
        and doc[i + 1].lower_ in TIME_UNITS
        and [t.lower_ for t in doc[i + 2 : i + 5]] == ["and", "a", "half"]
    ):
        # "waited an hour and a half" (BBC News, The Guardian), "a year and a half later" (AP): the unit is read after
        return Number(i, i + 1, 1.5)
    if (
        doc[i].lower_ == "half"
        and [t.lower_ for t in doc[i + 1 : i + 5]] == ["-", "a", "-", "dozen"]
        and not any(t.whitespace_ for t in doc[i : i + 4])
    ):
        return Number(i, i + 5, 6.0)  # hyphenated: "half-a-dozen vicious turns" (The A.V. Club)
    if doc[i].lower_ != "half" or i + 2 >= len(doc) or doc[i + 1].lower_ not in {"a", "an"}:
        return None
    if doc[i + 2].lower_ == "dozen":
        return Number(i, i + 3, 6.0)
    return Number(i, i + 2, 0.5) if doc[i + 2].lower_ in TIME_UNITS or doc[i + 2].lower_ in MEASURE_UNITS else None


def _half_compound(doc: Doc, i: int) -> int | None:
    """Where the unit of "half hour", "half-hour" or "half mile" begins when ``doc[i]`` is that "half", else None."""
    j = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ else i + 1
    return j if j < len(doc) and _halved_unit(doc[j].lower_) else None


#: More than the largest US note ever printed (the $100,000 gold certificate of 1934, US Bureau of Engraving and
#: Printing): a "bill" of this much is a law, not a banknote ("the $1.2 trillion bill").
LARGEST_BANKNOTE = 100_000


def is_denomination(doc: Doc, end: int, value: float = 0.0) -> bool:
    """Whether the noun after an amount makes it a banknote or coin ("a $1 bill", "a £20 note") rather than a sum."""
    if end >= len(doc) or doc[end].lower_ not in DENOMINATION_NOUNS:
        return False
    return not (doc[end].lower_ in {"bill", "bills"} and value > LARGEST_BANKNOTE)


def prefix_currency(doc: Doc, start: int) -> tuple[str, int] | None:
    """ISO code and new span start when a currency symbol precedes the number."""
    if start == 0:
        return None
    prev = doc[start - 1]
    table = currencies()
    if prev.text == "." and start >= 2 and not doc[start - 2].whitespace_ and doc[start - 2].text + "." in table:
        # the tokenizer splits the abbreviation's dot off: "Rs. 5,000" (NDTV, Daily Mirror Sri Lanka)
        return table[doc[start - 2].text + "."][0], start - 2
    if (
        prev.text in table
        and table[prev.text][1] == "prefix"
        and not (prev.is_alpha and prev.whitespace_ and len(prev.text) == 1)
    ):
        if (
            start >= 2
            and doc[start - 2].text in {"US", "A", "C", "HK", "S", "NZ"}
            and not doc[start - 2].whitespace_
        ):
            combined = doc[start - 2].text + prev.text
            if combined in table:
                return table[combined][0], start - 2
        return table[prev.text][0], start - 1
    return None


def counted_noun(doc: Doc, number: Number, last: Token, end: int) -> tuple[str | None, int]:
    """The noun a number counts, with its compound modifiers: "shipping containers", "artillery shells"."""
    token = last
    while token.head.i != token.i and token.head.pos_ == "NUM" and token.head.i > token.i:
        token = token.head
    if token.lower_ in SCALES and token.i >= max(number.end, end):
        # a scale word past the number is no count; a range's high end, up to ``end``, is the number's own: "two to
        # three thousand troops" counts troops, as "three to five million people" does
        return None, end
    head = token.head
    described = noun_of_adjective(head) if token.dep_ in {"npadvmod", "advmod"} and head.i == end else None
    if described is not None:
        # the parser hangs the number on the adjective after it, as in "ten times louder": "I heard three or four
        # loud explosions" (National Post) counts explosions
        return noun_phrase(described, number.end), max(end, _hyphen_end(described))
    if head.lower_ == "of" and token.dep_ in {"nummod", "nsubj", "dobj", "pobj", "ROOT", "appos", "conj"}:
        objects = [c for c in head.children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ in {"NOUN", "PROPN"} and objects[0].tag_ in {"NNS", "NNPS"}:
            return noun_phrase(objects[0], number.end), end
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == number.end:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].tag_ in {"NNS", "NNPS"}:
                return noun_phrase(objects[0], number.end), end
    while (
        head.dep_ in {"nmod", "compound"}
        and head.head.pos_ == "NOUN"
        and head.head.tag_ == "NNS"
        and head.head.i > head.i
    ):
        # "90 air, sea and ground-launched missiles" counts missiles; the parser may hang the number on the first
        # noun of a compound: "106 school girls" (Khaama Press), "25 college students" (Times of India)
        head = head.head
    plural = doc[head.i - 1] if head.i - 1 > token.i else None
    if (
        plural is not None
        and number.value > 1
        and (head.tag_ == "NN" or head.lower_ in AGE_WORDS)
        and plural.tag_ in {"NNS", "NNPS"}
        and plural.dep_ == "compound"
        and plural.head == head
    ):
        # more than one counts a plural: a singular "head" after it is a verb the tagger took for a noun, "Around 3
        # million Britons travel abroad" (BBC News, The Guardian), "500 workers strike" (Reuters headlines); "ages"
        # after it opens their age, "an estimated 1.1 million people ages 30 or younger" (Pew Research)
        head = plural
    if head.tag_ == "NN" and head.i > token.i and not _unit_word(head):
        head = _compound_head(head, number.value != 1)
    after = max(number.end, end)
    if (
        head.i > after < len(doc)
        and doc[after].tag_ in {"NNS", "NNPS"}
        and any(t.like_num for t in doc[after + 1 : head.i])
    ):
        # a count between the number's plural noun and the noun the parse hangs the number on counts that later noun,
        # so the plural right after the number is its own: "Police had arrested seven people - six men and one woman"
        # (CNA, dev probe real10) counts people, not men
        head = doc[after]
    if (
        token.dep_ in {"nummod", "quantmod", "compound", "amod"}
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i > token.i
        and sentence_of(head) == sentence_of(token)
        and head.ent_type_ not in {"DATE", "TIME"}
        and not any(
            t.lower_ in {"a", "an", "the", "every", "each"} or t.pos_ == "ADP" for t in doc[max(number.end, end) : head.i]
        )
        and not _ORDINAL_DIGITS.fullmatch(doc[head.i - 1].text)
    ):
        # a noun with its own article is not what the number counts, whatever the parse says: "being a mother
        # of four a dealbreaker" (americanow); nor one behind a preposition: "all out for 212 in 48.3 overs"
        # (ESPNcricinfo, BBC Sport) counts overs with 48.3 alone; nor the period of a rate: "we're adding around
        # 150,000 more every second" (Segment, dev probe real7) counts no seconds; nor one right after an ordinal,
        # a rank of it: "an assist percentage of just 20 (24th percentile.)" (ClutchPoints, dev probe real41) read 20
        # percentiles
        return noun_phrase(head, number.end), max(end, _hyphen_end(head))
    return None, end


#: An ordinal in digits ("24th", "1st"), a rank of the noun after it.
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def noun_of_adjective(adjective: Token) -> Token | None:
    """The common noun after ``adjective`` that it describes, with only adjectives and nouns between them: what a number
    hung on the adjective counts ("three or four loud explosions", National Post; "the 20-largest financial
    institutions", HuffPost; "an 18,000-strong student body", Nature). None for any other word, or a predicate one
    ("ten times louder")."""
    noun = adjective.head
    if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or noun.pos_ != "NOUN" or noun.i <= adjective.i:
        return None
    between = adjective.doc[adjective.i + 1 : noun.i]
    return noun if all(t.pos_ in {"ADJ", "NOUN"} for t in between) else None


def _unit_word(token: Token) -> bool:
    """A unit of measure, time or size, which a noun after it never replaces: "a Secure Shopping 256 bit icon"
    counts bits (Fox Business, dev)."""
    word = token.lower_
    return word in MEASURE_UNITS or word in TIME_UNITS or word in CALIBRE_UNITS


def _compound_head(noun: Token, plural: bool) -> Token:
    """The last noun of the run of nouns a singular ``noun`` opens, when the parser took a modifier of a compound for
    the noun a number counts and hung the compound's head on it or it on the head: "nearly 100 unique async task
    types" counts types (Dropbox Tech, dev; "types" parsed as an apposition of "async"), "more than one white
    supremacist Twitter account" counts accounts (Vox, dev; "supremacist" a compound of "account"). English compounds
    end in their head, so the run's last word is what is counted; it must be a common noun, and a plural one when the
    number is more than one: "a 78 card deck" counts cards (Atlas Obscura, dev), a singular noun after them being
    what they make up."""
    doc = noun.doc
    j = noun.i
    while (
        j + 1 < len(doc)
        and doc[j].whitespace_
        and doc[j + 1].pos_ in {"NOUN", "PROPN"}
        and doc[j + 1].is_alpha
        and not doc[j + 1].is_sent_start
    ):
        j += 1
    last = doc[j]
    if j == noun.i or last.pos_ != "NOUN" or plural and last.tag_ != "NNS":
        return noun
    if noun.head == last or last.head == noun and last.dep_ in {"appos", "compound"}:
        return last
    return noun


def noun_after_dozen(doc: Doc, number: Number, end: int) -> tuple[str | None, int]:
    """The plural noun a count in dozens counts when the parse does not reach it: the parser hangs "dozen" on the
    number before it, or on an adjective, "at least two dozen engineering teams" (Dropbox), "about a dozen different
    looks" (Variety). Adjectives and nouns may come between, nothing else."""
    if doc[number.end - 1].lower_ != "dozen":
        return None, end
    j = number.end
    while j < min(len(doc), number.end + 4) and doc[j].pos_ in {"ADJ", "NOUN", "PROPN"} and doc[j].tag_ != "NNS":
        j += 1
    if j < len(doc) and doc[j].tag_ == "NNS" and doc[j].pos_ == "NOUN":
        return noun_phrase(doc[j], number.end), max(end, j + 1)
    return None, end


def noun_phrase(noun: Token, floor: int) -> str:
    """The noun with the compound nouns right before it, lower-cased ("shipping containers") unless it
    names a people ("New Yorkers"). The compounds start at ``floor``, after the number: the scale word of
    "1.5 lakh people" (Times of India, The Hindu) or the "m" of "2m copies" counts nothing."""
    start = noun.i
    doc = noun.doc
    while start > floor:
        left = doc[start - 1]
        if (
            left.dep_ == "compound"
            and left.is_alpha
            and left.pos_ in {"NOUN", "PROPN"}
            and left.head.i >= start
            and not (start - 2 >= 0 and doc[start - 2].text == "-")
        ):
            start -= 1
        else:
            break
    start = _hyphen_start(doc[start], floor)
    # quote marks are no part of a unit: counted nouns are quoted ("five “pillars of Islam”", Businessweek; "four
    # “glaciers”", The New Yorker), and the tokenizer may glue a closing mark inside the word: "10 “pip”cards" (Atlas
    # Obscura, dev) gave the unit "pip”cards"
    phrase = QUOTE_MARKS.sub(" ", doc[start : _hyphen_end(noun)].text).strip()
    return phrase if noun.ent_type_ == "NORP" else phrase.lower()  # "New Yorkers" keep their capitals


#: Double quote marks, with the spaces around them, as they may sit inside a token the tokenizer did not split.
QUOTE_MARKS = re.compile(r"\s*[“”\"]+\s*")


def _hyphen_start(word: Token, floor: int) -> int:
    """Index of the start of the word ``word`` ends when the tokenizer split it at hyphens, not before ``floor``:
    the parser takes the last piece for the counted noun, and "bats" or "launchers" is not what is counted ("he went
    hitless in eight at-bats", Deadspin, dev; "three grenade-launchers", The Economist, dev)."""
    doc, i = word.doc, word.i
    while (
        i - 2 >= floor
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    ):
        i -= 2
    return i


def _hyphen_end(noun: Token) -> int:
    """Index after the word ``noun`` starts when the tokenizer split it at hyphens: the parser may take a
    prefix for the counted noun, and "re" is no count's unit ("he has endured two re-amputations on the same
    limb", ITV News; in French, "et 7 non-inscrits (sur 9)", Le Monde)."""
    doc, j = noun.doc, noun.i + 1
    while (
        j + 1 < len(doc)
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].is_alpha
    ):
        j += 2
    return j


def site_dollar(url: str | None) -> str | None:
    """ISO code of the dollar the site at ``url`` writes bare, by the longest suffix of its host name in
    ``data/dollar_domains.tsv`` ("https://www.cbc.ca/news/..." -> CAD); None for another site or no address."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.lower().rstrip(".").split(".")
    domains = dollar_domains()
    for k in range(len(labels)):
        code = domains.get(".".join(labels[k:]))
        if code is not None:
            return code
    return None


def article_dollar(entities: Iterable[Entity], doc: Doc | None = None, site: str | None = None) -> str:
    """ISO code a bare "$" or "dollars" means in this article: the dollar of the "$" country it names most,
    counting the country, its people and its places ("Perth", "Ontario", "Indiana"); when it names none, the
    dollar of the site it was published on (``site``, from ``site_dollar``), else USD; USD on a tie.

    Another country's dollar must dominate: its country must have more than half the mentions of every country
    the article names (``_country_mentions``), else the bare sign keeps the site's dollar or USD. A country named in
    passing on a US site is not where the money is: one "Singapore" against nine of India priced a startup's
    valuation in Singapore dollars (TechCrunch, dev); one "Toronto" and one "Canadian" beside the U.S., China and
    Russia priced the U.S. government's spending in Canadian dollars (The New Yorker, dev); "Taiwan Semiconductor"
    in a stock list mostly about China priced the list in Taiwan dollars (The Motley Fool, dev).

    Where ``doc`` writes a dollar with its country, the bare sign means the other one, as wire copy prices money:
    beside "C$1.5 billion", "A$1.7 billion", "HK$5 billion" (Reuters, Bloomberg, AFP) a bare "$" in brackets is the US
    dollar; beside "US$200 million" (ABC News, The Sydney Morning Herald, The Straits Times) it is the local one, and
    the "US" of "US$" is no mention of the United States."""
    written = written_dollars(doc) if doc is not None else set()
    if written - {"USD"}:
        return "USD"
    dollars = dollar_currencies()
    mentions = _country_mentions(entities)
    if "USD" in written:
        mentions.pop("US", None)
    counts: Counter[str] = Counter()
    for country, count in mentions.items():
        if country in dollars:
            counts[dollars[country]] += count
    default = site or "USD"
    if not counts:
        return default
    top = max(counts, key=lambda code: (counts[code], code == "USD"))
    if top in {"USD", default} or 2 * counts[top] > sum(mentions.values()):
        return top
    return default


def _country_mentions(entities: Iterable[Entity]) -> Counter[str]:
    """Mentions of each country an article names, by ISO 3166-1 code: the country and its people as linked ("IN"),
    and the places of the gazetteers ("Perth", "Karachi"). An organisation named after a "$" place or country
    ("Sydney council", "Toronto Police Service", "Reserve Bank of Australia") counts once however often the story
    names it: its name says where it is, each later mention is about the organisation ("Taiwan Semiconductor" eight
    times in a stock list, The Motley Fool, dev)."""
    dollars, places, others = dollar_currencies(), dollar_places(), currency_places()
    mentions: Counter[str] = Counter()
    for entity in entities:
        if entity.normalized in dollars or (
            entity.label in {"GPE", "LOC", "NORP"} and len(entity.normalized) == 2 and entity.normalized.isupper()
        ):
            mentions[entity.normalized] += entity.mentions
        elif entity.label in {"GPE", "LOC"} and _place_named(entity, places):
            mentions[places[_place_named(entity, places)]] += entity.mentions
        elif entity.label in {"GPE", "LOC"} and entity.normalized in others:
            mentions[others[entity.normalized]] += entity.mentions
        elif entity.label == "ORG":
            country = _dollar_place_in(entity.normalized)
            if country is not None:
                mentions[country] += 1
    return mentions


def article_cents(entities: Iterable[Entity], dollar: str) -> str:
    """ISO code a bare "cents" or a glued "c" means in this article: the euro where it names euro-area countries,
    their people and cities (``data/euro_area.tsv``) more often than "$" countries and their places ("189.9c a litre"
    beside Dublin, The Irish Times and RTÉ), else the article's ``dollar``."""
    euro, dollars, places = euro_area(), dollar_currencies(), dollar_places()
    euro_mentions = dollar_mentions = 0
    for entity in entities:
        if entity.normalized in euro and (entity.label in {"GPE", "LOC"} or len(entity.normalized) == 2):
            euro_mentions += entity.mentions
        elif entity.normalized in dollars or entity.label in {"GPE", "LOC"} and entity.normalized in places:
            dollar_mentions += entity.mentions
    return "EUR" if euro_mentions > dollar_mentions else dollar


def _place_named(entity: Entity, places: dict[str, str]) -> str:
    """The "$" place a place entity names: its normalized name, or the words of its first mention when linking merged
    it under a name the gazetteer lacks. "California" merged with a later "Southern California" still names a US state
    (Daily Mail, dev: nine mentions that lost to one "Canada" and priced a Montecito mansion in CAD); so do Gothamist's
    "New York" merged as "New York City" and Variety's state "Georgia" linked to the country (dev). Empty when neither
    is a "$" place."""
    for name in (entity.normalized, entity.text):
        if name in places:
            return name
    return ""


def _dollar_place_in(name: str) -> str | None:
    """The "$" country an organisation is named after, by a place or country name among its words: "Sydney council"
    (ABC News, The Sydney Morning Herald), "Toronto Police Service" (CBC News, Toronto Star), "Reserve Bank of
    Australia" (Reuters, ABC News); demonyms do not count ("American Airlines")."""
    dollars, places, aliases = dollar_currencies(), dollar_places(), country_aliases()
    words = name.split()
    for size in (3, 2, 1):
        for k in range(len(words) - size + 1):
            phrase = " ".join(words[k : k + size])
            if phrase in places:
                return places[phrase]
            code, form = aliases.get(phrase, ("", ""))
            if form == "name" and code in dollars:
                return code
    return None


def written_dollars(doc: Doc) -> set[str]:
    """ISO codes of the money ``doc`` writes with a country before or after a dollar-like sign: "US$", "C$1.5bn",
    "$US2", "R$38 billion" (the bare "$" is not one)."""
    table = currencies()
    codes: set[str] = set()
    for token in doc:
        glued = GLUED_CURRENCY.match(token.text)
        symbol = glued.group("cur") if glued else token.text
        if "$" in symbol and symbol != "$" and symbol in table:
            codes.add(table[symbol][0])
        elif token.text == "$" and token.i + 1 < len(doc) and not token.whitespace_:
            after = GLUED_CURRENCY.match(doc[token.i + 1].text)
            if after and "$" + after.group("cur") in table:
                codes.add(table["$" + after.group("cur")][0])  # "$US2 billion"
        if token.text == "$" and token.i > 0 and not doc[token.i - 1].whitespace_:
            combined = doc[token.i - 1].text + "$"
            if combined in table:
                codes.add(table[combined][0])  # "US" "$" split by the tokenizer
    return codes


def article_currencies(entities: Iterable[Entity]) -> dict[str, str | None]:
    """What each shared symbol's table code means in this article: "Rs" (INR in the table) is PKR where the
    article names Pakistan, Karachi or Lahore more than India and the other rupee countries; None where the
    symbol is money only with a country named and none is ("the P5" is no Botswanan pula)."""
    places = currency_places()
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.label in {"GPE", "LOC"} and entity.normalized in places:
            counts[places[entity.normalized]] += entity.mentions
        elif len(entity.normalized) == 2 and entity.normalized.isupper():
            counts[entity.normalized] += entity.mentions
    meaning: dict[str, str | None] = {}
    for default, by_country in shared_currencies().items():
        named = [country for country in by_country if counts[country]]
        if named:
            top = max(named, key=lambda country: (counts[country], by_country[country] == default))
            meaning[default] = by_country[top]
        elif default in needs_country():
            meaning[default] = None
    return meaning
