"""Date stamps as pages print them, in several languages: "27 octobre 2012 à 18:27", "2019年09月09日 18:13:22".

A printed stamp is a date (numeric year first, numeric day first with dots, or a day and a month name
either way round, the name maybe paired with its other name after a slash: Arabic pages print a month by both its
Levantine and its Egyptian name, "24 نيسان / أبريل 2020" on Al-Madenah News, "أغسطس/آب" on Beirut Observer) and an
optional time after it ("at 3:51 pm", "um 14:48 Uhr", "à 18:27", "9:27 AM ET").
Month names are English from :mod:`extractors.grammar` plus every ``data/<language>/date_words.txt``
(rows ``month:N``) and the words written after an afternoon time where English writes "pm" (rows ``pm``: Arabic
"09:22 مساءً"); the same files list the labels of update stamps (rows ``updated``: "Updated", "Aktualisiert", "Mis à
jour", "更新"), so a stamp after such a label is known for a change, not a publication. Slashed day-month dates
("10/04/2011") are left alone: the order of day and month differs by country and the page does not say which it uses,
unless the page's language writes the day first wherever it is written (``day_first``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from importlib import resources

from dateutil import tz

from extractors.grammar import MONTHS

#: Zone abbreviations news pages print, as UTC offsets in hours; the US zone names without a season
#: ("ET", "PT") follow daylight saving time, so they are read as the zone itself.
ZONE_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "SAST": 2, "MSK": 3,
    "IST": 5.5, "HKT": 8, "SGT": 8, "KST": 9, "JST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    # Indonesia's western zone: "Senin, 20 Mei 2024 18:04 WIB" (detikcom), "Diterbitkan 20 Mei 2024, 15:00 WIB"
    # (Liputan6), "13/05/2024, 14:04 WIB" (Kompas); round dumpsD328
    "WIB": 7,
}
SEASONLESS_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}


@functools.cache
def zone(name: str) -> tzinfo | None:
    """The zone of an abbreviation ("EDT", "PT") or an offset ("GMT+7", "UTC-03:00", "+0200"), else None."""
    if name in SEASONLESS_ZONES:
        return tz.gettz(SEASONLESS_ZONES[name])
    if name in ZONE_HOURS:
        return timezone(timedelta(hours=ZONE_HOURS[name]))
    if match := re.fullmatch(r"(?:GMT|UTC)?\s*([+-])\s*(\d{1,2})(?::?(\d\d))?", name):
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        # "GMT+7" is seven hours ahead as pages mean it (vnexpress.net), not the POSIX reading dateutil takes
        return timezone(timedelta(minutes=minutes if match.group(1) == "+" else -minutes))
    return None


@functools.cache
def _date_words() -> dict[str, tuple[str, ...]]:
    """Kind -> case-folded words of every ``data/<language>/date_words.txt``."""
    found: dict[str, list[str]] = {}
    for folder in sorted(resources.files("extractors.clean").joinpath("data").iterdir(), key=lambda f: f.name):
        path = folder.joinpath("date_words.txt")
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    kind, word = line.split("\t", 1)
                    found.setdefault(kind, []).append(word.strip().casefold())
    return {kind: tuple(words) for kind, words in found.items()}


def date_words() -> dict[str, tuple[str, ...]]:
    """Kind -> case-folded words of every ``data/<language>/date_words.txt`` (``month:N``, ``updated``, ...)."""
    return _date_words()


@functools.cache
def language_zone(language: str | None) -> tzinfo | None:
    """The zone a language's pages print their times in when a stamp names none (``data/<language>/date_words.txt``
    rows ``zone``), for a language written in one civil time only (German, Japanese); else None."""
    if not language or not language.isalpha():
        return None
    path = resources.files("extractors.clean").joinpath("data", language, "date_words.txt")
    if not path.is_file():
        return None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("zone\t"):
            return tz.gettz(line.split("\t", 1)[1].strip())
    return None


@functools.cache
def day_first(language: str | None) -> bool:
    """Whether a language writes a slashed date day first wherever it is written (``data/<language>/date_words.txt``
    row ``order<TAB>day-first``): Portuguese pages print "22/11/2020 - 04:30" (Notícia Exata) and "23/06/2020 16h45"
    (UOL) for the 22 November and the 23 June; English, written month first in the United States, has no such row."""
    if not language or not language.isalpha():
        return False
    path = resources.files("extractors.clean").joinpath("data", language, "date_words.txt")
    return path.is_file() and "order\tday-first" in path.read_text(encoding="utf-8").splitlines()


@functools.cache
def month_names() -> dict[str, int]:
    """Case-folded month name or abbreviation -> month number, English and every listed language."""
    names = dict(MONTHS)
    for kind, words in _date_words().items():
        if kind.startswith("month:"):
            names.update((word, int(kind.split(":", 1)[1])) for word in words)
    return names


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: A slashed date month first, read only with a time and a zone of the United States after it, which says the order:
#: "10/04/2016 05:07 AM EDT" on Politico, "11/28/2016 04:23 pm ET" on HuffPost (issue 12, round dumpsD311).
US_SLASHED = (
    r"|(?<![\d/])(?P<m6>[01]?\d)/(?P<d6>[0-3]?\d)/(?P<y6>(?:19|20)\d\d)(?![\d/])"
    r"(?=[\s,]+[012]?\d:[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?)?\s*(?-i:[ECMP][SD]?T)(?![\w+-]))"
)


#: A numeric date with a two-digit year, month first, read only with a 12-hour clock after it, the United States' way
#: of writing both: "8/17/13 11:04am" on Gizmodo and Kotaku, "10/13/16 12:34PM" on Deadspin (Kinja), "05.24.16 5:42 AM"
#: on Fast Company. The day-first countries print a 24-hour clock. The year is the century's from 00 to 69 and the
#: last one's from 70 (POSIX ``strptime``'s ``%y``). Round dumpsD313.
_SHORT_YEAR_US = re.compile(
    r"(?P<m>\d(?<![\w/.]\d)(?:(?<=[01])\d)?)(?P<sep>[/.])(?P<d>[0-3]?\d)(?P=sep)(?P<y>\d\d)(?![\d/.])"
    r"[\s,|–—·-]*(?:at\s+)?(?P<H>1[0-2]|0?\d):(?P<M>[0-5]\d)\s*(?P<ap>[aApP])\.?\s?[mM]\b\.?"
    rf"(?:\s*(?P<tz>{_alternation([*ZONE_HOURS, *SEASONLESS_ZONES])})(?![\w+-]))?"
)

#: A dotted date with a two-digit year, day first, read only with a 24-hour clock after it (no "am" or "pm"), as
#: Norwegian and Danish pages print it: "Publisert: 31.07.24 kl. 11:31" on VG, "DAGENS | 20.09.18 | 14:15" on Dagens.
#: Dotted dates with a four-digit year are read day first in every language already; the clock says the year is one.
_SHORT_YEAR_DAY_FIRST = re.compile(
    r"(?P<d>\d(?<![\w/.]\d)(?:(?<=[0-3])\d)?)\.(?P<m>[01]?\d)\.(?P<y>\d\d)(?![\d/.])"
    r"[\s,|–—·/-]*(?:[^\W\d_]{1,3}\.?\s+)?(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?![\d:.]|\s*[aApP]\.?\s?[mM]\b)"
)

#: A slashed date with a two-digit year, day first, read only with a 24-hour clock after it (a colon or an "h" between
#: hour and minutes) on a page whose language writes slashed dates day first (``day_first``): "Publié le 01/06/18 à
#: 23h03" on 20 Minutes, "10/12/20 - 10h02" on O Tempo (issue 12, round dumpsD338).
_SHORT_YEAR_SLASHED = re.compile(
    r"(?P<d>\d(?<![\w/.]\d)(?:(?<=[0-3])\d)?)/(?P<m>[01]?\d)/(?P<y>\d\d)(?![\d/.])"
    r"[\s,|–—·-]*(?:[^\W\d_]{1,3}\.?\s+)?(?P<H>[01]?\d|2[0-3])(?::|h(?=[0-5]\d))(?P<M>[0-5]\d)(?![\d:.]|\s*[aApP]\.?\s?[mM]\b)"
)

#: A two-digit year closing a line or set apart from what follows by a field mark ("|", "·", "•"), no digit, ":",
#: "." or "," before it: where ``_SHORT_YEAR_NAMED`` is tried.
_SHORT_YEAR_END = re.compile(r"(?<=\s)\d\d(?=[^\S\n]*(?:$|\n|[|·•]|(?:[^\W\d_]{1,3}\.?\s+)?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)))")
#: The clock after such a year ("Publié le 27 Mar 20 à 9:21" on actu.fr): at most one short word before it.
_SHORT_YEAR_CLOCK = re.compile(r"[^\S\n]*(?:[^\W\d_]{1,3}\.?\s+)?(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?!\d)(?:\s*(?P<ap>[aApP])\.?\s?[mM]\b\.?)?")


@functools.cache
def _short_year_named() -> re.Pattern[str]:
    """A named-month date with a two-digit year and no clock, closing the text searched (``_SHORT_YEAR_END`` finds the
    year): "By Martyn Casserly | 29 Apr 19" on Macworld UK, "Por Alba Mora | 15 abr 19" on PCWorld España, "Jun. 10,
    17 · Agile Zone" on DZone, "Publié le 27 Mar 20 à 9:21" on actu.fr (issue 12, round dumpsD335). The month name says
    the order, so no clock is needed; the year at the end of a field or before a clock (``_SHORT_YEAR_CLOCK``, read with
    it) keeps a count after a day ("March 3, 17 people") out."""
    month = rf"(?:{_alternation(month_names())})(?![^\W\d_])\.?"
    return re.compile(
        rf"(?:(?<![\d.,:/])(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th)?\s+(?P<n>{month})"
        rf"|(?<![^\W\d_])(?P<n2>{month})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?)\s+(?P<y>\d\d)$",
        re.IGNORECASE,
    )


def _short_year_named_stamps(text: str) -> list[Stamp]:
    stamps = []
    for year in _SHORT_YEAR_END.finditer(text):
        begin = max(0, year.start() - 24)
        match = _short_year_named().search(text, begin, year.end())
        if match is None:
            continue
        name, day = (match["n"], match["d"]) if match["n"] else (match["n2"], match["d2"])
        number = int(match["y"])
        clock = _SHORT_YEAR_CLOCK.match(text, year.end())
        hour = minute = 0
        if clock is not None:
            hour, minute = int(clock["H"]), int(clock["M"])
            if clock["ap"]:
                if hour > 12:
                    continue
                hour = hour % 12 + (12 if clock["ap"].lower() == "p" else 0)
        try:
            value = datetime(number + (2000 if number < 70 else 1900), month_names()[name.rstrip(".").casefold()], int(day),
                             hour, minute)
        except (ValueError, KeyError):
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        raw = text[match.start() : clock.end() if clock else year.end()]
        stamps.append(Stamp(value, clock is not None, " ".join(raw.split()), bool(_update_label().search(before)), match.start()))
    return stamps


#: A numeric date with a two-digit year and no clock (``_field_short_year_stamps``): "10/17/18", "10.15.15", "06-13-22".
_SHORT_YEAR_NUMERIC = re.compile(r"(?P<a>\d(?<![\w/.:-]\d)\d?)(?P<sep>[/.-])(?P<b>\d\d?)(?P=sep)(?P<y>\d\d)(?![\w/.:-])")
#: What may stand between such a date and its line's ends: nothing but blanks, or a field mark ("CHQ Staff | 10/17/18").
_FIELD_BEFORE = re.compile(r"(?:.*[|•·])?[^\S\n]*")
_FIELD_AFTER = re.compile(r"[^\S\n]*(?:$|\n|[|•·])")


def _field_short_year_stamps(text: str) -> list[Stamp]:
    """Numeric dates with a two-digit year and no clock whose order their numbers settle, standing alone on their line
    or set apart by a field mark: "CHQ Staff | 10/17/18" (Conservative HQ), "10.15.15" on its own line (IAB),
    "06-13-22" over Fast Company's headline. One of the first two numbers is over 12, so it is the day and the other
    the month; a date both ways round ("06.03.16") is left alone, its order is the country's, not the page's language's
    (issue 12, round dumpsD338)."""
    stamps = []
    for match in _SHORT_YEAR_NUMERIC.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        if (a > 12) == (b > 12):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not _FIELD_BEFORE.fullmatch(text, line_start, match.start()) or not _FIELD_AFTER.match(text, match.end()):
            continue
        month, day = (b, a) if a > 12 else (a, b)
        year = int(match["y"])
        try:
            value = datetime(year + (2000 if year < 70 else 1900), month, day)
        except ValueError:
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        stamps.append(Stamp(value, False, match.group(0), bool(_update_label().search(before)), match.start()))
    return stamps


def _short_year_stamps(text: str, slashed: bool = False) -> list[Stamp]:
    """The two-digit-year stamps of ``text``: month first (``_SHORT_YEAR_US``), day first (``_SHORT_YEAR_DAY_FIRST``,
    and ``_SHORT_YEAR_SLASHED`` when ``slashed``)."""
    stamps = []
    found = [*_SHORT_YEAR_US.finditer(text), *_SHORT_YEAR_DAY_FIRST.finditer(text)] if ":" in text else []
    if slashed and "/" in text:
        found += _SHORT_YEAR_SLASHED.finditer(text)
    for match in found:
        year = int(match["y"])
        hour = int(match["H"])
        if match.re is _SHORT_YEAR_US:
            hour = hour % 12 + (12 if match["ap"].lower() == "p" else 0)
        try:
            value = datetime(year + (2000 if year < 70 else 1900), int(match["m"]), int(match["d"]), hour, int(match["M"]))
        except ValueError:
            continue
        if match.re is _SHORT_YEAR_US and match["tz"] and (found := zone(match["tz"])) is not None:
            value = value.replace(tzinfo=found)
        before = text[max(0, match.start() - 40) : match.start()]
        raw = " ".join(match.group(0).split()).strip(" ,|–—·/-")
        stamps.append(Stamp(value, True, raw, bool(_update_label().search(before)), match.start()))
    return stamps


@functools.cache
def _stamp_pattern(slashed: bool = False) -> re.Pattern[str]:
    """The stamp pattern; ``slashed`` adds day-first slashed dates ("22/11/2020", ``day_first``)."""
    month = rf"(?:{_alternation(month_names())})(?![^\W\d_])\.?"
    zones = _alternation([*ZONE_HOURS, *SEASONLESS_ZONES])
    # a zone of three or more letters glued to the capital of the next field, as a copy joins a stamp's zone to the
    # label or stamp after it: "JUNE 24, 2024 4:23 PM EDTJUN 24, 2024, 4:23 PM EDT" (Hola), "Diperbarui 20 Mei
    # 2024, 15:00 WIBDiterbitkan 20 Mei 2024, 15:00 WIB" (Liputan6); round dumpsD338. Not "Z", "ET" or "PT" ("16:33
    # ZDF", "ETH").
    glued = _alternation([name for name in ZONE_HOURS if len(name) >= 3])
    # a year-first date closed by a dot before its clock: "2024. 5. 22. 08:37" on Daum, "2020. 08. 18. 21:35" on
    # baon.hu (round dumpsD324)
    # a month name opening a stamp after no letter, or glued capitalised to a lower-case letter as copies glue a stamp
    # to the label or name before it ("PublishedMay 11, 2024" Gizmodo, "Doric SamDecember 20, 2023" Bleacher Report,
    # "Daisy-Mae SchmittDec 05, 2023" the Washington Independent, "Owen MatthewsOctober 09, 2010" Newsweek; round
    # dumpsD328)
    date = (
        r"(?<!\d)(?P<y1>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m1>[01]?\d)\s*(?:[-/.]|月)\s*(?P<d1>[0-3]?\d)(?!\d)(?:\s*日|\.(?=\s*[012]?\d:[0-5]\d))?"
        r"|(?<![\d.])(?P<d2>[0-3]?\d)\.\s?(?P<m2>[01]?\d)\.\s?(?P<y2>(?:19|20)\d\d)(?!\d)"
        rf"|(?<!\d)(?P<d3>[0-3]?\d)(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(?P<n3>{month})(?:\s*/\s*{month})?,?\s+(?:de\s+)?(?P<y3>(?:19|20)\d\d)(?!\d{3})"
        rf"|(?:(?<![^\W\d_])|(?<=[a-z])(?-i:(?=[A-Z])))(?P<n4>{month})\s+(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y4>(?:19|20)\d\d)(?!\d{3})"
    )
    date += US_SLASHED  # before a day-first slashed date: the zone says the order
    if slashed:
        date += r"|(?<![\d/])(?P<d5>[0-3]?\d)/(?P<m5>[01]?\d)/(?P<y5>(?:19|20)\d\d)(?![\d/])"
    # the time: after punctuation and at most one short word ("at", "um", "à", "às", "kl."), with am/pm,
    # "Uhr" and a zone when printed; its hour and minute set apart by a colon, an "h" or a dot ("15.06.2020, 12.11 Uhr"
    # on the NZZ, "14.03.2023 20.01" on ORF, "2.9.2020 klo 12.45" on Yle, "04.08.2024, kl. 01.38" on NRK: round
    # dumpsD324), a dotted one only up to hour 23 and with no digit, "%" or decimal after its minutes ("10.50%"), or
    # by Japanese "時" and "分" ("2019年02月22日 14時30分" on ITmedia, "2025年1月13日 20時01分" on the Tokyo Shimbun: round
    # dumpsD328); "am" or "pm" glued to the capital of the next field as a copy joins them ("Dec 12, 2016 2:00 PMTags"
    # on E! Online, "Aug. 1, 2014 - 12:45 PMComment" on Adweek, "Aug. 1, 2018 7:22 pmAug. 1, 2018" on the Gateway
    # Pundit: round dumpsD338); "@" read as "at" ("Monday, June 8th, 2009 @ 05:50 UTC" on Global Voices, "Monday,
    # February 29, 2016 @ 11:10 PM UTC" on Simply Found: round dumpsD347)
    clock = (
        r"(?:[\s,|–—·/@-]*(?:[^\W\d_]{1,3}\.?\s+)?(?:(?P<H>[012]?\d)(?::|h(?=\d\d)|時(?=[0-5]\d分))|(?P<Hd>[01]?\d|2[0-3])\.(?=[0-5]\d(?![\d%]|[.,]\d)))"
        r"(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?!\d)分?"
        r"(?:\s*(?P<ap>[ap])\.?\s?m(?:\b|(?-i:(?=[A-Z])))\.?)?(?:\s*(?:uhr|h)\b)?"
        rf"(?:\s*(?P<pm>{_alternation(_date_words().get('pm', ()))})(?![^\W\d_]))?"
        rf"(?:\s*(?-i:(?P<tz>(?:(?:GMT|UTC)\s?[+-]\s?\d{{1,2}}(?::?\d\d)?|{zones})(?![\w+-])|(?:{glued})(?=[A-Z]))))?)?"
    )
    return re.compile(rf"(?:{date}){clock}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Stamp:
    """One printed date, with its time when one follows; naive unless a zone is printed."""

    value: datetime
    has_time: bool
    raw: str
    updated: bool  # printed after an update label ("Updated", "Aktualisiert"): a change, not the publication
    start: int = 0  # where the stamp begins in the text searched


def _value(match: re.Match[str]) -> tuple[datetime, bool] | None:
    g = match.groupdict()
    if g["y1"]:
        year, month, day = int(g["y1"]), int(g["m1"]), int(g["d1"])
    elif g["y2"]:
        year, month, day = int(g["y2"]), int(g["m2"]), int(g["d2"])
    elif g.get("y5"):
        year, month, day = int(g["y5"]), int(g["m5"]), int(g["d5"])
    elif g["y6"]:
        year, month, day = int(g["y6"]), int(g["m6"]), int(g["d6"])
    elif g["y3"]:
        year, month, day = int(g["y3"]), month_names()[g["n3"].rstrip(".").casefold()], int(g["d3"])
    else:
        year, month, day = int(g["y4"]), month_names()[g["n4"].rstrip(".").casefold()], int(g["d4"])
    hour = minute = second = 0
    clock = g["H"] if g["H"] is not None else g["Hd"]
    if clock is not None:
        hour, minute, second = int(clock), int(g["M"]), int(g["S"] or 0)
        if g["ap"]:
            if hour > 12:
                return None
            hour = hour % 12 + (12 if g["ap"].lower() == "p" else 0)
        elif g["pm"] and hour < 12:
            hour += 12
    try:
        value = datetime(year, month, day, hour, minute, second)
    except ValueError:  # 31 February, 25:00
        return None
    if g["tz"] and (found := zone(g["tz"].replace(" ", ""))) is not None:
        value = value.replace(tzinfo=found)
    return value, clock is not None


@functools.cache
def _update_label() -> re.Pattern[str]:
    labels = _date_words().get("updated", ())
    return re.compile(rf"(?:{_alternation(labels)})[\W\d]{{0,12}}(?:\w{{1,3}}[\W\d]{{1,12}})?$" if labels else r"(?!)", re.IGNORECASE)


def after_update_label(before: str) -> bool:
    """Whether the text before a stamp closes on an update label ("Updated", "Aktualisiert"), as ``find_stamps`` marks
    a stamp ``updated``."""
    return bool(_update_label().search(before))


#: A four-digit year standing alone. No digit before it, tested after its first two digits (no three digits end
#: there): a pattern opening on "19|20" is searched for its first character, one opening on a lookbehind at every
#: position, three times slower over a page's text. One or two digits may follow it: a copied page glues a named-month
#: stamp's year to the time or count printed next to it (NPR's "June 15, 20165:04 PM ET", La Nación's "31 de marzo de
#: 201619:44", CIO's "Sep 5, 20255 mins"); only the named-month forms of ``_stamp_pattern`` read such a year (a year
#: has four digits, so after a month name and a day the digits past the fourth are the next field's), the numeric
#: forms still want no digit after it. Round dumpsD301: dump published dev 383 -> 389 of 780, test 170 -> 174.
_YEAR = re.compile(r"(?:19|20)(?<!\d{3})\d\d(?!\d{3})")
#: How far a stamp reaches before its year ("Samstag, 3. Dezember ") and after it (", 11:51 Uhr GMT+7").
_BEFORE_YEAR, _AFTER_YEAR = 48, 48


@functools.cache
def _stamp_starts() -> re.Pattern[str]:
    """Where a stamp may begin: a digit (every date form but one opens on its year or day) or the first letter of a
    month name (the form "March 3, 2025"), under the stamp pattern's own case folding (``re.IGNORECASE``)."""
    initials = {name[:1] for name in month_names()}
    if "" in initials:  # an empty name would let a stamp begin anywhere
        return re.compile(r"(?s:.)")
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(initials)) + r"]|\d", re.IGNORECASE)


