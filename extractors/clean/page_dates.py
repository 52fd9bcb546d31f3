"""When a page was published and last modified, each with where it was read and the string it was read from.

A monitoring analyst weighs a date read from JSON-LD differently from one guessed from the URL, so
every reading carries its source (``records.DATE_SOURCES``) and the raw declaration. Sources are
tried strongest first: JSON-LD, meta tags, ``<time datetime>``, a date printed in a date-classed
element, the URL path. When none of those states a publication date, ``htmldate`` (which reads
more of the markup: attributes, scripts, other date-like elements) is the last resort, reported as
``text`` (a guess, not a declaration): the corpus benchmark (``python -m benchmarks.dates``) has our
reading ahead of htmldate's own, so it only fills gaps.
"""
from __future__ import annotations

import bisect
import functools
import logging
import re
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone

from dateutil import parser as dateparser
from dateutil import tz
from lxml import etree

from extractors.clean.date_stamps import (
    SEASONLESS_ZONES,
    ZONE_HOURS,
    Stamp,
    after_update_label,
    date_words,
    day_first,
    find_stamps,
    language_zone,
    zone,
    zoned_times,
)
from extractors.clean.widgets import word_count

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DateReading:
    """One date the page states: the value (naive when no zone was given), its source and raw string."""

    value: datetime
    source: str  # one of records.DATE_SOURCES
    raw: str


_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "cxenseparse:recs:publishtime", "article.published", "og:published_time", "published_time", "article_date_original",
)
_MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified", "article:modified",
    "article_modified_time", "dcterms.modified", "date.modified", "date.updated", "modified-date",
    "last_updated_date", "article_date_updated", "cxenseparse:modified_time", "last-modified", "last_modified",
    "http://ogp.me/ns/article#modified_time",
)

#: Zone abbreviations news pages print (``date_stamps.ZONE_HOURS``); dateutil knows only UTC/GMT by itself.
_TZ_ABBREVIATIONS = {name: zone(name) for name in [*ZONE_HOURS, *SEASONLESS_ZONES]}


def parse_date(value: str | None) -> datetime | None:
    """Parse a declared date (ISO 8601, RFC 822, "09:41 March 3, 2025"); naive when no zone is given."""
    if not value or not (value := value.strip()):
        return None
    if re.fullmatch(r"\d{10}(?:\d{3})?", value):  # epoch seconds or milliseconds
        seconds = int(value[:10])
        return datetime.fromtimestamp(seconds, tz=UTC)
    if (iso := _iso_date(value)) is not None:
        return iso
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown zone names: the date is still worth having
        return _parse_date(value)


#: The shapes of ISO 8601 most declared dates take ("2024-08-27", "2024-08-27T10:00:00+02:00", "2024-08-27 10:00:00",
#: "2024-08-27T10:00:00.123Z"): nine in ten of the strings ``parse_date`` meets on the corpus pages. ASCII digits only
#: (``\d`` would take other scripts' digits, which ``int`` reads too but dateutil may not); an offset of at most
#: 23:59, as dateutil reads it.
_ISO = re.compile(
    r"((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})"
    r"(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?(Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])?)?"
)


def _iso_date(value: str) -> datetime | None:
    """What ``dateutil.parser.parse`` makes of an ISO 8601 string in one of the ``_ISO`` shapes, tz object included,
    without its tokenizer (about 60 µs a string), or None for any other string (and an impossible date, left to it).

    dateutil reads a fraction's first six digits as microseconds; a zero offset ("Z", "+00:00", "-0000") as the zone
    named "UTC", which ``_TZ_ABBREVIATIONS`` maps; any other offset as ``tz.tzoffset(None, seconds)``; no zone as a
    naive time. tests/test_page_dates_iso.py compares both readings on every shape.
    """
    match = _ISO.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    try:
        naive = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                         int(fraction.ljust(6, "0")[:6]) if fraction else 0)
    except ValueError:
        return None
    if offset is None:
        return naive
    seconds = 0 if offset == "Z" else (int(offset[1:3]) * 3600 + int(offset[-2:]) * 60) * (-1 if offset[0] == "-" else 1)
    if seconds == 0:
        return naive.replace(tzinfo=_TZ_ABBREVIATIONS["UTC"])
    return naive.replace(tzinfo=tz.tzoffset(None, seconds))


def _parse_date(value: str) -> datetime | None:
    try:
        return dateparser.parse(value, fuzzy=False, tzinfos=_TZ_ABBREVIATIONS)
    except (ValueError, OverflowError, TypeError):
        try:
            parsed, skipped = dateparser.parse(value, fuzzy_with_tokens=True, tzinfos=_TZ_ABBREVIATIONS)
        except (ValueError, OverflowError, TypeError):
            return None
        # fuzzy parsing may read any number as a date; accept it only when little text was ignored
        return parsed if sum(len(s.strip()) for s in skipped) <= len(value) // 2 else None


def reading(value: str | None, source: str) -> DateReading | None:
    """A ``DateReading`` of a declared string, or None when it is not a date."""
    parsed = parse_date(value)
    return DateReading(parsed, source, value.strip()) if parsed is not None and value else None


def _date_classed(root) -> Iterator:
    """The page's elements whose class holds "date", "time" or "publish", but scripts and hidden ones, in order.

    What the XPath ``//*[contains(@class, "date") or contains(@class, "time") or contains(@class, "publish")]
    [not(self::script)][not(ancestor-or-self::*[contains(translate(@style, " ", ""), "display:none") or @hidden])]``
    selects (tests/test_page_dates_walk.py), found one by one: the reader stops at the first that prints a date,
    where libxml2 had evaluated the predicates over every element of the page, 2 ms a page (on a fifth of the pages).
    """
    for el in root.getroottree().getroot().iter():  # comments and processing instructions: ``get`` gives None
        cls = el.get("class")
        if cls and ("date" in cls or "time" in cls or "publish" in cls) and el.tag != "script" \
                and not _hidden(el):
            yield el


