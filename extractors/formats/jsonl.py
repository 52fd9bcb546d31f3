"""JSONL article dumps: one JSON object per line, ``{"url", "html"}`` or ``{"url", "text"}``.

Optional ``title``, ``published`` (ISO 8601) and ``authors`` become hints. A ``text`` field is the
article's body already (``plain``), not a page to clean. A bad line is a :class:`Problem`; the
other lines still count.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from extractors.formats.problems import Problem
from extractors.records import RawDocument


def jsonl_documents(lines: Iterable[bytes], name: str, max_bytes: int) -> Iterator[RawDocument | Problem]:
    """Documents of a JSONL file, in line order; ``name#line`` locates each one."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        location = f"{name}#{number}"
        try:
            yield _document(location, json.loads(line), max_bytes)
        except (ValueError, TypeError) as exc:
            yield Problem(location, f"bad JSONL record ({exc})")


def _document(location: str, record: Any, max_bytes: int) -> RawDocument:
    if not isinstance(record, dict):
        raise TypeError("each line must be a JSON object with url and html or text")
    body, content_type = record.get("html"), "text/html; charset=utf-8"
    if body is None:
        body, content_type = record.get("text"), "text/plain; charset=utf-8"
    if not isinstance(body, str) or not body.strip():
        raise ValueError("the object needs a non-empty \"html\" or \"text\" string")
    data = body.encode("utf-8")
    if len(data) > max_bytes:
        raise ValueError(f"the article is {len(data)} bytes, over the {max_bytes}-byte limit (max_bytes)")
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        raise ValueError(f"\"url\" must be a string, got {url!r}")
    published = record.get("published")
    authors = record.get("authors") or ()
    return RawDocument(
        source=location, data=data, url=url, content_type=content_type, fetched_at=datetime.now(UTC),
        title_hint=record.get("title") if isinstance(record.get("title"), str) else None,
        published_hint=_aware(datetime.fromisoformat(published)) if isinstance(published, str) else None,
        authors_hint=tuple(a for a in ([authors] if isinstance(authors, str) else authors) if isinstance(a, str)),
        plain=record.get("html") is None,
    )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
