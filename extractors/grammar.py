"""English calendar, number and dateline grammar that page cleaning and fact rules both read.

Kept in one place so a stamp line the cleaner drops and a date the facts resolve are read with the
same words: month names come from :mod:`calendar`, so nothing here is spelled twice.
"""
from __future__ import annotations

import calendar
import re

#: Number words below a hundred, as counted: "two", "forty".
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
} | {word: 10 * tens for tens, word in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)}

#: Month number of every lower-case name and abbreviation ("january", "jan", "sept").
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
#: Lower-case weekday names, Monday = 0.
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_FULL_MONTHS = [name for name in calendar.month_name if name]
#: Abbreviations as written ("Sept" before "Sep", so the longer one wins); "May" has none.
_ABBREVIATIONS = [a for name in calendar.month_abbr if name for a in (("Sept", "Sep") if name == "Sep" else (name,))
                  if a != "May"]
#: Abbreviations that are also words ("mar"), or rarely abbreviated, need their dot in running text.
_DOTTED_ONLY = frozenset({"Mar", "Jun", "Jul"})


def month_pattern(group: str | None = None, *, strict: bool = True) -> str:
    """A regex alternation of month names.

    ``strict`` (running text, matched case-sensitively): the abbreviations in ``_DOTTED_ONLY`` need their
    dot ("Mar." but not "mar"). Otherwise (stamp lines, matched case-insensitively) every name may be
    abbreviated, with or without a dot. ``group`` names a capturing group around the name.
    """
    if strict:
        body = "|".join(_FULL_MONTHS + [a + (r"\." if a in _DOTTED_ONLY else r"\.?") for a in _ABBREVIATIONS])
    else:
        body = "(?:" + "|".join(_FULL_MONTHS + _ABBREVIATIONS) + r")\.?"
    return f"(?P<{group}>{body})" if group else f"(?:{body})"


#: A wire dateline opening a paragraph: "BUSAN, March 3 (Yonhap) --", "MEXICO CITY (AP) —",
#: "KATHMANDU, April 25 (Reuters) -"; ``agency`` is named, and the body follows the dash.
DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'’ -]{1,40},?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)?\s+"
    r"\((?P<agency>[A-Za-z.&' -]{2,40})\)\s*(?:--|—|–|-)\s*\S"
)
#: A dateline of the form "(place=agency)" opening a paragraph, with a reporter's name and "=" before the body where
#: one is credited: "(서울=연합뉴스) 홍길동 기자 = ..." (Yonhap), "(서울=뉴스1) 김민수 기자 = ..." (News1), "[서울=뉴시스]
#: ..." (Newsis). Its end is where the body starts; its "=" signs are no code.
EQUALS_DATELINE = re.compile(
    r"^[(\[（【](?P<city>[^\W\d_]{1,15})=(?P<agency>[^()\[\]（）【】=\s][^()\[\]（）【】=]{0,20})[)\]）】]"
    r"\s*(?:[^=()\[\]\s][^=()\[\]]{0,40}=\s*)?(?=\S)"
)
#: The city of a dateline, written in capitals before its comma or agency: "SEOUL," "MEXICO CITY (".
DATELINE_CITY = re.compile(r"\A(?P<city>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:,| \()")