def _hidden(el) -> bool:
    """The element or one around it is hidden (e.g. a stale header date kept for scripts): a ``hidden`` attribute,
    or a style saying "display:none" (spaces aside), which no reader sees printed."""
    for up in (el, *el.iterancestors()):
        if up.get("hidden") is not None or (style := up.get("style")) and "display:none" in style.replace(" ", ""):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _TimeElements:
    """The page's ``<time datetime>`` elements in document order, each list what an XPath over the page selected.

    Read by one ``iter("time")`` walk (lxml passes over the other tags in C) where three XPaths each walked the whole
    page in libxml2 (``//time[@datetime]`` and the two below), 0.15 ms a page against 0.55 (tests/test_clean_walks.py
    compares them on the dev pages).
    """

    #: ``//time[@datetime]``
    dated: tuple
    #: ``//time[@datetime][@itemprop="dateModified" or contains(@class, "updated") or contains(@class, "modified")]``
    modified: tuple
    #: ``//time[@datetime][@itemprop="datePublished"] | //time[@datetime][not(@itemprop="dateModified")]
    #: [not(contains(@class, "updated") or contains(@class, "modified")) or contains(@class, "publish")]``
    published: tuple


def _time_elements(root) -> _TimeElements:
    """The ``<time datetime>`` elements of the document ``root`` is in (see ``_TimeElements``)."""
    dated, modified, published = [], [], []
    for el in root.getroottree().getroot().iter("time"):
        if el.get("datetime") is None:
            continue
        dated.append(el)
        cls = el.get("class") or ""
        prop = el.get("itemprop")
        changed = "updated" in cls or "modified" in cls
        if prop == "dateModified" or changed:
            modified.append(el)
        if prop == "datePublished" or prop != "dateModified" and (not changed or "publish" in cls):
            published.append(el)
    return _TimeElements(tuple(dated), tuple(modified), tuple(published))


def _published_time_element(times: _TimeElements):
    """The ``<time datetime>`` of the publication: one marked ``itemprop="datePublished"``, else the first not
    marked as the last change.

    A page may print its update stamp first: Le Figaro's ``<time itemprop="dateModified">`` stands before
    its ``datePublished`` one, as on popsugar.com, blisterreview.com and ehow.com (WordPress's
    "entry-date published updated" class names both and still counts).
    """
    found = times.published
    return next((el for el in found if el.get("itemprop") == "datePublished"), found[0] if found else None)


#: "/2024/08/27/", "/2024-08-27", "/20240827/" in a URL path: the day only (run together, month and day
#: take two digits each, so an article number such as "/2089096-" is no date).
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})(?:([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2])([012]\d|3[01]))(?:[/_.-]|$)"
)


def _visible_date(root) -> DateReading | None:
    """The first date printed in a date-classed element ("Written: 2023-11-07 15:03:30 / Updated: ...").

    The first stated date in such an element is the publication (an update stamp follows it, or
    sits in a later element); a stamp after an update label ("Updated", "Aktualisiert") is skipped.
    """
    for el in _date_classed(root):
        text = " ".join(el.text_content().split())
        if len(text) > 120:
            continue
        if found := next((s for s in find_stamps(text) if not s.updated), None):
            return DateReading(found.value, "text", found.raw)
    return None


#: Elements whose text no reader sees.
_UNSEEN = frozenset({"script", "style", "noscript", "template"})


def _has_body_text(doc) -> bool:
    """Whether a ``<body>`` of the page holds a text node (what the XPath ``boolean(//body//text())`` says).

    The bodies among the root's children are read first, as the parser puts the body there: the XPath, and lxml's
    ``iter("body")`` (which looks ahead for a next match), walk the whole page, 0.25 ms a page where this takes 0.01.
    """
    if any(next(body.itertext(), None) is not None for body in doc.iterchildren("body")):
        return True
    return any(next(body.itertext(), None) is not None for body in doc.iter("body"))


def page_text_nodes(root, skip: frozenset[str] = _UNSEEN) -> list[str]:
    """The page's text nodes in document order, whitespace collapsed, outside the ``skip`` elements.

    Read by one walk over the elements' ``text`` and ``tail`` (the text nodes under ``<body>``, else all of them):
    an XPath over ``text()`` builds a string object with its parent for every node (15% more CPU on the corpus).
    """
    nested = skip - _UNSEEN  # elements that hold others (menus): their descendants are skipped too
    nodes: list[str] = []
    for top in _text_tops(root):
        for text in _text_nodes(top, skip, nested):
            if collapsed := " ".join(text.split()):
                nodes.append(collapsed)
    return nodes


def _text_tops(root) -> list:
    """The elements whose text is the page's: the outermost ``<body>`` elements, else (no text in one) the root."""
    doc = root.getroottree().getroot()
    if _has_body_text(doc):
        return [b for b in doc.iter("body") if not any(a.tag == "body" for a in b.iterancestors())]
    return [doc]


def _text_nodes(top, skip: frozenset[str], nested: frozenset[str]) -> list[str]:
    """The text and tails under ``top`` (not its own tail) in document order whose element is outside ``skip``.

    Walked by recursion over the children, each call knowing whether its element is inside a ``nested`` one and
    whether its text is read: a walk over ``iter()`` had to find each element's parent among the open ones
    (a ``getparent()`` per element), two fifths of the cost.
    """
    found: list[str] = []
    append = found.append

    def walk(el, inside: bool, own: bool) -> None:
        for child in el:
            tag = child.tag
            if isinstance(tag, str):  # not a comment or processing instruction
                child_inside = inside or tag in nested
                child_own = not child_inside and tag not in skip and tag not in _UNSEEN
                if child_own and child.text:
                    append(child.text)
                if len(child):
                    walk(child, child_inside, child_own)
            if own and child.tail:  # a tail belongs to the parent
                append(child.tail)

    tag = top.tag
    element = isinstance(tag, str)
    inside = element and tag in nested
    own = element and not inside and tag not in skip and tag not in _UNSEEN
    if own and top.text:
        append(top.text)
    walk(top, inside, own)
    return found


#: ``page_text_nodes``' text nodes as one string, by libxslt: each text node and a space after it, but the text
#: right inside an unseen element (``_UNSEEN``: its own text and its children's tails), whose element children
#: are read as ``_text_nodes`` reads them.
_PAGE_TEXT = etree.XSLT(etree.XML(
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    '<xsl:output method="text" encoding="UTF-8"/>'
    '<xsl:template match="script|style|noscript|template"><xsl:apply-templates select="*"/></xsl:template>'
    '<xsl:template match="text()"><xsl:value-of select="."/><xsl:text> </xsl:text></xsl:template>'
    "</xsl:stylesheet>"
))


