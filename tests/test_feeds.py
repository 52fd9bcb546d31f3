"""extractors/formats/feeds.py over every saved feed (encodings, malformed XML, odd roots)."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from extractors.formats.compression import gunzip_bounded
from extractors.formats.feeds import FeedParseResult, parse_feed
from extractors.records import InputError

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
SITEMAPS = Path(__file__).parent / "fixtures" / "sitemaps"
ALL_FEEDS = sorted(FEEDS.iterdir())


def read(name: str, folder: Path = FEEDS) -> bytes:
    return (folder / name).read_bytes()


def test_every_corpus_feed_is_copied() -> None:
    assert len(ALL_FEEDS) == 32


@pytest.mark.parametrize("path", ALL_FEEDS, ids=[p.name for p in ALL_FEEDS])
def test_parse_feed_gives_entries_or_a_clear_error(path: Path) -> None:
    try:
        result = parse_feed(path.read_bytes(), url="https://news.example.org/feed")
    except InputError as exc:
        assert "not a feed" in str(exc) or "gzip" in str(exc)
        return
    assert isinstance(result, FeedParseResult)
    assert result.entries or result.warnings, "a feed without entries must say why"
    for entry in result.entries:
        assert entry.url.startswith(("http://", "https://"))
        assert entry.published is None or entry.published.tzinfo is not None
        assert all(isinstance(name, str) and name for name in entry.authors)


def test_parse_feed_reads_rss2_fields() -> None:
    result = parse_feed(read("guardian-us_2018-01-31.rss"))
    assert result.title == "The Guardian" and len(result.entries) == 55 and result.warnings == []
    first = result.entries[0]
    assert first.url == "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord"
    assert first.published.isoformat() == "2018-01-31T07:26:05+00:00"
    assert first.authors == ("David Smith in Washington",)
    assert first.summary and "<" not in first.summary


def test_parse_feed_reads_rss10_rdf_and_atom() -> None:
    rdf = parse_feed(read("bio-rss10.rdf"))
    atom = parse_feed(read("heise-developer_2016-02.atom"))
    assert len(rdf.entries) == 30 and rdf.entries[0].published is not None
    assert len(atom.entries) == 15 and atom.entries[0].url.startswith("http://www.heise.de/developer/")


def test_parse_feed_converts_dates_with_offsets_to_utc() -> None:
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><link>https://a.example/1</link>'
        b"<pubDate>Fri, 24 Jan 2025 15:32:41 -0500</pubDate></item></channel></rss>"
    )
    assert parse_feed(feed).entries[0].published.isoformat() == "2025-01-24T20:32:41+00:00"


def test_parse_feed_resolves_relative_links_against_the_feed_url() -> None:
    result = parse_feed(read("talkingpointsmemo.atom"), url="https://talkingpointsmemo.com/feed/all")
    assert result.entries[0].url.startswith("https://talkingpointsmemo.com/livewire/")


def test_parse_feed_strips_html_from_titles() -> None:
    result = parse_feed(read("google-alerts.atom.xml"))
    assert all("<" not in (entry.title or "") for entry in result.entries)
    assert any("Slack" in (entry.title or "") for entry in result.entries)


def test_parse_feed_detects_an_undeclared_multibyte_encoding() -> None:
    result = parse_feed(read("feedparser-illformed_chardet_euckr.xml"))
    assert any("euc_kr" in warning for warning in result.warnings)
    assert any("한글" in warning for warning in result.warnings)  # the entry title, named in the no-link warning


def test_parse_feed_keeps_windows_1252_for_undeclared_latin1() -> None:
    result = parse_feed(read("uol-noticias_latin1-undeclared.rss"))
    assert "simulações" in result.entries[0].title


@pytest.mark.parametrize(
    ("name", "text"), [("oren-ru_windows-1251.rss", "Оренбург"), ("jn-pt_iso-8859-1.rss", "Notícias")]
)
def test_parse_feed_honours_declared_encodings(name: str, text: str) -> None:
    assert text in parse_feed(read(name)).title


def test_parse_feed_inflates_gzip_bytes() -> None:
    assert len(parse_feed(read("gzip-bytes-named-xml_nshipster.xml")).entries) == 25


def test_parse_feed_keeps_what_a_malformed_feed_recovers_and_names_the_problem() -> None:
    result = parse_feed(read("saxerror-unescaped-ampersand.xml"))
    assert result.entries[0].url == "http://example.com/good"
    assert any("malformed" in warning and "not well-formed" in warning for warning in result.warnings)


def test_parse_feed_warns_about_entries_without_links() -> None:
    result = parse_feed(read("missing-fields.atom"))
    assert result.entries == [] and any("no http(s) link" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    "data",
    [
        read("unrecognized-root.rss"),
        read("feedparser-illformed_rss_empty_document.xml"),
        b"",
        b"<!doctype html><html><head><title>Home</title></head><body><p>Hello</p></body></html>",
    ],
    ids=["unrecognized-root", "empty-document", "no-bytes", "html-page"],
)
def test_parse_feed_rejects_what_is_not_a_feed(data: bytes) -> None:
    with pytest.raises(InputError, match="not a feed|empty document"):
        parse_feed(data)


def test_parse_feed_never_opens_bytes_as_a_path(tmp_path: Path) -> None:
    secret = tmp_path / "feed.xml"
    secret.write_bytes(read("huffpost-canada.xml"))
    with pytest.raises(InputError):
        parse_feed(str(secret).encode())


def test_rss_declaring_the_sitemap_namespace_is_a_feed() -> None:
    result = parse_feed(read("newscrawl_rss-feed-with-sitemap-namespace.xml", SITEMAPS))
    assert result.title == "Lorem Ipsum Feed" and result.entries[0].url == "https://example.com/lorem/123"


def test_gunzip_bounded_refuses_a_gzip_bomb() -> None:
    bomb = gzip.compress(bytes(2 * 1024 * 1024))
    with pytest.raises(InputError, match="gzip bomb"):
        gunzip_bounded(bomb, limit=1024 * 1024)
    assert gunzip_bounded(b"<rss/>") == b"<rss/>"


def test_a_bogus_xml_encoding_declaration_is_an_input_error_not_a_crash():
    data = b'<?xml version="1.0" encoding="\xb2"?><rss><channel><item><link>https://a.example/1</link></item></channel></rss>'
    with pytest.raises(InputError, match="not a readable feed.*encoding declaration"):
        parse_feed(data)


def test_an_entry_whose_link_is_not_a_url_is_skipped_and_the_others_kept():
    data = (b"<rss version='2.0'><channel><item><title>Broken</title><link>http://[::1</link></item>"
            b"<item><title>Fine</title><link>https://a.example/2</link></item></channel></rss>")
    result = parse_feed(data)
    assert [entry.url for entry in result.entries] == ["https://a.example/2"]
    assert any("'Broken'" in warning and "no http(s) link" in warning for warning in result.warnings)
