"""The fetcher: one shared httpx client, per-host politeness, redirects and retries by hand.

Every request goes through the same gate: only http(s); the host must resolve to public
addresses unless the policy allows it (``guard``); robots.txt is obeyed (``robots``); one host
sees at most ``per_host_concurrency`` requests and a ``per_host_delay`` between starts; bodies
are streamed and counted both compressed and decompressed (``body``); every document has a
hard ``total_timeout`` (``deadline``); redirects are followed by hand so every hop is re-checked.
Whatever a server sends, a fetch ends in a response or a :class:`FetchError` for that URL only.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit

from extractors.records import RawDocument
from flows.config import FetchPolicy
from flows.fetch.body import check_content_type, read_body
from flows.fetch.deadline import Deadline, active
from flows.fetch.errors import FetchError
from flows.fetch.guard import AddressGuard
from flows.fetch.headers import content_length, redirect_target, retry_after_seconds, validator
from flows.fetch.robots import ROBOTS_MAX_BYTES, RobotsCache, RobotsRules

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger(__name__)

__all__ = ["FetchResponse", "Fetcher", "fetch_document"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
#: h11's words for a connection that ended early: worth another attempt. Any other protocol
#: error is a malformed response (status line, headers, chunking), which a retry only repeats.
_CUT_SHORT = ("disconnected", "peer closed", "incomplete", "connection closed")


@dataclass(frozen=True, slots=True)
class FetchResponse:
    url: str  # final URL after redirects
    status: int  # 200-299, or 304 when the conditional GET says nothing changed
    headers: dict[str, str]  # lower-case names
    data: bytes  # decoded (gzip/deflate removed); empty for 304
    content_type: str | None
    etag: str | None
    last_modified: str | None


class _HostGate:
    """Bounds concurrency on one host and spaces request starts by ``delay`` seconds."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._next_start = 0.0
        self.delay = delay

    @contextmanager
    def slot(self, deadline: Deadline) -> Iterator[None]:
        with deadline.paused():  # waiting our turn is politeness, not the server's slowness
            self._slots.acquire()
        try:
            with self._lock:
                now = time.monotonic()
                wait = max(0.0, self._next_start - now)
                self._next_start = max(now, self._next_start) + self.delay
            if wait:
                with deadline.paused():
                    time.sleep(wait)
            yield
        finally:
            self._slots.release()