def _page_text(root) -> str:
    """The page's visible text in document order, one space between text nodes ("December 15, 2016" "3:33 PM ET").

    ``page_text_nodes`` joined, read by one XSLT pass in C (``_PAGE_TEXT``) and collapsed once: the Python walk
    over every element took 0.63 s over the 856 corpus pages that read their text, this 0.45 s, the same text.
    """
    return " ".join(" ".join(str(_PAGE_TEXT(top)) for top in _text_tops(root)).split())


def _first_stamp(stamps: Sequence[Stamp]) -> DateReading | None:
    """The first date printed on a page that states none anywhere else, unless it follows an update label.

    Pages without a declaration or a date-classed element still print the date by the byline:
    "December 16, 2016, 4:19 PM" (ABC News, obfuscated class names), "12.01.2017" (ebene11.com),
    "Samstag, 3. Dezember 2011" (pbrunst.de), "Mai 06 2018" (wienbadminton.at).
    """
    stamp = next((s for s in stamps if not s.updated), None)
    return DateReading(stamp.value, "text", stamp.raw) if stamp else None


def _date_only(found: DateReading) -> bool:
    """A reading that states a day but no time ("2016-12-15", "Aug 18, 2010", a URL's day)."""
    return found.value.time() == time(0) and ":" not in found.raw


#: How far before a day printed without a time its clock may begin ("at 7:53 AM Wednesday, " before "Aug 18, 2010").
_CLOCK_REACH = 40


def _clock_before_day(text: str, stamps: list[Stamp]) -> list[Stamp]:
    """The page's stamps, a day printed without a time given the clock printed right before it (``_CLOCK_BEFORE``):
    "By Liam Randall 10:29, 24 JUL 2020" (the Daily Post, whose declared "2020-07-24T09:29:04Z" then takes the offset
    of the printed 10:29), "Rob Beschizza at 7:53 AM Wednesday, Aug 18, 2010" (Boing Boing, whose day then takes its
    time), "Kirsten Korosec 10:00 AM PDT • May 9, 2024" (TechCrunch). The stamp readers take a clock after its date
    only; a copied page's clock before its date is read by ``with_printed_clock``. An update label before the clock
    marks the stamp an update. Round htmlD363."""
    if not any(not s.has_time for s in stamps):
        return stamps
    found = []
    for stamp in stamps:
        if not stamp.has_time and ":" in text[max(0, stamp.start - _CLOCK_REACH) : stamp.start] \
                and (clock := _CLOCK_BEFORE.search(text, max(0, stamp.start - _CLOCK_REACH), stamp.start)) is not None:
            after = _ZONE_AFTER.match(text, stamp.start + len(stamp.raw))
            value = _clock_value(clock, stamp.value, clock["tz"] or (after and after["tz"]))
            if value is not None:
                before = text[max(0, clock.start() - _CLOCK_REACH) : clock.start()]
                stamp = Stamp(value, True, text[clock.start() : stamp.start] + stamp.raw,
                              stamp.updated or after_update_label(before), clock.start())
        found.append(stamp)
    return found


def _with_time(published: DateReading, stamps: Sequence[Stamp], *, updates: bool = False) -> DateReading:
    """A day-only reading completed by the first stamp printed with a time on that day, not after an update label.

    The page states the day in a declaration or its URL (or htmldate found the day) and prints the time
    beside the headline: "2019-09-24 09:10" in a plain paragraph (thepaper.cn), "发表于 2014-08-24 21:30"
    (csdn.net), "<time>Dec 13, 2016 at 3:45 pm</time>" without a datetime (chicagotribune.com,
    nydailynews.com), "erstellt: 01. April 2025, 15:25" (taz), "am 14. Dezember 2015 um 14:48"
    (hobby-werkstatt-blog.de). With ``updates`` (a page's markup), a page that prints that day's time only after an
    update label takes it: its only stamp, labelled so by the site's template ("By Wang Xiaoyu | China Daily |
    Updated: 2024-05-13 09:08" on China Daily, "Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST" under the
    Times of India's "This story is from October 9, 2019"): round htmlD363.
    """
    day = published.value.date()
    for stamp in stamps:
        if stamp.has_time and not stamp.updated and stamp.value.date() == day:
            return DateReading(stamp.value, "text", stamp.raw)
    if updates:
        for stamp in stamps:
            if stamp.has_time and stamp.value.date() == day:
                return DateReading(stamp.value, "text", stamp.raw)
    return published


#: Meta tags that give the time of the day a date meta declares ("pubtime" beside "pubdate").
_PUBLISHED_TIME_META = ("pubtime", "publish_time")


def _meta_time(published: DateReading, metas: dict[str, str]) -> DateReading:
    """A day-only reading given the clock a time meta of the publication states (``_PUBLISHED_TIME_META``).

    Some templates split the moment into a date and a time meta: USA Today's ``<meta name="pubdate" content="Aug 18,
    2010">`` and ``<meta name="pubtime" content="02:11 PM">``, the Motley Fool's ``publish_date`` "2017 01 09" and
    ``publish_time`` "10:05". A clock the pattern of printed clocks reads whole (a 24-hour time, or a 12-hour one with
    its "AM"/"PM"; "19:34 PM" is none) is the time of the day read. Round htmlD378.
    """
    for key in _PUBLISHED_TIME_META:
        if (raw := metas.get(key)) and (clock := _CLOCK_LINE.fullmatch(raw.strip())) is not None \
                and (value := _clock_value(clock, published.value, clock["tz"])) is not None:
            return DateReading(value, "meta", f"{published.raw} {raw}")
    return published


#: Microdata declarations of the publication on any element (``<span itemprop="datePublished" content=...>``).
_MICRODATA_PUBLISHED = etree.XPath('//*[@itemprop="datePublished"][@content or @datetime]')


def _microdata_time(published: DateReading, root) -> DateReading:
    """A day-only reading given the time a microdata declaration of the publication states for the same day.

    Pages declare the day in a meta tag and the moment on an element of the byline that no meta reader sees, its
    ``content`` for machines (the element prints nothing, or the stamp in digits of its own): ``<meta name="date"
    value="2017-09-01">`` beside ``<span class="pub-date" itemprop="datePublished" content="2017-09-01T04:00-0700">``
    (Macworld; Network World's "2014-02-05T23:51-0800"), a date-only reading beside ``<span itemprop="datePublished"
    content="2020-01-02T14:32:00+06:00">০২ জানুয়ারি ২০২০, ১৪:৩২</span>`` (Prothom Alo). The first such
    declaration with a time on the day read wins. Round htmlD378.
    """
    day = published.value.date()
    for el in _MICRODATA_PUBLISHED(root):
        raw = el.get("content") or el.get("datetime") or ""
        if ":" in raw and (value := parse_date(raw)) is not None and value.date() == day:
            return DateReading(value, "meta", raw)
    return published


