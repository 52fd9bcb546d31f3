"""Date mentions resolved against the publication date, and flagged durations.

Off-the-shelf parsers resolve a bare weekday forward and read "since mid-2022" as a day;
news writing means the opposite (the latest such day on or before publication, a month
granularity), so the resolution rules are written here. Expressions are found with one
regular expression over the text; the parse only decides whether a sentence talks about
the future ("will meet on Friday", "ahead of the Oct. 27 election"), which flips resolution
forward.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from spacy.tokens import Doc

from extractors.facts.gazetteer import word_list
from extractors.facts.nlp import SentenceIndex, lemma, text_of
from extractors.grammar import MONTHS, NUMBER_WORDS, WEEKDAYS, month_pattern
from extractors.records import DateMention

logger = logging.getLogger(__name__)

COUNT_WORDS = {**NUMBER_WORDS, "a": 1, "an": 1}  # "twenty years ago", "a year ago"
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
ORDINAL_PARTS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}

_MONTH = month_pattern("{g}")
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<{g}>(?:1[89]|20)\d\d)"
_COUNT = (
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|a|an|several|a few|few|many|some)"
)
_DURATION_UNIT = r"(?:year|month|week|day|hour|minute|decade|centur(?:y|ie))s?"
_APPROX = r"(?:(?:roughly|about|nearly|almost|some|around|more than|over|at least|up to|less than|an?)\s+)"

#: Alternatives in priority order: the first that matches at a position wins.
PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "month_day",
        _MONTH.format(g="m") + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR.format(g="y") + r")?",
    ),
    (
        "day_month",
        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH.format(g="m")
        + r"(?:,?\s+"
        + _YEAR.format(g="y")
        + r")?",
    ),
    ("month_year", _MONTH.format(g="m") + r",?\s+(?:of\s+)?" + _YEAR.format(g="y")),
    ("month_rel_year", _MONTH.format(g="m") + r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year"),
    ("weekday_week", _WEEKDAY + r"\s+(?P<rel>last|next|this)\s+week"),
    (
        "year_part",
        r"(?P<part>[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of)\s+(?:the|this)\s+year",
    ),
    ("day_part", r"(?P<rel>[Tt]his|[Yy]esterday)\s+(?:morning|afternoon|evening)"),
    (
        "part_year",
        r"(?P<part>[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|"
        r"[Tt]he middle of|[Tt]he first half of|[Tt]he second half of)[- ]" + _YEAR.format(g="y"),
    ),
    ("part_month", r"(?P<part>[Ee]arly|[Ll]ate|[Mm]id)[- ]" + _MONTH.format(g="m")),
    (
        "quarter",
        r"(?:[Tt]he\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)\s+quarter"
        r"(?:\s+of\s+" + _YEAR.format(g="y") + r")?",
    ),
    (
        "quarter_code",
        r"Q(?P<q>[1-4])\s+" + _YEAR.format(g="y") + r"|" + _YEAR.format(g="y2") + r"\s+Q(?P<q2>[1-4])",
    ),
    ("half", r"(?:[Tt]he\s+)?(?P<h>first|second)\s+half\s+of\s+(?:the\s+year|" + _YEAR.format(g="y") + r")"),
    (
        "season_year",
        r"(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?" + _YEAR.format(g="y"),
    ),
    ("season_rel", r"(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<s>spring|summer|autumn|fall|winter)"),
    ("decade", r"(?:[Tt]he\s+)?(?:(?:early|late|mid)[- ])?(?P<dec>(?:1[89]|20)\d0)s"),
    ("ago", r"(?P<n>" + _COUNT + r")\s+(?P<unit>year|month|day|week)s?\s+ago"),
    # "The next year", "16 years later" count from the date the text named last, not from publication
    # (see _anaphoric); "for the next year" / "over the past year" (abcau, engadget, globalbankingfinance)
    # is a span, taken by bare_duration from its preposition.
    ("anaphoric", r"[Tt]he\s+(?:next|following)\s+(?P<unit>year|month|day)"),
    ("later", r"(?P<n>" + _COUNT + r")\s+(?P<unit>year|month|day)s?\s+later"),
    (
        "rel_period",
        r"(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month)(?:['’]s)?",
    ),
    ("skip_week", r"(?:[Ll]ast|[Tt]his|[Nn]ext)\s+week(?:end)?"),
    ("rel_day", r"(?P<rd>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"),
    (
        "duration",
        (
            r"(?:(?:[Ff]or|[Oo]ver|[Dd]uring|[Ww]ithin|[Tt]he past|[Tt]he last|[Tt]he next|[Tt]he|[Aa]n?)\s+)?"
            + _APPROX
            + r"?"
            + r"(?:"
            + _COUNT
            + r"\s+(?:or|to)\s+)?"
            + _COUNT
            + r"[- ]"
            + _DURATION_UNIT
            + r"(?:[- ]long)?(?:\s+period)?"
        ),
    ),
    (
        "bare_duration",
        (
            r"(?:(?:[Ff]or|[Oo]ver|[Ww]ithin)\s+(?:(?:several|many|a few)\s+)?"
            r"(?:decades|years|months|weeks|centuries|a decade|a century)|"
            r"(?:[Ff]or|[Oo]ver|[Dd]uring|[Ww]ithin|[Ii]n)\s+the\s+(?:past|last|next|coming)\s+(?:year|month|decade)\b|"
            r"(?:[Hh]undreds|[Tt]housands|[Dd]ozens)\s+of\s+(?:years|months|weeks|days|hours))"
        ),
    ),
    ("weekday", r"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?" + _WEEKDAY),
    ("month", _MONTH.format(g="m")),
    ("year", _YEAR.format(g="y")),
)
MASTER = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}__')})" for name, pattern in PATTERNS)
    + ")"
)
GROUPS = {name: [g for g in MASTER.groupindex if g.startswith(name + "__")] for name, _ in PATTERNS}

#: Granularities a date must have to anchor "the next <unit>" / "N <units> later".
ANCHORS = {
    "year": frozenset({"year", "month", "day", "quarter", "half", "season"}),
    "month": frozenset({"month", "day"}),
    "day": frozenset({"day"}),
}
#: Words that, right before a lone month or year, make it a date ("in May", "since 2022").
DATE_PREPOSITIONS = word_list("date_prepositions")
FUTURE_AUX = word_list("future_aux")
FUTURE_LEMMAS = word_list("future_lemmas")
FUTURE_BEFORE = re.compile(
    r"(?:ahead of|upcoming|scheduled for|due on|set for|slated for|no later than|starting|"
    r"effective|take effect|takes effect|taking effect|beginning)\s+(?:the\s+|this\s+)?$",
    re.IGNORECASE,
)
#: Prepositions that point forward only before a full day ("from January 1", "by May 10").
FUTURE_BEFORE_DAY = re.compile(r"(?:from|by)\s+$", re.IGNORECASE)
#: Kinds whose future reading a preposition like "from"/"by" may trigger (a month-year never needs it).
FORWARD_KINDS = frozenset({"month_day", "day_month", "weekday", "month", "part_month"})
NOT_AFTER_DURATION = re.compile(r"^(?:[- ]old\b|\s+old\b|\s+ago\b)")
DURATION_JOINER = re.compile(r"\s*(?:to|or|and|-|–)\s*")
#: "N days a week", "twice a year": how often, not how long.
FREQUENCY_AFTER = re.compile(r"^\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.IGNORECASE)
FREQUENCY_BEFORE = re.compile(
    r"(?:\btimes|\btwice|\bonce|\bthrice|[\d,.]+|dollars|euros|pounds|millions|billions|"
    r"\bdays|\bnights|\bhours|\bshifts)\s*$",
    re.IGNORECASE,
)
#: "a four-day week", "a four-day work week": how many days a week, not how long.
WORK_WEEK_AFTER = re.compile(r"^\s+(?:work\s*week|week)\b", re.IGNORECASE)


def extract_dates(doc: Doc, published: datetime | None, sentences: SentenceIndex) -> list[DateMention]:
    """Date expressions in ``doc`` with values resolved against ``published`` (None for relative ones without it)."""
    text = text_of(doc)
    pub = published.date() if published is not None else None
    found: list[DateMention] = []
    for match in MASTER.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if not _word_bounded(text, start, end) or kind == "skip_week":
            continue
        groups = {g.split("__", 1)[1]: match.group(g) for g in GROUPS[kind] if match.group(g) is not None}
        if kind in {"anaphoric", "later"}:
            resolved = _anaphoric(groups, found)
            if resolved is None and kind == "anaphoric":
                continue
            value, granularity = resolved or (None, "duration")  # "seven years later" after "the early 2010s"
        elif kind in {"duration", "bare_duration"}:
            if (
                NOT_AFTER_DURATION.match(text[end:])
                or re.search(r"\baged\s*$", text[max(0, start - 6) : start], re.IGNORECASE)
                or _is_frequency(text, start, end, match.group(0))
            ):
                continue
            value, granularity = None, "duration"
        else:
            if kind in {"month", "year"} and not _standalone_ok(doc, text, start, end, kind, groups):
                continue
            future = pub is not None and kind in FORWARD_KINDS and _is_future(doc, text, start, groups)
            resolved = _resolve(kind, groups, pub, future)
            if resolved is None:
                continue
            value, granularity = resolved
        found.append(
            DateMention(
                text=match.group(0),
                start=start,
                end=end,
                sentence=sentences.of(start),
                value=value,
                granularity=granularity,
            )
        )
    return _join_duration_ranges(text, found)


def _anaphoric(groups: dict[str, str], found: list[DateMention]) -> tuple[str, str] | None:
    """ "the next day", "The following year", "16 years later": counted from the last date the text named
    ("arrested the next day" after "June 17, 2015", NPR; "published in 1909 ... The next year" and "died in
    1942 ... died 16 years later", Atlas Obscura; "In 2024, ... The following year", Ottawa Citizen), or
    None when that date is not precise enough ("In the early 2010s ... seven years later", Metro)."""
    unit = groups["unit"]
    count = groups.get("n", "1")
    n = COUNT_WORDS.get(count.lower()) or (int(count) if count.isdigit() else None)
    anchor = next((d for d in reversed(found) if d.value), None)
    if n is None or anchor is None or anchor.granularity not in ANCHORS[unit]:
        return None
    year = int(anchor.value[:4])
    if unit == "year":
        return f"{year + n:04d}", "year"
    if unit == "month":
        total = year * 12 + int(anchor.value[5:7]) - 1 + n
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    return (date.fromisoformat(anchor.value) + timedelta(days=n)).isoformat(), "day"


def _join_duration_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "from just over one day to four days", "two or three weeks": one stretch of time, one duration."""
    joined: list[DateMention] = []
    for mention in found:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.granularity == mention.granularity == "duration"
            and DURATION_JOINER.fullmatch(text[prev.end : mention.start])
        ):
            joined[-1] = replace(prev, text=text[prev.start : mention.end], end=mention.end)
        else:
            joined.append(mention)
    return joined


