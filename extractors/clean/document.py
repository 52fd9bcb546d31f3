"""Raw bytes to a clean ``Document``: the one entry point the pipeline calls.

``clean_document`` checks and decodes the bytes, decides HTML vs plain text, picks a site
profile (by URL, canonical URL, or a plain-text signature), and delegates to the HTML or
text-dump cleaner. Metadata the page declares wins; the ``RawDocument`` hints (from a feed or
sitemap) fill what the page leaves empty. Dates stated without a zone get the profile's
zone, else UTC, so ``Document.published`` is always timezone-aware.
"""
from __future__ import annotations

import logging
import re
from datetime import UTC, datetime

from extractors.clean import fallback, widgets
from extractors.clean import html as html_clean
from extractors.clean import text as text_clean
from extractors.clean.language import detect_language
from extractors.clean.metadata import Metadata, clean_authors, read_metadata
from extractors.clean.profiles import SiteProfile, localize, profile_for_text, profile_for_url
from extractors.formats.encoding import decode_bytes
from extractors.records import Document, InputError, RawDocument

logger = logging.getLogger(__name__)

#: Larger inputs are refused: no real article page is this big, and lxml trees grow ~10x the bytes.
MAX_BYTES = 10 * 1024 * 1024
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.IGNORECASE)


def clean_document(raw: RawDocument, *, plain: bool = False) -> Document:
    """Clean one fetched or loaded input.

    Args:
        raw: bytes plus what is known about them (content type, URL, feed hints).
        plain: treat ``text/plain`` input as an already-clean body (only line endings and
            paragraph spacing are normalised) instead of a copied page to be cleaned.

    Returns:
        The cleaned document; when nothing article-like was found, ``text`` is empty and ``error``
        says why (the metadata read is kept).

    Raises:
        InputError: the input is too large, binary, or not decodable as text.
    """
    if len(raw.data) > MAX_BYTES:
        raise InputError(
            f"{raw.source!r} is {len(raw.data):,} bytes, over the {MAX_BYTES:,}-byte cap; "
            "pass a single article page, not an archive or a dump"
        )
    try:
        text, charset = decode_bytes(raw.data, raw.content_type)
    except InputError as exc:
        raise InputError(f"{raw.source!r}: {exc}") from None
    logger.debug("decoded %s as %s", raw.source, charset)
    if _is_html(text, raw.content_type):
        return clean_html(text, url=raw.url, hints=raw)
    if plain:
        body = "\n\n".join(text_clean.split_paragraphs(text))
        error = None if body else "no article text: the plain text holds only whitespace"
        return _with_hints(
            Document(raw.url, None, None, (), None, detect_language(text), body, (), error), raw, profile_for_url(raw.url)
        )
    return clean_text(text, url=raw.url, hints=raw)


def _is_html(text: str, content_type: str | None) -> bool:
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    if kind.startswith("text/") or kind == "application/json":
        return False
    return bool(_HTML_SNIFF.search(text[:2048]))


def clean_html(html: str, *, url: str | None = None, hints: RawDocument | None = None) -> Document:
    """Clean a decoded HTML page (see ``html_clean`` for the stages)."""
    root = html_clean.parse_html(html)
    meta = read_metadata(root)
    profile = profile_for_url(url) or profile_for_url(meta.canonical_url)
    body = html_clean.extract_body(
        root, profile=profile, article_body=_sane_body(meta), description=meta.description
    )
    if profile is None and (profile := profile_for_text("\n".join(body.paragraphs))) is not None:
        # A page that names no URL is recognised by its text (a wire dateline): extract again with
        # the publisher's selectors. Pruning mutated the tree, so parse afresh.
        root = html_clean.parse_html(html)
        body = html_clean.extract_body(
            root, profile=profile, article_body=_sane_body(meta), description=meta.description
        )
    found = list(body.paragraphs)
    if fallback.too_small(found, root):
        found = fallback.rescue(html, found, root, meta.article_body)  # root: the pruned tree the main pass left
    paragraphs, more_captions = text_clean.finish_paragraphs(
        found, title=meta.title, profile=profile, text_dump=False, authors=meta.authors
    )
    captions = tuple(dict.fromkeys(body.captions + more_captions))
    authors = meta.authors or _byline_authors(body.paragraphs)
    text = "\n\n".join(paragraphs)
    language = meta.language or (profile.language if profile else None) or detect_language(text)
    doc = Document(
        url=meta.canonical_url or url,
        title=meta.title,
        section=meta.section,
        authors=authors,
        published=meta.published,
        language=language,
        text=text,
        captions=captions,
        error=None if text else fallback.why_empty(html),
    )
    return _with_hints(doc, hints, profile)


def _byline_authors(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Names from a "By ..." line at the top of the body, for pages that declare no author anywhere else."""
    for para in paragraphs[:4]:
        first_line = para.split("\n", 1)[0]
        if widgets.is_byline(first_line):
            return clean_authors([first_line])
    return ()


def _sane_body(meta: Metadata) -> str | None:
    """JSON-LD articleBody worth trusting as a guide: long enough and not a teaser cut with an ellipsis."""
    body = meta.article_body
    if not body or len(body.split()) < 30 or body.rstrip().endswith(("...", "…")):
        return None
    return body


def clean_text(text: str, *, url: str | None = None, hints: RawDocument | None = None) -> Document:
    """Clean a page copied as plain text (see ``text_clean``)."""
    profile = profile_for_url(url) or profile_for_text(text)
    dump = text_clean.clean_text_dump(text, profile=profile)
    body = "\n\n".join(dump.paragraphs)
    doc = Document(
        url=url,
        title=dump.title,
        section=dump.section,
        authors=dump.authors,
        published=dump.published,
        language=(profile.language if profile else None) or detect_language(body),
        text=body,
        captions=dump.captions,
        error=None if body else text_clean.why_empty(text),
    )
    return _with_hints(doc, hints, profile)


def _with_hints(doc: Document, hints: RawDocument | None, profile: SiteProfile | None) -> Document:
    """Fill empty fields from feed hints and make ``published`` timezone-aware."""
    title, published, authors = doc.title, doc.published, doc.authors
    if hints is not None:
        title = title or hints.title_hint
        published = published or hints.published_hint
        authors = authors or tuple(hints.authors_hint)
    return Document(
        url=doc.url or (hints.url if hints else None),
        title=widgets.strip_artifacts(title) if title else None,
        section=doc.section,
        authors=authors,
        published=_aware(published, profile),
        language=doc.language,
        text=doc.text,
        captions=doc.captions,
        error=doc.error,
    )


def _aware(value: datetime | None, profile: SiteProfile | None) -> datetime | None:
    value = localize(value, profile)
    if value is not None and value.tzinfo is None:
        logger.debug("date %s has no zone and no profile supplies one; assuming UTC", value)
        value = value.replace(tzinfo=UTC)
    return value
