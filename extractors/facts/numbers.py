"""Reading a number where it starts: digits, number words, scale words and suffixes ("2.3 million",
"R4bn", "forty-two", "twofold"), glued currencies and temperatures, as one value and its token span.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from extractors.facts.gazetteer import currencies, measure_units, scale_words, word_list
from extractors.grammar import NUMBER_WORDS

#: Scale words and the abbreviations written as a word after a space ("$1.2 bn", "Rs 500 cr"), from
#: ``data/en/scale_words.tsv``.
SCALES = scale_words()


#: Adverbs between a name's comma and an age: "Bianca Jones, also 19,".
AGE_ADVERBS = word_list("age_adverbs")
#: Scales glued to the number: letters ("R4bn", "$40k") and, in the house style of the Daily Mail, The Sun and the
#: Daily Mirror, whole words ("£1.5million", "£3billion").
SCALE_SUFFIXES = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
#: Digits, with thousands commas or the Indian grouping in lakhs and crores: "1,50,000", "12,34,567" (The Times of
#: India, NDTV, The Hindu).
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$|^\d+(?:\.\d+)?$")
DIGITS_SCALED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|mln|bn|b|tn|trn|million|billion|trillion)$", re.IGNORECASE)
FOLD = re.compile(r"^(\w+?)-?fold$", re.IGNORECASE)
#: A range written as one token: "10–15%" (The Conversation, ABC Australia), "30–35°C", with a scale letter or the
#: currency repeated: "$3bn-$4bn" (The Economist, Financial Times), "£20,000-£30,000" (The Guardian, BBC News), or
#: the per cent sign: "rose 2%-3%" (Reuters, CNBC), the sign after the high end giving the unit.
RANGE_TOKEN = re.compile(
    r"^(?P<low>[\d,]+(?:\.\d+)?)(?P<low_scale>k|m|mn|bn|b|tn)?%?[-–][$£€¥₹]?"
    r"(?P<high>[\d,]+(?:\.\d+)?)(?P<high_scale>k|m|mn|bn|b|tn)?$",
    re.IGNORECASE,
)
#: A number with a minus sign of its own, hyphen or U+2212: "-5°C", "−2.3%".
SIGNED = re.compile(r"^[-−](\d+(?:\.\d+)?)$")
#: A change with its plus sign, read only before a per cent sign: "closed +2.5% higher" (Reuters, CNBC market
#: reports); "+44 20" is a telephone number.
PLUS_PERCENT = re.compile(r"^\+(\d+(?:\.\d+)?)$")
#: A decimal written without its leading zero, read only before a per cent sign or word or a point: "levy a .07%
#: fee on the biggest banks" (The White House, dev probe real8), "final scores within .5 points of other
#: submissions" (Search Engine Land, dev probe real26); ".45 pistol" and ".300 hitter" are a calibre and an average.
LEADING_DOT = re.compile(r"^\.\d+$")
#: The per cent sign and words, and the points, a leading-dot decimal may stand before ("per" only as "per cent").
AFTER_LEADING_DOT = frozenset({"%", "percent", "pct", "per", "point", "points"})
#: The first group of a number whose thousands are set off by spaces, and a following group: "R500 000",
#: "more than 52 000 people" (Daily Maverick, News24, TimesLive).
SPACED_HEAD = re.compile(r"^[1-9]\d{0,2}$")
SPACED_GROUP = re.compile(r"^\d{3}$")
#: A decimal comma, read only before a scale word: "R1,5 billion", "2,3 million people" (SAnews, the South African
#: government's news agency, and Daily Maverick); "1,5" cannot be fifteen, thousands come in groups of three digits.
DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
#: A whole number and a fraction glyph: "2½ hours", "4½ years" (The Guardian, BBC News, The Times).
VULGAR = re.compile(r"^(?P<whole>\d*)(?P<part>[½¼¾⅓⅔])$")
#: A proper fraction in digits after a whole number: "2 1/2 years" (AP, The Washington Post); "9/11" is none.
SLASH_FRACTION = re.compile(r"^([1-7])/([2-8])$")
#: A fraction of a scale: "a quarter of a million" (BBC News, The Guardian), "a quarter-million" (AP, The New York
#: Times), "a half-million dollars" (The New York Times).
FRACTIONS = {"quarter": 0.25, "half": 0.5}
#: A percentage glued to "pc": "shares rose 5pc" (The Telegraph, Irish Independent).
GLUED_PERCENT = re.compile(r"^(?P<num>\d+(?:\.\d+)?)pc$")
#: A magnitude hyphenated to its scale in one token: "A magnitude-6.1 earthquake" (Kyodo, The Japan Times, Reuters).
MAGNITUDE = re.compile(r"^magnitude-(?P<num>\d+(?:\.\d+)?)$", re.IGNORECASE)
#: Pence glued to the number: "152.3p a litre" (BBC News), "shares closed at 312p" (The Guardian, This is Money), with
#: thousands commas as share prices run: "closed at 1,845p" (The Guardian, This is Money market reports).
GLUED_PENCE = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)p$")
#: Cents glued to the number before a rate: "189.9c a litre" (The Irish Times, RTÉ), "a dividend of 8c a share" (Irish
#: Independent, The Australian Financial Review); without "a" or "per" after it a lower-case "c" may be a temperature.
GLUED_CENTS = re.compile(r"^(?P<num>\d+(?:\.\d+)?)c$")
#: Video resolutions written like pence: "1080p", "720p" (Engadget, The Verge).
VIDEO_LINES = word_list("video_lines")


@dataclass(frozen=True)
class Number:
    """A run of tokens that spells one number: "6 million", "two dozen", "12,500", "R4bn"."""

    start: int  # first token index
    end: int  # token index after the run
    value: float
    currency: str | None = None  # ISO 4217 code of a symbol glued to the number ("RM6.2", "R4bn")
    unit: str | None = None  # unit glued to the number ("1.5°C", "-30C")
    value_max: float | None = None  # high end of a range written as one token ("10–15")
    symbol: str | None = None  # the glued currency as written: a bare "$" is the article's dollar, "US$" is not


GLUED_CURRENCY = re.compile(
    r"^(?P<cur>[A-Z][A-Za-z]{0,2}\.?[$¢]?|[$£€¥₹₩₦₱₺₴₪])"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\d+,\d{1,2})"
    r"(?P<scale>k|m|mn|bn|b|tn|trn|million|billion|trillion)?$"
)


#: A temperature in one token; the ordinal sign "º" often stands for the degree sign: "35ºC" (El País in English, Euro
#: Weekly News, The Olive Press). At a sentence's end the tokenizer keeps the full stop on it: "dropped to minus 15C."
#: (BBC Weather, The Guardian), which is no part of the quantity.
TEMPERATURE = re.compile(r"^(?P<num>[-−]?\d+(?:\.\d+)?)[°º]?(?P<scale>[CF])\.?$")


def _signed(text: str) -> float:
    """A number written with a hyphen or a true minus sign (U+2212): "−5" is -5."""
    return float(text.replace("−", "-"))


def is_scale(token: Token) -> bool:
    """A scale word or its abbreviation; capitals are a name, not a scale ("TN" is Tamil Nadu, not trillion)."""
    return token.lower_ in SCALES and not (token.is_upper and len(token) <= 3)


def word_value(token: Token) -> float | None:
    """Numeric value of a single token, or None when it is not a number."""
    text = token.lower_
    if DIGITS.match(text):
        return float(text.replace(",", ""))
    vulgar = VULGAR.match(text)
    if vulgar:
        return float(vulgar.group("whole") or 0) + unicodedata.numeric(vulgar.group("part"))
    match = DIGITS_SCALED.match(text)
    if match:
        return float(match.group(1)) * SCALE_SUFFIXES[match.group(2).lower()]
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    return None


#: Tokens a number can start with besides those holding a digit or fraction glyph, number words and "...fold"
#: (every way ``read_number``, ``units.glued_measure`` and ``units.half_a_unit`` begin; "dozen" alone: ``bare_dozen``).
NUMBER_OPENERS = frozenset({"a", "an", "one", "half", "dozen", "-", "−"})
#: ``data/en/vague_dozen_openers.txt``: words before a bare "dozen" that leave it vague ("several dozen").
VAGUE_DOZEN_OPENERS = word_list("vague_dozen_openers")


@lru_cache(maxsize=65536)
def may_start_number(text: str) -> bool:
    """Whether a token with this text can begin a number. Most tokens are words that cannot, and this test is
    far cheaper than trying every number shape on them, so the quantity scan asks it first."""
    lower = text.lower()
    return (any(char.isnumeric() for char in text) or lower in NUMBER_WORDS or lower in NUMBER_OPENERS
            or lower.endswith("fold") or lower.endswith("-") and lower[:-1] in NUMBER_WORDS)


#: A number whose hyphen is left hanging for the compound after "and", "or" or "to" to finish: "16- and 17-year-olds"
#: (South Florida Sun Sentinel, dev, twice), "as a one- or two-loss team" (Sporting News, dev). The models keep the
#: hyphen on the number ("16-", "one-"), a token no reading took, so the first number was lost; read alone it is the
#: number, which then pairs with the compound's as "11 and 13-inch" (GSMArena, dev) and "3 or 4-year-olds" do.
SUSPENDED_HYPHEN = re.compile(r"^(\d+(?:\.\d+)?|[a-z]+)-$")


def _suspended_hyphen(doc: Doc, i: int) -> float | None:
    """The value of a number at ``i`` written with its hyphen left hanging (``SUSPENDED_HYPHEN``), when "and", "or"
    or "to" and a number hyphened onto a word follow it."""
    if not doc[i].text.endswith("-"):
        return None
    match = SUSPENDED_HYPHEN.match(doc[i].lower_)
    if match is None or i + 3 >= len(doc) or doc[i + 1].lower_ not in {"and", "or", "to"}:
        return None
    value = float(match.group(1)) if match.group(1)[0].isdigit() else NUMBER_WORDS.get(match.group(1))
    if value is None or word_value(doc[i + 2]) is None or doc[i + 3].text != "-" or doc[i + 3].whitespace_:
        return None
    return float(value)


def read_number(doc: Doc, i: int) -> Number | None:
    """The number starting at token ``i``, with scale words, dozens and hyphenated tens ("twenty-five")."""
    first = doc[i]
    fold = FOLD.match(first.text)
    if fold and fold.group(1).lower() not in {"many", "mani", "two-"}:
        base = fold.group(1).lower()
        value = float(base) if base.isdigit() else NUMBER_WORDS.get(base)
        if value:
            return Number(i, i + 1, float(value))
    if (
        first.lower_ == "half"
        and i + 2 < len(doc)
        and doc[i + 1].lower_ == "a"
        and doc[i + 2].lower_ in SCALES
    ):
        return Number(i, i + 3, 0.5 * SCALES[doc[i + 2].lower_])
    if first.lower_ in {"a", "one"} and i + 1 < len(doc) and doc[i + 1].lower_ == "dozen":
        return Number(i, i + 2, 12.0)
    if bare_dozen(doc, i):
        return Number(i, i + 1, 12.0)
    fraction = _fraction_of_scale(doc, i)
    if fraction is not None:
        return fraction
    suspended = _suspended_hyphen(doc, i)
    if suspended is not None:
        return Number(i, i + 1, suspended)
    glued = GLUED_CURRENCY.match(first.text)
    symbol, start = (glued.group("cur") if glued else None), i
    if glued and i > 0 and doc[i - 1].text == "$" and not doc[i - 1].whitespace_ and "$" + symbol in currencies():
        symbol, start = "$" + symbol, i - 1  # the country after the sign: "$US2 billion" (ABC News, The Age)
    if glued and symbol in currencies() and currencies()[symbol][1] == "prefix":
        end = i + 1
        if DECIMAL_COMMA.match(glued.group("num")):
            if end >= len(doc) or not is_scale(doc[end]):
                return None  # "R1,50" alone may be cents or a list; only a scale word makes the comma decimal
            value = float(glued.group("num").replace(",", "."))
        else:
            value = float(glued.group("num").replace(",", ""))
        if SPACED_HEAD.match(glued.group("num")) and not glued.group("scale"):
            value, end = _spaced_groups(doc, end, value)
        split = doc[end].lower_.removesuffix(".") if end < len(doc) and not doc[end - 1].whitespace_ else ""
        if glued.group("scale"):
            value *= SCALE_SUFFIXES[glued.group("scale").lower()]
        elif split in SCALE_SUFFIXES:
            # a scale letter the tokenizer cuts off: "R35m" (News24, Moneyweb), "sold for Dh35m," (Gulf News)
            value *= SCALE_SUFFIXES[split]
            end += 1
        elif _hyphen_scale(doc, end):
            # "R2.3-billion" (Daily Maverick, Business Day), as "$5-billion" (The Globe and Mail)
            value *= SCALES[doc[end + 1].lower_]
            end += 2
        while end < len(doc) and is_scale(doc[end]):
            value *= SCALES[doc[end].lower_]  # "₹2.5 lakh crore" is 2.5 x 10^12
            end += 1
        return Number(start, end, value, currency=currencies()[symbol][0], symbol=symbol)
    temperature = TEMPERATURE.match(first.text)
    if temperature:
        return Number(i, i + 1, _signed(temperature.group("num")), unit="°" + temperature.group("scale"))
    percent = GLUED_PERCENT.match(first.text)
    if percent:
        return Number(i, i + 1, float(percent.group("num")), unit="%")
    magnitude = MAGNITUDE.match(first.text)
    if magnitude:
        return Number(i, i + 1, float(magnitude.group("num")), unit="magnitude")
    pence = GLUED_PENCE.match(first.text)
    if pence and pence.group("num").replace(",", "") not in VIDEO_LINES:  # "1,440p" (Engadget, dev) is a resolution
        return Number(i, i + 1, float(pence.group("num").replace(",", "")) / 100, currency="GBP")
    cents = GLUED_CENTS.match(first.text)
    if cents and i + 1 < len(doc) and doc[i + 1].lower_ in {"a", "per"}:
        return Number(i, i + 1, float(cents.group("num")) / 100, currency="USD", symbol="c")
    if first.text in {"-", "−"} and i + 1 < len(doc) and not first.whitespace_ and not _after_number(doc, i):
        following = TEMPERATURE.match(doc[i + 1].text)
        if following:
            return Number(i, i + 2, -_signed(following.group("num")), unit="°" + following.group("scale"))
    signed = SIGNED.match(first.text)
    if signed and (i == 0 or doc[i - 1].whitespace_ or doc[i - 1].is_left_punct):
        # "-5°C" and "−2.3%" take their unit after it; an opening bracket or quote before the sign leaves it a
        # minus: "healthy lifestyle (-30% cancer risk) and lack of family history (-5%)" (Astral Codex Ten, dev
        # probe real29)
        return Number(i, i + 1, _signed(first.text))
    plus = PLUS_PERCENT.match(first.text)
    if plus and i + 1 < len(doc) and doc[i + 1].text == "%" and not first.whitespace_:
        return Number(i, i + 1, float(plus.group(1)))
    if LEADING_DOT.match(first.text) and _share_unit_follows(doc, i + 1):
        return Number(i, i + 1, float(first.text))
    span = _range_token(doc, i)
    if span is not None:
        return span
    value = word_value(first)
    if value is None:
        value = _fraction_of_measure(doc, i)
    if (
        value is None
        and DECIMAL_COMMA.match(first.text)
        and i + 1 < len(doc)
        and (is_scale(doc[i + 1]) or doc[i + 1].text == "%")
    ):
        # "1,5 billion": thousands come in groups of three digits; "eased to 5,3%" (Stats SA, SAnews)
        value = float(first.text.replace(",", "."))
    if (
        value is None
        and first.lower_ == "a"
        and i + 2 < len(doc)
        and doc[i + 1].lower_ in SCALES
        and doc[i + 2].text != "-"  # "a billion-dollar acquisition deal" (CNET) is a size class
    ):
        # "a" is one before a scale word: "like the MSM insists a hundred times a day" (Gateway Pundit),
        # "posted over a thousand times since 2014" (The Intercept), "about a hundred feet across" (The New Yorker)
        value = 1.0
    if value is None:
        return None
    j = i + 1
    if SPACED_HEAD.match(first.text):
        value, j = _spaced_groups(doc, j, value)
    total, current = 0.0, value
    while j < len(doc):
        word = doc[j].lower_
        if is_scale(doc[j]):
            scale = SCALES[word]
            if scale == 100:
                current *= 100
            elif current == 0 and doc[j - 1].lower_ in SCALES and SCALES[doc[j - 1].lower_] < scale:
                total *= scale  # scale words multiply: "1.5 lakh crore" (The Hindu, Times of India)
            else:
                total, current = total + current * scale, 0.0
            j += 1
        elif word == "dozen":
            current *= 12
            j += 1
        elif _hyphen_dozen(doc, j):
            # a count of dozens hyphenated as a modifier: "booked rooms with two-dozen hosts" (Fast Company), as
            # "half-a-dozen vicious turns" (The A.V. Club) is half a dozen
            current *= 12
            j += 2
        elif current == int(current) and _and_a_half(doc, j) is not None:
            # a whole number and a half: "working over nine and a half hours a day" (The Nation), "at their
            # fastest pace for six and a half years" (Sky News); a scale word may follow ("three and a half million"),
            # and the words may be hyphenated: "two-and-a-half years" (BBC News, The Guardian)
            current += 0.5
            j = _and_a_half(doc, j)
        elif (
            SLASH_FRACTION.match(doc[j].text)
            and current == int(current)
            and current > 0
            and doc[j - 1].text.isdigit()
            and doc[j - 1].whitespace_
        ):
            # a whole number and a fraction in digits: "served 2 1/2 years" (AP, The Washington Post)
            fraction = SLASH_FRACTION.match(doc[j].text)
            current += int(fraction.group(1)) / int(fraction.group(2))
            j += 1
        elif (
            word == "-"
            and j + 1 < len(doc)
            and doc[j - 1].lower_ in NUMBER_WORDS
            and NUMBER_WORDS[doc[j - 1].lower_] >= 20
            and doc[j + 1].lower_ in NUMBER_WORDS
            and NUMBER_WORDS[doc[j + 1].lower_] < 10
            and not doc[j - 1].whitespace_
        ) or (word == "and" and _and_goes_on(doc, i, j)):
            current += NUMBER_WORDS[doc[j + 1].lower_]
            j += 2
        elif (
            word == "-"
            and j + 1 < len(doc)
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and doc[j - 1].lower_ in NUMBER_WORDS
            and doc[j + 1].lower_ in SCALES
        ):
            # a number word hyphened to its scale word in a modifier: "a nearly seven-hundred-page volume" and "a
            # ten-thousand-dollar" sum (The New Yorker, dev page) were read as 7 "hundred-page" and 10 "thousand-dollar"
            j += 1
        elif (
            word == "-"
            and j + 3 < len(doc)
            and doc[j - 1].lower_ in SCALES
            and doc[j + 1].lower_ == "and"
            and doc[j + 2].text == "-"
            and doc[j + 3].lower_ in NUMBER_WORDS
            and not any(t.whitespace_ for t in doc[j - 1 : j + 3])
        ):
            # and on after the scale, hyphened: "a two-hundred-and-fifty-character limit" (The New Yorker, dev page)
            current += NUMBER_WORDS[doc[j + 3].lower_]
            j += 4
        elif _spelled_on(doc, j):
            # a number spelled in words goes on after a scale word or a tens word: "one hundred fifty" (AP), "two
            # thousand five hundred", "twenty five people" (unhyphenated, as quotes and transcripts write it)
            current += NUMBER_WORDS[word]
            j += 1
        else:
            break
    return Number(i, j, total + current)


def _share_unit_follows(doc: Doc, j: int) -> bool:
    """Whether a per cent sign or word or a point starts at token ``j``: "%", "percent", "pct", "per cent", "points"."""
    if j >= len(doc) or doc[j].lower_ not in AFTER_LEADING_DOT:
        return False
    return doc[j].lower_ != "per" or (j + 1 < len(doc) and doc[j + 1].lower_ == "cent")


def _fraction_of_measure(doc: Doc, i: int) -> float | None:
    """A proper fraction in digits standing alone before a measure word (``data/en/measure_units.tsv``) is its value:
    "cut the foam oasis about 3/4 inch (2 cm) smaller" (eHow, dev), "1/4 cup of tahini" (The Times of India, dev). A
    slash elsewhere is a date, a score or a share of something ("on 7/5 that you'd give", Addicting Info; "1/2 the
    lights go out", Animal World), which stay unread; after a whole number the fraction is read with it ("2 1/2")."""
    fraction = SLASH_FRACTION.match(doc[i].text)
    if fraction is None or i + 1 >= len(doc) or doc[i + 1].lower_ not in measure_units():
        return None
    return int(fraction.group(1)) / int(fraction.group(2))


def bare_dozen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a "dozen" written with no number before it that counts twelve of what follows: after a
    determiner or an adjective, before a plural noun (adjectives may come between) or hyphened to a unit: "took place
    in the past dozen years" (The Washington Post, dev probe real22), "at any of some dozen workplaces" (Mother Jones),
    "start their dozen-hour journey" (Kotaku). A number word or "a" before it reads it already ("two dozen", "a
    dozen"); a vague word before it ("several dozen", ``VAGUE_DOZEN_OPENERS``) leaves it vague, as the conventions
    count "several dozen"; "by the dozen", "a baker's dozen" and a capitalised "Dozen" (a name's) count nothing."""
    if doc[i].text != "dozen" or i == 0 or i + 1 >= len(doc):
        return False
    before = doc[i - 1]
    if (before.like_num or before.lower_ in NUMBER_OPENERS or before.lower_ in VAGUE_DOZEN_OPENERS
            or before.tag_ == "POS" or not before.is_alpha):
        return False
    if doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        return True
    j = i + 1
    while j < min(len(doc), i + 4) and doc[j].pos_ == "ADJ":
        j += 1
    return j < len(doc) and doc[j].tag_ == "NNS"


def _hyphen_dozen(doc: Doc, j: int) -> bool:
    """Whether a hyphen glued on both sides joins the number before ``j`` to "dozen": "two-dozen"."""
    return (
        doc[j].text == "-"
        and j + 1 < len(doc)
        and doc[j + 1].lower_ == "dozen"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
    )


def _and_a_half(doc: Doc, j: int) -> int | None:
    """Index after "and a half" or "-and-a-half" starting at token ``j``, else None."""
    words = [t.lower_ for t in doc[j : j + 6]]
    if words[:3] == ["and", "a", "half"]:
        return j + 3
    if words == ["-", "and", "-", "a", "-", "half"] and not any(t.whitespace_ for t in doc[j - 1 : j + 5]):
        return j + 6
    return None


def _and_goes_on(doc: Doc, i: int, j: int) -> bool:
    """Whether the "and" at ``j`` joins the spelled number after it to the scale word before it: "a hundred and fifty",
    "one hundred and twenty-five thousand", and past a hundred too: "set a thousand and one times" (GQ, dev
    probe real16), "two thousand and fifty". What follows must be smaller than that scale (or, after "hundred", be
    scaled up by a larger word itself), else the "and" joins two numbers: "between one hundred and two hundred
    people" is a range, not 10,200. Past a hundred the number before must be spelled out, so that an abbreviated scale
    stays apart from a count after it ("$3 bn and two sites")."""
    if (
        j + 1 >= len(doc)
        or doc[j - 1].lower_ not in SCALES
        or not doc[j + 1].is_alpha
        or doc[j + 1].lower_ not in NUMBER_WORDS
    ):
        return False
    scale = SCALES[doc[j - 1].lower_]
    if scale > 100 and not all(t.is_alpha or t.text == "-" for t in doc[i:j]):
        return False
    rest = read_number(doc, j + 1)
    if rest is None or (rest.end == j + 2 and rest.end < len(doc) and doc[rest.end].text == "-"):
        return False  # "a thousand and one-bedroom flats": the number word belongs to the compound after it
    larger = any(SCALES.get(t.lower_, 0) > scale for t in doc[rest.start : rest.end])
    return rest.value < scale or (scale == 100 and larger)


def _spelled_on(doc: Doc, j: int) -> bool:
    """Whether the number word at ``j`` continues the spelled number before it: after a scale word ("hundred
    fifty", "thousand five"), or a unit after a tens word ("twenty five"); never before a hyphen ("a hundred
    two-bedroom flats")."""
    word, before = doc[j].lower_, doc[j - 1].lower_
    if not doc[j].is_alpha or word not in NUMBER_WORDS or not doc[j - 1].is_alpha:
        return False
    if j + 1 < len(doc) and doc[j + 1].text == "-":
        return False
    value = NUMBER_WORDS[word]
    if before in SCALES:
        return value < min(SCALES[before], 100)
    tens = NUMBER_WORDS.get(before)
    return tens is not None and tens >= 20 and tens % 10 == 0 and tens < 100 and value < 10


def _range_token(doc: Doc, i: int) -> Number | None:
    """A range written as one token at ``i``, its scale letter applying to both ends: "£3bn-$4bn", "3-4bn"; a
    letter split off after it ("3m-4" "m", as the tokenizer cuts "3m-4m") is taken in."""
    span = RANGE_TOKEN.match(doc[i].text)
    if span is None or not DIGITS.match(span.group("low")) or not DIGITS.match(span.group("high")):
        return None
    low, high, end = float(span.group("low").replace(",", "")), float(span.group("high").replace(",", "")), i + 1
    low_scale, high_scale = span.group("low_scale"), span.group("high_scale")
    if (
        low_scale
        and not high_scale
        and end < len(doc)
        and not doc[i].whitespace_
        and doc[end].lower_.removesuffix(".") == low_scale.lower()
    ):
        high_scale, end = low_scale, end + 1
    if high_scale:
        high *= SCALE_SUFFIXES[high_scale.lower()]
        low *= SCALE_SUFFIXES[(low_scale or high_scale).lower()]
    elif low_scale:
        return None
    return Number(i, end, low, value_max=high) if high > low else None


def _fraction_of_scale(doc: Doc, i: int) -> Number | None:
    """ "a quarter of a million", "a quarter-million", "a half million", "three quarters of a million" (BBC News, The
    Guardian), "three-quarters of a million" (The Guardian, Daily Mail, Irish Times) starting at token ``i``, or
    None."""
    parts = 1.0 if doc[i].lower_ in {"a", "one"} else float(NUMBER_WORDS.get(doc[i].lower_, 0))
    f = i + 1
    if f + 1 < len(doc) and doc[f].text == "-" and not doc[i].whitespace_ and not doc[f].whitespace_:
        f += 1  # the fraction hyphenated to its count: "three-quarters"
    if f + 1 >= len(doc) or not parts or doc[f].lower_.removesuffix("s") not in FRACTIONS:
        return None
    share = parts * FRACTIONS[doc[f].lower_.removesuffix("s")]
    if share >= 1 or (parts > 1) != doc[f].lower_.endswith("s"):
        return None
    j = f + 1
    if doc[j].lower_ == "of" and j + 2 < len(doc) and doc[j + 1].lower_ in {"a", "one"}:
        j += 2
    elif doc[j].text == "-" and not doc[j].whitespace_:
        j += 1
    if j < len(doc) and doc[j].lower_ in SCALES and SCALES[doc[j].lower_] >= 1e3:
        return Number(i, j + 1, share * SCALES[doc[j].lower_])
    return None


def _spaced_groups(doc: Doc, j: int, value: float) -> tuple[float, int]:
    """``value`` extended by the three-digit groups set off by single spaces from token ``j`` on ("500 000"),
    and the index after them. A phone number's groups ("555 123 4567") are left alone: a longer group of
    digits follows them."""
    k, total = j, value
    while k < len(doc) and SPACED_GROUP.match(doc[k].text) and doc[k - 1].whitespace_ == " ":
        total = total * 1000 + int(doc[k].text)
        k += 1
    if k == j or k < len(doc) and doc[k - 1].whitespace_ and doc[k].text.isdigit():
        return value, j
    return total, k


def _hyphen_scale(doc: Doc, end: int) -> bool:
    """A scale word hyphenated to the number that ends before ``end``: "R2.3-billion"."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in SCALES
    )


def _after_number(doc: Doc, i: int) -> bool:
    """Whether the dash at ``i`` is glued to a number before it: the dash of a range ("30-35C"), no minus."""
    return i > 0 and not doc[i - 1].whitespace_ and word_value(doc[i - 1]) is not None


def age_after_comma(doc: Doc, comma: int) -> Number | None:
    """The age in "Hayley Walsh, 42," or "Bianca Jones, also 19, who": a whole number under 120 right
    after the comma at token ``comma`` (an adverb such as "also" may come between), followed by
    punctuation, "who", "and" or the end of the text. The caller checks for a person before the comma;
    entities and quantities both read ages with this one rule.
    """
    if not 0 <= comma < len(doc) - 1 or doc[comma].text != ",":
        return None
    start = comma + 2 if doc[comma + 1].lower_ in AGE_ADVERBS else comma + 1
    number = read_number(doc, start) if start < len(doc) else None
    if number is None or not (0 < number.value < 120 and number.value == int(number.value)):
        return None
    after = doc[number.end] if number.end < len(doc) else None
    return number if after is None or after.text in {",", ".", ";"} or after.lower_ in {"who", "and"} else None
