"""Collect the raw documents of one configured source: a feed, a sitemap, a page or local files.

All I/O of sources lives here (HTTP through :class:`flows.fetch.Fetcher`, disk reads of local
paths, per-feed state files); parsing of bytes is delegated to ``extractors.formats.feeds`` and
``extractors.formats.sitemaps``. One failing item becomes a :class:`SourceFailure` and never stops
the others; :func:`collect_source` itself only raises on programming errors.

Decisions worth knowing:

* Conditional GET state (ETag / Last-Modified) is kept per feed or sitemap URL in
  ``state_dir/<sha256 of URL>.json`` and saved only when every entry of that run was fetched
  or skipped; after a failure the next run gets the full feed again, and ``skip_url`` keeps
  the already stored articles from being fetched twice.
* A sitemap *index* never keeps validators: indexes often stay byte-identical while their
  child sitemaps change, so the index is always re-read and each child is conditional.
* A feed entry whose page cannot be fetched is a failure; its summary is *not* stored in its
  place. A teaser stored as the article would be skipped as "already stored" forever after,
  hiding the real page once it becomes reachable.
* ``skip_url`` receives the URL when the input declares one (feed entries, sitemap URLs,
  JSONL ``url``, WARC target URI), else the local file path.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors.formats.jsonl import jsonl_documents
from extractors.formats.problems import Problem
from extractors.formats.sitemaps import SitemapUrl, is_sitemap, parse_sitemap
from extractors.records import InputError, RawDocument
from flows.config import SourceSpec
from flows.fetch import Fetcher, FetchError, FetchResponse

if TYPE_CHECKING:
    from extractors.formats.feeds import FeedEntry

# Imported where used: feeds (feedparser, BeautifulSoup and its CSS engine) and WARC (warcio) cost ~0.2 s of
# start-up that reading pages from files, as ``newsfacts extract page.html`` does, never needs.

logger = logging.getLogger(__name__)

__all__ = ["FEED_SUFFIXES", "SourceFailure", "SourceResult", "collect_source"]

#: Sitemap index levels followed when the source sets no ``max_depth``.
DEFAULT_MAX_DEPTH = 2
# The local file types newsfacts reads, by name ending (lower case): the one definition that both
# `newsfacts run` and `newsfacts extract` go by.
#: A page per file, with the content type it is read as.
_PAGE_SUFFIXES = {".html": "text/html", ".htm": "text/html", ".xhtml": "text/html", ".txt": "text/plain"}
#: Several articles per file: one per JSONL line or WARC response record.
_JSONL_SUFFIX = ".jsonl"
_WARC_SUFFIXES = (".warc", ".warc.gz")
#: Saved feeds and sitemaps: lists of pages to fetch.
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")


@dataclass(frozen=True, slots=True)
class SourceFailure:
    location: str  # URL, file path, "file#line" (JSONL) or "file#uri" (WARC)
    reason: str


@dataclass(frozen=True, slots=True)
class SourceResult:
    name: str
    documents: list[RawDocument]  # empty when each document went to ``collect_source``'s ``emit`` instead
    collected: int  # documents handed on: kept in ``documents`` or emitted
    failures: list[SourceFailure]
    fetched: int  # documents fetched over HTTP or read from disk
    not_modified: int  # feeds and sitemaps that answered 304
    skipped: int  # items not fetched on purpose: already stored (skip_url) or older than since_days
    warnings: list[str]


@dataclass(slots=True)
class _Run:
    """Mutable tally of one collection; frozen into a SourceResult at the end."""

    spec: SourceSpec
    fetcher: Fetcher
    state_dir: Path
    skip_url: Callable[[str], bool]
    limit: int | None
    emit: Callable[[RawDocument], None] | None = None
    documents: list[RawDocument] = field(default_factory=list)
    collected: int = 0
    failures: list[SourceFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fetched: int = 0
    not_modified: int = 0
    skipped: int = 0

    @property
    def full(self) -> bool:
        return self.limit is not None and self.collected >= self.limit

    @property
    def cutoff(self) -> datetime | None:
        days = self.spec.options.get("since_days")
        return datetime.now(UTC) - timedelta(days=days) if days else None

    def fail(self, location: str, reason: str) -> None:
        logger.info("source %s: %s failed: %s", self.spec.name, location, reason)
        self.failures.append(SourceFailure(location=location, reason=reason))

    def add(self, document: RawDocument) -> None:
        if self.emit is None:
            self.documents.append(document)
        else:
            self.emit(document)
        self.collected += 1
        self.fetched += 1

    def result(self) -> SourceResult:
        return SourceResult(
            name=self.spec.name, documents=self.documents, collected=self.collected, failures=self.failures,
            fetched=self.fetched,
            not_modified=self.not_modified, skipped=self.skipped, warnings=self.warnings,
        )


def collect_source(
    spec: SourceSpec,
    *,
    fetcher: Fetcher,
    state_dir: Path,
    skip_url: Callable[[str], bool] | None = None,
    limit: int | None = None,
    emit: Callable[[RawDocument], None] | None = None,
) -> SourceResult:
    """Fetch or load every new document of one source.

    Args:
        spec: the source (kind feed, sitemap, url, auto or path).
        fetcher: shared HTTP fetcher (its policy also bounds local file sizes).
        state_dir: folder for per-feed conditional-GET state (created when needed).
        skip_url: says whether a URL (or local path) is already stored; those are not fetched.
        limit: at most this many documents (overrides the source's ``limit`` option).
        emit: called with each document as soon as it is collected, instead of keeping it in the
            result, so a large source streams on without being held in memory.

    Returns:
        The documents with feed/sitemap hints, failures with reasons, and counters.
    """
    run = _Run(
        spec=spec, fetcher=fetcher, state_dir=state_dir, skip_url=skip_url or (lambda _url: False),
        limit=limit if limit is not None else spec.options.get("limit"), emit=emit,
    )
    if spec.kind == "path":
        _collect_path(run, Path(spec.location))
    elif spec.kind == "url":
        _collect_page(run, spec.location)
    else:
        _collect_remote(run, spec.location, expect=spec.kind)
    logger.info(
        "source %s: %d documents, %d failures, %d skipped, %d not modified",
        spec.name, run.collected, len(run.failures), run.skipped, run.not_modified,
    )
    return run.result()


# -- remote feeds, sitemaps, pages ---------------------------------------------------------


def _collect_remote(run: _Run, url: str, *, expect: str, depth: int = 0, seen: set[str] | None = None) -> None:
    """Fetch a feed, sitemap or (for kind "auto") page conditionally and dispatch on what it is."""
    seen = seen if seen is not None else set()
    if url in seen:
        run.warnings.append(f"{url}: sitemap already visited in this run (index loop); not followed again")
        return
    seen.add(url)
    if expect == "auto" and run.skip_url(url):
        run.skipped += 1
        return
    state = _load_state(run, url)
    try:
        response = run.fetcher.fetch(url, etag=state.get("etag"), last_modified=state.get("last_modified"))
    except FetchError as exc:
        run.fail(url, exc.reason)
        return
    if response.status == 304:
        run.not_modified += 1
        return
    kind = expect if expect != "auto" else _sniff(response.data)
    failures_before = len(run.failures)
    if kind == "sitemap":
        keep_state = _collect_sitemap(run, url, response, depth=depth, seen=seen)
    elif kind == "feed":
        keep_state = _collect_feed(run, url, response)
    else:
        run.add(_document(url, response))
        return
    # a limit that cut the entries short must not be remembered as "all done" either
    if keep_state and len(run.failures) == failures_before and not run.full:
        _save_state(run, url, response)


def _collect_feed(run: _Run, url: str, response: FetchResponse) -> bool:
    from extractors.formats.feeds import parse_feed

    try:
        feed = parse_feed(response.data, url=response.url)
    except InputError as exc:
        run.fail(url, str(exc))
        return False
    run.warnings.extend(f"{url}: {warning}" for warning in feed.warnings)
    _fetch_entries(run, feed.entries)
    return True


def _fetch_entries(run: _Run, entries: list[FeedEntry]) -> None:
    _fetch_listed(run, ((e.url, e.published, {"title_hint": e.title, "published_hint": e.published,
                                               "authors_hint": e.authors, "summary_hint": e.summary})
                        for e in entries))


def _fetch_sitemap_urls(run: _Run, urls: list[SitemapUrl]) -> None:
    _fetch_listed(run, ((u.url, u.news_published or u.lastmod,
                         {"title_hint": u.news_title, "published_hint": u.news_published})
                        for u in urls))


def _collect_sitemap(run: _Run, url: str, response: FetchResponse, *, depth: int, seen: set[str]) -> bool:
    """Returns whether validators may be kept: never for an index (see module docstring)."""
    try:
        sitemap = parse_sitemap(response.data)
    except InputError as exc:
        run.fail(url, str(exc))
        return False
    if sitemap.child_sitemaps:
        max_depth = run.spec.options.get("max_depth", DEFAULT_MAX_DEPTH)
        if depth >= max_depth:
            run.warnings.append(
                f"{url}: sitemap index depth limit ({max_depth}) reached; {len(sitemap.child_sitemaps)} "
                "child sitemaps not followed (raise options.max_depth to follow them)"
            )
        else:
            for child in sitemap.child_sitemaps:
                if run.full:
                    break
                _collect_remote(run, child, expect="sitemap", depth=depth + 1, seen=seen)
        return False
    _fetch_sitemap_urls(run, sitemap.urls)
    return True


def _fetch_listed(run: _Run, items: Iterable[tuple[str, datetime | None, dict[str, Any]]]) -> None:
    """Fetch the pages a feed or sitemap lists, skipping stored and too-old ones; hints ride along."""
    cutoff = run.cutoff
    for url, when, hints in items:
        if run.full:
            break
        if (cutoff and when and when < cutoff) or run.skip_url(url):
            run.skipped += 1
            continue
        try:
            response = run.fetcher.fetch(url)
        except FetchError as exc:
            run.fail(url, exc.reason)
            continue
        run.add(_document(url, response, **hints))


def _collect_page(run: _Run, url: str) -> None:
    _fetch_listed(run, [(url, None, {})])


def _sniff(data: bytes) -> str:
    """"sitemap", "feed" or "page" from the bytes; the root element decides, not the namespaces."""
    if is_sitemap(data):
        return "sitemap"
    from extractors.formats.feeds import parse_feed

    try:
        parse_feed(data)
    except InputError:
        return "page"
    return "feed"


def _document(source: str, response: FetchResponse, **hints: Any) -> RawDocument:
    return RawDocument(
        source=source, data=response.data, url=response.url, content_type=response.content_type,
        fetched_at=datetime.now(UTC), http_last_modified=response.last_modified, **hints,
    )


# -- conditional GET state -------------------------------------------------------------------


def _state_path(state_dir: Path, url: str) -> Path:
    return state_dir / f"{hashlib.sha256(url.encode('utf-8')).hexdigest()[:24]}.json"


def _load_state(run: _Run, url: str) -> dict[str, str]:
    path = _state_path(run.state_dir, url)
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        run.warnings.append(f"{url}: ignoring unreadable state file {path} ({exc}); fetching unconditionally")
        return {}
    return state if isinstance(state, dict) and state.get("url") == url else {}


def _save_state(run: _Run, url: str, response: FetchResponse) -> None:
    """Write validators atomically (temp file + rename) so a crash never leaves half a JSON file."""
    path = _state_path(run.state_dir, url)
    if not response.etag and not response.last_modified:
        path.unlink(missing_ok=True)
        return
    state = {
        "url": url, "etag": response.etag, "last_modified": response.last_modified,
        "saved_at": datetime.now(UTC).isoformat(),
    }
    run.state_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=run.state_dir, prefix=".state-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state, handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- local paths --------------------------------------------------------------------------


def _collect_path(run: _Run, root: Path) -> None:
    if not root.exists():
        run.fail(str(root), "no such file or folder; check the path")
        return
    if root.is_file():
        files = [root]
    else:
        pattern = "**/*" if run.spec.options.get("recursive", True) else "*"
        files = sorted(
            (p for p in root.glob(pattern) if p.is_file() and not p.name.startswith(".")),
            key=lambda p: p.relative_to(root).as_posix(),
        )
    ignored: list[str] = []
    for path in files:
        if run.full:
            break
        name = path.name.lower()
        suffix = path.suffix.lower()
        try:
            if suffix in _PAGE_SUFFIXES:
                _load_page_file(run, path, _PAGE_SUFFIXES[suffix])
            elif suffix == _JSONL_SUFFIX:
                _load_jsonl(run, path)
            elif name.endswith(_WARC_SUFFIXES):
                _load_warc(run, path)
            elif suffix in FEED_SUFFIXES:
                _load_feed_file(run, path)
            elif root.is_file():
                run.fail(str(path), _unsupported_type(path))
            else:
                ignored.append(path.name)
        except OSError as exc:
            run.fail(str(path), f"cannot read the file ({exc.strerror or exc})")
    if ignored:
        run.warnings.append(f"{root}: ignored {len(ignored)} file{'s' if len(ignored) != 1 else ''} of unsupported type (e.g. {ignored[0]!r})")


def _unsupported_type(path: Path) -> str:
    """Why a file given by name is not read, naming the types that are."""
    accepted = [*_PAGE_SUFFIXES, _JSONL_SUFFIX, *_WARC_SUFFIXES]
    return (f"unsupported file type {path.suffix.lower() or '(none)'!r}; use {', '.join(accepted)} "
            f"or a feed/sitemap file ({', '.join(FEED_SUFFIXES)})")


def _read_bounded(run: _Run, path: Path) -> bytes | None:
    size = path.stat().st_size
    if size > run.fetcher.policy.max_bytes:
        run.fail(str(path), f"file is {size} bytes, over the {run.fetcher.policy.max_bytes}-byte limit (max_bytes)")
        return None
    return path.read_bytes()


def _load_page_file(run: _Run, path: Path, content_type: str) -> None:
    if run.skip_url(str(path)):
        run.skipped += 1
        return
    data = _read_bounded(run, path)
    if data is None:
        return
    if not data.strip():
        run.fail(str(path), "empty file")
        return
    run.add(RawDocument(source=str(path), data=data, content_type=content_type, fetched_at=datetime.now(UTC)))


def _load_jsonl(run: _Run, path: Path) -> None:
    with path.open("rb") as handle:
        _add_all(run, jsonl_documents(handle, str(path), run.fetcher.policy.max_bytes))


def _load_warc(run: _Run, path: Path) -> None:
    from extractors.formats.warc import warc_documents

    with path.open("rb") as handle:
        _add_all(run, warc_documents(handle, str(path), run.fetcher.policy.max_bytes))


def _add_all(run: _Run, items: Iterator[RawDocument | Problem]) -> None:
    """A container's documents, problems and warnings into the run, up to its limit."""
    for item in items:
        if run.full:
            return
        if isinstance(item, Problem):
            if item.lost:
                run.fail(item.location, item.message)
            else:
                run.warnings.append(f"{item.location}: {item.message}")
        elif run.skip_url(item.url or item.source):
            run.skipped += 1
        else:
            run.add(item)


def _load_feed_file(run: _Run, path: Path) -> None:
    """A saved feed or sitemap: its entries' pages are fetched like those of a remote feed."""
    data = _read_bounded(run, path)
    if data is None:
        return
    from extractors.formats.feeds import parse_feed

    try:
        if is_sitemap(data):
            sitemap = parse_sitemap(data)
            if sitemap.child_sitemaps:
                run.warnings.append(f"{path}: a local sitemap index is not followed; configure its URL as a sitemap")
            _fetch_sitemap_urls(run, sitemap.urls)
            return
        feed = parse_feed(data)
    except InputError as exc:
        run.fail(str(path), str(exc))
        return
    run.warnings.extend(f"{path}: {warning}" for warning in feed.warnings)
    _fetch_entries(run, feed.entries)
