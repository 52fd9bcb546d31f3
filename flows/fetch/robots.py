"""robots.txt rules (RFC 9309) through Protego, cached per origin.

The standard library's parser percent-encodes ``*`` and ``$`` in rules, so ``Disallow: /private*``
and ``Disallow: /*.pdf$`` match nothing; Protego implements the wildcards. What the fetch of
robots.txt itself means (4xx: allow all; 5xx or no answer: disallow all) is decided by the
caller, which knows the status; this module only turns an outcome into rules.
"""
from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

__all__ = ["MAX_CRAWL_DELAY", "ROBOTS_MAX_BYTES", "ROBOTS_TOKEN", "RobotsCache", "RobotsRules"]

logger = logging.getLogger(__name__)

#: The robots.txt product token (RFC 9309 §2.2.1): the User-Agent up to its first "/".
ROBOTS_TOKEN = "newsfacts"
#: robots.txt bodies beyond this are truncated by the fetcher; RFC 9309 asks parsers to read at least 500 KiB.
ROBOTS_MAX_BYTES = 512 * 1024
#: A robots.txt Crawl-delay above this is capped, so one site cannot stall a whole run.
MAX_CRAWL_DELAY = 30.0


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The rules of one origin. No parser: allow everything, or, with a ``problem``, nothing."""

    parser: Protego | None = None
    problem: str | None = None  # why robots.txt is unavailable (then everything is disallowed)

    @classmethod
    def parse(cls, data: bytes) -> RobotsRules:
        """Rules from a robots.txt body; one that Protego cannot read counts as unavailable."""
        try:
            return cls(parser=Protego.parse(data.decode("utf-8", errors="replace")))
        except Exception as exc:  # noqa: BLE001 - a hostile file must not break the fetch; say what happened
            return cls(problem=f"robots.txt could not be parsed ({type(exc).__name__}: {exc})")

    def allows(self, url: str) -> bool:
        if self.parser is None:
            return self.problem is None
        return self.parser.can_fetch(url, ROBOTS_TOKEN)

    def crawl_delay(self) -> float | None:
        """The Crawl-delay for our token, capped at ``MAX_CRAWL_DELAY``; None when unset or nonsense."""
        delay = self.parser.crawl_delay(ROBOTS_TOKEN) if self.parser is not None else None
        if delay is None or not math.isfinite(delay) or delay <= 0:
            return None
        return min(float(delay), MAX_CRAWL_DELAY)


class RobotsCache:
    """One robots.txt load per origin, even with concurrent callers."""

    def __init__(self, load: Callable[[str], RobotsRules]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._rules: dict[str, RobotsRules] = {}
        self._origin_locks: dict[str, threading.Lock] = {}

    def rules(self, origin: str) -> RobotsRules:
        with self._lock:
            origin_lock = self._origin_locks.setdefault(origin, threading.Lock())
        with origin_lock:
            if origin not in self._rules:
                self._rules[origin] = self._load(origin)
                if problem := self._rules[origin].problem:
                    logger.warning("robots.txt unavailable for %s: %s", origin, problem)
            return self._rules[origin]
