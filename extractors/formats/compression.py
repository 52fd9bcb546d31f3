"""Gzip inflation with a ceiling: feeds and sitemaps are served or saved pre-compressed."""
from __future__ import annotations

import zlib

from extractors.records import InputError

#: Feeds and sitemaps are small; a gzip body that inflates beyond this is refused, not parsed.
MAX_INFLATED_BYTES = 64 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


def gunzip_bounded(data: bytes, *, limit: int = MAX_INFLATED_BYTES) -> bytes:
    """Inflate ``data`` if it is gzip (feeds served or saved pre-compressed), else return it unchanged.

    Inflation stops at ``limit`` bytes so a gzip bomb costs ``limit`` memory at most.

    Raises:
        InputError: the gzip stream inflates beyond ``limit`` or is corrupt.
    """
    if not data.startswith(_GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise InputError(f"corrupt gzip data ({exc}); save the file uncompressed or re-download it") from exc
    if len(out) > limit:
        raise InputError(f"gzip data inflates beyond {limit} bytes; refusing it as a possible gzip bomb")
    return out