def _with_zone(
    published: DateReading, times: _TimeElements, article: dict, metas: dict[str, str], text: Callable[[], str]
) -> DateReading:
    """A naive reading given the zone another statement of the same moment prints.

    Pages write one moment several times and only some copies carry the zone: n-tv.de's JSON-LD says
    "2023-04-28 18:11:01.0" and its meta ``date`` "2023-04-28T18:11:01+02:00"; Politico's ``<time
    datetime="2016-10-04 05:07:09">`` shows "10/04/2016 05:07 AM EDT". A zoned declaration a whole
    number of hours away, to the minute, is the same moment with the naive one in local time: Fast
    Company's meta "2022-06-13T10:00:38" beside its ``<time datetime="2022-06-13T14:00:38Z">``, shown at the offset of
    the naive one (10:00:38-04:00).
    """
    value = published.value
    declared = [_ld_string(article.get("datePublished")), *(metas.get(k) for k in _PUBLISHED_META)]
    modified = set(times.modified)
    declared += [el.get("datetime") for el in times.dated if el not in modified]
    zoned = [v for raw in declared if raw and (v := parse_date(raw)) is not None and v.tzinfo is not None]
    for other in zoned:
        if other.replace(tzinfo=None, microsecond=0) == value.replace(microsecond=0):
            return DateReading(value.replace(tzinfo=other.tzinfo), published.source, published.raw)
    for hour, minute, where in zoned_times(text()):
        if (hour, minute) == (value.hour, value.minute):
            return DateReading(value.replace(tzinfo=where), published.source, published.raw)
    for other in zoned:
        # to the minute: a printed clock has none of the seconds its declaration keeps ("June 21, 2012 12:00 pm" on
        # The Verge beside ``<time datetime="2012-06-21 16:00:09+0000">``)
        gap = other.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0) - value.replace(second=0, microsecond=0)
        if gap and abs(gap) <= timedelta(hours=14) and gap % timedelta(minutes=30) == timedelta(0):
            # the declared moment at the offset of the clock the page prints (the NZZ's "17.5.2019, 05:30 Uhr" beside
            # "2019-05-17T03:30:00.000Z" is 05:30 at +02:00), as ``_in_printed_zone`` shows it: round htmlD363
            return DateReading(other.astimezone(timezone(-gap)), published.source, published.raw)
    return published


def url_date(url: str | None) -> DateReading | None:
    """The day a URL path states ("/2024/08/27/slug"), as a naive midnight."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    for match in _URL_DATE.finditer(path):
        year = int(match.group(1))
        month, day = (int(match.group(3)), int(match.group(4))) if match.group(2) else (int(match.group(5)), int(match.group(6)))
        try:
            return DateReading(datetime(year, month, day), "url", match.group(0).strip("/_.-"))
        except ValueError:  # 2024/02/31
            continue
    return None


def _htmldate(html: str, url: str | None) -> DateReading | None:
    """htmldate's original-date guess from markup we do not read (attributes, scripts), when ours found none."""
    from htmldate import find_date  # imported late: it pulls in dateparser, needed only for a few pages

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # markup only: its free-text search found no more right dates on the dev pages, but more
            # wrong ones, at ten times the cost (python -m benchmarks.dates)
            found = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except Exception as exc:  # noqa: BLE001 - a third-party guess must never fail a page
        logger.debug("htmldate failed: %r", exc)
        return None
    return reading(found, "text") if found else None


#: Sources that state a date for machines; the page prints it for readers in its own zone.
_DECLARED = frozenset({"jsonld", "meta", "time_element"})
#: The widest gap between UTC and a zone's civil time (UTC-12 to UTC+14).
_WIDEST_OFFSET = timedelta(hours=14)
#: Offsets in use that are not whole hours, in minutes (India, Iran, Afghanistan, Myanmar, Newfoundland, central
#: Australia, Nepal): a gap of another odd half hour is no zone, but a stamp of another moment.
_ODD_OFFSETS = frozenset({210, 270, 330, 345, 390, 570, 630, -210})


def _in_printed_zone(published: DateReading, stamps: Sequence[Stamp], declared: Callable[[], list[str]]) -> DateReading:
    """A date declared in UTC, given the offset of the local time the page prints or declares for the same moment.

    The declaration says "2025-10-09T13:43:06+00:00" and the byline "Thursday, October 9, 2025 в 16:43" (bukvy.com.ua),
    "2016-05-26T20:14:00.000Z" and "May 26, 2016, 10:14pm" (vice.com), "2020-04-14T00:38:07Z" and a time of the 13th
    in Oregon (registerguard.com): the first printed stamp with a time and no zone that lies a zone's offset from the
    declared moment (whole hours, or the half and quarter hours some zones keep) is that moment in the page's own
    time; so is a printed stamp whose zone states the same moment to the minute ("Jun 10 2025 - 8:48 am PT" under
    9to5Mac's "2025-06-10T15:48:24+00:00", "May 10, 2024, 6:13 AM GMT+8" on The Verge's "2024-05-09T22:13:15.566Z").
    With no such stamp, another declaration of the same moment in a zone (``declared``: a ``<time datetime>``, a meta
    tag) gives it: TechCrunch's ``<time datetime="2024-05-09T10:00:00-07:00">`` beside "2024-05-09T17:00:00+00:00",
    UOL's "2024-05-12T19:54:27-03:00" beside "2024-05-12T22:54:27.000Z" (round htmlD363). The moment is the same; its
    offset is the one readers were shown.
    """
    moment = published.value.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    for stamp in stamps:
        if not stamp.has_time or stamp.updated:
            continue
        if stamp.value.tzinfo is not None:
            if (offset := stamp.value.utcoffset()) and _same_minute(stamp.value, moment):
                return DateReading(published.value.astimezone(timezone(offset)), published.source, published.raw)
            continue
        gap = stamp.value.replace(second=0) - moment
        minutes = gap // timedelta(minutes=1)
        if gap and abs(gap) <= _WIDEST_OFFSET and gap % timedelta(minutes=1) == timedelta(0) \
                and (minutes % 60 == 0 or minutes in _ODD_OFFSETS):
            return DateReading(published.value.astimezone(timezone(gap)), published.source, published.raw)
    for raw in declared():
        if (other := parse_date(raw)) is not None and other.tzinfo is not None \
                and (offset := other.utcoffset()) and _same_minute(other, moment):
            return DateReading(published.value.astimezone(timezone(offset)), published.source, published.raw)
    return published


