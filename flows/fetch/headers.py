"""Header values a server controls, read defensively: anything odd is absent or a clear error.

``str.isdigit()`` accepts "²" and "٣", which ``int()`` and ``float()`` then refuse; a header
must never crash the fetch of a whole source, so numbers are ASCII digits or nothing.
"""
from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from flows.fetch.errors import FetchError

__all__ = ["content_length", "redirect_target", "retry_after_seconds", "validator"]

_ASCII_NUMBER = re.compile(r"[0-9]{1,18}")
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")
_SENDABLE = re.compile(r"[\x20-\x7e]{1,1024}")


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if _ASCII_NUMBER.fullmatch(value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        seconds = (when - datetime.now(UTC)).total_seconds()
    except OverflowError:
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def content_length(value: str | None) -> int | None:
    """The declared body size, or None when absent or not a plain number (the body is counted anyway)."""
    if value is None or not _ASCII_NUMBER.fullmatch(value.strip()):
        return None
    return int(value.strip())


def redirect_target(url: str, location: str) -> str:
    """The absolute URL a Location header points to.

    Raises:
        FetchError: the header is empty, holds spaces or control characters, or is not a URL;
            a server that sends it sends it again, so it is never retried.
    """
    target = location.strip()
    if not target or _CONTROL_OR_SPACE.search(target):
        raise FetchError(url, f"malformed Location header {location[:200]!r} in a redirect; not followed")
    try:
        joined = urljoin(url, target)
        parts = urlsplit(joined)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number from 0 to 65535
    except ValueError as exc:
        raise FetchError(url, f"malformed Location header {location[:200]!r} in a redirect ({exc}); not followed") from None
    return joined


def validator(value: str | None) -> str | None:
    """An ETag or Last-Modified worth keeping: one that can be sent back as a header.

    A non-ASCII validator would be stored in the feed's state and break every later
    conditional request (httpx refuses to send it); dropping it only costs a full fetch.
    """
    if value is None or not _SENDABLE.fullmatch(value.strip()):
        return None
    return value.strip()