class Fetcher:
    """One HTTP client with its per-host gates and robots.txt cache; share it across a run.

    Thread-safe: Prefect tasks running in threads may call :meth:`fetch` concurrently.
    Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self._http: httpx.Client | None = None  # built at the first fetch (``_client``)
        self._guard = AddressGuard(policy.allow_private_hosts)
        self._lock = threading.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._robots = RobotsCache(self._load_robots)

    def _client(self) -> httpx.Client:
        """The HTTP client, built on first use: its TLS contexts cost 0.07 s CPU, which ``newsfacts extract`` of
        local files (the fetcher's policy bounds their size) and a run of local sources never need. httpx itself is
        imported here too, for its 0.1 s (``transport``)."""
        import httpx

        from flows.fetch.transport import DeadlineTransport

        with self._lock:
            if self._http is None:
                policy = self.policy
                timeout = httpx.Timeout(
                    connect=policy.connect_timeout, read=policy.read_timeout,
                    write=policy.read_timeout, pool=policy.connect_timeout + policy.read_timeout,
                )
                self._http = httpx.Client(
                    timeout=timeout,
                    follow_redirects=False,
                    trust_env=False,  # no proxy or netrc from the environment: the address policy must see real hosts
                    transport=DeadlineTransport(),
                    headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
                )
            return self._http

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._http is not None:
                self._http.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResponse:
        """GET ``url`` under the policy, following redirects by hand, within ``total_timeout``.

        Args:
            etag, last_modified: validators from an earlier response; sent as If-None-Match /
                If-Modified-Since, so an unchanged resource answers 304 with no body.

        Raises:
            FetchError: refused scheme, address or port, robots.txt disallow, timeout or 429/5xx
                after the retries, the total deadline passed, other 4xx, too many redirects or a
                malformed one, a malformed response, a body over ``max_bytes`` (compressed or
                decompressed), a truncated body, an unsupported content type. Nothing else: a
                server can fail its own document, never the caller's loop over documents.
        """
        headers = {}
        if etag := validator(etag):  # state saved by an older version may hold one that cannot be sent
            headers["If-None-Match"] = etag
        if last_modified := validator(last_modified):
            headers["If-Modified-Since"] = last_modified
        self._client()  # built before the deadline and the host's spacing start: its set-up is no request's time
        try:
            with active(Deadline(self.policy.total_timeout)) as deadline:
                return self._follow(url, headers, deadline, robots_file=False)
        except FetchError:
            raise
        except Exception as exc:  # the last line of defence: a bug seen by one document fails only it, with a traceback logged
            logger.exception("unexpected error while fetching %s", url)
            raise FetchError(url, f"unexpected error while fetching ({type(exc).__name__}: {exc})") from exc

    def _follow(self, url: str, headers: dict[str, str], deadline: Deadline, *, robots_file: bool) -> FetchResponse:
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self._guard.check_url(current)
            if self.policy.respect_robots and not robots_file:
                with deadline.paused():  # a robots.txt load has its own deadline
                    self._check_robots(current)
            response = self._request(current, headers, deadline, robots_file=robots_file)
            if response.status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(current, f"HTTP {response.status} redirect without a Location header",
                                     status=response.status)
                current = redirect_target(current, location)
                logger.debug("redirect %s -> %s", url, current)
                continue
            if response.status == 304 and not headers:
                raise FetchError(current, "HTTP 304 Not Modified to a request that was not conditional", status=304)
            return response
        raise FetchError(url, f"too many redirects (more than {self.policy.max_redirects}); the URL probably loops")

    # -- robots.txt -------------------------------------------------------------------------

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        rules = self._robots.rules(origin)
        if not rules.allows(url):
            why = (f"robots.txt of {origin} is unavailable ({rules.problem}), so nothing is fetched there"
                   if rules.problem else f"robots.txt of {origin} disallows it")
            raise FetchError(url, f"{why}; set respect_robots = false in [fetch] only if you have permission")

    def _load_robots(self, origin: str) -> RobotsRules:
        """RFC 9309: a 4xx robots.txt (or a redirect to nowhere) allows everything; 5xx or no answer
        disallows everything."""
        try:
            with active(Deadline(self.policy.total_timeout)) as deadline:
                response = self._follow(origin + "/robots.txt", {}, deadline, robots_file=True)
        except FetchError as exc:
            if exc.status is not None and 300 <= exc.status < 500:
                return RobotsRules()
            return RobotsRules(problem=exc.reason)
        if not 200 <= response.status < 300:
            return RobotsRules()
        rules = RobotsRules.parse(response.data)
        if delay := rules.crawl_delay():
            gate = self._gate(urlsplit(origin).hostname or origin)
            gate.delay = max(gate.delay, delay)
        return rules

    # -- one request, with retries ----------------------------------------------------------

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = _HostGate(self.policy.per_host_concurrency, self.policy.per_host_delay)
                self._gates[host] = gate
            return gate

    def _request(self, url: str, headers: dict[str, str], deadline: Deadline, *, robots_file: bool) -> FetchResponse:
        """One GET (no redirect following), retried on timeouts, connections cut short, 429 and 5xx."""
        import httpx  # imported late, as in ``_client``

        gate = self._gate(urlsplit(url).hostname or "")
        attempts = self.policy.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                with gate.slot(deadline):
                    response = self._get_once(url, headers, robots_file=robots_file)
            except httpx.TimeoutException as exc:
                if deadline.expired():
                    raise FetchError(url, f"gave up at total_timeout ({deadline.seconds:g} s): the server "
                                          "was too slow to send the whole document") from None
                if last:
                    raise FetchError(url, f"timed out ({type(exc).__name__}) after {attempts} attempts") from None
                self._sleep_before_retry(url, attempt, None, f"timeout ({type(exc).__name__})", deadline)
                continue
            except httpx.RemoteProtocolError as exc:
                if "location header" in str(exc).lower():  # httpx parses Location before we see it
                    raise FetchError(url, f"malformed Location header in a redirect ({exc}); not followed") from None
                if not any(words in str(exc).lower() for words in _CUT_SHORT):
                    raise FetchError(url, f"malformed HTTP response ({exc}); not retried") from None
                if last:
                    raise FetchError(url, f"truncated response after {attempts} attempts ({exc})") from None
                self._sleep_before_retry(url, attempt, None, "truncated response", deadline)
                continue
            except httpx.TransportError as exc:
                raise FetchError(url, f"connection failed ({type(exc).__name__}: {exc})") from None
            except httpx.InvalidURL as exc:
                raise FetchError(url, f"invalid URL ({exc})") from None
            status = response.status
            if status < 200 or status > 599:
                raise FetchError(url, f"invalid HTTP status {status}", status=status)
            if status == 429 or status >= 500:
                if last:
                    raise FetchError(url, f"HTTP {status} after {attempts} attempts", status=status)
                self._sleep_before_retry(url, attempt, response.headers.get("retry-after"), f"HTTP {status}",
                                         deadline, status=status)
                continue
            if status >= 400 or (300 <= status < 400 and status not in _REDIRECTS and status != 304):
                raise FetchError(url, f"HTTP {status}", status=status)
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _sleep_before_retry(
        self, url: str, attempt: int, retry_after: str | None, why: str, deadline: Deadline, status: int | None = None
    ) -> None:
        wait = retry_after_seconds(retry_after)
        if wait is None:
            wait = self.policy.backoff * (2**attempt)
        wait = min(wait, self.policy.max_retry_wait)
        if wait >= deadline.remaining():
            raise FetchError(url, f"{why}; waiting {wait:g} s to retry would pass total_timeout "
                                  f"({deadline.seconds:g} s)", status=status)
        logger.info("retrying %s in %.2fs after %s", url, wait, why)
        time.sleep(wait)

    def _get_once(self, url: str, headers: dict[str, str], *, robots_file: bool) -> FetchResponse:
        max_bytes = ROBOTS_MAX_BYTES if robots_file else self.policy.max_bytes
        with self._client().stream("GET", url, headers=headers) as response:
            stream = response.extensions.get("network_stream")
            self._guard.check_peer(url, stream.get_extra_info("server_addr") if stream is not None else None)
            status = response.status_code
            response_headers = {name.lower(): value for name, value in response.headers.items()}
            content_type = response_headers.get("content-type")
            data = b""
            if 200 <= status < 300 and status != 204:
                if not robots_file:
                    check_content_type(url, content_type)
                declared = content_length(response_headers.get("content-length"))
                if declared is not None and declared > max_bytes and not robots_file:
                    raise FetchError(url, f"body of {declared} bytes is over the {max_bytes}-byte limit (max_bytes)")
                data = read_body(url, response, max_bytes=max_bytes, truncate=robots_file)
            return FetchResponse(
                url=url, status=status, headers=response_headers, data=data, content_type=content_type,
                etag=validator(response_headers.get("etag")),
                last_modified=validator(response_headers.get("last-modified")),
            )


def fetch_document(url: str, policy: FetchPolicy) -> RawDocument:
    """Fetch one page for ``newsfacts extract URL``.

    Raises:
        FetchError: as :meth:`Fetcher.fetch`.
    """
    with Fetcher(policy) as fetcher:
        response = fetcher.fetch(url)
    return RawDocument(
        source=url, data=response.data, url=response.url, content_type=response.content_type,
        fetched_at=datetime.now(UTC), http_last_modified=response.last_modified,
    )
