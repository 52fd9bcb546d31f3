"""Packaged word lists (countries, currencies, titles, rule vocabularies) read once per process.

The lists live in ``extractors/facts/data/<language>/`` as text (one entry a line, or tab-separated
rows; ``#`` starts a comment line) so they can be extended without touching code; lists that hold
for every language (``dollars.tsv``) sit in ``data/`` itself. Each loader returns plain dicts/sets
the rules look words up in.
"""

from __future__ import annotations

import functools
from importlib import resources

import pycountry


def _rows(path: str) -> list[list[str]]:
    """Non-comment, non-empty rows of a packaged TSV file (``path`` under ``data/``), split on tabs."""
    text = resources.files("extractors.facts").joinpath("data", *path.split("/")).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def country_aliases() -> dict[str, tuple[str, str]]:
    """Alias -> (ISO 3166-1 alpha-2, form) where form is "name" or "demonym".

    pycountry gives official and common names ("Russian Federation", "North Korea"); the packaged
    list adds short forms and demonyms that news writing uses ("N. Korea", "U.S.", "Russian").
    """
    aliases: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                aliases[name] = (country.alpha_2, "name")
    for alias, code, form in _rows("en/countries.tsv"):
        aliases[alias] = (code, form)
    return aliases


@functools.cache
def currencies() -> dict[str, tuple[str, str]]:
    """Currency symbol or word -> (ISO 4217 code, position "prefix" or "word")."""
    return {alias: (code, position) for alias, code, position in _rows("en/currencies.tsv")}


@functools.cache
def holidays() -> dict[str, tuple[int, int]]:
    """Fixed-date holiday as written -> (month, day): "Christmas Day" -> (12, 25)."""
    return {name: (int(day[:2]), int(day[3:])) for name, day in _rows("en/holidays.tsv")}


@functools.cache
def decade_words() -> dict[str, str]:
    """Decade word -> decade ("nineties" -> "1990s"), from ``data/en/decade_words.tsv``."""
    return {word: decade for word, decade in _rows("en/decade_words.tsv")}


@functools.cache
def named_day_words() -> dict[str, frozenset[str]]:
    """ "before"/"after" -> capitalised words that make a weekday part of a name ("Good Friday", "Sunday Times")."""
    rows = _rows("en/named_days.tsv")
    return {side: frozenset(word for where, word in rows if where == side) for side in ("before", "after")}


@functools.cache
def scale_words() -> dict[str, float]:
    """Scale word or spaced abbreviation -> factor ("million" -> 1e6, "crore" -> 1e7, "bn" -> 1e9)."""
    return {word: float(factor) for word, factor in _rows("en/scale_words.tsv")}


@functools.cache
def title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(role heads, role modifiers): words that make up a stated title before a person's name."""
    rows = _rows("en/titles.txt")
    heads = frozenset(word for kind, word in rows if kind == "head")
    modifiers = frozenset(word for kind, word in rows if kind == "modifier")
    return heads, modifiers


@functools.cache
def tagged_words(name: str, language: str) -> dict[str, tuple[str, ...]]:
    """Kind -> words of a two-column list ``data/<language>/<name>.txt`` ("head<TAB>président");
    empty when the language has no such list."""
    if not resources.files("extractors.facts").joinpath("data", language, f"{name}.txt").is_file():
        return {}
    words: dict[str, list[str]] = {}
    for kind, word in _rows(f"{language}/{name}.txt"):
        words.setdefault(kind, []).append(word)
    return {kind: tuple(found) for kind, found in words.items()}


@functools.cache
def dollar_currencies() -> dict[str, str]:
    """Country code -> ISO 4217 code of its "$" currency (US -> USD, CA -> CAD, ...)."""
    return {country: code for country, code in _rows("dollars.tsv")}


@functools.cache
def dollar_domains() -> dict[str, str]:
    """Host-name suffix of a site -> ISO 4217 code of the dollar it writes bare ("ca" -> CAD, "canada.com" -> CAD)."""
    return {suffix: code for suffix, code in _rows("dollar_domains.tsv")}


@functools.cache
def euro_area() -> dict[str, str]:
    """Euro-area country code or city -> its country code ("IE" -> "IE", "Dublin" -> "IE")."""
    return {name: country for name, country in _rows("euro_area.tsv")}


