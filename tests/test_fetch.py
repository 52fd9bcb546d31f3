"""flows/fetch/ against a real HTTP server on 127.0.0.1 that misbehaves on purpose."""
from __future__ import annotations

import gzip
import itertools
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler

import pytest

from extractors.records import RawDocument
from flows.config import FetchPolicy
from flows.fetch import Fetcher, FetchError, fetch_document
from tests.fault_server import PAGES, FaultServer, page, send, static, with_validators

POLICY = FetchPolicy(
    connect_timeout=1.0, read_timeout=1.0, retries=0, backoff=0.01, per_host_delay=0.0,
    allow_private_hosts=("127.0.0.1",), max_bytes=256 * 1024,
)


def fetch(server: FaultServer, path: str, policy: FetchPolicy = POLICY, **kwargs: str):
    with Fetcher(policy) as fetcher:
        return fetcher.fetch(server.url(path), **kwargs)


def page_hits(server: FaultServer) -> list[str]:
    return [path for path in server.paths() if path != "/robots.txt"]


def test_fetch_returns_body_headers_and_sends_user_agent(server: FaultServer) -> None:
    body = page(PAGES[0])
    server.routes["/a"] = static(body, content_type="text/html; charset=utf-8")
    response = fetch(server, "/a")
    assert (response.status, response.data, response.content_type) == (200, body, "text/html; charset=utf-8")
    user_agent = server.hits[-1].headers["user-agent"]
    assert user_agent.startswith("newsfacts/") and "(+http" in user_agent


def test_fetch_refuses_loopback_unless_policy_allows_it(server: FaultServer) -> None:
    server.routes["/a"] = static(b"<p>x</p>")
    with pytest.raises(FetchError, match="non-public address 127.0.0.1.*allow_private_hosts"):
        fetch(server, "/a", replace(POLICY, allow_private_hosts=()))
    assert server.paths() == []


def test_fetch_allows_private_network_given_as_cidr(server: FaultServer) -> None:
    server.routes["/a"] = static(b"<p>x</p>")
    assert fetch(server, "/a", replace(POLICY, allow_private_hosts=("127.0.0.0/8",))).status == 200


@pytest.mark.parametrize("url", ["ftp://example.com/feed.xml", "file:///etc/passwd", "/relative/path"])
def test_fetch_refuses_non_http_schemes(url: str) -> None:
    with Fetcher(POLICY) as fetcher, pytest.raises(FetchError, match="only http and https"):
        fetcher.fetch(url)


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "file:///etc/passwd"])
def test_fetch_rechecks_every_redirect_hop(server: FaultServer, target: str) -> None:
    server.routes["/go"] = static(b"", status=302, headers={"Location": target})
    with pytest.raises(FetchError, match="non-public|only http and https"):
        fetch(server, "/go")


def test_fetch_follows_redirects_to_final_url(server: FaultServer) -> None:
    server.routes["/old"] = static(b"", status=301, headers={"Location": "/mid"})
    server.routes["/mid"] = static(b"", status=307, headers={"Location": server.url("/new")})
    server.routes["/new"] = static(b"<p>moved</p>")
    response = fetch(server, "/old")
    assert (response.url, response.data) == (server.url("/new"), b"<p>moved</p>")


