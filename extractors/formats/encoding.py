"""Bytes to text: pick the charset from the strongest evidence and refuse what is not text.

Order of evidence: byte-order mark, HTTP ``Content-Type`` charset, in-document declaration
(``<meta charset>``, ``http-equiv``, XML declaration), then detection. Declarations lie
often enough (a page saved as UTF-8 but still declaring ``iso-8859-1``), so a declared
single-byte charset loses to UTF-8 when the bytes are valid, non-ASCII UTF-8: random
Latin-1 text is almost never valid UTF-8.
"""
from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

from extractors.records import InputError

logger = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Magic numbers of formats people feed by mistake (archives, images, PDFs, office files).
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x00", "binary"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
#: Share of undecodable characters after a UTF-16/32 byte-order mark above which the input is refused.
BROKEN_AFTER_BOM = 0.01
#: WHATWG: browsers decode these labels as windows-1252, and so must we to see what they see.
_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def _normalise(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    name = name.strip().lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        logger.debug("unknown charset label %r ignored", name)
        return None
    return _ALIASES.get(name, name)


def check_binary(data: bytes) -> None:
    """Raise ``InputError`` for bytes that are clearly not text (magic numbers, NUL bytes)."""
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return  # UTF-16/32 text legitimately contains NUL bytes
    for magic, kind in _BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(f"input looks like {kind} data, not HTML or text (starts with {head[:8]!r}); pass a page or a text file")
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputError(f"input contains a NUL byte at offset {nul}, so it is binary, not HTML or text; pass a page or a text file")


def declared_charset(data: bytes, content_type: str | None) -> str | None:
    """The charset the transport or the document claims, without checking it."""
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (name := _normalise(match.group(1))):
            return name
    head = data[:4096]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return _normalise(match.group(1)) if match else None


def decode_bytes(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page or text bytes; returns ``(text, charset used)``.

    Raises:
        InputError: the bytes are binary or decode to mostly replacement characters.
    """
    check_binary(data)
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(name, errors="replace")
            bad = text.count("\ufffd")
            if name != "utf-8" and bad and bad >= BROKEN_AFTER_BOM * len(text):
                # Random bytes read as UTF-16 are still "text" (CJK-looking noise), but ~3% of them are
                # lone surrogates or a dangling odd byte; real UTF-16 text has next to none.
                raise InputError(f"input starts with a {name.upper()} byte-order mark but {bad} of its {len(text)} "
                                 f"characters are not valid {name.upper()}: the bytes after the mark are broken")
            return text, name
    declared = declared_charset(data, content_type)
    if declared in (None, "utf-8") or _is_single_byte(declared):
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if declared == "utf-8":
                logger.debug("declared utf-8 but bytes are not valid utf-8; detecting")
                declared = None
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            logger.debug("declared charset %s does not decode the bytes; detecting", declared)
    best = from_bytes(data[:200_000]).best()
    name = _normalise(best.encoding) if best else None
    text = data.decode(name or "cp1252", errors="replace")
    bad = text.count("\ufffd")
    if text and bad / len(text) > 0.1:
        raise InputError(f"input is not decodable text ({bad} of {len(text)} characters undecodable); pass HTML or plain text")
    return text, name or "cp1252"


def _is_single_byte(name: str) -> bool:
    """Single-byte Latin charsets are the ones a valid UTF-8 byte stream overrides."""
    return name.startswith(("cp125", "iso8859", "latin", "mac-")) or name in {"cp1252", "ascii"}