#: The longest printed text of a ``<time>`` element read for its clock (``_mislabelled_utc``).
_TIME_TEXT_CHARS = 80


def _mislabelled_utc(published: DateReading, times: _TimeElements, declared: Callable[[], list[str]]) -> DateReading:
    """A declaration whose clock is UTC's though it names a local offset, read as that UTC moment in the offset.

    Some templates write the UTC clock with the site's offset: Hardwareluxx declares "2023-04-25T16:14:21+02:00"
    everywhere and prints it in the same ``<time>`` as "Dienstag, 25.04.2023 um 18:14 Uhr" (16:14 UTC at +02:00);
    The Bottom Line UCSB's JSON-LD says "2022-09-28T16:00:00-07:00" where its ``article:published_time`` says
    "2022-09-28T16:00:00+00:00" and its microdata "2022-09-28T09:00:00-07:00". The declared clock read as UTC is
    taken when a ``<time datetime>`` of the publication prints it, naive, at the declared offset, or when more of the
    page's other publication declarations state that moment than the one read. Round htmlD378.
    """
    offset = published.value.utcoffset()
    moment = published.value.replace(tzinfo=UTC)
    shown = moment.astimezone(timezone(offset))
    printed = shown.replace(tzinfo=None, second=0, microsecond=0)
    modified = set(times.modified)
    for el in times.dated:
        if el in modified:
            continue
        text = " ".join(el.text_content().split())
        if len(text) <= _TIME_TEXT_CHARS and any(
                s.has_time and not s.updated and s.value.tzinfo is None
                and s.value.replace(second=0, microsecond=0) == printed for s in find_stamps(text)):
            return DateReading(shown, published.source, published.raw)
    utc_clock = moment.replace(tzinfo=None, second=0, microsecond=0)
    read = published.value.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    others = [v for raw in declared() if (v := parse_date(raw)) is not None and v.tzinfo is not None]
    if sum(_same_minute(v, utc_clock) for v in others) > sum(_same_minute(v, read) for v in others):
        return DateReading(shown, published.source, published.raw)
    return published


def _same_minute(zoned: datetime, moment: datetime) -> bool:
    """Whether a zoned time is the naive UTC ``moment`` to the minute."""
    return zoned.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0) == moment


def _declared_published(times: _TimeElements, article: dict, metas: dict[str, str]) -> list[str]:
    """The page's declarations of its publication: JSON-LD ``datePublished``, the meta tags, the ``<time datetime>``
    elements not marked as the last change."""
    modified = set(times.modified)
    return [raw for raw in (_ld_string(article.get("datePublished")), *(metas.get(k) for k in _PUBLISHED_META),
                            *(el.get("datetime") for el in times.dated if el not in modified)) if raw]


def read_dates(
    root, article: dict, metas: dict[str, str], *, url: str | None, html: str | None = None, language: str | None = None
) -> tuple[DateReading | None, DateReading | None]:
    """(published, modified) of a parsed page, strongest source first (see the module docstring).

    Args:
        root: the parsed page, before boilerplate pruning.
        article: the page's JSON-LD article object ({} when none).
        metas: meta tag name/property (lower-cased) -> content.
        url: the page's URL, for a date in its path.
        html: the decoded page, for the htmldate fallback (skipped when None).
        language: the language the page declares; where it writes a slashed date day first (``day_first``), the
            printed stamps read one so ("08/03/2020 15h30" on g1, "22/11/2020 - 04:30" on Notícia Exata: round
            htmlD363), as a copied page's are (``dump_published``).
    """
    published = reading(_ld_string(article.get("datePublished")), "jsonld")
    published = published or next((r for k in _PUBLISHED_META if (r := reading(metas.get(k), "meta"))), None)
    times = functools.cache(lambda: _time_elements(root))  # walked once, and only when a reading below needs it
    if published is None and (time_el := _published_time_element(times())) is not None:
        published = reading(time_el.get("datetime"), "time_element")
    published = published or _visible_date(root) or url_date(url)
    if published is None and html is not None:
        published = _htmldate(html, url)
    text = functools.cache(lambda: _page_text(root))  # read once, and only when a rule below needs it
    # searched once: a first stamp read gets its time from them
    stamps = functools.cache(lambda: _clock_before_day(text(), find_stamps(text(), slashed=day_first(language))))
    if published is None:
        published = _first_stamp(stamps())
    if published is not None and _date_only(published):
        published = _meta_time(published, metas)
    if published is not None and _date_only(published):
        published = _microdata_time(published, root)
    if published is not None and _date_only(published):
        published = _with_time(published, stamps(), updates=True)
    if published is not None and published.value.tzinfo is None and not _date_only(published):
        published = _with_zone(published, times(), article, metas, text)
    if published is not None and published.source in _DECLARED and published.value.utcoffset():
        published = _mislabelled_utc(published, times(), lambda: _declared_published(times(), article, metas))
    if published is not None and published.source in _DECLARED and published.value.utcoffset() == timedelta(0):
        published = _in_printed_zone(published, stamps(), lambda: _declared_published(times(), article, metas))

    modified = reading(_ld_string(article.get("dateModified")), "jsonld")
    modified = modified or next((r for k in _MODIFIED_META if (r := reading(metas.get(k), "meta"))), None)
    if modified is None and (els := times().modified):
        modified = reading(els[0].get("datetime"), "time_element")
    return published, modified