def test_fetch_stops_a_redirect_loop(server: FaultServer) -> None:
    server.routes["/a"] = static(b"", status=302, headers={"Location": "/b"})
    server.routes["/b"] = static(b"", status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(server, "/a", replace(POLICY, max_redirects=3))
    assert len(page_hits(server)) == 4


def slow(seconds: float, body: bytes = b"<p>late</p>"):
    def handle(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            send(handler, body)
        except OSError:  # the client gave up, as it should
            pass
    return handle


def test_fetch_times_out_on_slow_response_and_retries(server: FaultServer) -> None:
    server.routes["/slow"] = slow(1.0)
    with pytest.raises(FetchError, match="timed out.*2 attempts"):
        fetch(server, "/slow", replace(POLICY, read_timeout=0.2, retries=1))
    assert page_hits(server) == ["/slow", "/slow"]


def failing_then(statuses: list[int], body: bytes = b"<p>ok</p>", headers: dict[str, str] | None = None):
    """Answers with each status of ``statuses`` in turn, then 200 with ``body``."""
    remaining = list(statuses)

    def handle(handler: BaseHTTPRequestHandler) -> None:
        if remaining:
            send(handler, b"busy", status=remaining.pop(0), content_type="text/plain", headers=headers)
        else:
            send(handler, body)
    return handle


def test_fetch_retries_500_then_succeeds(server: FaultServer) -> None:
    server.routes["/flaky"] = failing_then([500])
    response = fetch(server, "/flaky", replace(POLICY, retries=2))
    assert response.data == b"<p>ok</p>"
    assert page_hits(server) == ["/flaky", "/flaky"]


def test_fetch_gives_up_after_retries_on_persistent_5xx(server: FaultServer) -> None:
    server.routes["/down"] = static(b"down", status=503, content_type="text/plain")
    with pytest.raises(FetchError, match="HTTP 503 after 3 attempts") as caught:
        fetch(server, "/down", replace(POLICY, retries=2))
    assert caught.value.status == 503
    assert len(page_hits(server)) == 3


def test_fetch_does_not_retry_404(server: FaultServer) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server, "/missing", replace(POLICY, retries=2))
    assert page_hits(server) == ["/missing"]


def test_fetch_honours_retry_after_on_429(server: FaultServer) -> None:
    server.routes["/busy"] = failing_then([429], headers={"Retry-After": "1"})
    assert fetch(server, "/busy", replace(POLICY, retries=1)).status == 200
    first, second = [hit.at for hit in server.hits if hit.path == "/busy"]
    assert second - first >= 0.9


def test_fetch_caps_a_huge_retry_after(server: FaultServer) -> None:
    server.routes["/busy"] = failing_then([429], headers={"Retry-After": "3600"})
    started = time.monotonic()
    assert fetch(server, "/busy", replace(POLICY, retries=1, max_retry_wait=0.05)).status == 200
    assert time.monotonic() - started < 30  # would be an hour if Retry-After were trusted blindly


def test_fetch_conditional_get_answers_304_without_body(server: FaultServer) -> None:
    server.routes["/feed"] = with_validators(
        b"<rss/>", etag='"v1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT", content_type="application/rss+xml"
    )
    first = fetch(server, "/feed")
    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Mon, 01 Jan 2024 00:00:00 GMT")
    second = fetch(server, "/feed", etag=first.etag, last_modified=first.last_modified)
    assert (second.status, second.data) == (304, b"")
    assert server.hits[-1].headers["if-none-match"] == '"v1"'
    assert server.hits[-1].headers["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def truncated(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "5000")
    handler.end_headers()
    handler.wfile.write(b"<html><body>only the start")
    handler.close_connection = True


def test_fetch_reports_a_truncated_body(server: FaultServer) -> None:
    server.routes["/cut"] = truncated
    with pytest.raises(FetchError, match="truncated"):
        fetch(server, "/cut")


@pytest.mark.parametrize("content_type", ["image/png", "application/pdf", "video/mp4"])
def test_fetch_refuses_non_text_content_types(server: FaultServer, content_type: str) -> None:
    server.routes["/img"] = static(b"\x89PNG\r\n\x1a\n" + bytes(100), content_type=content_type)
    with pytest.raises(FetchError, match=f"unsupported content type '{content_type}'"):
        fetch(server, "/img")


def test_fetch_refuses_body_declared_over_max_bytes(server: FaultServer) -> None:
    server.routes["/big"] = static(b"x" * (POLICY.max_bytes + 1))
    with pytest.raises(FetchError, match="over the .*-byte limit"):
        fetch(server, "/big")


def unsized(body: bytes, extra_headers: dict[str, str] | None = None):
    """A body without Content-Length (ends when the connection closes), so only streaming can bound it."""
    def handle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        for name, value in (extra_headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        try:
            handler.wfile.write(body)
        except OSError:
            pass
    return handle


def test_fetch_counts_streamed_bytes_without_content_length_and_calls_them_body(server: FaultServer) -> None:
    server.routes["/stream"] = unsized(b"y" * (POLICY.max_bytes * 3))
    with pytest.raises(FetchError, match=f": body is over the {POLICY.max_bytes}-byte limit"):
        fetch(server, "/stream")


def test_fetch_calls_an_oversized_gzip_stream_a_compressed_body(server: FaultServer) -> None:
    incompressible = gzip.compress(bytes(range(256)) * 4, compresslevel=0) * (POLICY.max_bytes // 1000)
    server.routes["/stream"] = unsized(incompressible, {"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="compressed body is over"):
        fetch(server, "/stream")


def test_fetch_stops_a_gzip_bomb(server: FaultServer) -> None:
    bomb = gzip.compress(bytes(64 * 1024 * 1024), compresslevel=9)  # ~64 KB that inflates to 64 MB
    assert len(bomb) < POLICY.max_bytes
    server.routes["/bomb"] = unsized(bomb, {"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="decompressed body is over .*gzip bomb"):
        fetch(server, "/bomb")


def test_fetch_decodes_gzip_bodies(server: FaultServer) -> None:
    body = page(PAGES[1])
    server.routes["/gz"] = static(gzip.compress(body), headers={"Content-Encoding": "gzip"})
    assert fetch(server, "/gz").data == body
    assert "gzip" in server.hits[-1].headers["accept-encoding"]


def test_fetch_respects_robots_txt_and_fetches_it_once_per_host(server: FaultServer) -> None:
    server.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.routes["/private/a"] = static(b"<p>secret</p>")
    server.routes["/public"] = static(b"<p>hello</p>")
    with Fetcher(replace(POLICY, respect_robots=True)) as fetcher:
        with pytest.raises(FetchError, match="robots.txt .* disallows"):
            fetcher.fetch(server.url("/private/a"))
        assert fetcher.fetch(server.url("/public")).status == 200
    assert server.paths() == ["/robots.txt", "/public"]


def test_fetch_ignores_robots_txt_when_policy_says_so(server: FaultServer) -> None:
    server.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /\n", content_type="text/plain")
    server.routes["/a"] = static(b"<p>x</p>")
    assert fetch(server, "/a", replace(POLICY, respect_robots=False)).status == 200
    assert server.paths() == ["/a"]


def test_fetch_treats_missing_robots_txt_as_allow_all(server: FaultServer) -> None:
    server.routes["/a"] = static(b"<p>x</p>")
    assert fetch(server, "/a", replace(POLICY, respect_robots=True)).status == 200
    assert server.paths() == ["/robots.txt", "/a"]


def test_fetch_treats_failing_robots_txt_as_disallow_all(server: FaultServer) -> None:
    server.routes["/robots.txt"] = static(b"oops", status=500, content_type="text/plain")
    server.routes["/a"] = static(b"<p>x</p>")
    with pytest.raises(FetchError, match="robots.txt .* unavailable"):
        fetch(server, "/a", replace(POLICY, respect_robots=True))
    assert "/a" not in server.paths()


def test_fetch_bounds_concurrency_per_host(server: FaultServer) -> None:
    server.routes["/slow"] = slow(0.15)
    with Fetcher(replace(POLICY, per_host_concurrency=1)) as fetcher:
        threads = [threading.Thread(target=fetcher.fetch, args=(server.url("/slow"),)) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(page_hits(server)) == 3
    assert server.max_in_flight == 1


def test_fetch_spaces_requests_to_one_host(server: FaultServer) -> None:
    server.routes["/a"] = static(b"<p>x</p>")
    with Fetcher(replace(POLICY, per_host_delay=0.3)) as fetcher:
        for _ in range(3):
            fetcher.fetch(server.url("/a"))
    times = [hit.at for hit in server.hits]
    # The client spaces request starts by 0.3 s; arrivals may come closer by one request's connection set-up, which a
    # loaded CI machine stretched past 50 ms (stop 60: the 0.25 bound failed once). Unspaced requests arrive
    # milliseconds apart, so half the delay still tells spacing from none.
    assert all(later - earlier >= 0.15 for earlier, later in itertools.pairwise(times))


def test_fetch_document_returns_raw_document_with_final_url(server: FaultServer) -> None:
    body = page(PAGES[0])
    server.routes["/r"] = static(b"", status=302, headers={"Location": "/article"})
    server.routes["/article"] = static(body, content_type="text/html; charset=utf-8")
    document = fetch_document(server.url("/r"), POLICY)
    assert isinstance(document, RawDocument)
    assert (document.source, document.url, document.data) == (server.url("/r"), server.url("/article"), body)
    assert document.content_type == "text/html; charset=utf-8" and document.fetched_at.tzinfo is not None