def find_stamps(text: str, *, slashed: bool = False) -> list[Stamp]:
    """Every printed date stamp of ``text`` in order (see the module docstring); ``slashed`` reads slashed dates day
    first, for a page in a language that writes them so (``day_first``).

    A stamp with a two-digit year is read only beside its clock (``_short_year_stamps``), with a month name
    (``_short_year_named_stamps``) or alone in its field with its order settled (``_field_short_year_stamps``). Every
    other stamp holds a
    four-digit year, so the pattern runs only around years, not over the whole page. It is
    tried (``match``) only where a stamp may begin (``_stamp_starts``) and only up to the year: a stamp that begins
    after the year cannot hold it. The stamps are the ones ``finditer`` over the window gives, the first holding the
    year taken, without the pattern tried at each character of the window (two thirds of the windows hold no stamp,
    and the month names made each try costly): 0.46-0.57 -> 0.28-0.35 s over the 1306 texts read on the corpus pages.
    """
    stamps: list[Stamp] = []
    pattern = _stamp_pattern(slashed)
    starts = _stamp_starts()
    last_end = 0
    for year in _YEAR.finditer(text):
        at = year.start()
        if at < last_end:
            continue  # the year of a stamp already read
        end = year.end() + _AFTER_YEAR
        free = max(last_end, at - _BEFORE_YEAR)  # where the next match may start, as ``finditer`` goes on
        for start in starts.finditer(text, free, at + 1):
            if start.start() < free or (match := pattern.match(text, start.start(), end)) is None:
                continue
            if match.end() <= at:
                free = match.end()  # a stamp before the year: the scan goes on after it
                continue
            read = _value(match)
            before = text[max(last_end, match.start() - 40) : match.start()]
            last_end = match.end()
            if read is not None:
                raw = " ".join(match.group(0).split()).strip(" ,|–—·/-")
                stamps.append(Stamp(read[0], read[1], raw, bool(_update_label().search(before)), match.start()))
            break
    short = _short_year_stamps(text, slashed) if ":" in text or slashed else []
    if _SHORT_YEAR_END.search(text):
        short += _short_year_named_stamps(text)
    short += _field_short_year_stamps(text)
    if short:
        taken = [(s.start, s.start + len(s.raw)) for s in stamps]
        for stamp in sorted(short, key=lambda s: s.start):
            if not any(a <= stamp.start < b for a, b in taken):
                stamps.append(stamp)
                taken.append((stamp.start, stamp.start + len(stamp.raw)))
        stamps.sort(key=lambda s: s.start)
    return stamps


