"""Page metadata from the strongest declared source: JSON-LD, then Open Graph / meta tags, then markup.

Publishers declare title, date, authors and section for search engines; reading those
declarations beats guessing from the layout. JSON-LD ``NewsArticle`` objects win when they
are sane (a non-empty headline, a parseable date); meta tags fill the gaps; the visible
markup (``<h1>``, ``<time>``, ``<html lang>``) is the last resort.
"""
from __future__ import annotations

import html
import json
import logging
import re
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime

from dateutil import parser as dateparser
from lxml import etree

from extractors.clean.widgets import words

logger = logging.getLogger(__name__)

#: schema.org types whose objects describe the article itself.
ARTICLE_TYPES = words(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle "
    "ReviewNewsArticle BlogPosting LiveBlogPosting Report ScholarlyArticle TechArticle SocialMediaPosting "
    "VideoObject WebPage"
)
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "cxenseparse:recs:publishtime", "article.published", "og:published_time", "published_time", "article_date_original",
)
_AUTHOR_META = ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "cxenseparse:author")
_SECTION_META = ("article:section", "section", "parsely-section", "og:section", "cxenseparse:recs:articlesection")
_TITLE_META = ("og:title", "twitter:title", "title", "parsely-title", "sailthru.title", "dc.title")
_LD_XPATH = etree.XPath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]')
_META_XPATH = etree.XPath("//meta[@content]")
_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—•:]|-{1,2})\s+[^|–—•]{2,60}$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.IGNORECASE)
#: CMS defaults that fill the author field when nobody is credited.
_PLACEHOLDER_AUTHORS = frozenset({"no author", "unknown", "anonymous", "admin", "administrator", "author"})
_BY_PREFIX = re.compile(r"^\s*(?:by|written by|von|par|por)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page declares about itself (dates may still be naive: a profile or caller zones them)."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    section: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    article_body: str | None = None  # JSON-LD articleBody, when declared
    description: str | None = None  # og:/meta description: often the standfirst shown above the story


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


def clean_authors(values: list[str]) -> tuple[str, ...]:
    """Split "By A and B, C" into names, dropping URLs, e-mail and duplicates (order kept)."""
    names: list[str] = []
    for value in values:
        if not value or value.startswith(("http://", "https://", "/")) or "@" in value:
            continue
        for name in _NAME_SPLIT.split(_BY_PREFIX.sub("", value.strip())):
            name = " ".join(name.split()).strip(" .,-")
            slug = " " not in name and "-" in name and name == name.lower()  # "jane-doe": a profile URL part
            if name.lower() in _PLACEHOLDER_AUTHORS:
                continue
            if name and not slug and len(name) <= 60 and any(ch.isalpha() for ch in name) and name not in names:
                names.append(name)
    return tuple(names)


def _ld_objects(root) -> list[dict]:
    """Every JSON object in the page's JSON-LD scripts, ``@graph`` and lists flattened."""
    found: list[dict] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            found.append(node)
            if "@graph" in node:
                walk(node["@graph"])
            if isinstance(node.get("mainEntity"), (dict, list)):
                walk(node["mainEntity"])

    for script in _LD_XPATH(root):
        raw = (script.text or "").strip().rstrip(";")
        if not raw:
            continue
        try:
            walk(json.loads(raw, strict=False))
        except ValueError:
            logger.debug("unparseable JSON-LD block skipped (%d chars)", len(raw))
    return found


def _types(obj: dict) -> set[str]:
    value = obj.get("@type", ())
    return {value} if isinstance(value, str) else {v for v in value if isinstance(v, str)}


def _text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    # JSON-LD and meta values are often HTML-escaped twice ("Kohberger&#8217;s")
    return " ".join(html.unescape(value).split()) if isinstance(value, str) and value.strip() else None


def _ld_authors(value, *, organisations: bool = False) -> list[str]:
    """Person names of a JSON-LD ``author`` value (or, with ``organisations``, only the organisations')."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        is_org = isinstance(item, dict) and bool(_types(item) & {"Organization", "NewsMediaOrganization"})
        if is_org == organisations and (name := _text(item)):
            names.append(name)
    return names


def _read_title(root, article: dict, metas: dict[str, str]) -> str | None:
    """The visible ``<h1>`` when a declaration confirms it, else the first declared title, without the site name.

    Declarations often carry an SEO variant of the headline ("... | Site", a shorter social
    title); the ``<h1>`` is what readers see, but on some pages the first ``<h1>`` is a logo or a
    section name, so it is trusted only when JSON-LD or Open Graph states the same words.
    """
    declared = [t for t in (_text(article.get("headline")), _text(metas.get("og:title"))) if t]
    h1 = root.find(".//h1")
    visible = " ".join(h1.text_content().split()) if h1 is not None else None
    if visible and visible in declared:
        title = visible
    else:
        title = declared[0] if declared else next((_text(metas[k]) for k in _TITLE_META if k in metas), None)
        title = title or visible
    if title is None and (node := root.find(".//title")) is not None and node.text:
        title = _TITLE_SUFFIX.sub("", " ".join(node.text.split())) or None
    elif title and (cut := title.rfind(" | ")) > 0 and len(title[cut + 3 :].split()) <= 3:
        title = title[:cut]  # "Headline | Site Name" in og:title
    site = _text(metas.get("og:site_name")) or _text(metas.get("application-name"))
    if title and site and title != site:
        escaped = re.escape(site)
        title = re.sub(rf"^{escaped}\s*[|:–—-]\s*|\s*[|:–—-]\s*{escaped}$", "", title) or title
    return title


#: Elements that name the author in the visible byline.
_BYLINE_XPATH = etree.XPath(
    '//*[@rel="author" or @itemprop="author" or contains(@class, "author") or contains(@class, "byline")]'
)
_NAME_ITEMPROP = etree.XPath('.//*[@itemprop="name"]')
_NOT_A_NAME = re.compile(r"\d|@|https?:|\b(?:more|articles?|posts?|view|follow|about|profile|bio)\b", re.IGNORECASE)


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


def _visible_date(root) -> datetime | None:
    """The first date printed in a date-classed element ("Written: 2023-11-07 15:03:30 / Updated: ...").

    The last resort for pages that declare no date: the first stated date in such an element is
    the publication (an update stamp follows it, or sits in a later element).
    """
    for el in _DATE_CLASS_XPATH(root):
        text = " ".join(el.text_content().split())
        if len(text) > 120 or text.lower().startswith(("updated", "modified", "last updated")):
            continue
        if (match := _VISIBLE_DATE.search(text)) and (found := parse_date(match.group(0))):
            return found
    return None


def _byline_names(root) -> list[str]:
    """Names from the first byline element that holds only a name ("By Jane Roe", ``rel=author``).

    Author boxes also hold bios, dates and "More from" links: an element qualifies only when its
    text is short and name-like, and the names come from elements built like the first one.
    """
    names: list[str] = []
    shape = None
    for el in _BYLINE_XPATH(root):
        if el.tag in ("meta", "link", "body", "html", "article", "main", "script", "style"):
            continue
        if el.get("itemprop") == "author" and (inner := _NAME_ITEMPROP(el)):
            el = inner[0]
        text = _BY_PREFIX.sub("", " ".join(el.text_content().split())).strip(" ,|")
        if not 3 <= len(text) <= 60 or len(text.split()) > 6 or _NOT_A_NAME.search(text) or not text[0].isupper():
            continue
        key = (el.tag, el.get("class"), el.get("rel"))
        if shape is None:
            shape = key
        if key == shape and text not in names:
            names.append(text)
    return names


def _meta_map(root) -> dict[str, str]:
    metas: dict[str, str] = {}
    for meta in _META_XPATH(root):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "").lower()
        content = meta.get("content", "").strip()
        if key and content and key not in metas:
            metas[key] = content
    return metas


def read_metadata(root) -> Metadata:
    """Collect metadata from a parsed page (call before boilerplate pruning: it reads ``<head>``)."""
    objects = _ld_objects(root)
    article = next((o for o in objects if _types(o) & ARTICLE_TYPES and o.get("headline")), None)
    if article is None:
        article = next((o for o in objects if _types(o) & ARTICLE_TYPES and o.get("articleBody")), {})
    metas = _meta_map(root)
    title = _read_title(root, article, metas)

    published = parse_date(_text(article.get("datePublished")))
    if published is None:
        published = next((d for k in _DATE_META if (d := parse_date(metas.get(k)))), None)
    if published is None:
        time_el = root.find(".//time[@datetime]")
        published = parse_date(time_el.get("datetime")) if time_el is not None else None
    if published is None:
        published = _visible_date(root)

    # people first: JSON-LD persons, then meta tags, then the visible byline; a name that is the
    # site's own ("Lesotho Times") or a JSON-LD organisation ("BBC News") only when no person is named
    site = (_text(metas.get("og:site_name")) or "").casefold()
    declared = clean_authors(_ld_authors(article.get("author")))
    meta_names = clean_authors([metas[k] for k in _AUTHOR_META if k in metas])
    authors = ()
    for names in (declared, meta_names, None):
        if names is None:
            names = clean_authors(_byline_names(root))
        authors = tuple(name for name in names if name.casefold() != site)
        if authors:
            break
    if not authors:
        authors = clean_authors(_ld_authors(article.get("author"), organisations=True)) or declared or meta_names

    section = _text(article.get("articleSection")) or next((metas[k] for k in _SECTION_META if k in metas), None)
    language = _text(article.get("inLanguage")) or root.get("lang") or root.get("xml:lang")
    language = language or metas.get("og:locale") or metas.get("content-language") or metas.get("language")

    canonical = None
    for link in root.iterfind(".//link[@rel]"):
        if link.get("rel", "").lower() == "canonical" and link.get("href", "").startswith("http"):
            canonical = link.get("href")
            break
    canonical = canonical or (metas.get("og:url") if metas.get("og:url", "").startswith("http") else None)

    body = article.get("articleBody")
    return Metadata(
        title=title,
        authors=authors,
        published=published,
        section=section,
        language=normalise_language(language),
        canonical_url=canonical,
        article_body=body if isinstance(body, str) and body.strip() else None,
        description=_text(article.get("description")) or metas.get("og:description") or metas.get("description"),
    )


def normalise_language(value: str | None) -> str | None:
    """"en-US", "en_GB", "EN" -> "en"; anything not shaped like a language tag -> None."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None