def _is_frequency(text: str, start: int, end: int, matched: str) -> bool:
    """ "five days a week", "twice a year", "$10m a year": a rate, not a duration."""
    if FREQUENCY_AFTER.match(text[end:]):
        return True
    if re.search(r"-day$", matched, re.IGNORECASE) and WORK_WEEK_AFTER.match(text[end:]):
        return True
    first = matched.split()[0].lower()
    return first in {"a", "an"} and bool(FREQUENCY_BEFORE.search(text[max(0, start - 20) : start]))


def _word_bounded(text: str, start: int, end: int) -> bool:
    """Whether a match stands as its own word (not inside "A350", "2025/2026" or "COVID-19")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before == "/" or after == "/" and end + 1 < len(text) and text[end + 1].isdigit():
        return False
    return not (
        before.isalnum()
        or before == "-"
        and start > 1
        and text[start - 2].isalnum()
        and not text[start - 4 : start - 1].lower().endswith("mid")
    ) and not (after.isalnum())


def _standalone_ok(doc: Doc, text: str, start: int, end: int, kind: str, groups: dict[str, str]) -> bool:
    """A lone month or year is a date only in date context (so "May" the verb and "2022 troops" are not)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span[0].ent_type_ in {"WORK_OF_ART", "LAW", "PRODUCT", "ORG", "PERSON"}:
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if kind == "month":
        name = groups["m"].rstrip(".").lower()
        if name in {"may", "march"} or groups["m"].endswith(".") is False and len(name) == 3:
            return prev in DATE_PREPOSITIONS or span[0].ent_type_ == "DATE"
        return span[0].ent_type_ == "DATE" or prev in DATE_PREPOSITIONS or span[0].pos_ == "PROPN"
    if nxt is not None and nxt.tag_ in {"NNS"} and span[0].dep_ == "nummod":
        return False  # "2000 troops"
    if text[max(0, start - 1) : start] in {"$", "£", "€", "¥"}:
        return False
    return span[0].ent_type_ == "DATE" or prev in DATE_PREPOSITIONS