#: The most words a line that is a printed date and nothing else runs ("3. Dezember 2011 um 14:48 Uhr").
DATE_ONLY_WORDS = 8


def is_date_only(line: str) -> bool:
    """Whether the line is one printed date stamp (``find_stamps``) and nothing else but punctuation: "22. Mai 2020"
    over Astronews' teasers, "23. April 2024" under Vogue's headline, "23.2.2015" on Lindorff, "23 July 2015" on the BBC.
    On the dev dumps such lines stand on 156 publishers' pages, and no reference keeps one: a story dates its events
    inside its sentences."""
    if len(line.split()) > DATE_ONLY_WORDS or not _YEAR.search(line):
        return False
    flat = " ".join(line.split())
    stamps = find_stamps(flat)
    return len(stamps) == 1 and stamps[0].raw in flat and not re.sub(r"[\W_]+", "", flat.replace(stamps[0].raw, "", 1))


#: A printed time with its zone, with or without a date: "05:07 AM EDT", "1:37pm PT", "08:54 GMT+7". It opens on
#: the hour's first digit, not on the test that no digit or colon stands before it (made after that digit), so it is
#: searched for digits only: a fourth of the time over a page's text. The hour is two digits, the first 0-2, or one.
ZONED_TIME = re.compile(
    r"(?P<H>\d(?<![\d:].)(?:(?<=[012])\d)?):(?P<M>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<ap>[aApP])\.?\s?[mM]\b\.?)?\s*"
    rf"(?P<tz>(?:GMT|UTC)\s?[+-]\s?\d{{1,2}}(?::?\d\d)?|{_alternation([*ZONE_HOURS, *SEASONLESS_ZONES])})(?![\w+-])"
)


def zoned_times(text: str) -> list[tuple[int, int, tzinfo]]:
    """(hour, minute, zone) of every printed time that names its zone ("05:07 AM EDT" -> 5, 7, UTC-4)."""
    found = []
    for match in ZONED_TIME.finditer(text):
        hour = int(match.group("H"))
        if match.group("ap"):
            hour = hour % 12 + (12 if match.group("ap").lower() == "p" else 0)
        if hour < 24 and (where := zone(match.group("tz").replace(" ", ""))) is not None:
            found.append((hour, int(match.group("M")), where))
    return found
