"""Polite, defensive HTTP fetching with httpx.

The web is hostile: slow servers, redirect loops, giant or compressed bodies, private
addresses reachable from the machine running newsfacts. Every request therefore goes
through the same gate: only http(s); the host must resolve to public addresses unless the
policy allows it; robots.txt is obeyed; one host sees at most ``per_host_concurrency``
requests and a ``per_host_delay`` between starts; bodies are streamed and counted both
compressed and decompressed; redirects are followed by hand so every hop is re-checked.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Self
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from extractors.records import NewsfactsError, RawDocument
from flows.config import FetchPolicy

logger = logging.getLogger(__name__)

__all__ = ["FetchError", "FetchResponse", "Fetcher", "check_address", "fetch_document"]

#: The robots.txt product token (RFC 9309 §2.2.1): the User-Agent up to its first "/".
ROBOTS_TOKEN = "newsfacts"
#: robots.txt bodies beyond this are truncated by the fetcher; RFC 9309 asks parsers to read at least 500 KiB.
ROBOTS_MAX_BYTES = 512 * 1024
#: A robots.txt Crawl-delay above this is capped, so one site cannot stall a whole run.
MAX_CRAWL_DELAY = 30.0
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
#: Non-text payloads that may still carry a feed or sitemap (``sitemap.xml.gz`` served as gzip).
_ACCEPTED_BINARY_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})


class FetchError(NewsfactsError):
    """A URL could not be fetched; ``reason`` says why in words a user can act on."""

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


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
    def slot(self) -> Iterator[None]:
        with self._slots:
            with self._lock:
                now = time.monotonic()
                wait = max(0.0, self._next_start - now)
                self._next_start = max(now, self._next_start) + self.delay
            if wait:
                time.sleep(wait)
            yield


class Fetcher:
    """One HTTP client with its per-host gates and robots.txt cache; share it across a run.

    Thread-safe: Prefect tasks running in threads may call :meth:`fetch` concurrently.
    Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        timeout = httpx.Timeout(
            connect=policy.connect_timeout, read=policy.read_timeout,
            write=policy.read_timeout, pool=policy.connect_timeout + policy.read_timeout,
        )
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,  # no proxy or netrc from the environment: the address policy must see real hosts
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        self._lock = threading.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, tuple[RobotFileParser, str | None]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResponse:
        """GET ``url`` under the policy, following redirects by hand.

        Args:
            etag, last_modified: validators from an earlier response; sent as If-None-Match /
                If-Modified-Since, so an unchanged resource answers 304 with no body.

        Raises:
            FetchError: refused scheme or address, robots.txt disallow, timeout or 429/5xx after
                the retries, other 4xx, too many redirects, a body over ``max_bytes``
                (compressed or decompressed), a truncated body, an unsupported content type.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.policy.max_redirects + 1):
            check_address(current, self.policy.allow_private_hosts)
            if self.policy.respect_robots:
                self._check_robots(current)
            response = self._request(current, headers, max_bytes=self.policy.max_bytes, check_type=True)
            location = response.headers.get("location")
            if response.status in _REDIRECTS and location:
                current = urljoin(current, location.strip())
                logger.debug("redirect %s -> %s", url, current)
                continue
            if response.status in _REDIRECTS:
                raise FetchError(current, f"HTTP {response.status} redirect without a Location header", status=response.status)
            return response
        raise FetchError(url, f"too many redirects (more than {self.policy.max_redirects}); the URL probably loops")

    # -- address policy ---------------------------------------------------------------------

    def _check_peer(self, url: str, response: httpx.Response) -> None:
        """Re-check the address actually connected to: DNS may answer differently the second time
        (rebinding). The request has been sent by then, but no private response is ever read."""
        host = (urlsplit(url).hostname or "").lower()
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if not peer or host in self.policy.allow_private_hosts:
            return
        address = ipaddress.ip_address(str(peer[0]).split("%")[0])
        if not (_is_public(address) or _in_allowed(address, self.policy.allow_private_hosts)):
            raise FetchError(url, f"refused: connected to non-public address {address} (DNS changed after the check)")

    # -- robots.txt -------------------------------------------------------------------------

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            origin_lock = self._robots_locks.setdefault(origin, threading.Lock())
        with origin_lock:  # one robots.txt fetch per origin, even with concurrent callers
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
        robots, problem = self._robots[origin]
        if not robots.can_fetch(ROBOTS_TOKEN, url):
            why = f"robots.txt of {origin} is unavailable ({problem}), so nothing is fetched there" if problem else (
                f"robots.txt of {origin} disallows it"
            )
            raise FetchError(url, f"{why}; set respect_robots = false in [fetch] only if you have permission")

    def _load_robots(self, origin: str) -> tuple[RobotFileParser, str | None]:
        """RFC 9309: a 4xx robots.txt allows everything; 5xx or no answer disallows everything."""
        robots = RobotFileParser(origin + "/robots.txt")
        current = origin + "/robots.txt"
        try:
            for _ in range(self.policy.max_redirects + 1):
                check_address(current, self.policy.allow_private_hosts)
                response = self._request(current, {}, max_bytes=ROBOTS_MAX_BYTES, check_type=False, truncate=True)
                location = response.headers.get("location")
                if response.status in _REDIRECTS and location:
                    current = urljoin(current, location.strip())
                    continue
                break
            else:
                raise FetchError(current, "robots.txt redirects too often")
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                robots.allow_all = True
                return robots, None
            robots.disallow_all = True
            logger.warning("robots.txt unavailable for %s: %s", origin, exc.reason)
            return robots, exc.reason
        if not 200 <= response.status < 300:
            robots.allow_all = True
            return robots, None
        robots.parse(response.data.decode("utf-8", errors="replace").splitlines())
        delay = robots.crawl_delay(ROBOTS_TOKEN)
        if delay:
            gate = self._gate(urlsplit(origin).hostname or origin)
            gate.delay = max(gate.delay, min(float(delay), MAX_CRAWL_DELAY))
        return robots, None

    # -- one request, with retries ----------------------------------------------------------

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = _HostGate(self.policy.per_host_concurrency, self.policy.per_host_delay)
                self._gates[host] = gate
            return gate

    def _request(
        self, url: str, headers: dict[str, str], *, max_bytes: int, check_type: bool, truncate: bool = False
    ) -> FetchResponse:
        """One GET (no redirect following), retried on timeouts, truncated bodies, 429 and 5xx."""
        gate = self._gate(urlsplit(url).hostname or "")
        attempts = self.policy.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                with gate.slot():
                    response = self._get_once(url, headers, max_bytes=max_bytes, check_type=check_type, truncate=truncate)
            except httpx.TimeoutException as exc:
                if last:
                    raise FetchError(url, f"timed out ({type(exc).__name__}) after {attempts} attempts") from None
                self._sleep_before_retry(url, attempt, None, f"timeout ({type(exc).__name__})")
                continue
            except httpx.RemoteProtocolError as exc:
                if last:
                    raise FetchError(url, f"truncated or malformed response after {attempts} attempts ({exc})") from None
                self._sleep_before_retry(url, attempt, None, "truncated response")
                continue
            except httpx.TransportError as exc:
                raise FetchError(url, f"connection failed ({type(exc).__name__}: {exc})") from None
            if response.status == 429 or response.status >= 500:
                if last:
                    raise FetchError(url, f"HTTP {response.status} after {attempts} attempts", status=response.status)
                self._sleep_before_retry(url, attempt, response.headers.get("retry-after"), f"HTTP {response.status}")
                continue
            if response.status >= 400:
                raise FetchError(url, f"HTTP {response.status}", status=response.status)
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _sleep_before_retry(self, url: str, attempt: int, retry_after: str | None, why: str) -> None:
        wait = _retry_after_seconds(retry_after)
        if wait is None:
            wait = self.policy.backoff * (2**attempt)
        wait = min(wait, self.policy.max_retry_wait)
        logger.info("retrying %s in %.2fs after %s", url, wait, why)
        time.sleep(wait)

    def _get_once(
        self, url: str, headers: dict[str, str], *, max_bytes: int, check_type: bool, truncate: bool
    ) -> FetchResponse:
        with self._client.stream("GET", url, headers=headers) as response:
            self._check_peer(url, response)
            status = response.status_code
            response_headers = {name.lower(): value for name, value in response.headers.items()}
            content_type = response_headers.get("content-type")
            data = b""
            if 200 <= status < 300 and status != 204:
                if check_type:
                    _check_content_type(url, content_type)
                declared = response_headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes and not truncate:
                    raise FetchError(url, f"body of {declared} bytes is over the {max_bytes}-byte limit (max_bytes)")
                data = _read_body(url, response, max_bytes=max_bytes, truncate=truncate)
            return FetchResponse(
                url=url, status=status, headers=response_headers, data=data, content_type=content_type,
                etag=response_headers.get("etag"), last_modified=response_headers.get("last-modified"),
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
        fetched_at=datetime.now(UTC),
    )


def _read_body(url: str, response: httpx.Response, *, max_bytes: int, truncate: bool) -> bytes:
    """Stream the body, decompressing by hand so both sizes are bounded as bytes arrive.

    httpx's own decoder inflates a whole network chunk at once; ``decompressobj`` with
    ``max_length`` stops a gzip bomb after ``max_bytes`` of output.
    """
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(wbits=32 + zlib.MAX_WBITS)  # accepts gzip and zlib headers
    elif encoding in ("identity", ""):
        inflater = None
    else:
        raise FetchError(url, f"unsupported Content-Encoding {encoding!r} (only gzip and deflate are requested)")
    body = bytearray()
    received = 0
    for chunk in response.iter_raw(_CHUNK):
        received += len(chunk)
        if received > max_bytes and not truncate:
            raise FetchError(url, f"compressed body is over the {max_bytes}-byte limit (max_bytes)")
        try:
            piece = inflater.decompress(chunk, max_bytes - len(body) + 1) if inflater else chunk
        except zlib.error as exc:
            raise FetchError(url, f"corrupt {encoding} body ({exc})") from None
        body += piece
        if len(body) > max_bytes or (inflater and inflater.unconsumed_tail):
            if truncate:
                return bytes(body[:max_bytes])
            raise FetchError(url, f"decompressed body is over the {max_bytes}-byte limit (max_bytes); possibly a gzip bomb")
        if received > max_bytes:  # truncate mode: enough read
            return bytes(body[:max_bytes])
    if inflater:
        body += inflater.flush()
        if not inflater.eof:
            raise FetchError(url, f"truncated {encoding} body: the compressed stream ends early")
    return bytes(body)


def _check_content_type(url: str, content_type: str | None) -> None:
    """Only text-like payloads are worth cleaning; images, video, PDFs and archives are refused early."""
    if not content_type:
        return  # the parsers sniff the bytes
    media = content_type.split(";")[0].strip().lower()
    if (
        media.startswith("text/")
        or media.endswith(("/xml", "+xml", "/json", "+json"))
        or media in _ACCEPTED_BINARY_TYPES
    ):
        return
    raise FetchError(url, f"unsupported content type {media!r}; expected HTML, XML, a feed or text")


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def check_address(url: str, allowed: tuple[str, ...]) -> None:
    """Refuse non-http(s) URLs and hosts resolving to private, loopback, link-local or reserved addresses
    (unless ``allowed``, the policy's ``allow_private_hosts``, names the host, address or network).

    The one address guard for every outgoing request: fetches and alert webhooks.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(url, f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'!r}")
    host = parts.hostname
    if not host:
        raise FetchError(url, "the URL has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise FetchError(url, "the URL has an invalid port") from None
    if host.lower() in allowed:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {host!r} ({exc})") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if _is_public(address) or _in_allowed(address, allowed):
            continue
        raise FetchError(
            url,
            f"refused: {host!r} resolves to non-public address {address}; "
            "add it to [fetch] allow_private_hosts if this is intended",
        )


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _in_allowed(address: ipaddress.IPv4Address | ipaddress.IPv6Address, allowed: tuple[str, ...]) -> bool:
    for entry in allowed:
        try:
            if address in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue  # a host name: matched before resolution
    return False
