"""Sitemap bytes -> article URLs (sitemaps.org urlset and index, Google News ``news:`` extension).

Pure: bytes in, records out. Walking an index (fetching child sitemaps, bounding the
depth, filtering by date) is done by ``flows/sources.py``.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from dateutil import parser as dateparser
from lxml import etree

from extractors.formats.compression import gunzip_bounded
from extractors.records import InputError

logger = logging.getLogger(__name__)

__all__ = ["SitemapParseResult", "SitemapUrl", "is_sitemap", "parse_sitemap"]

_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


@dataclass(frozen=True, slots=True)
class SitemapUrl:
    url: str
    lastmod: datetime | None  # when the page last changed (timezone-aware), not its publication date
    news_title: str | None = None
    news_published: datetime | None = None  # news:publication_date, timezone-aware
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SitemapParseResult:
    urls: list[SitemapUrl]
    child_sitemaps: list[str]  # from a sitemap index; the caller decides how deep to follow


def _xml_parser() -> etree.XMLParser:
    # No entities, no network, no DTD: sitemap bytes come from untrusted servers (XXE, billion laughs).
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, recover=True,
        remove_comments=True, remove_pis=True, huge_tree=False,
    )


def is_sitemap(data: bytes) -> bool:
    """True when the root element is ``urlset`` or ``sitemapindex``.

    Only the root decides: an RSS feed that declares the sitemap namespace is still a feed.
    """
    try:
        data = gunzip_bounded(data)
        for _, element in etree.iterparse(
            io.BytesIO(data), events=("start",), resolve_entities=False, no_network=True, load_dtd=False,
            recover=True,
        ):
            return etree.QName(element).localname in _SITEMAP_ROOTS
    except (etree.XMLSyntaxError, InputError):
        return False
    return False


def parse_sitemap(data: bytes) -> SitemapParseResult:
    """Parse a sitemap or sitemap index (gzip is inflated first).

    Returns:
        Page URLs with ``lastmod`` and the ``news:`` fields when present, and child sitemap
        URLs when ``data`` is an index. Entries without a ``loc`` are dropped.

    Raises:
        InputError: the bytes are not XML, or the root is not ``urlset``/``sitemapindex``
            (the message says when it looks like a feed instead).
    """
    data = gunzip_bounded(data)
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not a sitemap: not XML ({exc}); check the sitemap URL or file") from exc
    if root is None:
        raise InputError("not a sitemap: empty or unparseable document; check the sitemap URL or file")
    kind = etree.QName(root).localname
    if kind not in _SITEMAP_ROOTS:
        hint = " (it looks like a feed: use kind = \"feed\")" if kind in ("rss", "feed", "RDF") else ""
        raise InputError(f"not a sitemap: root element is <{kind}>, not <urlset> or <sitemapindex>{hint}")
    if kind == "sitemapindex":
        children = [loc for loc in (_loc(node) for node in _children(root, "sitemap")) if loc]
        return SitemapParseResult(urls=[], child_sitemaps=children)
    urls: list[SitemapUrl] = []
    for node in _children(root, "url"):
        loc = _loc(node)
        if not loc:
            continue
        news = _child(node, "news")
        urls.append(
            SitemapUrl(
                url=loc,
                lastmod=_parse_date(_text(_child(node, "lastmod"))),
                news_title=_text(_child(news, "title")) if news is not None else None,
                news_published=_parse_date(_text(_child(news, "publication_date"))) if news is not None else None,
                keywords=_keywords(_text(_child(news, "keywords"))) if news is not None else (),
            )
        )
    logger.debug("sitemap: %d urls", len(urls))
    return SitemapParseResult(urls=urls, child_sitemaps=[])


def _children(node: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in node if isinstance(child.tag, str) and etree.QName(child).localname == name]


def _child(node: etree._Element | None, name: str) -> etree._Element | None:
    if node is None:
        return None
    found = _children(node, name)
    return found[0] if found else None


def _text(node: etree._Element | None) -> str | None:
    if node is None or node.text is None:
        return None
    return node.text.strip() or None


def _loc(node: etree._Element) -> str | None:
    """``<loc>``; some index generators put the URL straight into ``<sitemap>`` instead."""
    loc = _text(_child(node, "loc"))
    if loc:
        return loc
    bare = _text(node)
    return bare if bare and bare.startswith(("http://", "https://")) else None


def _keywords(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(word.strip() for word in value.split(",") if word.strip())


def _parse_date(value: str | None) -> datetime | None:
    """W3C datetime (``2008-12-23`` or with time and offset) -> aware datetime; a bare date or time is UTC."""
    if not value:
        return None
    try:
        parsed = dateparser.isoparse(value)
    except (ValueError, OverflowError):
        logger.debug("sitemap: unparseable date %r", value)
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
