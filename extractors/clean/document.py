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
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from lxml import etree

from extractors.clean import fallback, widgets
from extractors.clean import html as html_clean
from extractors.clean import text as text_clean
from extractors.clean.dom import release
from extractors.clean.language import detect_language
from extractors.clean.marks import find_marks
from extractors.clean.metadata import (
    Metadata,
    clean_authors,
    dump_authors,
    dump_title,
    read_metadata,
    split_authors,
)
from extractors.clean.page_dates import (
    DateReading,
    dump_date,
    page_published,
    printed_over_guess,
    reading,
    url_date,
    zoned_by_language,
)
from extractors.clean.profiles import SiteProfile, localize, profile_for_text, profile_for_url
from extractors.clean.quality import NO_SIGNALS, PageSignals, body_flags, date_flags, reads_whole_page
from extractors.formats.encoding import decode_page
from extractors.records import DatedFields, Document, InputError, RawDocument

logger = logging.getLogger(__name__)

#: Larger inputs are refused: no real article page is this big, and lxml trees grow ~10x the bytes.
MAX_BYTES = 10 * 1024 * 1024
#: No article has a paragraph (or headline) this long: a longer one is a dump, not a page, and facts on
#: it would need gigabytes (spaCy's own limit is 1,000,000 characters per text).
MAX_PARAGRAPH_CHARS = 100_000
#: The root element of a feed (after an XML declaration, stylesheet instructions or comments).
_FEED_ROOT = re.compile(r"^\s*(?:<\?[^>]*>\s*|<!--[^>]*-->\s*)*<(?:rss|feed|rdf:RDF)\b")
#: Teaser cards of an index page: headlines that hold or sit in a link, and <article> elements.
_HEADLINE_LINKS = "count(//h2[a] | //h3[a] | //h4[a] | //a[h2 or h3 or h4])"
_CARDS = "count(//article)"
#: Links long enough to be a headline ("Council votes to fund the new bridge"): a bare list of teasers.
_LONG_LINKS = "count(//body//a[string-length(normalize-space()) >= 40])"
#: Two long links weigh as one teaser card: article pages carry a few in their rails too.
_LINKS_PER_CARD = 2
#: Elements whose text is not shown: the text nodes under ``<body>`` outside them are the visible text.
_HIDDEN_TEXT_TAGS = frozenset({"script", "style", "noscript", "template"})
#: Enough of the visible page to find a consent banner or a paywall box.
_PAGE_TEXT_CHARS = 20_000
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.IGNORECASE)


def clean_document(raw: RawDocument, *, plain: bool = False) -> Document:
    """Clean one fetched or loaded input.

    Args:
        raw: bytes plus what is known about them (content type, URL, feed hints).
        plain: treat ``text/plain`` input as an already-clean body (only line endings and
            paragraph spacing are normalised) instead of a copied page to be cleaned.

    Returns:
        The cleaned document. When no article text was found ``text`` is empty and either ``error``
        says why (the page declared or showed an article: see ``fallback.why_empty``) or the
        ``empty_body`` flag marks a page that is simply not one; the metadata read is kept.

    Raises:
        InputError: the input is too large, binary, or not decodable as text.
    """
    if len(raw.data) > MAX_BYTES:
        raise InputError(
            f"{raw.source!r} is {len(raw.data):,} bytes, over the {MAX_BYTES:,}-byte cap; "
            "pass a single article page, not an archive or a dump"
        )
    if not raw.data or raw.data.isspace():  # as ``not raw.data.strip()``, without copying the page
        raise InputError(f"{raw.source!r} is empty: there is no page or text to read")
    try:
        text, charset, exact = decode_page(raw.data, raw.content_type)
    except InputError as exc:
        raise InputError(f"{raw.source!r}: {exc}") from None
    logger.debug("decoded %s as %s", raw.source, charset)
    if _is_html(text, raw.content_type):
        doc = clean_html(text, url=raw.url, hints=raw, utf8=raw.data if exact else None)
    elif plain:
        doc = _with_hints(
            Document(raw.url, None, None, (), None, detect_language(text), "\n\n".join(text_clean.split_paragraphs(text)), ()),
            raw,
            profile_for_url(raw.url),
        )
    else:
        doc = clean_text(text, url=raw.url, hints=raw)
    longest = max((len(p) for p in [doc.title or "", *doc.text.split("\n\n")]), default=0)
    if longest > MAX_PARAGRAPH_CHARS:
        raise InputError(
            f"{raw.source!r} has a paragraph or line of {longest:,} characters (over {MAX_PARAGRAPH_CHARS:,}); "
            "no article has one that long: pass the article itself, with its paragraphs on separate lines"
        )
    return doc


def _is_html(text: str, content_type: str | None) -> bool:
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    if kind.startswith("text/") or kind == "application/json":
        return False
    return bool(_HTML_SNIFF.search(text[:2048]))


