"""Facts that need no language model: money and percentages read in the text's locale, and dates.

For a language without a pack, an English model would read "7.000 Euro" as 7 and tag German
nouns as people; these rules read only what a number format and a calendar decide. Separators,
currency names and symbols, scale words ("Millionen", "milliards") and month names come from the
locale data of ``babel`` (CLDR), so every language babel knows is covered without a word list here;
the few words CLDR lacks ("Prozent", "d'euros") are per-language data files.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_decimal_symbol, get_group_symbol

from extractors.facts.gazetteer import optional_word_list
from extractors.records import DateMention, Fact, Quantity

#: Currencies whose names and symbols are looked for; a symbol shared by several ("$") means the first.
#: The Guinean franc is there for French West African copy: "140 millions de francs guinéens" (Guinéenews), "150 000
#: GNF" (WARA).
CURRENCIES = ("EUR", "USD", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK",
              "HUF", "RUB", "UAH", "TRY", "INR", "KRW", "BRL", "MXN", "ZAR", "IDR", "GNF")
#: Spaces that group digits: "1 200" written with a space, a no-break space or a narrow one.
_SPACES = " \u00a0\u202f"
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[\"“«„]?[^\W\d_])|\n\s*\n")


@dataclass(frozen=True)
class LocaleGrammar:
    """What one locale's numbers, money and dates look like, as compiled patterns."""

    language: str
    number: re.Pattern[str]
    group: str
    decimal: str
    scales: dict[str, float]  # lower-case scale word -> multiplier
    connectors: frozenset[str]  # words between a scale word and what it counts ("de", "d'")
    currencies: dict[str, str]  # lower-case name, symbol or ISO code -> ISO 4217 code
    money_after: re.Pattern[str]  # number [scale] [connector] currency
    money_before: re.Pattern[str]  # currency number [scale]
    percent: re.Pattern[str]
    months: dict[str, int]  # lower-case month name or abbreviation -> month
    weekday: re.Pattern[str]  # a weekday's full name
    weekdays: dict[str, int]  # lower-case full weekday name -> Monday = 0
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    numeric_date: re.Pattern[str] | None
    numeric_order: str  # "dmy", "mdy" or "ymd"


class TextSentences:
    """Sentence index without a parser: paragraph breaks and sentence punctuation before a letter."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]

    def of(self, char: int) -> int:
        return max(bisect.bisect_right(self._starts, char) - 1, 0)

    def __len__(self) -> int:
        return len(self._starts)


@functools.cache
def locale_grammar(language: str) -> LocaleGrammar | None:
    """The grammar of ``language`` (ISO 639-1), or None when CLDR does not know it."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None
    group, decimal = get_group_symbol(locale=locale), get_decimal_symbol(locale=locale)
    groups = _SPACES if group in _SPACES else group
    # a number glued to a slash is a date or a ratio, not an amount ("les 25/11, 30/11 et 02/12 prochains" in
    # Libération, "einem „50/50-Kampf“" in the Braunschweiger Zeitung)
    number = rf"(?<![\w.,/])(?:{_digits(groups, decimal)})(?![\w/]|[.,]\d)"
    scales = _scale_words(locale)
    currencies = _currency_words(locale)
    connectors = sorted(optional_word_list("number_connectors", language), key=len, reverse=True)
    scale_alt = _alternation(scales)
    currency_alt = _alternation(currencies)
    # the connector is optional, the space before the currency is not: "400 euros" (Clubic) as well as "7,5 millions
    # d'euros"
    connector = rf"\s*(?:(?:{'|'.join(re.escape(c) for c in connectors)})\s*)?" if connectors else r"\s*"
    money_after = re.compile(
        rf"(?P<num>{number})(?:\s*(?P<scale>{scale_alt})(?!\w))?{connector}(?P<cur>{currency_alt})(?!\w)",
        re.IGNORECASE,
    )
    money_before = re.compile(
        rf"(?<!\w)(?P<cur>{currency_alt})\s?(?P<num>{number})(?:\s*(?P<scale>{scale_alt})(?!\w))?", re.IGNORECASE
    )
    percent_words = sorted(optional_word_list("percent_words", language), key=len, reverse=True)
    percent_alt = "|".join(["%", *(re.escape(w) + r"(?!\w)" for w in percent_words)])
    percent = re.compile(rf"(?P<num>{number})\s?(?:{percent_alt})", re.IGNORECASE)
    months = _month_words(locale)
    month_alt = _alternation(months)
    weekdays = {name.lower(): day for day, name in locale.days["format"]["wide"].items()}
    weekday = re.compile(rf"(?<!\w)(?P<wd>{_alternation(weekdays)})(?!\w)", re.IGNORECASE)
    day_month = re.compile(rf"(?:(?P<wd>{_alternation(weekdays)})\s+)?(?<!\d)(?P<d>[0-3]?\d)\.?\s+(?P<m>{month_alt})(?!\w)(?:\s+(?P<y>(?:19|20)\d\d)(?!\d))?",
                           re.IGNORECASE)
    month_day = re.compile(rf"(?<!\w)(?P<m>{month_alt})\s+(?P<d>[0-3]?\d)(?!\d)(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?",
                           re.IGNORECASE)
    numeric, order = _numeric_date(locale)
    return LocaleGrammar(language, re.compile(number), groups, decimal, scales, frozenset(connectors), currencies,
                         money_after, money_before, percent, months, weekday, weekdays, day_month, month_day,
                         numeric, order)


