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

import logging
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime

from dateutil import parser as dateparser
from lxml import etree

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

#: Zone abbreviations news pages print; dateutil knows only UTC/GMT by itself.
_TZ_ABBREVIATIONS = {
    name: hours * 3600
    for name, hours in {
        "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "SAST": 2, "MSK": 3,
        "IST": 5.5, "HKT": 8, "SGT": 8, "KST": 9, "JST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "ET": -5, "PT": -8,
    }.items()
}


def parse_date(value: str | None) -> datetime | None:
    """Parse a declared date (ISO 8601, RFC 822, "09:41 March 3, 2025"); naive when no zone is given."""
    if not value or not (value := value.strip()):
        return None
    if re.fullmatch(r"\d{10}(?:\d{3})?", value):  # epoch seconds or milliseconds
        seconds = int(value[:10])
        return datetime.fromtimestamp(seconds, tz=UTC)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown zone names: the date is still worth having
        return _parse_date(value)


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


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A stated date with an optional time: "2023-11-07 15:03:30", "2019/03/04 09:15", "8 January 2020, 3:51 pm", "Jan. 8, 2020 at 3:51 PM".
_VISIBLE_DATE = re.compile(
    r"\b\d{4}([-/.])\d{1,2}\1\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"|\b\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)?"
    rf"|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
_DATE_CLASS_XPATH = etree.XPath(
    '//*[contains(@class, "date") or contains(@class, "time") or contains(@class, "publish")][not(self::script)]'
    # hidden elements are not what the reader sees printed (e.g. a stale header date kept for scripts)
    '[not(ancestor-or-self::*[contains(translate(@style, " ", ""), "display:none") or @hidden])]'
)
_MODIFIED_TIME_XPATH = etree.XPath(
    '//time[@datetime][@itemprop="dateModified" or contains(@class, "updated") or contains(@class, "modified")]'
)
#: "/2024/08/27/", "/2024-08-27", "/20240827/" in a URL path: the day only (run together, month and day
#: take two digits each, so an article number such as "/2089096-" is no date).
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})(?:([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2])([012]\d|3[01]))(?:[/_.-]|$)"
)


def _visible_date(root) -> DateReading | None:
    """The first date printed in a date-classed element ("Written: 2023-11-07 15:03:30 / Updated: ...").

    The first stated date in such an element is the publication (an update stamp follows it, or
    sits in a later element).
    """
    for el in _DATE_CLASS_XPATH(root):
        text = " ".join(el.text_content().split())
        if len(text) > 120 or text.lower().startswith(("updated", "modified", "last updated")):
            continue
        if (match := _VISIBLE_DATE.search(text)) and (found := reading(match.group(0), "text")):
            return found
    return None


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


def read_dates(
    root, article: dict, metas: dict[str, str], *, url: str | None, html: str | None = None
) -> tuple[DateReading | None, DateReading | None]:
    """(published, modified) of a parsed page, strongest source first (see the module docstring).

    Args:
        root: the parsed page, before boilerplate pruning.
        article: the page's JSON-LD article object ({} when none).
        metas: meta tag name/property (lower-cased) -> content.
        url: the page's URL, for a date in its path.
        html: the decoded page, for the htmldate fallback (skipped when None).
    """
    published = reading(_ld_string(article.get("datePublished")), "jsonld")
    published = published or next((r for k in _PUBLISHED_META if (r := reading(metas.get(k), "meta"))), None)
    if published is None and (time_el := root.find(".//time[@datetime]")) is not None:
        published = reading(time_el.get("datetime"), "time_element")
    published = published or _visible_date(root) or url_date(url)
    if published is None and html is not None:
        published = _htmldate(html, url)

    modified = reading(_ld_string(article.get("dateModified")), "jsonld")
    modified = modified or next((r for k in _MODIFIED_META if (r := reading(metas.get(k), "meta"))), None)
    if modified is None and (els := _MODIFIED_TIME_XPATH(root)):
        modified = reading(els[0].get("datetime"), "time_element")
    return published, modified


def _ld_string(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None
