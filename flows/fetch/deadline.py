"""``[fetch] total_timeout``: a hard deadline per document, every socket operation included.

httpx's timeouts bound each connect, read and write on its own, so a server that sends one
byte just inside ``read_timeout`` can hold a fetch (and its per-host slot) open for hours, in
the headers as well as in the body. The deadline therefore lives below httpx, in the network
stream: every operation's timeout is clipped to the time the document has left, and an
operation starting after the deadline fails at once. The deadline of the calling thread is
kept in a context variable, so one shared client serves concurrent fetches.
"""
from __future__ import annotations

import time
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpcore
import httpx

__all__ = ["Deadline", "DeadlineTransport", "active"]


class Deadline:
    """Seconds left for one document; time spent waiting politely for the host is not counted."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Per-host delays, Crawl-delay and robots.txt loading are the fetcher's choices, not the server's."""
        started = time.monotonic()
        try:
            yield
        finally:
            self._end += time.monotonic() - started


_ACTIVE: ContextVar[Deadline | None] = ContextVar("newsfacts_fetch_deadline", default=None)


@contextmanager
def active(deadline: Deadline) -> Iterator[Deadline]:
    """Make ``deadline`` bound every network operation of this thread until the block ends."""
    token = _ACTIVE.set(deadline)
    try:
        yield deadline
    finally:
        _ACTIVE.reset(token)


def _clip(timeout: float | None, expired: type[Exception]) -> float | None:
    deadline = _ACTIVE.get()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0:
        raise expired(f"total_timeout of {deadline.seconds:g} s passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, timeout=_clip(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout=_clip(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(
            ssl_context, server_hostname=server_hostname, timeout=_clip(timeout, httpcore.ConnectTimeout)
        ))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.SyncBackend):
    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(super().connect_tcp(
            host, port, timeout=_clip(timeout, httpcore.ConnectTimeout), local_address=local_address,
            socket_options=socket_options,
        ))


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's default transport over a connection pool whose sockets obey the active deadline.

    httpx 0.28 takes no network backend (encode/httpx#3749 adds one), so the pool it builds is
    replaced by an equivalent one that has ours; ``tests/test_fetch_hostile.py`` pins the behaviour (slow-drip headers and body).
    """

    def __init__(self) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpcore.default_ssl_context(), max_connections=100, max_keepalive_connections=20,
            keepalive_expiry=5.0, network_backend=_DeadlineBackend(),
        )