def _is_future(doc: Doc, text: str, start: int, groups: dict[str, str]) -> bool:
    """Whether the date is talked about as ahead of publication ("will ... on Friday", "ahead of the Oct. 27 vote")."""
    rel = (groups.get("rel") or "").lower()
    if rel == "next":
        return True
    if rel in {"last", "this"}:
        return False
    if FUTURE_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    if "d" in groups and FUTURE_BEFORE_DAY.search(text[max(0, start - 10) : start]):
        return True
    span = doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            if any(child.lower_ in FUTURE_AUX for child in node.children) or lemma(node) in FUTURE_LEMMAS:
                return True
            if node.tag_ in {"VBD", "VBN"} and not any(c.lower_ in FUTURE_AUX for c in node.children):
                return False
    return False


def _resolve(kind: str, g: dict[str, str], pub: date | None, future: bool) -> tuple[str | None, str] | None:
    """(value, granularity) for a matched expression; value None when it is relative and ``pub`` is unknown."""
    year = int(g["y"]) if g.get("y") else (int(g["y2"]) if g.get("y2") else None)
    if kind in {"month_day", "day_month"}:
        month, day = MONTHS[g["m"].rstrip(".").lower()], int(g["d"])
        if not 1 <= day <= 31:
            return None
        if year is None:
            if pub is None:
                return None, "day"
            year = _year_for(pub, (month, day), (pub.month, pub.day), future)
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None
    if kind == "month_rel_year":
        if pub is None:
            return None, "month"
        offset = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return f"{pub.year + offset:04d}-{MONTHS[g['m'].rstrip('.').lower()]:02d}", "month"
    if kind == "weekday_week":
        if pub is None:
            return None, "day"
        offset = {"last": -7, "this": 0, "next": 7}[g["rel"].lower()]
        monday = pub - timedelta(days=pub.weekday())
        return (monday + timedelta(days=offset + WEEKDAYS[g["wd"].lower()])).isoformat(), "day"
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
    if kind == "part_month":
        month = MONTHS[g["m"].rstrip(".").lower()]
        if pub is None:
            return None, "month"
        return f"{_year_for(pub, (month,), (pub.month,), future):04d}-{month:02d}", "month"
    if kind in {"quarter", "quarter_code"}:
        q = (
            int(g.get("q") or g.get("q2"))
            if (g.get("q") or g.get("q2") or "").isdigit()
            else ORDINAL_PARTS[g["q"].lower()]
        )
        if year is None:
            if pub is None:
                return None, "quarter"
            year = _year_for(pub, (q,), ((pub.month - 1) // 3 + 1,), future)
        return f"{year:04d}-Q{q}", "quarter"
    if kind == "half":
        h = 1 if g["h"].lower() == "first" else 2
        if year is None:
            if pub is None:
                return None, "half"
            year = pub.year
        return f"{year:04d}-H{h}", "half"
    if kind == "season_year":
        return f"{year:04d}-{SEASONS[g['s'].lower()]}", "season"
    if kind == "season_rel":
        if pub is None:
            return None, "season"
        offset = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return f"{pub.year + offset:04d}-{SEASONS[g['s'].lower()]}", "season"
    if kind == "decade":
        return f"{g['dec']}s", "decade"
    if kind == "ago":
        n = COUNT_WORDS.get(g["n"].lower()) or (int(g["n"]) if g["n"].isdigit() else None)
        unit = g["unit"]
        if n is None or unit not in {"year", "month", "day"}:
            return None
        if pub is None:
            return None, unit
        if unit == "year":
            return f"{pub.year - n:04d}", "year"
        if unit == "month":
            total = pub.year * 12 + pub.month - 1 - n
            return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
        return (pub - timedelta(days=n)).isoformat(), "day"
    if kind == "rel_period":
        offset = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        if g["unit"] == "year":
            return (f"{pub.year + offset:04d}" if pub else None), "year"
        if pub is None:
            return None, "month"
        total = pub.year * 12 + pub.month - 1 + offset
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    if kind == "rel_day":
        if pub is None:
            return None, "day"
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["rd"].lower()]
        return (pub + timedelta(days=offset)).isoformat(), "day"
    if kind == "weekday":
        if pub is None:
            return None, "day"
        weekday = WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower()
        if future:
            delta = (weekday - pub.weekday()) % 7
            if rel == "next" and delta == 0:
                delta = 7
            return (pub + timedelta(days=delta)).isoformat(), "day"
        delta = (pub.weekday() - weekday) % 7
        if rel == "last" and (delta == 0 or weekday < pub.weekday()):
            delta += 7  # "last Monday" said on a Tuesday is the Monday of the week before
        return (pub - timedelta(days=delta)).isoformat(), "day"
    if kind == "month":
        month = MONTHS[g["m"].rstrip(".").lower()]
        if pub is None:
            return None, "month"
        return f"{_year_for(pub, (month,), (pub.month,), future):04d}-{month:02d}", "month"
    if kind == "year":
        return f"{year:04d}", "year"
    return None


def _year_for(pub: date, point: tuple[int, ...], now: tuple[int, ...], future: bool) -> int:
    """Year that puts ``point`` (month[, day] or quarter) at or before publication, or after it when ``future``."""
    if future:
        return pub.year if point > now else pub.year + 1
    return pub.year if point <= now else pub.year - 1
