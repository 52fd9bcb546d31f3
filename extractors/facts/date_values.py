"""Calendar values of matched date expressions, resolved against the publication date.

``dates`` finds the expressions and decides whether a sentence looks ahead; this module turns each
match's groups into ``(value, granularity)``: "2024-03-03" day, "2024-03" month, "2024-Q3", "2024-H1",
"2024-summer", "2024", "1990s". A date without a year is the latest one on or before publication,
or the next one from publication on when the sentence is about the future.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from extractors.facts.gazetteer import decade_words, holidays
from extractors.grammar import MONTHS, NUMBER_WORDS, WEEKDAYS
from extractors.records import DateMention

COUNT_WORDS = {**NUMBER_WORDS, "a": 1, "an": 1}  # "twenty years ago", "a year ago"
#: The season word is kept as written ("this fall" -> 2017-fall, dev gold Engadget).
SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
ORDINAL_PARTS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
REL_OFFSETS = {"last": -1, "this": 0, "next": 1}
#: Granularities a date must have to anchor "the next <unit>" / "N <units> later".
ANCHORS = {
    "year": frozenset({"year", "month", "day", "quarter", "half", "season"}),
    "month": frozenset({"month", "day"}),
    "day": frozenset({"day"}),
}

Resolved = tuple[str | None, str]


#: The spelt scales of a count ("a hundred", "two thousand"; see ``dates._SCALED_COUNT``).
SCALES = {"hundred": 100, "thousand": 1000}


def count_of(word: str) -> int | None:
    """ "three" -> 3, "A" -> 1, "25" -> 25, "6,000" -> 6000, "a hundred" -> 100; None for a vague count ("several",
    "a few", "several hundred")."""
    head, _, scale = word.rpartition(" ")
    if scale.lower() in SCALES:
        n = count_of(head)
        return n * SCALES[scale.lower()] if n is not None else None
    digits = word.replace(",", "")
    return COUNT_WORDS.get(word.lower()) or (int(digits) if digits.isdigit() else None)


def anaphoric(groups: dict[str, str], found: list[DateMention]) -> Resolved | None:
    """ "the next day", "The following year", "16 years later": counted from the last date the text named
    ("arrested the next day" after "June 17, 2015", NPR; "published in 1909 ... The next year" and "died in
    1942 ... died 16 years later", Atlas Obscura; "In 2024, ... The following year", Ottawa Citizen), back from it
    with "earlier" ("in the first quarter compared with a year earlier", Chicago Tribune; "in the third quarter,
    down 25.5 percent from a year earlier", SFGate), or None when that date is not precise enough ("In the early
    2010s ... seven years later", Metro)."""
    unit = groups["unit"]
    n = count_of(groups.get("n", "1"))
    anchor = next((d for d in reversed(found) if d.value), None)
    if n is None or anchor is None or anchor.granularity not in ANCHORS[unit]:
        return None
    return _count_from(anchor.value, unit, -n if groups.get("dir") == "earlier" else n), unit


def _count_from(anchor: str, unit: str, n: int) -> str:
    """The date ``n`` units after the anchor value, at ``unit`` granularity."""
    year = int(anchor[:4])
    if unit == "year":
        return f"{year + n:04d}"
    if unit == "month":
        return _month_value(year, int(anchor[5:7]) + n)
    return (date.fromisoformat(anchor) + timedelta(days=n)).isoformat()


def _month_value(year: int, month: int) -> str:
    """ "YYYY-MM" of ``month`` counted from January of ``year`` (month 0 is the December before)."""
    total = year * 12 + month - 1
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def year_for(pub: date, point: tuple[int, ...], now: tuple[int, ...], future: bool) -> int:
    """Year that puts ``point`` (month[, day] or quarter) at or before publication, or at or after it when
    ``future`` ("will rise in June" written in June is this June)."""
    if future:
        return pub.year if point >= now else pub.year + 1
    return pub.year if point <= now else pub.year - 1


def day_value(year: int | None, month: int, day: int, pub: date | None, future: bool) -> Resolved | None:
    """A day of a month, in ``year`` or (without one) in the year :func:`year_for` picks."""
    if not 1 <= day <= 31:
        return None
    if year is None:
        if pub is None:
            return None, "day"
        year = year_for(pub, (month, day), (pub.month, pub.day), future)
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def weekday_date(year: int | None, month: int, day: int, weekday: int, pub: date | None) -> Resolved | None:
    """ "Sunday, June 16": the year, next to publication, in which that day falls on that weekday (so a
    date ahead of publication needs no future tense); the plain rule when no nearby year fits."""
    if year is None and pub is not None:
        fitting = [
            d
            for y in (pub.year - 1, pub.year, pub.year + 1)
            if (d := _valid(y, month, day)) is not None and d.weekday() == weekday
        ]
        if fitting:
            return min(fitting, key=lambda d: abs((d - pub).days)).isoformat(), "day"
    return day_value(year, month, day, pub, False)


def numeric_day(first: int, second: int, year: int, day_first: bool) -> Resolved | None:
    """ "15/3/2024", "3/15/2024", "3/4/2024": the reading that exists, else the one ``day_first`` says (the
    order the article writes its dates in words)."""
    if first > 12 or (day_first and second <= 12):
        first, second = second, first
    valid = _valid(year, first, second)
    return (valid.isoformat(), "day") if valid else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def holiday(name: str, year: int | None, pub: date | None, future: bool) -> Resolved | None:
    """A fixed-date holiday ("Christmas Day", "New Year's Eve") resolved like the day it falls on."""
    month, day = _holiday_days()[holiday_key(name)]
    return day_value(year, month, day, pub, future)


def holiday_key(name: str) -> str:
    """A holiday's name without apostrophes or case ("New Year’s Day", "New Years Day" -> "new years day")."""
    return re.sub(r"['’]", "", name).lower()


@functools.cache
def _holiday_days() -> dict[str, tuple[int, int]]:
    return {holiday_key(name): day for name, day in holidays().items()}


def resolve(kind: str, g: dict[str, str], pub: date | None, future: bool) -> Resolved | None:
    """(value, granularity) for a matched expression; value None when it is relative and ``pub`` is unknown."""
    year = int(g["y"]) if g.get("y") else (int(g["y2"]) if g.get("y2") else None)
    if kind in {"month_day", "day_month", "day_range", "month_day_range"}:
        return day_value(year, MONTHS[g["m"].rstrip(".").lower()], int(g["d"]), pub, future)
    if kind == "weekday_date":
        month = MONTHS[(g.get("m") or g["m2"]).rstrip(".").lower()]
        weekday = next(n for name, n in WEEKDAYS.items() if name.startswith(g["wd"].rstrip(".").lower()[:3]))
        return weekday_date(year, month, int(g.get("d") or g["d2"]), weekday, pub)
    if kind == "iso_day":
        valid = _valid(year, int(g["mo"]), int(g["d"]))
        return (valid.isoformat(), "day") if valid else None
    if kind == "holiday":
        return holiday(g["hol"], year, pub, future)
    if kind == "month_rel_year":
        if pub is None:
            return None, "month"
        return (
            f"{pub.year + REL_OFFSETS[g['rel'].lower()]:04d}-{MONTHS[g['m'].rstrip('.').lower()]:02d}",
            "month",
        )
    if kind == "year_part":
        if pub is None:
            return None, "half"
        return f"{pub.year:04d}-{'H2' if g['part'].lower() == 'the end of' else 'H1'}", "half"
    if kind == "day_part":
        if pub is None:
            return None, "day"
        return (pub - timedelta(days=0 if g["rel"].lower() == "this" else 1)).isoformat(), "day"
    if kind == "month_year":
        return f"{year:04d}-{MONTHS[g['m'].rstrip('.').lower()]:02d}", "month"
    if kind == "part_year":
        part = g["part"].lower()
        if part in {"mid", "the middle of"}:
            return f"{year:04d}-06", "month"
        if part in {"early", "the beginning of", "the start of", "the first half of"}:
            return f"{year:04d}-H1", "half"
        return f"{year:04d}-H2", "half"
    if kind in {"part_month", "month"}:
        month = MONTHS[g["m"].rstrip(".").lower()]
        if pub is None:
            return None, "month"
        return f"{year_for(pub, (month,), (pub.month,), future):04d}-{month:02d}", "month"
    if kind in {"quarter", "quarter_code"}:
        return _quarter(g, year, pub, future)
    if kind == "half_code":  # "H1 2024", "2024 H2"
        return f"{year:04d}-H{g.get('h') or g['h2']}", "half"
    if kind == "season_year":
        return f"{year:04d}-{g['s'].lower()}", "season"
    if kind == "season_rel":
        if pub is None:
            return None, "season"
        return f"{pub.year + REL_OFFSETS[g['rel'].lower()]:04d}-{g['s'].lower()}", "season"
    if kind == "season_bare":  # "during the summer": the latest begun by publication, or the next ahead
        if pub is None:
            return None, "season"
        return f"{_season_year(g['s'].lower(), pub, future):04d}-{g['s'].lower()}", "season"
    if kind == "decade":
        if g.get("dec"):
            return f"{g['dec']}s", "decade"
        return _short_decade(int(g["dec2"]), pub), "decade"
    if kind == "decade_word":  # "the nineties" -> 1990s
        return decade_words()[g["word"].lower()], "decade"
    if kind == "ago":
        return _ago(g, pub)
    if kind == "years_on":  # "a year on," -> the publication year (see dates.PATTERNS)
        return (f"{pub.year:04d}" if pub else None), "year"
    if kind == "rel_period":
        offset = REL_OFFSETS[g["rel"].lower()]
        if g["unit"] == "year":
            return (f"{pub.year + offset:04d}" if pub else None), "year"
        if pub is None:
            return None, "month"
        return _month_value(pub.year, pub.month + offset), "month"
    if kind == "rel_day":
        if pub is None:
            return None, "day"
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["rd"].lower()]
        return (pub + timedelta(days=offset)).isoformat(), "day"
    if kind == "weekday":
        return _weekday(g, pub, future)
    if kind == "year":
        return f"{year:04d}", "year"
    if kind == "year_range":
        return f"{range_end_year(g):04d}", "year"  # the end of "2019-2021"; dates.py adds the start
    return None


#: The month each season begins in (northern meteorological seasons; winter runs on into the next year).
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_year(season: str, pub: date, future: bool) -> int:
    """The year of a season named with no year: the one under way at publication, else the latest begun before it
    or, ``future``, the next to begin."""
    begins = SEASON_START[season]
    if season == "winter" and pub.month <= 2:
        return pub.year - 1  # a winter under way in January or February began the December before
    if pub.month >= begins:
        return pub.year if not future or pub.month < begins + 3 else pub.year + 1
    return pub.year if future else pub.year - 1


def range_end_year(g: dict[str, str]) -> int:
    """The last year of "2019-2021" or "1939-45" (two digits in the first year's century, or the next)."""
    first, last = int(g["y"]), g["y2"]
    if len(last) == 4:
        return int(last)
    full = first // 100 * 100 + int(last)
    return full if full > first else full + 100


def _quarter(g: dict[str, str], year: int | None, pub: date | None, future: bool) -> Resolved:
    raw = g.get("q") or g.get("q2") or g["q3"]
    q = int(raw) if raw.isdigit() else ORDINAL_PARTS[raw.lower()]
    if year is None:
        if pub is None:
            return None, "quarter"
        year = year_for(pub, (q,), ((pub.month - 1) // 3 + 1,), future)
    return f"{year:04d}-Q{q}", "quarter"


def _short_decade(digits: int, pub: date | None) -> str:
    """ "the '90s" -> 1990s; "the '10s" -> 2010s once that decade is over by publication."""
    recent = 2000 + digits
    today = pub.year if pub is not None else date.today().year
    return f"{recent if recent + 10 <= today else 1900 + digits}s"


def _ago(g: dict[str, str], pub: date | None) -> Resolved | None:
    """ "three years ago" -> a year, "six months ago" -> a month, "5 days ago" -> a day, "a decade ago" -> the
    year ten before; weeks have no value, and a count of years reaching before the common era no date."""
    n, unit = count_of(g["n"]), g["unit"].lower()
    if n is None or unit not in {"year", "month", "day", "decade"}:
        return None
    if unit == "decade":
        n, unit = 10 * n, "year"
    if pub is None:
        return None, unit
    if unit == "year":
        # a year of the common era or no date: "about 6,000 years ago" (Knowable Magazine) is prehistory
        return (f"{pub.year - n:04d}", "year") if n < pub.year else None
    if unit == "month":
        return _month_value(pub.year, pub.month - n), "month"
    return (pub - timedelta(days=n)).isoformat(), "day"


def _weekday(g: dict[str, str], pub: date | None, future: bool) -> Resolved:
    """A weekday: the latest on or before publication, the next when ``future``, the current week's with
    "this" ("This Monday" and "this Friday" written on a Wednesday)."""
    if pub is None:
        return None, "day"
    weekday = WEEKDAYS[g["wd"].lower()]
    rel = (g.get("rel") or "").lower()
    if rel == "this":
        return (pub + timedelta(days=weekday - pub.weekday())).isoformat(), "day"
    if future:
        delta = (weekday - pub.weekday()) % 7
        if rel == "next" and delta == 0:
            delta = 7
        return (pub + timedelta(days=delta)).isoformat(), "day"
    delta = (pub.weekday() - weekday) % 7
    if rel == "last" and (delta == 0 or weekday < pub.weekday()):
        delta += 7  # "last Monday" said on a Tuesday is the Monday of the week before
    return (pub - timedelta(days=delta)).isoformat(), "day"
