"""Feed bytes -> entries (RSS 0.9x/1.0/2.0, Atom) via feedparser.

Pure: bytes in, records out. Fetching, conditional GET and per-feed state live in
``flows/sources.py``; this module only reads what a feed says about its articles, so the
cleaner can fall back on it (``RawDocument.*_hint``) when a page says nothing.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import feedparser
from bs4 import BeautifulSoup

from extractors.formats.compression import gunzip_bounded
from extractors.records import InputError

logger = logging.getLogger(__name__)

__all__ = ["FeedEntry", "FeedParseResult", "parse_feed"]

#: The WHATWG default for undeclared single-byte text; preferred when the detector cannot tell it apart.
_WEB_DEFAULT_ENCODING = "cp1252"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """What a feed says about one article; every field is a fallback for the page itself."""

    url: str  # absolute http(s) URL of the article page
    title: str | None
    published: datetime | None  # timezone-aware (UTC) when set
    authors: tuple[str, ...]
    summary: str | None  # plain text, tags stripped


@dataclass(frozen=True, slots=True)
class FeedParseResult:
    entries: list[FeedEntry]
    title: str | None
    warnings: list[str]  # malformed XML, encoding overrides, entries without a link, ...


def parse_feed(data: bytes, *, url: str | None = None) -> FeedParseResult:
    """Parse feed bytes into entries with absolute article URLs.

    Args:
        data: the feed as fetched or saved (gzip is inflated first).
        url: where the feed came from; relative entry links are resolved against it.

    Returns:
        Entries in feed order (duplicates by URL dropped), the feed title, and warnings naming
        every problem met (a malformed feed still yields what feedparser recovered).

    Raises:
        InputError: the bytes are not a feed at all (empty, HTML, an unknown root element).
    """
    data = gunzip_bounded(data)
    if not data.strip():
        raise InputError("empty document: not a feed; check the feed URL or file")
    # A content type is given because feedparser flags a feed served without one as malformed;
    # application/xml without charset lets the XML declaration (or detection) decide the encoding.
    headers = {"content-type": "application/xml"}
    if url:
        headers["content-location"] = url
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)  # never a str: feedparser opens those as paths
    except (UnicodeError, LookupError, ValueError) as exc:  # a bogus XML encoding declaration, say
        raise InputError(f"not a readable feed ({type(exc).__name__}: {exc}); check its encoding declaration") from None
    warnings: list[str] = []
    if isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        reparsed = _reparse_with_detected_encoding(data, headers, parsed.get("encoding"))
        if reparsed is not None:
            parsed, detected = reparsed
            warnings.append(f"encoding not declared correctly; decoded as {detected}")
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception") or "no RSS/Atom/RDF root element"
        raise InputError(f"not a feed ({problem}); check that the URL or file is an RSS or Atom feed")
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        warnings.append(f"malformed feed, parsed what could be recovered: {type(exc).__name__}: {exc}")
    if not parsed.entries:
        warnings.append("feed has no entries")
    base = url or parsed.feed.get("link")
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for index, entry in enumerate(parsed.entries):
        link = _entry_link(entry, base)
        title = _plain_text(entry.get("title"))
        if link is None:
            warnings.append(f"entry {index} ({title or 'untitled'!r}) has no http(s) link; skipped")
            continue
        if link in seen:
            continue
        seen.add(link)
        entries.append(
            FeedEntry(
                url=link,
                title=title,
                published=_entry_date(entry),
                authors=_entry_authors(entry),
                summary=_plain_text(entry.get("summary")),
            )
        )
    logger.debug("feed %s: %d entries, %d warnings", url, len(entries), len(warnings))
    return FeedParseResult(entries=entries, title=_plain_text(parsed.feed.get("title")), warnings=warnings)


def _reparse_with_detected_encoding(
    data: bytes, headers: dict[str, str], fallback: str | None
) -> tuple[feedparser.FeedParserDict, str] | None:
    """Re-decode a feed whose declared encoding was wrong or missing.

    feedparser falls back to windows-1252, which garbles undeclared CJK feeds; the detector
    garbles undeclared Latin-1 ones (it cannot tell cp1252 from cp1257 on Portuguese text). So
    windows-1252 is kept whenever the detector rates it as clean as its best guess.
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    cleanest = [m for m in matches if m.chaos <= best.chaos]
    if any(_WEB_DEFAULT_ENCODING in m.could_be_from_charset for m in cleanest):
        return None
    if fallback and best.encoding.replace("_", "-") == fallback.replace("_", "-").lower():
        return None
    utf8_headers = {**headers, "content-type": "application/xml; charset=utf-8"}
    return feedparser.parse(io.BytesIO(str(best).encode("utf-8")), response_headers=utf8_headers), best.encoding


def _entry_link(entry: feedparser.FeedParserDict, base: str | None) -> str | None:
    """The article URL: ``link``, else an alternate link, else an id that is a URL (RSS guid)."""
    candidates = [entry.get("link")]
    candidates += [link.get("href") for link in entry.get("links", ()) if link.get("rel", "alternate") == "alternate"]
    candidates.append(entry.get("id"))
    for candidate in candidates:
        if not candidate:
            continue
        try:
            absolute = urljoin(base, candidate.strip()) if base else candidate.strip()
            parts = urlsplit(absolute)
        except ValueError:  # "http://[::1": a link no one can fetch
            continue
        if parts.scheme in ("http", "https") and parts.netloc:
            return absolute
    return None


def _entry_date(entry: feedparser.FeedParserDict) -> datetime | None:
    """Publication date in UTC; feedparser normalises every format it knows to a UTC struct_time."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, key)  # plain dict lookup: feedparser's own maps keys with a DeprecationWarning
        if value:
            try:
                return datetime(*value[:6], tzinfo=UTC)
            except (ValueError, OverflowError):  # a leap second (tm_sec 60) or a year datetime cannot hold
                continue
    return None


def _entry_authors(entry: feedparser.FeedParserDict) -> tuple[str, ...]:
    names: list[str] = []
    for author in entry.get("authors") or ():
        name = _plain_text(author.get("name"))
        if name and name not in names:
            names.append(name)
    if not names:
        name = _plain_text(entry.get("author"))
        if name:
            names.append(name)
    return tuple(names)


def _plain_text(value: str | None) -> str | None:
    """Feed titles and summaries may carry HTML (Google Alerts bolds the query); keep the words."""
    if not value:
        return None
    if "<" in value or "&" in value:
        value = BeautifulSoup(value, "lxml").get_text(" ")
    text = _SPACES.sub(" ", value).strip()
    return text or None
