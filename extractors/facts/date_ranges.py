"""Passes over the dates found in a text that read two neighbours as one range.

"two or three weeks" is one stretch of time (one duration); "between May and July" names two months of
the same stretch, so the first takes its year from the second; "In 2019, ... on March 3" names the year
its day falls in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.grammar import WEEKDAYS, month_pattern
from extractors.records import DateMention

DURATION_JOINER = re.compile(r"\s*(?:to|or|and|-|–)\s*")
#: What stands between the months of a range: "from May to July", "May-July", "between May and July".
MONTH_JOINER = re.compile(r"\s*(?:to|through|until|till|-|–)\s*")
BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
BARE_MONTH = re.compile(month_pattern())
SENTENCE_OPENER = re.compile(r"(?:\A|[.!?]['\"’”]?\s+|\n\s*)(?:(?:[Ii]n|[Dd]uring|[Bb]ack in)\s+)?\Z")


def join_duration_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
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


def align_month_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "The road was closed between May and July" (written in June 2024): the range ends in July 2023, so
    it starts in May 2023, not in the latest May; a first month after the last one is the year before
    ("from November to February"). Months named with a year keep it."""
    aligned = list(found)
    for i in range(len(aligned) - 1):
        first, last = aligned[i], aligned[i + 1]
        if not (_bare_month(first) and _bare_month(last)):
            continue
        between = text[first.end : last.start]
        ranged = MONTH_JOINER.fullmatch(between) or (
            re.fullmatch(r"\s*and\s*", between)
            and BETWEEN.search(text[max(0, first.start - 10) : first.start])
        )
        if not ranged:
            continue
        year, month, end_month = int(last.value[:4]), int(first.value[5:7]), int(last.value[5:7])
        aligned[i] = replace(first, value=f"{year if month <= end_month else year - 1:04d}-{month:02d}")
    return aligned


def _bare_month(mention: DateMention) -> bool:
    return (
        mention.granularity == "month"
        and mention.value is not None
        and bool(BARE_MONTH.fullmatch(mention.text))
    )


def year_from_sentence(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "Last year's parade on July 4", "In 2019, the firm was founded on March 3", "on July 4 last year": a
    day or month written without a year falls in the year that opens its sentence (or follows it right
    away), not in the latest one before publication. A year further into the sentence frames only its own
    clause ("Smith, who joined in 2015, said in April" is this April)."""
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