def clean_html(html: str, *, url: str | None = None, hints: RawDocument | None = None,
               utf8: bytes | None = None) -> Document:
    """Clean a decoded HTML page (see ``html_clean`` for the stages; ``utf8``: the page's bytes when they are
    ``html`` exactly, ``encoding.decode_page``)."""
    root, cut = html_clean.parse_page(html, utf8)
    marks = find_marks(root)
    meta = read_metadata(root, marks, url=url, html=html)
    html_clean.show_story_noscripts(root, meta.title)
    signals = PageSignals(
        schema_types=meta.schema_types, og_type=meta.og_type, declares_article=meta.declares_article,
        feed_markup=bool(_FEED_ROOT.match(html[:4096])), parser_limit=cut, not_free=meta.not_free,
    )
    profile = profile_for_url(url) or profile_for_url(meta.canonical_url)
    lines = html_clean.page_lines(root)  # before the body's stages prune the footer that names the site
    body = html_clean.extract_body(
        root, marks, profile=profile, article_body=sane_body(meta), descriptions=meta.summaries, title=meta.title
    )
    if profile is None and (profile := profile_for_text("\n".join(body.paragraphs))) is not None:
        # A page that names no URL is recognised by its text (a wire dateline): extract again with
        # the publisher's selectors. Pruning mutated the tree, so parse afresh.
        release(body.positions)
        root = html_clean.parse_html(html, utf8)
        html_clean.show_story_noscripts(root, meta.title)
        body = html_clean.extract_body(
            root, find_marks(root), profile=profile, article_body=sane_body(meta), descriptions=meta.summaries, title=meta.title
        )
    body = html_clean.photo_story(body)
    found = list(body.paragraphs)
    if fallback.too_small(found, root, sane_body(meta)):
        found = fallback.rescue(html, found, root, meta.article_body, body.lead)  # root: the pruned tree the main pass left
    release(body.positions)
    found = html_clean.before_body_end(html_clean.before_end(found, profile), sane_body(meta))
    paragraphs, more_captions = text_clean.finish_paragraphs(
        found, title=meta.title, profile=profile, text_dump=False, authors=meta.authors, items=body.items,
        headlines=meta.headlines,
    )
    paragraphs = text_clean.without_closing_contacts(paragraphs, urlsplit(meta.canonical_url or url or "").hostname)
    paragraphs = html_clean.without_run_together_repeats(paragraphs)
    paragraphs = html_clean.without_unrelated_lines(paragraphs, body.items | body.set_apart)
    paragraphs = html_clean.without_appeals(paragraphs, lines)
    # a label the steps after ``finish_paragraphs`` left closing the story (as on a dump, ``text_clean.clean_text_dump``)
    paragraphs = tuple(text_clean.without_trailing_labels(list(paragraphs), body.items))
    captions = tuple(dict.fromkeys(body.captions + more_captions))
    authors = meta.authors or _byline_authors(body.paragraphs)
    if paragraphs and not split_authors(authors)[0] and not (hints and hints.authors_hint):
        # no declaration and no byline element names a person: the dump path's readers over the page's lines
        authors += text_clean.page_byline(lines, paragraphs[0].split("\n", 1)[0])
    text = "\n\n".join(paragraphs)
    if cut and not text:
        raise InputError(
            "the page nests its elements more than 255 deep before any readable text; the HTML parser stops "
            "at that depth, so nothing of the article could be read"
        )
    if reads_whole_page(text, meta.declares_article):
        page = html_clean.parse_html(html, utf8)  # afresh: pruning mutated the first tree
        cards = max(int(page.xpath(_HEADLINE_LINKS)), int(page.xpath(_CARDS)),
                    int(page.xpath(_LONG_LINKS)) // _LINKS_PER_CARD)
        signals = replace(signals, page_text=_visible_text(page), headline_links=cards)
    language = meta.language or (profile.language if profile else None) or detect_language(text)
    doc = Document(
        url=meta.canonical_url or url,
        title=meta.title,
        section=meta.section,
        authors=authors,
        published=meta.published.value if meta.published else None,
        language=language,
        text=text,
        captions=captions,
        author_orgs=meta.author_orgs,
        error=None if text else fallback.why_empty(html, meta.declares_article),
    )
    published = meta.published
    if paragraphs and published is not None and published.source == "text":
        # no declaration: the date printed over the story, read as a copy's, over a guess or a rail's date
        printed = page_published(lines, paragraphs[0].split("\n", 1)[0], title=meta.title, language=language)
        published = printed_over_guess(published, printed, url_date(meta.canonical_url or url))
    if published is not None and published.source == "text" and (profile is None or profile.timezone is None):
        published = zoned_by_language(published, language)
    return _with_hints(doc, hints, profile, published=published, modified=meta.modified,
                       signals=signals, declared_language=meta.language)


def _visible_text(root) -> str:
    """The first ``_PAGE_TEXT_CHARS`` of the page's visible text, whitespace collapsed."""
    parts, size = [], 0
    for piece in _visible_pieces(root):
        if piece.strip():
            parts.append(piece.strip())
            size += len(piece)
            if size > _PAGE_TEXT_CHARS:
                break
    return " ".join(parts)[:_PAGE_TEXT_CHARS]


def _visible_pieces(root) -> Iterator[str]:
    """The text nodes the XPath ``//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or
    ancestor::template)]`` selects, in document order, walked lazily: ``_visible_text`` needs only the first
    ``_PAGE_TEXT_CHARS``, where the XPath collected every text node of the page first (the same pieces on every
    corpus page, at a tenth of the cost on pages read whole).
    """
    walked: list = []
    for body in root.iter("body"):
        if any(body in outer.iterdescendants("body") for outer in walked):
            continue  # a body inside a body: its text is the outer one's
        walked.append(body)
        if not any(isinstance(a.tag, str) and a.tag in _HIDDEN_TEXT_TAGS for a in body.iterancestors()):
            yield from _shown_text(body)


def _shown_text(el) -> Iterator[str]:
    """The text nodes below ``el`` (its text, and its children's with their tails) outside hidden elements.

    Read by lxml's ``iterwalk`` (start and end events from C), where a generator per element passed each text node up
    through every generator above it, as deep as the page nests.
    """
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node is not el and (not isinstance(tag := node.tag, str) or tag in _HIDDEN_TEXT_TAGS):
                walker.skip_subtree()  # a comment's or a hidden element's text; its tail comes at its end event
            elif node.text:
                yield node.text
        elif node is not el and node.tail:
            yield node.tail  # a text node after a hidden element (or a comment) is shown


def _byline_authors(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Names from a "By ..." line at the top of the body, for pages that declare no author anywhere else."""
    for para in paragraphs[:4]:
        first_line = para.split("\n", 1)[0]
        if widgets.is_byline(first_line):
            return clean_authors([first_line])
    return ()


def sane_body(meta: Metadata) -> str | None:
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
    published = DateReading(dump.published, "text", dump.published_raw or "") if dump.published else None
    lines = text_clean.split_lines(text)
    first_line = dump.paragraphs[0].split("\n", 1)[0] if dump.paragraphs else None
    language = (profile.language if profile else None) or detect_language(body)
    published = dump_date(published, lines, title=dump.title, first_line=first_line, language=language)
    title = dump_title(lines, title=dump.title, first_line=first_line)
    authors = dump_authors(lines, authors=dump.authors, first_line=first_line)
    if published is not None and (profile is None or profile.timezone is None):
        # a profile that names no zone leaves the language's (round dumpsD324: the Abendblatt's, SRF's, Bild's and
        # Die Zeit's profiles part their copies and date nothing; their German stamps are Central European times)
        published = zoned_by_language(published, language)
    doc = Document(
        url=url,
        title=title,
        section=dump.section,
        authors=authors,
        published=dump.published,
        language=language,
        text=body,
        captions=dump.captions,
        error=None if body else text_clean.why_empty(text),
    )
    return _with_hints(doc, hints, profile, published=published)


def _with_hints(
    doc: Document, hints: RawDocument | None, profile: SiteProfile | None, *,
    published: DateReading | None = None, modified: DateReading | None = None,
    signals: PageSignals = NO_SIGNALS, declared_language: str | None = None,
) -> Document:
    """Fill empty fields from feed hints, make dates timezone-aware with their provenance, and flag.

    ``published``/``modified`` are what the page states; a feed, sitemap or JSONL record's date
    (source ``feed``) and the HTTP Last-Modified header (``http``) fill in when it states none.
    """
    title, authors = doc.title, doc.authors
    if hints is not None:
        title = title or hints.title_hint
        authors = authors or tuple(hints.authors_hint)
        if published is None and hints.published_hint is not None:
            published = DateReading(hints.published_hint, "feed", hints.published_hint.isoformat())
        modified = modified or reading(hints.http_last_modified, "http")
    persons, orgs = split_authors(authors)
    title = widgets.strip_artifacts(title) if title else None
    url = doc.url or (hints.url if hints else None)
    published_at = _aware(published.value if published else None, profile)
    modified_at = _aware(modified.value if modified else None, profile)
    reference = (hints.fetched_at if hints and hints.fetched_at else None) or datetime.now(UTC)
    flags = body_flags(title=title, text=doc.text, url=url, declared_language=declared_language, signals=signals,
                       incomplete=bool(hints and hints.incomplete))
    flags += date_flags(published_at, modified_at, reference)
    return Document(
        url=url,
        title=title,
        section=doc.section,
        authors=persons,
        published=published_at,
        language=doc.language,
        text=doc.text,
        captions=doc.captions,
        dates=DatedFields(
            published_source=published.source if published_at else None,
            published_raw=published.raw if published_at else None,
            published_local=published_at.isoformat() if published_at else None,
            modified=modified_at,
            modified_source=modified.source if modified_at else None,
            modified_raw=modified.raw if modified_at else None,
        ),
        author_orgs=tuple(dict.fromkeys(doc.author_orgs + orgs)),
        flags=tuple(flags),
        error=doc.error,
    )


def _aware(value: datetime | None, profile: SiteProfile | None) -> datetime | None:
    value = localize(value, profile)
    if value is not None and value.tzinfo is None:
        logger.debug("date %s has no zone and no profile supplies one; assuming UTC", value)
        value = value.replace(tzinfo=UTC)
    return value
