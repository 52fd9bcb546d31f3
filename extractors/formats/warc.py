"""WARC files: the HTML responses (status 200) they hold, as raw documents.

A clipped record is kept partial with a warning; a truncated or corrupt file keeps the records read
before the damage and ends with a :class:`Problem` that says where it broke.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from extractors.formats.problems import Problem
from extractors.records import InputError, RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_documents(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[RawDocument | Problem]:
    """Documents of one WARC stream, each located as ``name#target-uri``."""
    read = 0
    try:
        for record in _html_responses(ArchiveIterator(stream)):
            read += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            location = f"{name}#{uri}"
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Problem(location, f"record is over the {max_bytes}-byte limit (max_bytes)")
                continue
            if missing := getattr(record.raw_stream, "limit", 0):
                yield Problem(location, f"WARC record clipped: {missing} of {record.length} bytes missing; "
                              "kept the partial page (flagged truncated)", lost=False)
            yield RawDocument(
                source=location, data=data, url=uri,
                content_type=record.http_headers.get_header("Content-Type"),
                fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
                incomplete=bool(missing),
                http_last_modified=record.http_headers.get_header("Last-Modified"),
            )
    except Exception as exc:  # noqa: BLE001 - warcio raises assorted errors on damaged files; keep what was read
        yield Problem(name, f"WARC file truncated or corrupt after {read} HTML records "
                      f"({type(exc).__name__}: {exc}); kept the records before the damage")


def _html_responses(records: Iterator[Any]) -> Iterator[Any]:
    """Yields HTML responses; raises on the first record that is not WARC (warcio reads garbage as ARC)."""
    count, yielded = 0, False
    for count, record in enumerate(records, start=1):
        yielded = False
        if record.format != "warc":
            raise InputError(f"record {count} is not a WARC record (the bytes are not WARC)")
        if record.rec_type != "response" or record.http_headers is None:
            continue
        content_type = (record.http_headers.get_header("Content-Type") or "").lower()
        if record.http_headers.get_statuscode() == "200" and content_type.startswith(_HTML_TYPES):
            yielded = True
            yield record
    if count == 0:
        raise InputError("no WARC records (empty file)")
    # The stream ended inside the last record. A clipped HTML record was already kept with a warning.
    if not yielded and (missing := getattr(record.raw_stream, "limit", 0)):
        raise InputError(f"the file ends {missing} bytes into record {count} (truncated)")


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        value_at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return value_at if value_at.tzinfo else value_at.replace(tzinfo=UTC)
