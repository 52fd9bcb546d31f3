"""Bytes to text: pick the charset from the strongest evidence and refuse what is not text.

Order of evidence: byte-order mark, HTTP ``Content-Type`` charset, in-document declaration
(``<meta charset>``, ``http-equiv``, XML declaration), then detection. Declarations lie
often enough (a page saved as UTF-8 but still declaring ``iso-8859-1``), so a declared
single-byte charset loses to UTF-8 when the bytes are valid, non-ASCII UTF-8: random
Latin-1 text is almost never valid UTF-8. A declaration is also dropped for detection when
the text it gives :func:`looks_misdecoded` (CJK mojibake on a page declared French), and a
declared UTF-16/32 without a byte-order mark is never believed: such text is full of NUL
bytes, which binary input is refused for, so bytes that got this far are not in it.
"""
from __future__ import annotations

import codecs
import functools
import logging
import re
import unicodedata
from importlib import resources

from charset_normalizer import from_bytes

from extractors.records import InputError

__all__ = ["check_binary", "declared_charset", "declared_language", "decode_bytes", "decode_page", "looks_misdecoded"]

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
_HTML_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.IGNORECASE)
#: Share of undecodable characters after a UTF-16/32 byte-order mark above which the input is refused.
BROKEN_AFTER_BOM = 0.01
#: WHATWG: browsers decode these labels as windows-1252, and so must we to see what they see.
_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
#: Python codecs that are not charsets a page can be written in (a label a server may still send).
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "charmap"})
#: Detection's best candidate wins, unless windows-1252 is as free of chaos and nearly as coherent:
#: the web's most common legacy charset (WHATWG's default) then decodes accented Latin as meant.
#: Coherence (letter frequencies) is noisy on a page of text; differences below this are ties.
_PREFERRED_ON_TIE = "cp1252"
_COHERENCE_TIE = 0.05
#: At least this many letters in unexpected scripts before text is judged mis-decoded; at most this much text read.
_MIN_LETTERS = 20
_SAMPLE_CHARS = 100_000


def _normalise(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    name = name.strip().lower()
    try:
        name = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a label with a NUL byte
        logger.debug("unknown charset label %r ignored", name)
        return None
    if name in _NOT_CHARSETS:
        logger.debug("charset label %r is not a text charset; ignored", name)
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


def declared_language(data: bytes) -> str | None:
    """The primary language subtag of ``<html lang>``, lower-case, when the page states one."""
    match = _HTML_LANG.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def looks_misdecoded(text: str, language: str | None = None) -> bool:
    """Whether ``text`` looks decoded with the wrong charset (mojibake).

    Two signs: replacement characters (over 1% of the non-space characters), or, when the
    language is known, most letters in scripts that language is not written in: CJK from a
    Latin page read as UTF-16, Latin-1 accents from a Cyrillic page read as windows-1252. ASCII
    letters count for a Latin-script language and are left out for the others (markup, URLs and
    names are ASCII on every page), so a menu of other languages on a real page never tips it.
    """
    sample = text[:_SAMPLE_CHARS]
    visible = len(sample) - sum(1 for ch in sample if ch.isspace())
    if visible and sample.count("\ufffd") / visible > 0.01:
        return True
    scripts = _language_scripts().get(language or "")
    if not scripts:
        return False
    judged = foreign = 0
    for ch in sample:
        if not ch.isalpha():
            continue
        if ch.isascii():
            judged += "LATIN" in scripts
        else:
            judged += 1
            foreign += unicodedata.name(ch, "?").split(" ", 1)[0] not in scripts
    return foreign >= _MIN_LETTERS and foreign > judged / 2


def decode_bytes(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page or text bytes; returns ``(text, charset used)``.

    Raises:
        InputError: the bytes are binary or decode to mostly replacement characters.
    """
    text, charset, _ = decode_page(data, content_type)
    return text, charset


def decode_page(data: bytes, content_type: str | None = None) -> tuple[str, str, bool]:
    """``decode_bytes``'s ``(text, charset)`` and whether ``data`` is exactly ``text`` in UTF-8: read as UTF-8
    without a byte order mark and without an error replaced. The HTML parser then takes ``data`` as it came
    instead of the text encoded back to UTF-8 (a pass over the whole page, with a search for a NUL, a sixtieth of
    cleaning the corpus pages). A charset of "utf-8" alone does not say so: a page opening with the UTF-8 mark, or
    one detected as UTF-8 after a strict read failed, is decoded with its errors replaced.
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
            return text, name, False
    declared = declared_charset(data, content_type)
    language = declared_language(data)
    if declared and declared.startswith(("utf-16", "utf-32")):
        logger.debug("declared %s without a byte-order mark over NUL-free bytes; detecting", declared)
        declared = None
    if declared in (None, "utf-8") or _is_single_byte(declared):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if declared == "utf-8":
                logger.debug("declared utf-8 but bytes are not valid utf-8; detecting")
                declared = None
        else:
            return text, "utf-8", True
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeError, LookupError):
            logger.debug("declared charset %s does not decode the bytes; detecting", declared)
        else:
            if not looks_misdecoded(text, language):
                return text, declared, False
            logger.debug("declared charset %s gives text unlike its language %s; detecting", declared, language)
    name = _detect(data)
    text = data.decode(name, errors="replace")
    bad = text.count("\ufffd")
    if text and bad / len(text) > 0.1:
        raise InputError(f"input is not decodable text ({bad} of {len(text)} characters undecodable); pass HTML or plain text")
    if looks_misdecoded(text, language):
        logger.warning("text decoded as %s still looks mis-decoded (declared language %s)", name, language)
    return text, name, False


def _detect(data: bytes) -> str:
    """charset-normalizer's best guess, or windows-1252 when it ties for best (see ``_PREFERRED_ON_TIE``)."""
    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        return "cp1252"
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence - _COHERENCE_TIE]
    if any(_PREFERRED_ON_TIE in (_normalise(name) for name in m.could_be_from_charset) for m in tied):
        return _PREFERRED_ON_TIE
    return _normalise(best.encoding) or "cp1252"


@functools.cache
def _language_scripts() -> dict[str, frozenset[str]]:
    text = resources.files("extractors.formats").joinpath("data", "language_scripts.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {language: frozenset(scripts.split()) for language, scripts in rows}


def _is_single_byte(name: str) -> bool:
    """Single-byte Latin charsets are the ones a valid UTF-8 byte stream overrides."""
    return name.startswith(("cp125", "iso8859", "latin", "mac-")) or name in {"cp1252", "ascii"}
