"""The fetcher against a hostile server on 127.0.0.1: malformed status lines and headers, slow
drips, robots.txt wildcards, redirects to other ports. Every case must end in a response or a
FetchError for that URL, never another exception, and never a retry that cannot help."""
from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from extractors.formats.feeds import parse_feed
from flows.cli import cli
from flows.config import FetchPolicy, SourceSpec
from flows.fetch import Fetcher, FetchError
from flows.sources import collect_source
from tests.fault_server import PAGES, FaultServer, page, raw, running_server, static, trickle
from warehouse.query import run_sql

POLICY = FetchPolicy(
    connect_timeout=1.0, read_timeout=1.0, retries=1, backoff=0.01, per_host_delay=0.0,
    allow_private_hosts=("127.0.0.1",), max_bytes=64 * 1024, respect_robots=False,
)
BODY = b"<html><body><p>Hello from a hostile server.</p></body></html>"


def response(status: bytes = b"HTTP/1.1 200 OK", *headers: bytes, body: bytes = BODY, length: bool = True) -> bytes:
    lines = [status, b"Content-Type: text/html", *headers]
    if length:
        lines.append(b"Content-Length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


#: name -> (raw response, what the reason must say, or None when a response is acceptable)
MALFORMED: dict[str, tuple[bytes, str | None]] = {
    "garbage instead of a status line": (b"garbage\r\n\r\n", "malformed HTTP response"),
    "status code not a number": (response(b"HTTP/1.1 abc OK"), "malformed HTTP response"),
    "status code with a superscript digit": (response("HTTP/1.1 ²00 OK".encode()), "malformed HTTP response"),
    "status code of four digits": (response(b"HTTP/1.1 1000 Weird"), "malformed HTTP response"),
    "status code 999": (response(b"HTTP/1.1 999 Weird"), "invalid HTTP status 999"),
    "status code below 100": (response(b"HTTP/1.1 099 Weird"), "malformed HTTP response"),
    "unknown HTTP version": (response(b"HTTP/9.9 200 OK"), None),
    "Retry-After as a latin-1 superscript two": (response(b"HTTP/1.1 503 Busy", b"Retry-After: \xb2"), "HTTP 503"),
    "Retry-After as a UTF-8 superscript two": (response(b"HTTP/1.1 503 Busy", "Retry-After: ²".encode()), "HTTP 503"),
    "Retry-After as a date out of range": (response(b"HTTP/1.1 429 Slow", b"Retry-After: Mon, 01 Jan 99999 00:00:00 GMT"), "HTTP 429"),
    "Content-Length with a superscript digit": (response(b"HTTP/1.1 200 OK", "Content-Length: ²".encode(), length=False), "malformed"),
    "negative Content-Length": (response(b"HTTP/1.1 200 OK", b"Content-Length: -1", length=False), "malformed"),
    "two conflicting Content-Lengths": (response(b"HTTP/1.1 200 OK", b"Content-Length: 5", b"Content-Length: 7", length=False), "malformed"),
    "Content-Length of 26 digits": (response(b"HTTP/1.1 200 OK", b"Content-Length: " + b"9" * 26, length=False), "malformed"),
    "Location with a broken IPv6 host": (response(b"HTTP/1.1 302 Found", b"Location: http://[::1"), "Location"),
    "Location with a control character": (response(b"HTTP/1.1 302 Found", b"Location: /a\x01b"), "Location"),
    "Location with a NUL byte": (response(b"HTTP/1.1 302 Found", b"Location: /a\x00b"), "malformed"),
    "Location with a port out of range": (response(b"HTTP/1.1 302 Found", b"Location: http://127.0.0.1:99999/"), "Location"),
    "Location with a space in the host": (response(b"HTTP/1.1 302 Found", b"Location: http://a b/"), "Location"),
    "Location with an invalid IDNA host": (response(b"HTTP/1.1 302 Found", "Location: http://xn--a.ß\u0301.test/".encode()), "Location"),
    "Location to another scheme": (response(b"HTTP/1.1 302 Found", b"Location: gopher://127.0.0.1/"), "only http and https"),
    "empty Location": (response(b"HTTP/1.1 302 Found", b"Location: "), "without a Location header"),
    "header line without a colon": (response(b"HTTP/1.1 200 OK", b"NoColonHere"), "malformed"),
    "header name with a space": (response(b"HTTP/1.1 200 OK", b"Bad Name: x"), "malformed"),
    "header of 200 KB": (response(b"HTTP/1.1 200 OK", b"X-Junk: " + b"a" * 200_000), "malformed"),
    "unsupported Content-Encoding": (response(b"HTTP/1.1 200 OK", b"Content-Encoding: br"), "unsupported Content-Encoding"),
    "gzip Content-Encoding over plain bytes": (response(b"HTTP/1.1 200 OK", b"Content-Encoding: gzip"), "corrupt gzip"),
    "charset label with a superscript": (response(b"HTTP/1.1 200 OK", "X-Charset: ²".encode()), None),
    "bad chunk size": (response(b"HTTP/1.1 200 OK", b"Transfer-Encoding: chunked", body=b"zz\r\nabc\r\n0\r\n\r\n", length=False), "malformed"),
    "unknown Transfer-Encoding": (response(b"HTTP/1.1 200 OK", b"Transfer-Encoding: gzip", length=False), "malformed"),
    "non-redirect 3xx": (response(b"HTTP/1.1 300 Choices"), "HTTP 300"),
    "304 to an unconditional request": (response(b"HTTP/1.1 304 Not Modified", body=b""), "not conditional"),
    "body shorter than Content-Length": (response(b"HTTP/1.1 200 OK", b"Content-Length: 500", length=False), "truncated"),
    "nothing at all": (b"", "truncated"),
}


def outcome(fetcher: Fetcher, url: str) -> str:
    """``ok`` or the FetchError's reason; any other exception fails the test that calls this."""
    try:
        fetcher.fetch(url)
    except FetchError as exc:
        return exc.reason
    return "ok"


@pytest.mark.parametrize("name", MALFORMED)
def test_every_malformed_response_ends_in_a_response_or_a_clear_fetch_error(server: FaultServer, name: str) -> None:
    data, expected = MALFORMED[name]
    server.routes["/x"] = raw(data)
    with Fetcher(POLICY) as fetcher:
        reason = outcome(fetcher, server.url("/x"))
    if expected is None:
        assert reason == "ok"
    else:
        assert expected in reason


@pytest.mark.parametrize("name", [name for name, (_, expected) in MALFORMED.items()
                                  if expected in ("malformed", "malformed HTTP response", "Location")])
def test_a_malformed_response_is_not_retried(server: FaultServer, name: str) -> None:
    server.routes["/x"] = raw(MALFORMED[name][0])
    with Fetcher(replace(POLICY, retries=3)) as fetcher:
        reason = outcome(fetcher, server.url("/x"))
    assert "not retried" in reason or "not followed" in reason
    assert server.paths() == ["/x"]


def test_randomly_mangled_responses_never_escape_as_other_exceptions(server: FaultServer) -> None:
    """Fuzz: flip, insert and delete bytes of good and redirecting responses (fixed seed, so a
    failure reproduces); each must end in a response or a FetchError."""
    rng = random.Random(16)
    seeds = [response(), response(b"HTTP/1.1 301 Moved", b"Location: /x0"),
             response(b"HTTP/1.1 503 Busy", b"Retry-After: 1"), MALFORMED["gzip Content-Encoding over plain bytes"][0]]
    alphabet = b"\x00\r\n :;/\xb2\xff0123456789-%[]"
    with Fetcher(replace(POLICY, retries=0, max_retry_wait=0.01, read_timeout=0.3)) as fetcher:
        for case in range(150):
            data = bytearray(rng.choice(seeds))
            for _ in range(rng.randint(1, 4)):
                at = rng.randrange(len(data))
                action = rng.random()
                if action < 0.4:
                    data[at] = rng.choice(alphabet)
                elif action < 0.7:
                    data.insert(at, rng.choice(alphabet))
                else:
                    del data[at]
            server.routes[f"/m{case}"] = raw(bytes(data))
            outcome(fetcher, server.url(f"/m{case}"))  # raises anything but FetchError -> test fails


def test_extract_writes_one_record_per_malformed_response(server: FaultServer, tmp_path: Path) -> None:
    config = tmp_path / "newsfacts.toml"
    config.write_text(f'[fetch]\nretries = 0\nper_host_delay = 0\nrespect_robots = false\n'
                      f'allow_private_hosts = ["127.0.0.1:{server.port}"]\n', encoding="utf-8")
    urls = []
    for index, (data, _) in enumerate(MALFORMED.values()):
        server.routes[f"/case{index}"] = raw(data)
        urls.append(server.url(f"/case{index}"))
    result = CliRunner().invoke(cli, ["extract", *urls, "--no-facts", "--config", str(config)])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 1 and [r["source"] for r in records] == urls
    for (name, (_, expected)), record in zip(MALFORMED.items(), records, strict=True):
        assert (record["error"] is None) == (expected is None), name
        assert expected is None or expected in record["error"], name


# -- the total deadline ----------------------------------------------------------------------


def test_a_slow_drip_body_is_cut_at_total_timeout(server: FaultServer) -> None:
    server.routes["/drip"] = trickle(b"<p>slowly</p>", every=2.0)  # 13 bytes: 26 s if let run
    policy = replace(POLICY, read_timeout=5.0, total_timeout=3.0, retries=2)
    started = time.monotonic()
    with Fetcher(policy) as fetcher, pytest.raises(FetchError, match=r"total_timeout \(3 s\)"):
        fetcher.fetch(server.url("/drip"))
    assert time.monotonic() - started < 10
    assert server.paths() == ["/drip"]  # a deadline is not retried


def test_slow_drip_headers_are_cut_at_total_timeout(server: FaultServer) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Pad: " + b"a" * 40

    def drip_headers(handler) -> None:
        try:
            for index in range(len(head)):
                handler.wfile.write(head[index : index + 1])
                handler.wfile.flush()
                time.sleep(0.5)
        except OSError:
            pass

    server.routes["/slowhead"] = drip_headers
    started = time.monotonic()
    with Fetcher(replace(POLICY, read_timeout=5.0, total_timeout=2.0)) as fetcher, \
            pytest.raises(FetchError, match="total_timeout"):
        fetcher.fetch(server.url("/slowhead"))
    assert time.monotonic() - started < 8


def test_a_retry_that_would_pass_total_timeout_is_not_waited_for(server: FaultServer) -> None:
    server.routes["/busy"] = static(b"busy", status=503, content_type="text/plain", headers={"Retry-After": "30"})
    with Fetcher(replace(POLICY, retries=3, total_timeout=2.0)) as fetcher, \
            pytest.raises(FetchError, match="HTTP 503; waiting 30 s to retry would pass total_timeout"):
        fetcher.fetch(server.url("/busy"))
    assert server.paths() == ["/busy"]


def test_politeness_waits_do_not_count_against_total_timeout(server: FaultServer) -> None:
    server.routes["/a"] = static(BODY)
    with Fetcher(replace(POLICY, per_host_delay=1.5, total_timeout=1.0)) as fetcher:
        fetcher.fetch(server.url("/a"))
        assert fetcher.fetch(server.url("/a")).data == BODY  # waited 1.5 s for its turn, then fetched


# -- robots.txt wildcards (RFC 9309) -----------------------------------------------------------


def test_robots_wildcards_and_end_anchors_are_obeyed(server: FaultServer) -> None:
    server.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /private*\nDisallow: /*.pdf$\n",
                                          content_type="text/plain")
    for path in ("/private-news/x", "/private/x", "/doc.pdf", "/files/report.pdf", "/doc.pdf.html", "/news/a"):
        server.routes[path] = static(BODY)
    with Fetcher(replace(POLICY, respect_robots=True)) as fetcher:
        refused = [path for path in ("/private-news/x", "/private/x", "/doc.pdf", "/files/report.pdf")
                   if "disallows it" in outcome(fetcher, server.url(path))]
        allowed = [path for path in ("/doc.pdf.html", "/news/a") if outcome(fetcher, server.url(path)) == "ok"]
    assert refused == ["/private-news/x", "/private/x", "/doc.pdf", "/files/report.pdf"]
    assert allowed == ["/doc.pdf.html", "/news/a"]
    assert server.paths() == ["/robots.txt", "/doc.pdf.html", "/news/a"]  # no disallowed path ever requested


def test_a_redirect_into_a_wildcard_disallowed_path_is_not_followed(server: FaultServer) -> None:
    server.routes["/robots.txt"] = static(b"User-agent: newsfacts\nDisallow: /*secret\n", content_type="text/plain")
    server.routes["/go"] = static(b"", status=302, headers={"Location": "/a/top-secret"})
    server.routes["/a/top-secret"] = static(BODY)
    with Fetcher(replace(POLICY, respect_robots=True)) as fetcher:
        assert "disallows it" in outcome(fetcher, server.url("/go"))
    assert "/a/top-secret" not in server.paths()


def test_an_absurd_crawl_delay_is_capped_or_ignored(server: FaultServer) -> None:
    server.routes["/robots.txt"] = static(b"User-agent: *\nCrawl-delay: nan\n", content_type="text/plain")
    server.routes["/a"] = static(BODY)
    with Fetcher(replace(POLICY, respect_robots=True)) as fetcher:
        assert outcome(fetcher, server.url("/a")) == "ok"
        assert outcome(fetcher, server.url("/a")) == "ok"  # a NaN delay would make the gate wait forever


# -- allow lists scoped to a port --------------------------------------------------------------


@pytest.fixture
def other_server() -> Iterator[FaultServer]:
    with running_server() as fault_server:
        yield fault_server


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_port_scoped_allow_entry_refuses_a_redirect_to_another_port(
    server: FaultServer, other_server: FaultServer, host: str
) -> None:
    other_server.routes["/internal"] = static(b"<p>the Prefect API, say</p>")
    server.routes["/go"] = static(b"", status=302, headers={"Location": f"http://{host}:{other_server.port}/internal"})
    server.routes["/a"] = static(BODY)
    policy = replace(POLICY, allow_private_hosts=(f"127.0.0.1:{server.port}",))
    with Fetcher(policy) as fetcher:
        assert outcome(fetcher, server.url("/a")) == "ok"
        reason = outcome(fetcher, server.url("/go"))
    assert "non-public address" in reason and f"port {other_server.port}" in reason
    assert "another port only" in reason
    assert other_server.paths() == []  # refused before any request reached the other port


def test_a_port_scoped_allow_entry_allows_only_its_port(server: FaultServer, other_server: FaultServer) -> None:
    server.routes["/a"] = static(BODY)
    other_server.routes["/a"] = static(BODY)
    with Fetcher(replace(POLICY, allow_private_hosts=(f"127.0.0.1:{other_server.port}",))) as fetcher:
        assert "non-public address" in outcome(fetcher, server.url("/a"))
        assert outcome(fetcher, other_server.url("/a")) == "ok"
    assert server.paths() == []


def test_an_allow_entry_without_a_port_allows_every_port(server: FaultServer, other_server: FaultServer) -> None:
    other_server.routes["/b"] = static(BODY)
    server.routes["/go"] = static(b"", status=302, headers={"Location": other_server.url("/b")})
    with Fetcher(replace(POLICY, allow_private_hosts=("127.0.0.1",))) as fetcher:
        assert outcome(fetcher, server.url("/go")) == "ok"
    assert other_server.paths() == ["/b"]


def test_a_name_entry_with_a_port_allows_that_name_on_that_port(server: FaultServer) -> None:
    server.routes["/a"] = static(BODY)
    with Fetcher(replace(POLICY, allow_private_hosts=(f"localhost:{server.port}",))) as fetcher:
        assert outcome(fetcher, f"http://localhost:{server.port}/a") == "ok"
        assert "non-public address" in outcome(fetcher, server.url("/a"))  # 127.0.0.1 is not the name


# -- one hostile article in a feed fails alone ---------------------------------------------------

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
FEED_HOST = b"https://www.medscape.com"


def three_article_feed(server: FaultServer) -> list[str]:
    """The saved Medscape feed cut to three entries pointing at ``server``; the middle one answers
    503 with ``Retry-After: ²``. Returns the three article URLs."""
    data = (FEEDS / "medscape-headlines.rss").read_bytes().replace(FEED_HOST, server.url("").encode())
    items = re.findall(rb"<item>.*?</item>", data, flags=re.DOTALL)
    for item in items[3:]:
        data = data.replace(item, b"")
    server.routes["/feed.xml"] = static(data, content_type="application/rss+xml")
    urls = [entry.url for entry in parse_feed(data).entries]
    assert len(urls) == 3
    paths = [urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "") for url in urls]
    server.routes[paths[0]] = static(page(PAGES[0]), content_type="text/html; charset=utf-8")
    server.routes[paths[1]] = raw(response(b"HTTP/1.1 503 Service Unavailable", "Retry-After: ²".encode()))
    server.routes[paths[2]] = static(page(PAGES[1]), content_type="text/html; charset=utf-8")
    return urls


def test_a_feed_keeps_its_other_articles_when_one_sends_a_superscript_retry_after(
    server: FaultServer, tmp_path: Path
) -> None:
    urls = three_article_feed(server)
    spec = SourceSpec(name="medscape", kind="feed", location=server.url("/feed.xml"))
    with Fetcher(POLICY) as fetcher:
        result = collect_source(spec, fetcher=fetcher, state_dir=tmp_path)
    assert [doc.url for doc in result.documents] == [urls[0], urls[2]]
    assert [(f.location, f.reason) for f in result.failures] == [(urls[1], "HTTP 503 after 2 attempts")]


def test_extract_writes_one_record_per_url_when_one_server_misbehaves(server: FaultServer, tmp_path: Path) -> None:
    urls = three_article_feed(server)
    config = tmp_path / "newsfacts.toml"
    config.write_text(f'[fetch]\nretries = 1\nbackoff = 0.01\nper_host_delay = 0\nrespect_robots = false\n'
                      f'allow_private_hosts = ["127.0.0.1:{server.port}"]\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", *urls, "--no-facts", "--config", str(config)])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 1
    assert [r["source"] for r in records] == urls
    assert [r["error"] is None for r in records] == [True, False, True]
    assert "HTTP 503 after 2 attempts" in records[1]["error"]


@pytest.mark.flow
def test_run_stores_the_other_articles_and_exits_1_naming_the_failed_one(
    server: FaultServer, tmp_path: Path, prefect_server
) -> None:
    urls = three_article_feed(server)
    config = tmp_path / "newsfacts.toml"
    config.write_text(f'[fetch]\nretries = 1\nbackoff = 0.01\nper_host_delay = 0\nrespect_robots = false\n'
                      f'allow_private_hosts = ["127.0.0.1:{server.port}"]\n'
                      f'[[sources]]\nname = "medscape"\nkind = "feed"\nurl = "{server.url("/feed.xml")}"\n',
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--config", str(config), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1, result.output
    assert "medscape: 2 new, 0 already stored, 0 updated, 1 failed = 3 inputs" in result.output
    assert f"failed: {urls[1]}: HTTP 503 after 2 attempts" in result.output
    assert run_sql(tmp_path / "data" / "warehouse", "select count(*) from articles")[1] == [(2,)]


def test_a_validator_that_cannot_be_sent_back_is_not_kept(server: FaultServer) -> None:
    server.routes["/feed"] = raw(response(b"HTTP/1.1 200 OK", 'ETag: "é"'.encode(), b"Last-Modified: \xb2"))
    with Fetcher(POLICY) as fetcher:
        first = fetcher.fetch(server.url("/feed"))
        assert (first.etag, first.last_modified) == (None, None)
        assert fetcher.fetch(server.url("/feed"), etag=first.etag, last_modified=first.last_modified).status == 200
