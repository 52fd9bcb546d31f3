"""Dates a language pack writes in words, beyond the locale rules of ``universal``: days and periods
counted from publication ("hier", "l'an dernier", "il y a douze ans"), quarters and halves ("le premier
semestre"), decades ("les années 1990"), a month or year with a part prefix ("la mi-mars", "Fin 2023"),
the first of a month ("le 1er janvier") and numeric day-months after an article ("les 25/11, 30/11 et
02/12 prochains"); and the direction words that move a date found by the locale rules ahead of
publication ("vendredi prochain", "le 15 septembre prochain") or mark a weekday as a habit ("fermé le
mardi").

Every word comes from ``data/<language>/date_words.txt`` ("kind<TAB>word"); a pack without that file
gets none of this. Values follow the facts conventions: without a direction word, a date is the latest
on or before publication; weeks have no value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from spacy.tokens import Doc

from extractors.facts.gazetteer import number_words, tagged_words
from extractors.facts.nlp import SentenceIndex, lemma, text_of
from extractors.facts.universal import LocaleGrammar, full_month_names
from extractors.records import DateMention

#: How a date resolves from publication: its granularity and the step (in that unit) from publication.
Offset = tuple[str, int]


@dataclass(frozen=True)
class DateWords:
    """One pack's date words, compiled."""

    counted: dict[str, Offset]  # lower-case phrase -> (unit, offset): "hier" -> ("day", -1)
    counted_pattern: re.Pattern[str] | None
    ago: re.Pattern[str] | None  # "il y a <count> <unit>"
    units: dict[str, str]  # "ans" -> "year"
    next_words: frozenset[str]
    last_words: frozenset[str]
    habit: frozenset[str]
    first_of_month: re.Pattern[str] | None  # "1er janvier [2024]"
    part_month: re.Pattern[str] | None  # "mi-mars [2024]"
    intro_year: re.Pattern[str] | None  # "Fin 2023", "mi-2023", "d'ici 2050"
    decade: re.Pattern[str] | None  # "années 1990"
    period: re.Pattern[str] | None  # "premier trimestre [de] [2024]"
    periods: dict[str, str]  # "trimestre" -> "quarter"
    ordinals: dict[str, int]
    day_month_list: re.Pattern[str] | None  # "les 25/11, 30/11 et 02/12 [prochains]"
    prospective: frozenset[str]  # verbs whose infinitive is ahead: "doit s'achever"
    range_from: frozenset[str]  # "du" of "du mardi au samedi"
    range_to: frozenset[str]  # "au"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, with either apostrophe."""
    forms = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", "['’]") for w in forms)


@functools.cache
def date_words(language: str) -> DateWords | None:
    """The date words of ``language``, or None when its pack has no ``date_words.txt``."""
    tagged = tagged_words("date_words", language)
    if not tagged:
        return None
    counted = {w: (kind.split(":")[0], int(kind.split(":")[1]))
               for kind, words in tagged.items() if kind.split(":")[0] in {"day", "year", "month"} for w in words}
    units = {w: kind.split(":")[1] for kind, words in tagged.items() if kind.startswith("unit:") for w in words}
    ordinals = {w: int(kind.split(":")[1]) for kind, words in tagged.items() if kind.startswith("ordinal:")
                for w in words}
    periods = {w: kind for kind in ("quarter", "half") for w in tagged.get(kind, ())}
    months = full_month_names(language)
    counts = {**number_words(language), "un": 1, "une": 1}
    count = rf"(?:\d+|{_alt(counts)})"
    month = _alt(months)
    year = r"(?:19|20)\d\d"
    next_last = _alt(tagged.get("next", ()) + tagged.get("last", ()))

    def compiled(pattern: str, *needed: str) -> re.Pattern[str] | None:
        return re.compile(pattern, re.IGNORECASE) if all(tagged.get(k) for k in needed) else None

    return DateWords(
        counted=counted,
        counted_pattern=re.compile(rf"(?<!\w)(?:{_alt(counted)})(?![\w-])", re.IGNORECASE) if counted else None,
        ago=compiled(rf"(?<!\w)(?:{_alt(tagged.get('ago', ()))})\s+(?P<n>{count})\s+(?P<unit>{_alt(units)})(?!\w)",
                     "ago"),
        units=units,
        next_words=frozenset(tagged.get("next", ())),
        last_words=frozenset(tagged.get("last", ())),
        habit=frozenset(tagged.get("habit", ())),
        first_of_month=compiled(rf"(?<![\w/])(?P<d>1)(?:{_alt(tagged.get('ordinal_day', ()))})\s+(?P<m>{month})"
                                rf"(?!\w)(?:\s+(?P<y>{year})(?!\d))?", "ordinal_day"),
        part_month=compiled(rf"(?<!\w)(?:{_alt(tagged.get('part', ()))})-(?:(?P<m>{month})(?!\w)"
                            rf"(?:\s+(?P<y>{year})(?!\d))?|(?P<year>{year})(?!\d))", "part"),
        intro_year=compiled(rf"(?<!\w)(?:{_alt(tagged.get('year_intro', ()))})\s+(?P<year>{year})(?![\d,.]\d|\d)",
                            "year_intro"),
        decade=compiled(rf"(?<!\w)(?:{_alt(tagged.get('decade', ()))})\s+(?P<d>(?:19|20)?\d0)(?!\d)", "decade"),
        period=re.compile(rf"(?<!\w)(?P<o>{_alt(ordinals)})\s+(?P<p>{_alt(periods)})(?!\w)"
                          rf"(?:\s+(?:de\s+|d['’])?(?P<y>{year})(?!\d))?", re.IGNORECASE)
        if ordinals and periods else None,
        periods=periods,
        ordinals=ordinals,
        day_month_list=compiled(
            rf"(?<!\w)(?:{_alt(tagged.get('day_article', ()))})\s+(?P<list>\d{{1,2}}/\d{{1,2}}"
            rf"(?:\s*(?:,|et|ou)\s*\d{{1,2}}/\d{{1,2}})*)(?![\d/])(?:\s+(?P<dir>{next_last})(?!\w))?",
            "day_article") if next_last else None,
        prospective=frozenset(tagged.get("prospective", ())),
        range_from=frozenset(tagged.get("range_from", ())),
        range_to=frozenset(tagged.get("range_to", ())),
    )


def pack_dates(text: str, grammar: LocaleGrammar, published: datetime | None, taken: list[DateMention],
               sentences: SentenceIndex) -> list[DateMention]:
    """The pack's worded dates that ``taken`` (the locale rules' finds) does not already cover."""
    words = date_words(grammar.language)
    if words is None or published is None:
        return []
    pub = published.date()
    found: list[DateMention] = []

    def add(start: int, end: int, value: str | None, granularity: str) -> None:
        if value is None or any(d.start < end and start < d.end for d in taken + found):
            return
        found.append(DateMention(text[start:end], start, end, sentences.of(start), value, granularity))

    if words.counted_pattern is not None:
        for m in words.counted_pattern.finditer(text):
            unit, step = words.counted[_plain(m.group(0))]
            add(m.start(), m.end(), _step(pub, unit, step), unit)
    if words.ago is not None:
        counts = {**number_words(grammar.language), "un": 1, "une": 1}
        for m in words.ago.finditer(text):
            n = int(m.group("n")) if m.group("n").isdigit() else counts[m.group("n").lower()]
            unit = words.units[m.group("unit").lower()]
            if unit == "decade":
                unit, n = "year", 10 * n
            if unit in {"year", "month", "day"}:
                add(m.start(), m.end(), _step(pub, unit, -n), unit)
    if words.first_of_month is not None:
        for m in words.first_of_month.finditer(text):
            month = full_month_names(grammar.language)[m.group("m").lower()]
            year = int(m.group("y")) if m.group("y") else (pub.year if (month, 1) <= (pub.month, pub.day)
                                                            else pub.year - 1)
            add(m.start(), m.end(), f"{year:04d}-{month:02d}-01", "day")
    if words.part_month is not None:
        for m in words.part_month.finditer(text):
            if m.group("year"):
                add(m.start(), m.end(), m.group("year"), "year")
                continue
            month = full_month_names(grammar.language)[m.group("m").lower()]
            year = int(m.group("y")) if m.group("y") else (pub.year if month <= pub.month else pub.year - 1)
            add(m.start(), m.end(), f"{year:04d}-{month:02d}", "month")
    if words.intro_year is not None:
        for m in words.intro_year.finditer(text):
            add(m.start("year"), m.end("year"), m.group("year"), "year")
    if words.decade is not None:
        for m in words.decade.finditer(text):
            digits = m.group("d")
            decade = int(digits) if len(digits) == 4 else (1900 + int(digits) if 2000 + int(digits) > pub.year
                                                            else 2000 + int(digits))
            add(m.start(), m.end(), f"{decade}s", "decade")
    if words.period is not None:
        for m in words.period.finditer(text):
            add(m.start(), m.end(), *_period(m, words, pub))
    if words.day_month_list is not None and grammar.numeric_order.startswith("dm"):
        for m in words.day_month_list.finditer(text):
            if re.match(r"\s+d(?:e|es|u|['’])(?!\w)", text[m.end("list"):]):
                continue  # "les 3/4 des votants": a fraction of what follows
            ahead = bool(m.group("dir")) and m.group("dir").lower() in words.next_words
            for item in re.finditer(r"(\d{1,2})/(\d{1,2})", m.group("list")):
                day, month = int(item.group(1)), int(item.group(2))
                start = m.start("list") + item.start()
                add(start, start + len(item.group(0)), _day_month(pub, month, day, ahead), "day")
    return found


def orient_dates(doc: Doc, language: str, published: datetime | None, found: list[DateMention],
                 grammar: LocaleGrammar) -> list[DateMention]:
    """The locale rules' dates, moved by the direction word right after them or by a future verb, without habits.

    A weekday, day-month or month followed by a "next" word is the next one after publication
    ("vendredi prochain", "le 15 septembre prochain", "septembre prochain"), and so is one without a year
    that a verb in the future governs ("Le scrutin se tiendra le 15 septembre", see :func:`is_future`); a
    weekday followed by a "last" word on its own weekday is the one a week before ("lundi dernier" written
    on a Monday). A bare weekday after a habit article ("fermé le mardi") is every such day, and the two ends
    of a weekday range ("ouvert du mardi au samedi") a schedule: no dates.
    """
    words = date_words(language)
    if words is None or published is None:
        return found
    text = text_of(doc)
    pub = published.date()
    kept = []
    for mention in found:
        after = re.match(r"\s+([^\W\d_]+)", text[mention.end:])
        direction = after.group(1).lower() if after else ""
        before = re.search(r"([^\W\d_]+)\s+$", text[max(0, mention.start - 20):mention.start])
        weekday = mention.text.lower() in grammar.weekdays
        if weekday and before and before.group(1).lower() in words.habit and direction not in words.next_words | \
                words.last_words:
            continue
        if weekday and _in_weekday_range(text, mention, before, direction, words, grammar):
            continue
        value = mention.value
        named_day = not weekday and grammar.weekday.search(mention.text) is not None  # "jeudi 13 juin"
        yearless = re.search(r"\d{4}", mention.text) is None
        ahead = direction in words.next_words or (yearless and not named_day
                                                  and is_future(doc, mention.start, mention.end, words))
        if ahead and value and yearless and not named_day:
            day = date.fromisoformat(value)
            if weekday:
                day += timedelta(days=7 * ((pub - day).days // 7 + 1)) if direction in words.next_words else \
                    timedelta(days=7 if day < pub else 0)
            elif day < pub:
                day = _next_day(pub, day.month, day.day) or day
            value = day.isoformat()
        elif direction in words.last_words and weekday and value == pub.isoformat():
            value = (pub - timedelta(days=7)).isoformat()
        if value != mention.value:
            if direction in words.next_words | words.last_words and after:
                end = mention.end + len(after.group(0))
                mention = replace(mention, text=text[mention.start:end], end=end)
            mention = replace(mention, value=value)
        kept.append(mention)
    return kept


def _in_weekday_range(text: str, mention: DateMention, before: re.Match[str] | None, direction: str,
                      words: DateWords, grammar: LocaleGrammar) -> bool:
    """Whether the weekday opens or closes a "du <weekday> au <weekday>" schedule."""
    if before and before.group(1).lower() in words.range_from and direction in words.range_to:
        following = re.match(r"\s+\S+\s+([^\W\d_]+)", text[mention.end:])
        return bool(following and following.group(1).lower() in grammar.weekdays)
    if before and before.group(1).lower() in words.range_to:
        opening = re.search(r"([^\W\d_]+)\s+([^\W\d_]+)\s+\S+\s+$", text[max(0, mention.start - 40):mention.start])
        return bool(opening and opening.group(1).lower() in words.range_from
                    and opening.group(2).lower() in grammar.weekdays)
    return False


def is_future(doc: Doc, start: int, end: int, words: DateWords | None) -> bool:
    """Whether the verb that governs the date at ``start:end`` speaks of the future: a future tense ("se
    tiendra", "aura lieu"), or an infinitive under a prospective verb in the present or conditional ("doit
    s'achever", "devrait reprendre", "va voter"; the "prospective" words). The parse's morphology decides;
    the nearest verb up the date's head chain is the one."""
    if words is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} or any(c.dep_ == "cop" for c in token.children):
            break  # a verb, or an adjective with its copula ("seront connus jeudi" parsed as one)
        if token.head is token:
            return False
        token = token.head
    else:
        return False
    if any("Fut" in t.morph.get("Tense") for t in [token, *token.children] if t is token or
           t.dep_.startswith(("aux", "cop"))):
        return True  # "se tiendra", and the passive "sera examiné" whose auxiliary is in the future
    head = token.head
    return ("Inf" in token.morph.get("VerbForm") and head is not token and lemma(head) in words.prospective
            and "Pres" in head.morph.get("Tense"))


def month_direction(text: str, language: str, end: int) -> bool:
    """Whether the month name ending at ``end`` is followed by a "next" word ("septembre prochain")."""
    words = date_words(language)
    after = re.match(r"\s+([^\W\d_]+)", text[end:])
    return bool(words and after and after.group(1).lower() in words.next_words)


def _plain(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower().replace("’", "'"))


def _step(pub: date, unit: str, step: int) -> str | None:
    if unit == "day":
        return (pub + timedelta(days=step)).isoformat()
    if unit == "year":
        return f"{pub.year + step:04d}"
    months = pub.year * 12 + pub.month - 1 + step
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _period(m: re.Match[str], words: DateWords, pub: date) -> tuple[str | None, str]:
    """ "premier trimestre [2024]" -> 2024-Q1; without a year, the latest such period begun by publication."""
    kind = words.periods[m.group("p").lower()]
    number = words.ordinals[m.group("o").lower()]
    per_year = 4 if kind == "quarter" else 2
    if number > per_year:
        return None, kind
    current = (pub.month - 1) * per_year // 12 + 1
    year = int(m.group("y")) if m.group("y") else (pub.year if number <= current else pub.year - 1)
    return (f"{year:04d}-Q{number}" if kind == "quarter" else f"{year:04d}-H{number}"), kind


def _day_month(pub: date, month: int, day: int, ahead: bool) -> str | None:
    if ahead:
        found = _next_day(pub, month, day)
        return found.isoformat() if found else None
    for year in (pub.year, pub.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= pub:
            return candidate.isoformat()
    return None


def _next_day(pub: date, month: int, day: int) -> date | None:
    """The first ``day``/``month`` on or after publication."""
    for year in (pub.year, pub.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= pub:
            return candidate
    return None
