"""flows/sources.py: feeds, sitemaps, pages and local files collected through a real 127.0.0.1 server."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from extractors.formats.feeds import parse_feed
from flows.config import FetchPolicy, SourceSpec
from flows.fetch import Fetcher
from flows.sources import SourceResult, collect_source
from tests.fault_server import PAGES, FaultServer, page, static, with_validators

FIXTURES = Path(__file__).parent / "fixtures"
FEEDS = FIXTURES / "feeds"
POLICY = FetchPolicy(
    connect_timeout=1.0, read_timeout=1.0, retries=0, backoff=0.01, per_host_delay=0.0,
    respect_robots=False, allow_private_hosts=("127.0.0.1",), max_bytes=512 * 1024,
)
FEED_HOST = "http://www.huffingtonpost.ca"


def collect(spec: SourceSpec, state_dir: Path, policy: FetchPolicy = POLICY, **kwargs) -> SourceResult:
    with Fetcher(policy) as fetcher:
        return collect_source(spec, fetcher=fetcher, state_dir=state_dir, **kwargs)


def served_feed(server: FaultServer, path: str = "/feed.xml") -> list[str]:
    """Serve the saved HuffPost feed with its links pointing at the test server; returns the entry paths."""
    data = (FEEDS / "huffpost-canada.xml").read_bytes().replace(FEED_HOST.encode(), server.url("").encode())
    server.routes[path] = with_validators(
        data, etag='"feed-v1"', last_modified="Tue, 17 Oct 2017 22:17:00 GMT", content_type="application/rss+xml"
    )
    entry_paths = []
    for index, entry in enumerate(parse_feed(data).entries):
        parts = urlsplit(entry.url)
        entry_path = parts.path + (f"?{parts.query}" if parts.query else "")
        server.routes[entry_path] = static(page(PAGES[index % len(PAGES)]), content_type="text/html; charset=utf-8")
        entry_paths.append(entry_path)
    return entry_paths


def feed_spec(server: FaultServer, path: str = "/feed.xml", **options) -> SourceSpec:
    return SourceSpec(name="huffpost", kind="feed", location=server.url(path), options=options)


# -- feeds --------------------------------------------------------------------------------


def test_collect_feed_fetches_entry_pages_with_feed_hints(server: FaultServer, tmp_path: Path) -> None:
    entry_paths = served_feed(server)
    result = collect(feed_spec(server), tmp_path)
    entries = parse_feed(server_bytes(server, "/feed.xml"), url=server.url("/feed.xml")).entries
    assert (result.name, result.failures, result.fetched) == ("huffpost", [], len(entry_paths))
    assert [doc.url for doc in result.documents] == [entry.url for entry in entries]
    for doc, entry in zip(result.documents, entries):
        assert (doc.title_hint, doc.published_hint, doc.authors_hint, doc.summary_hint) == (
            entry.title, entry.published, entry.authors, entry.summary)
        assert doc.content_type == "text/html; charset=utf-8" and doc.data in {page(name) for name in PAGES}
    assert result.documents[0].published_hint is not None and result.documents[0].authors_hint


def server_bytes(server: FaultServer, path: str) -> bytes:
    with Fetcher(POLICY) as fetcher:
        return fetcher.fetch(server.url(path)).data


def test_second_collection_of_an_unchanged_feed_fetches_only_the_feed(server: FaultServer, tmp_path: Path) -> None:
    served_feed(server)
    first = collect(feed_spec(server), tmp_path)
    assert len(first.documents) == 2 and list(tmp_path.glob("*.json"))
    hits_before = len(server.hits)
    second = collect(feed_spec(server), tmp_path)
    assert (second.documents, second.failures, second.not_modified, second.fetched) == ([], [], 1, 0)
    assert server.paths()[hits_before:] == ["/feed.xml"]
    assert server.hits[-1].headers["if-none-match"] == '"feed-v1"'


def test_unreadable_feed_state_means_an_unconditional_fetch(server: FaultServer, tmp_path: Path) -> None:
    served_feed(server)
    collect(feed_spec(server), tmp_path)
    (state_file,) = tmp_path.glob("*.json")
    state_file.write_text("{not json", encoding="utf-8")
    result = collect(feed_spec(server), tmp_path)
    assert len(result.documents) == 2 and "unreadable state file" in result.warnings[0]
    assert json.loads(state_file.read_text(encoding="utf-8"))["etag"] == '"feed-v1"'


def test_auto_source_remembers_feed_validators(server: FaultServer, tmp_path: Path) -> None:
    served_feed(server)
    spec = SourceSpec(name="a", kind="auto", location=server.url("/feed.xml"))
    first, second = collect(spec, tmp_path), collect(spec, tmp_path)
    assert (len(first.documents), second.not_modified, second.documents) == (2, 1, [])


def test_feed_state_is_not_kept_when_an_entry_failed(server: FaultServer, tmp_path: Path) -> None:
    entry_paths = served_feed(server)
    server.routes[entry_paths[1]] = static(b"oops", status=500, content_type="text/plain")
    first = collect(feed_spec(server), tmp_path)
    assert len(first.documents) == 1 and len(first.failures) == 1
    assert first.failures[0].location == server.url(entry_paths[1]) and "HTTP 500" in first.failures[0].reason
    stored = {doc.url for doc in first.documents}
    hits_before = len(server.hits)
    second = collect(feed_spec(server), tmp_path, skip_url=stored.__contains__)
    assert second.not_modified == 0 and second.skipped == 1
    assert server.paths()[hits_before:] == ["/feed.xml", entry_paths[1]]
    assert "if-none-match" not in server.hits[hits_before].headers


def test_skip_url_keeps_stored_articles_from_being_fetched(server: FaultServer, tmp_path: Path) -> None:
    entry_paths = served_feed(server)
    result = collect(feed_spec(server), tmp_path, skip_url=lambda url: url == server.url(entry_paths[0]))
    assert (result.skipped, len(result.documents)) == (1, 1)
    assert entry_paths[0] not in server.paths()


def test_a_failing_article_never_stops_the_others(server: FaultServer, tmp_path: Path) -> None:
    entry_paths = served_feed(server)
    server.routes[entry_paths[0]] = static(b"\x89PNG" + bytes(64), content_type="image/png")
    result = collect(feed_spec(server), tmp_path)
    assert [doc.url for doc in result.documents] == [server.url(entry_paths[1])]
    assert "unsupported content type 'image/png'" in result.failures[0].reason


def test_robots_disallowed_article_is_a_failure(server: FaultServer, tmp_path: Path) -> None:
    entry_paths = served_feed(server)
    disallowed = urlsplit(server.url(entry_paths[0])).path
    server.routes["/robots.txt"] = static(f"User-agent: *\nDisallow: {disallowed}\n".encode(), content_type="text/plain")
    result = collect(feed_spec(server), tmp_path, replace(POLICY, respect_robots=True))
    assert len(result.documents) == 1 and "robots.txt" in result.failures[0].reason


def test_limit_bounds_the_documents_and_keeps_no_feed_state(server: FaultServer, tmp_path: Path) -> None:
    served_feed(server)
    result = collect(feed_spec(server), tmp_path, limit=1)
    assert len(result.documents) == 1 and not list(tmp_path.glob("*.json"))


def test_since_days_skips_old_entries(server: FaultServer, tmp_path: Path) -> None:
    served_feed(server)  # entries are from 2017
    result = collect(feed_spec(server, since_days=30), tmp_path)
    assert (result.documents, result.skipped) == ([], 2)


def test_a_feed_url_that_serves_html_fails_clearly(server: FaultServer, tmp_path: Path) -> None:
    server.routes["/feed.xml"] = static(page(PAGES[0]))
    result = collect(feed_spec(server), tmp_path)
    assert result.documents == [] and "not a feed" in result.failures[0].reason


def test_an_unreachable_feed_is_a_failure_not_an_exception(server: FaultServer, tmp_path: Path) -> None:
    result = collect(feed_spec(server, "/gone.xml"), tmp_path)
    assert [(f.location, f.reason) for f in result.failures] == [(server.url("/gone.xml"), "HTTP 404")]


ALL_FEEDS = sorted(FEEDS.iterdir())


@pytest.mark.parametrize("path", ALL_FEEDS, ids=[p.name for p in ALL_FEEDS])
def test_every_corpus_feed_served_over_http_gives_entries_or_a_clear_error(
    server: FaultServer, tmp_path: Path, path: Path
) -> None:
    server.routes["/feed"] = static(path.read_bytes(), content_type="application/xml")
    seen: list[str] = []
    result = collect(feed_spec(server, "/feed"), tmp_path, skip_url=lambda url: seen.append(url) or True)
    assert result.skipped == len(seen)  # entry pages would be on the public web: all skipped
    assert seen or result.failures or result.warnings
    assert all(failure.reason for failure in result.failures)


# -- sitemaps ------------------------------------------------------------------------------


def served_news_sitemap(server: FaultServer, path: str) -> list[str]:
    data = (FIXTURES / "sitemaps" / "shinpaideshou-wordpress_news-sitemap.xml").read_bytes()
    data = data.replace(b"https://shinpaideshou.wordpress.com", server.url("").encode())
    server.routes[path] = static(data, content_type="application/xml")
    paths = [urlsplit(line.split(b"</loc>")[0].decode()).path for line in data.split(b"<loc>")[1:]]
    for index, article in enumerate(paths):
        server.routes[article] = static(page(PAGES[index % len(PAGES)]))
    return paths


def index_xml(server: FaultServer, children: list[str]) -> bytes:
    body = "".join(f"<sitemap><loc>{server.url(child)}</loc></sitemap>" for child in children)
    return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>'.encode()


def test_sitemap_index_is_followed_and_news_fields_become_hints(server: FaultServer, tmp_path: Path) -> None:
    articles = served_news_sitemap(server, "/news.xml")
    server.routes["/index.xml"] = static(index_xml(server, ["/news.xml"]), content_type="application/xml")
    spec = SourceSpec(name="s", kind="sitemap", location=server.url("/index.xml"))
    result = collect(spec, tmp_path)
    assert [urlsplit(doc.url).path for doc in result.documents] == articles and result.failures == []
    assert result.documents[0].title_hint == "Job Opening: Reischauer Policy Research Fellow"
    assert result.documents[0].published_hint.isoformat() == "2017-04-25T10:00:36+00:00"


def test_sitemap_index_depth_is_bounded(server: FaultServer, tmp_path: Path) -> None:
    served_news_sitemap(server, "/news.xml")
    server.routes["/index.xml"] = static(index_xml(server, ["/news.xml"]), content_type="application/xml")
    spec = SourceSpec(name="s", kind="sitemap", location=server.url("/index.xml"), options={"max_depth": 0})
    result = collect(spec, tmp_path)
    assert result.documents == [] and "depth limit (0)" in result.warnings[0]
    assert server.paths() == ["/index.xml"]


def test_sitemap_index_loop_is_not_followed_forever(server: FaultServer, tmp_path: Path) -> None:
    server.routes["/a.xml"] = static(index_xml(server, ["/b.xml"]), content_type="application/xml")
    server.routes["/b.xml"] = static(index_xml(server, ["/a.xml"]), content_type="application/xml")
    spec = SourceSpec(name="s", kind="sitemap", location=server.url("/a.xml"), options={"max_depth": 10})
    result = collect(spec, tmp_path)
    assert server.paths() == ["/a.xml", "/b.xml"] and "already visited" in result.warnings[0]


def test_sitemap_since_days_skips_old_urls(server: FaultServer, tmp_path: Path) -> None:
    served_news_sitemap(server, "/news.xml")  # published in 2017
    spec = SourceSpec(name="s", kind="sitemap", location=server.url("/news.xml"), options={"since_days": 7})
    result = collect(spec, tmp_path)
    assert (result.documents, result.skipped) == ([], 3)


# -- single pages and auto-detection -----------------------------------------------------


def test_url_source_fetches_one_page(server: FaultServer, tmp_path: Path) -> None:
    server.routes["/article"] = static(page(PAGES[1]))
    result = collect(SourceSpec(name="p", kind="url", location=server.url("/article")), tmp_path)
    assert [doc.data for doc in result.documents] == [page(PAGES[1])]


def test_auto_source_detects_feed_sitemap_and_page(server: FaultServer, tmp_path: Path) -> None:
    served_feed(server)
    served_news_sitemap(server, "/news.xml")
    server.routes["/article"] = static(page(PAGES[0]))
    counts = {}
    for path in ("/feed.xml", "/news.xml", "/article"):
        result = collect(SourceSpec(name="a", kind="auto", location=server.url(path)), tmp_path / path.strip("/"))
        counts[path] = len(result.documents)
    assert counts == {"/feed.xml": 2, "/news.xml": 3, "/article": 1}


# -- local paths ---------------------------------------------------------------------------


def path_spec(path: Path, **options) -> SourceSpec:
    return SourceSpec(name="local", kind="path", location=str(path), options=options)


def make_inbox(root: Path) -> Path:
    inbox = root / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "b.html").write_bytes(page(PAGES[0]))
    (inbox / "a.htm").write_bytes(page(PAGES[1]))
    (inbox / "sub" / "c.txt").write_text("A plain text article.\n\nSecond paragraph.", encoding="utf-8")
    lines = [{"url": "https://x.example/1", "html": "<p>one</p>", "title": "One", "published": "2024-08-27T10:00:00+02:00"},
             {"url": "https://x.example/2", "text": "two"}]
    (inbox / "d.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    shutil.copy(FIXTURES / "warc" / "archive-org_heritrix_truncated_2008.warc.gz", inbox / "e.warc.gz")
    (inbox / "notes.md").write_text("not an article")
    return inbox


def test_folder_yields_every_supported_file_in_name_order(tmp_path: Path) -> None:
    result = collect(path_spec(make_inbox(tmp_path)), tmp_path / "state")
    sources = [Path(doc.source.split("#")[0].rsplit(":", 1)[0]).name for doc in result.documents]
    assert sources == ["a.htm", "b.html", "d.jsonl", "d.jsonl", "e.warc.gz", "e.warc.gz", "c.txt"]
    assert [doc.content_type for doc in result.documents[:2]] == ["text/html", "text/html"]
    assert result.documents[-1].content_type == "text/plain"
    one = result.documents[2]
    assert (one.url, one.title_hint, one.published_hint.isoformat()) == (
        "https://x.example/1", "One", "2024-08-27T10:00:00+02:00")
    assert [doc.url for doc in result.documents[4:6]] == ["http://www.archive.org/", "http://www.archive.org/index.php"]
    assert result.failures == [] and "ignored 1 file " in result.warnings[0]


def test_folder_with_one_broken_file_yields_all_the_others(tmp_path: Path) -> None:
    inbox = make_inbox(tmp_path)
    good = collect(path_spec(inbox), tmp_path / "state")
    (inbox / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is no gzip member")
    result = collect(path_spec(inbox), tmp_path / "state")
    assert [doc.source for doc in result.documents] == [doc.source for doc in good.documents]
    assert [f.location for f in result.failures] == [str(inbox / "broken.warc.gz")]
    assert "truncated or corrupt" in result.failures[0].reason


def test_jsonl_bad_line_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"url": "https://x.example/1", "html": "<p>ok</p>"}\n{broken\n{"url": "u"}\n'
                    '{"url": "https://x.example/4", "text": "fine"}\n', encoding="utf-8")
    result = collect(path_spec(path), tmp_path / "state")
    assert [doc.url for doc in result.documents] == ["https://x.example/1", "https://x.example/4"]
    assert [f.location for f in result.failures] == [f"{path}#2", f"{path}#3"]
    assert "html" in result.failures[1].reason


def test_clipped_warc_record_yields_the_partial_page_and_a_warning(tmp_path: Path) -> None:
    result = collect(path_spec(FIXTURES / "warc" / "houstonpress_clipped-record.warc.gz"), tmp_path)
    assert len(result.documents) == 1 and result.documents[0].url.startswith("http://www.houstonpress.com/music/")
    assert result.documents[0].fetched_at.isoformat() == "2016-10-17T14:57:38+00:00"
    assert result.failures == []
    assert len(result.warnings) == 1 and "clipped" in result.warnings[0]


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    data = (FIXTURES / "warc" / "archive-org_wget_2013.warc.gz").read_bytes()
    whole = collect(path_spec(FIXTURES / "warc" / "archive-org_wget_2013.warc.gz"), tmp_path)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    result = collect(path_spec(cut), tmp_path)
    assert len(whole.documents) == 2 and whole.failures == []
    assert 1 <= len(result.documents) <= len(whole.documents) and len(result.failures) == 1


def test_local_feed_file_fetches_its_entries(server: FaultServer, tmp_path: Path) -> None:
    served_feed(server)
    feed = tmp_path / "saved.rss"
    feed.write_bytes(server_bytes(server, "/feed.xml"))
    result = collect(path_spec(feed), tmp_path / "state")
    assert len(result.documents) == 2 and all(doc.title_hint for doc in result.documents)


def test_local_feed_file_with_unreachable_entries_gives_one_failure_per_entry(tmp_path: Path) -> None:
    feed = tmp_path / "saved.rss"
    feed.write_bytes((FEEDS / "huffpost-canada.xml").read_bytes().replace(FEED_HOST.encode(), b"http://127.0.0.1:9"))
    entries = parse_feed(feed.read_bytes()).entries
    refused = collect(path_spec(feed), tmp_path / "state", replace(POLICY, allow_private_hosts=()))
    offline = collect(path_spec(feed), tmp_path / "state")  # allowed, but nothing listens on port 9
    for result in (refused, offline):
        assert result.documents == [] and [f.location for f in result.failures] == [e.url for e in entries]
    assert "non-public address" in refused.failures[0].reason
    assert "connection failed" in offline.failures[0].reason


def test_missing_path_and_oversized_file_are_failures(tmp_path: Path) -> None:
    missing = collect(path_spec(tmp_path / "nope"), tmp_path)
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * POLICY.max_bytes)
    oversized = collect(path_spec(big), tmp_path)
    assert "no such file" in missing.failures[0].reason
    assert "over the" in oversized.failures[0].reason and oversized.documents == []


def test_jsonl_text_field_is_taken_as_clean_body(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        '{"url": "https://example.com/a", "text": "Body."}\n{"url": "https://example.com/b", "html": "<p>Hi</p>"}\n',
        encoding="utf-8")
    result = collect(path_spec(folder), tmp_path)
    assert [d.plain for d in result.documents] == [True, False]


def test_warc_cut_inside_a_record_is_reported(tmp_path: Path) -> None:
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes((FIXTURES / "warc" / "archive-org_wget_2013.warc.gz").read_bytes()[:3000])
    result = collect(path_spec(cut), tmp_path)
    assert len(result.failures) == 1 and "truncated" in result.failures[0].reason
