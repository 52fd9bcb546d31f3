"""Passes over the dates found in a text that read neighbours together.

"from just over one day to four days" is one stretch of time (one duration); "Last year, ... in October and
November" names the year its months fall in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.grammar import WEEKDAYS, month_pattern
from extractors.records import DateMention

DURATION_JOINER = re.compile(r"\s*(?:to|or|and|-|–)\s*")
BARE_MONTH = re.compile(month_pattern())
SENTENCE_OPENER = re.compile(r"(?:\A|[.!?]['\"’”]?\s+|\n\s*)(?:(?:[Ii]n|[Dd]uring|[Bb]ack in)\s+)?\Z")


def join_duration_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "from just over one day to four days" (Metro), "from 60 minutes to 360 minutes" (Haki Benita), "two or
    three weeks": one stretch of time, one duration."""
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


def year_from_sentence(text: str, found: list[DateMention]) -> list[DateMention]:
    """A day or month written without a year falls in the year that opens its sentence ("Last year, director
    Chas Burns organized a stage show ... four sold-out shows in October and November", UPROXX) or follows it
    right away ("new EP applications from Sep 1 this year", CNA), not in the latest one before publication. A
    year further into the sentence frames only its own clause ("Smith, who joined in 2015, said in April" is
    this April)."""
    placed = list(found)
    for i, mention in enumerate(placed):
        if not _yearless(mention):
            continue
        after = placed[i + 1] if i + 1 < len(placed) else None
        opener = next(
            (
                p
                for p in placed[:i]
                if p.sentence == mention.sentence and _a_year(p) and _opens_sentence(text, p)
            ),
            None,
        )
        if (
            after is not None
            and _a_year(after)
            and re.fullmatch(r"\s*,?\s*", text[mention.end : after.start])
        ):
            year = after.value
        elif opener is not None:
            year = opener.value
        else:
            continue
        placed[i] = replace(mention, value=year + mention.value[4:])
    return placed


def _opens_sentence(text: str, mention: DateMention) -> bool:
    """Whether the mention starts its sentence, maybe after "In", "During", "Back in" ("In 2019, ...")."""
    return SENTENCE_OPENER.search(text[max(0, mention.start - 20) : mention.start]) is not None


def _a_year(mention: DateMention) -> bool:
    return mention.granularity == "year" and mention.value is not None and len(mention.value) == 4


def _yearless(mention: DateMention) -> bool:
    """A day or month named by its month without a year ("July 4", "in March", "mid-December")."""
    words = mention.text.lower()
    return (
        mention.granularity in {"day", "month"}
        and mention.value is not None
        and BARE_MONTH.search(mention.text) is not None
        and not re.search(r"\d{4}|year", words)
        and not any(day in words for day in WEEKDAYS)
    )