@functools.cache
def measure_units() -> dict[str, str]:
    """Measure word after a number, lower case -> the unit the facts write ("kilometres" -> "km", "gigawatts" ->
    "GW")."""
    return {word: unit for word, unit in _rows("en/measure_units.tsv")}


@functools.cache
def currency_names() -> dict[str, str]:
    """A currency named with its country, lower case -> ISO 4217 code ("australian dollars" -> "AUD")."""
    return {name: code for name, code in _rows("en/currency_names.tsv")}


@functools.cache
def shared_currencies() -> dict[str, dict[str, str]]:
    """Table code of a shared symbol -> {country code: that country's currency} ("INR" -> {"PK": "PKR", ...})."""
    shared: dict[str, dict[str, str]] = {}
    for default, country, code in _rows("shared_currencies.tsv"):
        shared.setdefault(default, {})[country] = code
    return shared


@functools.cache
def currency_places() -> dict[str, str]:
    """Place name -> country code, for the countries of ``shared_currencies.tsv`` ("Karachi" -> "PK")."""
    return {place: country for place, country in _rows("currency_places.tsv")}


@functools.cache
def needs_country() -> frozenset[str]:
    """Shared-symbol codes that stand for money only where the article names one of their countries."""
    return _words("needs_country.txt")


@functools.cache
def dollar_places() -> dict[str, str]:
    """Place name -> country code, for the countries of ``dollars.tsv``: their states, provinces and
    territories (pycountry; "Western Australia", "Ontario", "Indiana") and the cities of
    ``dollar_places.tsv``, so an article that names only "Perth" or "B.C." prices in that country's dollar.
    Other kinds of subdivision are left out: their names are often common words ("Central", "Nelson")."""
    places = {
        sub.name: country
        for country in dollar_currencies()
        for sub in pycountry.subdivisions.get(country_code=country) or ()
        if sub.type in {"State", "Province", "Territory"} and len(sub.name) > 3  # not Fiji's "Ra", "Ba"
    }
    places.update({place: country for place, country in _rows("dollar_places.tsv")})
    return places


def _words(filename: str) -> frozenset[str]:
    """Non-comment lines of a packaged one-word-a-line list."""
    return frozenset(row[0].strip() for row in _rows(filename))


@functools.cache
def place_names() -> frozenset[str]:
    """Well-known cities and regions that the small model often mislabels."""
    return _words("en/places.txt")


@functools.cache
def people_words() -> frozenset[str]:
    """Nationality and group words without a country code ("Scottish", "European")."""
    return _words("en/peoples.txt")


@functools.cache
def organisation_names() -> frozenset[str]:
    """News agencies, broadcasters and platforms that sources cite and the small model mislabels."""
    return _words("en/organisations.txt")


@functools.cache
def qualifier_phrases(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(phrase, qualifier class) rows of ``data/<language>/qualifiers.tsv``, in file order."""
    return tuple((phrase, qualifier) for phrase, qualifier in _rows(f"{language}/qualifiers.tsv"))


@functools.cache
def word_list(name: str, language: str = "en") -> frozenset[str]:
    """A rule vocabulary, ``data/<language>/<name>.txt``: speech verbs, organisation heads, kinship words..."""
    return _words(f"{language}/{name}.txt")


@functools.cache
def optional_word_list(name: str, language: str) -> frozenset[str]:
    """Like :func:`word_list`, but empty when ``language`` has no such list (most locales need none)."""
    if not resources.files("extractors.facts").joinpath("data", language, f"{name}.txt").is_file():
        return frozenset()
    return word_list(name, language)


@functools.cache
def number_words(language: str, name: str = "number_words") -> dict[str, int]:
    """A pack's number words ("trois" -> 3), from ``data/<language>/number_words.tsv``, or another word -> number
    list of the same shape (``approximate_numbers``: "quinzaine" -> 15); empty when none."""
    path = f"{language}/{name}.tsv"
    if not resources.files("extractors.facts").joinpath("data", language, f"{name}.tsv").is_file():
        return {}
    return {word: int(value) for word, value in _rows(path)}
