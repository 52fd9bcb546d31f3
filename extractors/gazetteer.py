"""Small packaged word lists (countries, currencies, titles) read once per process.

The lists live in ``extractors/data/`` as tab-separated text so they can be extended
without touching code; each loader returns plain dicts/sets the rules look words up in.
"""

from __future__ import annotations

import functools
from importlib import resources

import pycountry


def _rows(filename: str) -> list[list[str]]:
    """Non-comment, non-empty rows of a packaged TSV file, split on tabs."""
    text = resources.files("extractors").joinpath("data", filename).read_text(encoding="utf-8")
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
    for alias, code, form in _rows("countries.tsv"):
        aliases[alias] = (code, form)
    return aliases


@functools.cache
def currencies() -> dict[str, tuple[str, str]]:
    """Currency symbol or word -> (ISO 4217 code, position "prefix" or "word")."""
    return {alias: (code, position) for alias, code, position in _rows("currencies.tsv")}


@functools.cache
def title_words() -> tuple[frozenset[str], frozenset[str]]:
    """(role heads, role modifiers): words that make up a stated title before a person's name."""
    rows = _rows("titles.txt")
    heads = frozenset(word for kind, word in rows if kind == "head")
    modifiers = frozenset(word for kind, word in rows if kind == "modifier")
    return heads, modifiers


@functools.cache
def dollar_currencies() -> dict[str, str]:
    """Country code -> ISO 4217 code of its "$" currency (US -> USD, CA -> CAD, ...)."""
    return {country: code for country, code in _rows("dollars.tsv")}


def _words(filename: str) -> frozenset[str]:
    """Non-comment lines of a packaged one-word-a-line list."""
    return frozenset(row[0].strip() for row in _rows(filename))


@functools.cache
def place_names() -> frozenset[str]:
    """Well-known cities and regions that the small model often mislabels."""
    return _words("places.txt")


@functools.cache
def people_words() -> frozenset[str]:
    """Nationality and group words without a country code ("Scottish", "European")."""
    return _words("peoples.txt")


@functools.cache
def organisation_names() -> frozenset[str]:
    """News agencies, broadcasters and platforms that sources cite and the small model mislabels."""
    return _words("organisations.txt")


@functools.cache
def byline_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(organisation words, role words, connectors) of bylines in every packaged language, case-folded.

    A byline holding an organisation word names no person ("Reuters Staff", "Wire reports"); one
    made only of role words is a job title ("Staff Writer"). One file per language:
    ``data/bylines_<lang>.txt``.
    """
    rows = [row for path in sorted(resources.files("extractors").joinpath("data").iterdir())
            if path.name.startswith("bylines_") for row in _rows(path.name)]
    orgs = frozenset(word.casefold() for kind, word in rows if kind == "org")
    roles = frozenset(word.casefold() for kind, word in rows if kind == "role")
    connectors = frozenset(word.casefold() for kind, word in rows if kind == "connector")
    return orgs, roles, connectors
