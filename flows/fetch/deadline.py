"""``[fetch] total_timeout``: a hard deadline per document, every socket operation included.

httpx's timeouts bound each connect, read and write on its own, so a server that sends one
byte just inside ``read_timeout`` can hold a fetch (and its per-host slot) open for hours, in
the headers as well as in the body. The deadline therefore lives below httpx, in the network
stream: every operation's timeout is clipped to the time the document has left, and an
operation starting after the deadline fails at once. The deadline of the calling thread is
kept in a context variable, so one shared client serves concurrent fetches. The stream that obeys it is
``transport``'s.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["Deadline", "active", "clip"]


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


def clip(timeout: float | None, expired: type[Exception]) -> float | None:
    deadline = _ACTIVE.get()
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0:
        raise expired(f"total_timeout of {deadline.seconds:g} s passed")
    return left if timeout is None else min(timeout, left)
