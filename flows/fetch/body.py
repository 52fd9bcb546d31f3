"""Response bodies: streamed, decompressed by hand and bounded, and checked for a usable type."""
from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from flows.fetch.errors import FetchError

if TYPE_CHECKING:
    import httpx

__all__ = ["check_content_type", "read_body"]

_CHUNK = 64 * 1024
#: Non-text payloads that may still carry a feed or sitemap (``sitemap.xml.gz`` served as gzip).
_ACCEPTED_BINARY_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})


def read_body(url: str, response: httpx.Response, *, max_bytes: int, truncate: bool) -> bytes:
    """Stream the body, decompressing by hand so both sizes are bounded as bytes arrive.

    httpx's own decoder inflates a whole network chunk at once; ``decompressobj`` with
    ``max_length`` stops a gzip bomb after ``max_bytes`` of output.

    Args:
        truncate: return the first ``max_bytes`` instead of failing (robots.txt).
    """
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(wbits=32 + zlib.MAX_WBITS)  # accepts gzip and zlib headers
    elif encoding in ("identity", ""):
        inflater = None
    else:
        raise FetchError(url, f"unsupported Content-Encoding {encoding[:60]!r} (only gzip and deflate are requested)")
    body = bytearray()
    received = 0
    for chunk in response.iter_raw(_CHUNK):
        received += len(chunk)
        if received > max_bytes and not truncate:
            what = "compressed body" if inflater else "body"
            raise FetchError(url, f"{what} is over the {max_bytes}-byte limit (max_bytes)")
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
        try:
            body += inflater.flush()
        except zlib.error as exc:
            raise FetchError(url, f"corrupt {encoding} body ({exc})") from None
        if not inflater.eof:
            raise FetchError(url, f"truncated {encoding} body: the compressed stream ends early")
    return bytes(body)


def check_content_type(url: str, content_type: str | None) -> None:
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
    raise FetchError(url, f"unsupported content type {media[:100]!r}; expected HTML, XML, a feed or text")