def _ld_string(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None


#: How many lines above a text dump's story its header may start when its headline is not found (``dump_published``).
DUMP_HEADER_LINES = 8
#: The farthest a headline found in a dump may stand above the story for the lines between to be its header.
DUMP_HEADLINE_REACH = 15


def dump_published(
    lines: list[str], *, title: str | None, first_line: str | None, language: str | None = None
) -> DateReading | None:
    """The publication date a page copied as text prints: the first stamp of its header, else its first stamp.

    A copy has no declarations, only the printed stamps ("Thursday, October 9, 2025 в 16:43" on bukvy.com.ua,
    "01 juin 2018 à 15h36" on clubic.com, "24.04.2024 22:58 Uhr" on sportschau.de, "2019-09-07 19:53:27" on
    163.com). The header is the lines from the headline (``title``) down to the story (``first_line``, its first
    line), else the ``DUMP_HEADER_LINES`` lines above the story; teasers and comments above or below it print other
    days (dw.com's rail, Libération's comment stamps). In the header, a stamp on a stamp line (``_on_stamp_line``)
    comes before a caption's or a sentence's (round dumpsD328: AFP Faktencheck, The Intercept); with none there, a
    stamp line right under the story's first line, a dek, dates it (``_under_dek``), before a caption's stamp in the
    header. With no stamp in the header, the first stamp of the line of stamps nearest above the story is taken, not
    a masthead's "today" at the page's top (the Economist's "Friday April 15th 2011" over "Jan 20th 2011 | from the
    print edition", Takagi Hiromitsu's, BR's, Hankyung's, Politico's: round dumpsD324), else the first stamp of the
    page, as ``_first_stamp`` does on a page's markup, unless that is a day without a clock in a sentence or a
    caption (``_in_prose``): then the first stamp on a stamp line (Aeon's "16 May 2024" under "... Life magazine from
    30 April 1965 ...", DW's "Date 20.02.2020" under a paragraph's "30.01.2020", Ozap's "le 01/12/2017 à 15h45"
    under a sentence's "17 mai 2015": round dumpsD354). A stamp after an update label is not the publication, unless
    the copy prints no other and it stands in the header (the FAZ's, Die Zeit's "Aktualisiert am ..." under the
    headline); a day printed without a time takes the time a stamp of that day prints (``_with_time``). In a
    ``language`` that writes the day first (``date_stamps.day_first``) a slashed date is read too: "22/11/2020 -
    04:30 - Fonte: Agência Brasil" under Notícia Exata's headline, "23/06/2020 16h45" under UOL's.
    """
    if not lines:
        return None
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    text = "\n".join(lines)
    slashed = day_first(language)
    every = find_stamps(text, slashed=slashed)  # searched once: the day found gets its time from them
    stamps = [s for s in every if not s.updated]
    start = next((i for i, line in enumerate(lines) if first_line and line == first_line), None)
    chosen = None
    liner = functools.partial(_on_stamp_line, lines, offsets, every)
    if start is not None:
        top = next((i for i in range(start - 1, max(start - DUMP_HEADLINE_REACH, 0) - 1, -1)
                    if title and lines[i] == title), max(start - DUMP_HEADER_LINES, 0))
        # a header printing only an update stamp dates the story by it: the copy prints no other ("Aktualisiert am
        # 28. April 2023, 20:22 Uhr" under Die Zeit's headlines, "-Aktualisiert am 28.04.2023-19:20" under the FAZ's)
        header = [s for s in stamps or every if offsets[top] <= s.start < offsets[start]]
        chosen = next((s for s in header if liner(s)), None) or _under_dek(lines, offsets, stamps, start, liner) \
            or (header[0] if header else None)
    if chosen is None and not stamps:
        return None
    if chosen is None and start is not None \
            and (nearest := next((s for s in reversed(stamps) if s.start < offsets[start]), None)) is not None:
        # no stamp in the header: the nearest line of stamps above the story, not a masthead's "today" at the page's
        # top, and that line's first stamp (the publication before its update)
        line_start = text.rfind("\n", 0, nearest.start) + 1
        chosen = next(s for s in stamps if s.start >= line_start)
    if chosen is None and not stamps[0].has_time and _in_prose(lines, offsets, every, stamps[0]):
        # nothing dated above the story, and its first date stands in a sentence or a caption without a clock (an
        # event's day, not a stamp: "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 ..." is one): the first stamp
        # line
        chosen = next((s for s in stamps if liner(s)), None)
    chosen = chosen or stamps[0]
    found = DateReading(chosen.value, "text", chosen.raw)
    return _with_time(found, every) if _date_only(found) else found


#: The most words a line holding a stamp prints besides its stamps for it to be a stamp line ("Veröffentlicht am",
#: "by Michael Mimoso", "NZZ-Redaktion ... 7 min"), not a caption or a sentence dating an event.
STAMP_LINE_WORDS = 6
#: The fewest words besides its stamps a line prints for a date on it to be a sentence's or a caption's
#: (``_in_prose``), not a stamp line's or a byline's ("Jefferson Graham, USA TODAY 3:53 p.m. EST January 25, 2014").
PROSE_STAMP_WORDS = 12
#: How many lines under a story's first line (a dek) its stamp line may stand (``_under_dek``).
UNDER_DEK_LINES = 4


def _line_at(offsets: list[int], position: int) -> int:
    return bisect.bisect_right(offsets, position) - 1


def _on_stamp_line(lines: list[str], offsets: list[int], every: Sequence[Stamp], stamp: Stamp) -> bool:
    """Whether the stamp stands on a stamp line: a line that prints little besides its stamps (``STAMP_LINE_WORDS``),
    not a caption or a sentence that dates an event ("Palestinians inspect the site ... on December 14, 2023" on Al
    Jazeera, "Personen in Schutzanzügen ...: 11. Mai 2026 (AFP / JORGE GUERRERO)" on AFP Faktencheck)."""
    index = _line_at(offsets, stamp.start)
    line = lines[index]
    for other in every:
        if offsets[index] <= other.start < offsets[index] + len(line) + 1:
            line = line.replace(other.raw, " ", 1)
    return word_count(line) <= STAMP_LINE_WORDS


def _in_prose(lines: list[str], offsets: list[int], every: Sequence[Stamp], stamp: Stamp) -> bool:
    """Whether the stamp stands in a sentence or a caption: its line prints more than ``PROSE_STAMP_WORDS`` words
    besides its stamps."""
    index = _line_at(offsets, stamp.start)
    line = lines[index]
    for other in every:
        if offsets[index] <= other.start < offsets[index] + len(line) + 1:
            line = line.replace(other.raw, " ", 1)
    return word_count(line) > PROSE_STAMP_WORDS


def _under_dek(lines, offsets, stamps, start, liner) -> Stamp | None:
    """The first stamp on a stamp line right under the story's first line, the byline's short lines between: the copy
    took a dek for the story's first line, and the stamp line under it is the story's ("17.05.2026, 19:06 Uhr" under
    the Berliner Zeitung's dek and author, "29 de abril de 2021 - 18:44" under Página/12's dek, "November 27, 2016"
    under the New Yorker's, "April 28 2023, 3:54 p.m." under The Intercept's). A stamp after a publication label
    (``date_words`` rows ``published``) is the story's whatever short run of lines stands between, a caption or a long
    byline: "PUBLISHED: December 22, 2023 at 1:52 p.m. | UPDATED: ..." under the Sun Sentinel's lead-photo caption and
    "By Sun Sentinel Editorial Board | Sun Sentinel", "PUBLISHED: November 8, 2023 at 4:56 p.m. | ..." under the
    Boston Herald's dek and caption (round dumpsD347)."""
    last = min(start + UNDER_DEK_LINES, len(lines) - 1)
    for stamp in stamps:
        index = _line_at(offsets, stamp.start)
        if index <= start:
            continue
        if index > last:
            return None
        if any(word_count(lines[i]) > STAMP_LINE_WORDS for i in range(start + 1, index)) \
                and not _after_publication_label(lines[index][: stamp.start - offsets[index]]):
            return None
        if liner(stamp):
            return stamp
    return None


def _after_publication_label(before: str) -> bool:
    """The text before a stamp on its line closes on a publication label ("PUBLISHED:", ``date_words`` rows
    ``published``), a colon at most after it."""
    words = before.casefold().rstrip(" :").split()
    return bool(words) and words[-1] in date_words().get("published", ())


def header_day_over_masthead(
    published: DateReading | None, lines: list[str], *, title: str | None, first_line: str | None,
    language: str | None = None,
) -> DateReading | None:
    """The day of a copy's header stamp line in place of a day printed away from the header: a masthead's "today".

    ``text.clean_text_dump`` dates a copy by the first stamp line above its story, which on many pages is the
    masthead's day at the top ("Friday, April 15, 2011" over The Atlantic's "Jan 22 2011, 8:00 AM ET", "April 15,
    2011" over the Vacation Gals' "November 29, 2010 | Author: ...") or a teaser's under the story (Threatpost's "May
    20, 2016" under "by Michael Mimoso May 17, 2016 , 12:25 pm"). A day without a time (``published``) read outside
    the header (the headline down to the story, as ``dump_published`` bounds it) gives way to the first stamp on a
    stamp line in the header (``_on_stamp_line``) that prints another day, unless the day read follows a publication
    label (``date_words`` rows ``published``: PC Gamer's "published 19 December 2023" over a game's release date) or
    stands on the stamp line under a dek (``_under_dek``: Tennis.com's "Published Dec 19, 2023"), or the header's stamp
    line has the shape of a stamp line above the header (a rail's teasers, each "Published June 06, 2023" on People's
    Daily). Round dumpsD328; dumpsD311's wider form (any earlier day in the header) moved as many pages down as up.
    """
    if published is None or not _date_only(published) or not lines:
        return published
    start = next((i for i, line in enumerate(lines) if first_line and line == first_line), None)
    if start is None:
        return published
    top = next((i for i in range(start - 1, max(start - DUMP_HEADLINE_REACH, 0) - 1, -1)
                if title and lines[i] == title), max(start - DUMP_HEADER_LINES, 0))
    if any(published.raw in lines[i] for i in range(top, start)):
        return published
    where = next((i for i, line in enumerate(lines) if published.raw in line), None)
    if where is not None:
        before = lines[where][: lines[where].index(published.raw)].casefold()
        if any(word in before for word in date_words().get("published", ())):
            return published
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    every = find_stamps("\n".join(lines), slashed=day_first(language))
    liner = functools.partial(_on_stamp_line, lines, offsets, every)
    under = _under_dek(lines, offsets, [s for s in every if not s.updated], start, liner)
    if under is not None and under.raw == published.raw:
        return published
    chosen = next((s for s in every if not s.updated and offsets[top] <= s.start < offsets[start] and liner(s)), None)
    if chosen is None or chosen.value.date() == published.value.date():
        return published

    def shape(stamp: Stamp) -> str:
        line = lines[_line_at(offsets, stamp.start)]
        return re.sub(r"\d", "0", line.replace(stamp.raw, "#", 1)).casefold()

    if any(shape(s) == shape(chosen) for s in every if s.start < offsets[top]):
        return published  # a rail's stamp line: the teasers above print theirs the same way
    found = DateReading(chosen.value, "text", chosen.raw)
    return _with_time(found, every) if _date_only(found) else found


#: A clock printed before its date, closing the text before the date: "10:00 AM PDT • May 9, 2024" (TechCrunch), "at
#: 7:53 AM Wednesday, Aug 18, 2010" (Boing Boing), "3:00 PM on December 21, 2023" (RedState), "Published: 10:27 AM PST,
#: December 21, 2023" (ET Online), "17:41 JST, October 13, 2024" (the Japan News), "3:53 p.m. EST January 25, 2014"
#: (USA Today). At most one short word or a weekday between the clock and the date.
_CLOCK_BEFORE = re.compile(
    r"(?<![\d:.])(?P<H>[012]?\d):(?P<M>[0-5]\d)(?![\d:])\s*(?:(?P<ap>[aApP])\.?\s?[mM]\b\.?)?"
    rf"(?:\s*(?P<tz>{'|'.join(re.escape(z) for z in sorted([*ZONE_HOURS, *SEASONLESS_ZONES], key=len, reverse=True))})(?![\w+-]))?"
    r"[\s,|•·–—-]*(?:[^\W\d_]{2,9}\.?,?\s+)?$"
)
#: A line that is a clock and nothing else, under its date's line: "2:00 PM" under "December 6, 2023" (Isthmus), "5 PM"
#: under "Aug. 27, 2019" (the San Diego Union-Tribune).
_CLOCK_LINE = re.compile(
    r"(?P<H>[012]?\d)(?::(?P<M>[0-5]\d))?\s*(?:(?P<ap>[aApP])\.?\s?[mM]\.?)?"
    rf"(?:\s*(?P<tz>{'|'.join(re.escape(z) for z in sorted([*ZONE_HOURS, *SEASONLESS_ZONES], key=len, reverse=True))}))?"
)
#: A zone abbreviation printed right after a date whose clock stands before it ("22:00, 11 July 2021 BST", LADbible).
_ZONE_AFTER = re.compile(
    rf"\s*(?P<tz>{'|'.join(re.escape(z) for z in sorted([*ZONE_HOURS, *SEASONLESS_ZONES], key=len, reverse=True))})(?![\w+-])"
)


def _clock_value(match: re.Match[str], day: datetime, zone_name: str | None) -> datetime | None:
    hour, minute = int(match["H"]), int(match["M"] or 0)
    if match["ap"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ap"].lower() == "p" else 0)
    elif match["M"] is None or hour > 23:
        return None
    value = day.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if zone_name and (where := zone(zone_name)) is not None:
        value = value.replace(tzinfo=where)
    return value


def with_printed_clock(
    published: DateReading | None, lines: list[str], *, title: str | None, first_line: str | None
) -> DateReading | None:
    """A copy's day printed without a time, given the clock printed before it on its line or on the line under it.

    The stamp readers take a clock after the date ("May 17, 2016 , 12:25 pm"); a copy prints it before the date
    (``_CLOCK_BEFORE``: TechCrunch, Boing Boing, RedState, ET Online, the Japan News, USA Today, with the zone after
    the date on LADbible) or alone on the next line (``_CLOCK_LINE``: Isthmus, the San Diego Union-Tribune). The
    date's line is the first holding it in the header (the headline down to the story), else the copy's first.
    Round dumpsD328.
    """
    if published is None or not _date_only(published) or not published.raw or published.value.tzinfo is not None:
        return published
    raw = published.raw
    found = [i for i, line in enumerate(lines) if raw in line]
    if not found:
        return published
    start = next((i for i, line in enumerate(lines) if first_line and line == first_line), None)
    index = found[0]
    if start is not None:
        top = next((i for i in range(start - 1, max(start - DUMP_HEADLINE_REACH, 0) - 1, -1)
                    if title and lines[i] == title), max(start - DUMP_HEADER_LINES, 0))
        index = next((i for i in found if top <= i < start), index)
    line = lines[index]
    at = line.index(raw)
    after = _ZONE_AFTER.match(line, at + len(raw))
    if (clock := _CLOCK_BEFORE.search(line, 0, at)) is not None \
            and (value := _clock_value(clock, published.value, clock["tz"] or (after and after["tz"]))) is not None:
        return DateReading(value, published.source, f"{line[clock.start():at]}{raw}")
    if index + 1 < len(lines) and not line[at + len(raw):].strip(" ,|•·–—-") \
            and (clock := _CLOCK_LINE.fullmatch(lines[index + 1].strip())) is not None \
            and (clock["M"] or clock["ap"]) and (value := _clock_value(clock, published.value, clock["tz"])) is not None:
        return DateReading(value, published.source, f"{raw} {lines[index + 1].strip()}")
    return published


def dump_date(
    published: DateReading | None, lines: list[str], *, title: str | None, first_line: str | None,
    language: str | None = None,
) -> DateReading | None:
    """The publication date of a copy: the header loop's reading (``published``) checked against the header's stamp
    line (``header_day_over_masthead``), else ``dump_published``, its day given a clock printed by it
    (``with_printed_clock``)."""
    published = header_day_over_masthead(published, lines, title=title, first_line=first_line, language=language)
    if published is None:
        published = dump_published(lines, title=title, first_line=first_line, language=language)
    return with_printed_clock(published, lines, title=title, first_line=first_line)


def zoned_by_language(published: DateReading, language: str | None) -> DateReading:
    """A printed time without a zone, in the one zone its page's language is written in (``language_zone``).

    A copied page keeps no declaration, only the stamp: "28.04.2023, 18:11 Uhr" on n-tv.de is 18:11 in Berlin, as
    "2025/01/31 11:30" on nikkan-gendai.com is 11:30 in Tokyo. A zoned time, a day without a time and a language
    spoken in several zones (English, French, Spanish) stay as they are.
    """
    if published.value.tzinfo is not None or _date_only(published) or (where := language_zone(language)) is None:
        return published
    return DateReading(published.value.replace(tzinfo=where), published.source, published.raw)


#: How many shown lines above an HTML page's story ``page_published`` reads, as ``text.page_byline`` reads its byline.
PAGE_DATE_ABOVE = 60
#: How many characters of the story's first line find it among the page's lines when the whole line is not there.
_PAGE_ANCHOR_CHARS = 60


def page_published(
    page_lines: list[str], first_line: str, *, title: str | None, language: str | None = None
) -> DateReading | None:
    """The date an HTML page that declares none prints over its story, read as a copy's (``dump_date``).

    The page's text lines (``html.page_lines``, whitespace collapsed) from ``PAGE_DATE_ABOVE`` shown lines above the
    line that opens the story's first paragraph (``first_line``) to the lines under it a dek's stamp line may take
    (``UNDER_DEK_LINES``): the header's stamp line, else the stamp line nearest above the story, not a masthead's
    "today" at the page's top or a rail's teaser ("Friday April 15th 2011" over the Economist's "Jan 20th 2011 | from
    the print edition", "April 15, 2011" over the Vacation Gals' "November 29, 2010 | Author: ...", The Onion's
    "05.28.11" over "July 28, 2009"). A stamp printed in the headline (``title``) dates what it tells, not the page
    ("JRA競走に勝ったセール出身馬紹介(2020/7/11-12...)" on umaichi): none is read then. Nothing is read when the
    story's first line is not found. Round htmlD370.
    """
    first = " ".join(first_line.split())
    if not first:
        return None
    norm = [n for line in page_lines if (n := " ".join(line.split()))]
    start = next((i for i, n in enumerate(norm) if n == first), None)
    if start is None:
        start = next((i for i, n in enumerate(norm) if n.startswith(first[:_PAGE_ANCHOR_CHARS])), None)
    if start is None:
        return None
    above = norm[max(0, start - PAGE_DATE_ABOVE) : start]
    window = above + norm[start : start + UNDER_DEK_LINES + 1]
    found = dump_date(None, window, title=title, first_line=window[len(above)], language=language)
    if found is None or (title and found.raw and found.raw in title):
        return None
    return found


def printed_over_guess(
    published: DateReading, printed: DateReading | None, url_day: DateReading | None
) -> DateReading:
    """The page's printed date (``page_published``) in place of a reading from no declaration (htmldate's guess, a
    date-classed teaser, the page's first stamp) that names another day, unless that reading gives a time and the
    printed one none (Forbes' "Feb 19, 2020, 5:00 am" byline over a related story's "Nov. 7, 2019") or the URL
    states the day read. Business Today, the Economist, El Mercurio, Global Voices, Obsidian, The Onion, the Vacation Gals:
    round htmlD370."""
    if printed is None or printed.value.date() == published.value.date():
        return published
    if _date_only(printed) and not _date_only(published):
        return published
    if url_day is not None and url_day.value.date() == published.value.date():
        return published
    return printed