def locale_facts(text: str, published: datetime | None, language: str | None, kinds: frozenset[str]) -> list[Fact]:
    """The facts of a text in a language without a pack: money, percentages and dates, in its locale."""
    grammar = locale_grammar(language) if language else None
    if grammar is None:
        return []
    sentences = TextSentences(text)
    facts: list[Fact] = []
    if "quantity" in kinds:
        facts.extend(universal_quantities(text, grammar, sentences))
    if "date" in kinds:
        facts.extend(universal_dates(text, grammar, published, sentences))
    facts.sort(key=lambda fact: (fact.start, fact.end))
    return facts


def universal_quantities(text: str, grammar: LocaleGrammar, sentences: TextSentences) -> list[Quantity]:
    """Amounts of money and percentages, each read once, in text order."""
    found: dict[int, Quantity] = {}
    for pattern in (grammar.money_after, grammar.money_before):
        for m in pattern.finditer(text):
            value = number_value(m.group("num"), grammar)
            if value is None or any(q.start <= m.start() < q.end for q in found.values()):
                continue
            if m.group("scale"):
                value *= grammar.scales[m.group("scale").lower()]
            code = grammar.currencies[m.group("cur").lower()]
            found[m.start()] = Quantity(m.group(0), m.start(), m.end(), sentences.of(m.start()), value, code)
    for m in grammar.percent.finditer(text):
        value = number_value(m.group("num"), grammar)
        if value is not None and not any(q.start <= m.start() < q.end for q in found.values()):
            found[m.start()] = Quantity(m.group(0), m.start(), m.end(), sentences.of(m.start()), value, "%")
    return sorted(found.values(), key=lambda q: q.start)


