"""extractors/formats/sitemaps.py over the saved sitemaps (news extension, indexes, extensions, a feed in disguise)."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from extractors.formats.sitemaps import is_sitemap, parse_sitemap
from extractors.records import InputError

SITEMAPS = Path(__file__).parent / "fixtures" / "sitemaps"


def read(name: str) -> bytes:
    return (SITEMAPS / name).read_bytes()


def test_parse_sitemap_reads_news_fields() -> None:
    result = parse_sitemap(read("google-example_sitemap-news.xml"))
    first = result.urls[0]
    assert first.url == "http://www.example.org/business/article55.html"
    assert first.news_title == "Companies A, B in Merger Talks"
    assert first.news_published.isoformat() == "2008-12-23T00:00:00+00:00"
    assert first.keywords == ("business", "merger", "acquisition", "A", "B")
    assert result.child_sitemaps == []


def test_parse_sitemap_ignores_processing_instructions_and_comments() -> None:
    result = parse_sitemap(read("newscrawl_sitemap-news_with-xsl-pi-and-comments.xml"))
    assert [u.url for u in result.urls] == ["http://www.example.com/business/article55.html"]


def test_parse_sitemap_reads_wordpress_news_sitemap_with_offsets() -> None:
    result = parse_sitemap(read("shinpaideshou-wordpress_news-sitemap.xml"))
    assert len(result.urls) == 3
    assert all(u.news_published is not None and u.news_published.utcoffset() is not None for u in result.urls)


def test_parse_sitemap_takes_page_locs_not_image_or_video_locs() -> None:
    result = parse_sitemap(read("hebdenbridgetimes_articles-sitemap_2015.xml"))
    assert len(result.urls) == 74
    assert all(u.url.startswith("http://www.hebdenbridgetimes.co.uk/") for u in result.urls)
    assert not any(u.url.endswith((".jpg", ".png")) for u in result.urls)
    assert result.urls[0].lastmod.isoformat() == "2015-05-03T18:51:50+01:00"


def test_parse_sitemap_index_lists_children_even_without_loc() -> None:
    result = parse_sitemap(read("crawler-commons_sitemap-index.xml"))
    assert result.urls == [] and len(result.child_sitemaps) == 15
    assert result.child_sitemaps[0] == "https://example.com/sitemap.jss?portalCode=10260&lang=en"


def test_rss_declaring_the_sitemap_namespace_is_not_a_sitemap() -> None:
    data = read("newscrawl_rss-feed-with-sitemap-namespace.xml")
    assert not is_sitemap(data)
    with pytest.raises(InputError, match="looks like a feed"):
        parse_sitemap(data)


@pytest.mark.parametrize("name", sorted(p.name for p in SITEMAPS.iterdir() if "rss-feed" not in p.name))
def test_is_sitemap_recognises_every_sitemap_fixture(name: str) -> None:
    assert is_sitemap(read(name))


def test_parse_sitemap_inflates_gzip() -> None:
    data = gzip.compress(read("google-example_sitemap-news.xml"))
    assert is_sitemap(data)
    assert parse_sitemap(data).urls == parse_sitemap(read("google-example_sitemap-news.xml")).urls


def test_parse_sitemap_does_not_resolve_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/&xxe;</loc></url>'
        "</urlset>"
    ).encode()
    assert all("TOP-SECRET" not in u.url for u in parse_sitemap(data).urls)


@pytest.mark.parametrize("data", [b"", b"plain text, not xml", b"<html><body>hi</body></html>"])
def test_parse_sitemap_rejects_non_sitemaps(data: bytes) -> None:
    assert not is_sitemap(data)
    with pytest.raises(InputError, match="not a sitemap"):
        parse_sitemap(data)