def universal_dates(text: str, grammar: LocaleGrammar, published: datetime | None,
                    sentences: TextSentences) -> list[DateMention]:
    """ISO dates, the locale's numeric dates with a four-digit year, and day-month(-year) with month names.

    A day and month without a year is the latest such day on or before publication (news reports
    what happened), unless a weekday is named with it ("jeudi 9 mai"): then it is the year, next to
    publication, whose date falls on that weekday. A weekday alone is the latest such day on or before
    publication. Without a publication date these are left unresolved.
    """
    found: list[DateMention] = []
    taken: list[range] = []

    def add(m: re.Match[str], value: str | None, granularity: str) -> None:
        if any(m.start() in r for r in taken):
            return
        taken.append(range(m.start(), m.end()))
        found.append(DateMention(m.group(0), m.start(), m.end(), sentences.of(m.start()), value, granularity))

    for m in re.finditer(r"(?<![\d.])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])", text):
        add(m, _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
    if grammar.numeric_date is not None:
        for m in grammar.numeric_date.finditer(text):
            parts = dict(zip(grammar.numeric_order, (int(g) for g in m.groups()), strict=True))
            add(m, _iso(parts["y"], parts["m"], parts["d"]), "day")
    for pattern in (grammar.day_month, grammar.month_day):
        for m in pattern.finditer(text):
            month, day = grammar.months[m.group("m").lower()], int(m.group("d"))
            named_day = m.groupdict().get("wd")
            if m.group("y"):
                add(m, _iso(int(m.group("y")), month, day), "day")
            elif named_day and published is not None:
                add(m, _year_of_weekday(published, month, day, grammar.weekdays[named_day.lower()]), "day")
            elif published is not None:
                year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
                add(m, _iso(year, month, day), "day")
    if published is not None:
        local = published.date()
        for m in grammar.weekday.finditer(text):
            back = (local.weekday() - grammar.weekdays[m.group("wd").lower()]) % 7
            add(m, (local - timedelta(days=back)).isoformat(), "day")
    return sorted((d for d in found if d.value is not None), key=lambda d: d.start)


def _digits(groups: str, decimal: str) -> str:
    group = "[" + re.escape(groups) + "]"
    return rf"\d{{1,3}}(?:{group}\d{{3}})+(?:{re.escape(decimal)}\d+)?|\d+(?:{re.escape(decimal)}\d+)?"


def number_value(raw: str, grammar: LocaleGrammar) -> float | None:
    """A number written in the locale's format as a float (\"1.234,5\" in German is 1234.5)."""
    for g in grammar.group:
        raw = raw.replace(g, "")
    try:
        return float(raw.replace(grammar.decimal, "."))
    except ValueError:
        return None


def _alternation(words: dict[str, object]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _scale_words(locale: Locale) -> dict[str, float]:
    """CLDR's compact number words of a million and up: "millionen", "mio.", "milliards", "md"."""
    words: dict[str, float] = {}
    for kind in ("long", "short"):
        for plural in locale.compact_decimal_formats.get(kind, {}):
            for magnitude, pattern in locale.compact_decimal_formats[kind][plural].items():
                word = pattern.pattern.replace("0", "").replace("'", "").strip(_SPACES).lower()
                if int(magnitude) >= 10**6 and len(word) >= 2 and re.fullmatch(r"[^\W\d_][\w .]*", word):
                    multiplier = float(magnitude) / 10 ** (pattern.pattern.count("0") - 1)
                    words.setdefault(word, multiplier)
    return words


def _currency_words(locale: Locale) -> dict[str, str]:
    """Names (singular and plural), symbols and ISO codes of :data:`CURRENCIES` in ``locale``."""
    words: dict[str, str] = {}
    for code in CURRENCIES:
        words.setdefault(code.lower(), code)
        for count in (1, 2):
            words.setdefault(get_currency_name(code, count, locale=locale).lower(), code)
        symbol = locale.currency_symbols.get(code)
        if symbol and symbol != code:
            words.setdefault(symbol.lower(), code)
    return words


def _month_words(locale: Locale) -> dict[str, int]:
    words: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for month, name in locale.months[context][width].items():
                for form in {name.lower(), name.lower().rstrip(".")}:
                    if len(form) >= 3:
                        words.setdefault(form, month)
    return words


@functools.cache
def full_month_names(language: str) -> dict[str, int]:
    """The locale's full month names as written inside a sentence ("février" in French), without the
    abbreviations, some of which are words too ("sept." shortens septembre; "sept" is seven)."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return {}
    return {name: month for month, name in locale.months["format"]["wide"].items()}


def _numeric_date(locale: Locale) -> tuple[re.Pattern[str] | None, str]:
    """The locale's short date as a pattern over numbers with a four-digit year ("27.08.2024")."""
    pattern = locale.date_formats["short"].pattern
    order = "".join(ch for ch in re.sub(r"(.)\1+", r"\1", re.sub(r"[^dMy]", "", pattern)).lower())
    separator = re.search(r"[dMy]+([^dMy\s]+)[dMy]", pattern)
    if sorted(order) != ["d", "m", "y"] or separator is None:
        return None, ""
    sep = re.escape(separator.group(1).strip("'"))
    fields = {"d": r"([0-3]?\d)", "m": r"([01]?\d)", "y": r"((?:19|20)\d\d)"}
    regex = sep.join(fields[f] for f in order)
    return re.compile(rf"(?<![\d{sep}]){regex}(?![\d]|{sep}\d)"), order


def _year_of_weekday(published: datetime, month: int, day: int, weekday: int) -> str | None:
    """The date nearest publication, a year either side, whose day falls on ``weekday``."""
    candidates = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _date(y, month, day))]
    fitting = [d for d in candidates if d.weekday() == weekday]
    if not fitting:
        return None
    return min(fitting, key=lambda d: abs((d - published.date()).days)).isoformat()


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
