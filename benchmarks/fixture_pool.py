"""The unlabelled fixture pool (``docs/vocabulary_sources.md``) as English pages a quantity probe batch may read.

vocab215 built the pool: every HTML fixture of ten public extractor repositories, rendered nowhere in the corpus, one
``<key>.html`` a page beside an ``index.json`` (key -> repo tag, commit, path, host, kind, pub). It is not committed;
``quantity_probe_sample --batch real35 --pool DIR`` reads it from ``DIR``. Only pages of kind ``new`` (a publisher no
corpus split holds) or ``dev`` (another page of a dev publisher) are read, and only when the cleaning split's rule
(``splits.split_of``) puts their publisher in dev, so a page the corpus may gain later never lands a test publisher's
sentence in a probe set.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.splits import SECOND_LEVEL, brand, split_of
from benchmarks.text_dumps import render_bytes

#: The pool's repository tags (``index.json``'s ``repo``) and the repositories they name (docs/vocabulary_sources.md).
REPOSITORIES = {
    "hd": "adbar/htmldate", "pl": "postlight/parser", "jmp": "jocmp/mercury-parser", "mgh": "opendatalab/magic-html",
    "brv": "brave-experiments/SpeedReader", "snk": "smallrivers/snacktory", "g3": "goose3/goose3",
    "fundus": "flairNLP/fundus", "r4j": "dankito/Readability4J", "moz": "mozilla/readability",
}
_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([A-Za-z]{2})", re.IGNORECASE)
#: English function words: a page with no ``lang`` (or ``lang="en"``) is English when they are a tenth of its words or
#: more. Over the pool's pages English articles score 0.10 .. 0.37; below are undeclared other languages, empty pages
#: and link-heavy pages (a few English ones, whose few prose sentences are lost), and a page of mostly Chinese with a
#: few English words may pass, its prose filter then taking next to nothing.
_FUNCTION_WORDS = frozenset(
    {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "at", "by"}
)


@dataclass(frozen=True)
class PoolPage:
    """One pool page: its key, publisher, where it came from, and its visible text (``text_dumps`` rendering)."""

    key: str
    publisher: str
    host: str
    repo: str
    commit: str
    path: str
    text: str


def _english(data: bytes, text: str) -> bool:
    declared = _LANG.search(data[:5000])
    if declared is not None and declared.group(1).lower() != b"en":
        return False
    words = re.findall(r"[a-z]+", text.lower())
    return sum(word in _FUNCTION_WORDS for word in words) >= 0.1 * max(1, len(words))


def _own_labels(host: str) -> list[str]:
    """The host's labels before its public suffix (guessed as ``splits.brand`` guesses it: ``com.au``, ``co.uk``)."""
    labels = host.lower().split(".")
    suffix = 2 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL else 1
    return labels[:-suffix]


def english_pages(folder: Path, banned: set[str], off_limits: frozenset[str]) -> list[PoolPage]:
    """The pool's English pages of kind ``new`` or ``dev`` whose publisher (for ``new`` the host's brand, for ``dev`` the
    corpus publisher; either's brand too) is dev by the split's rule, no facts test publisher (``banned``, matched as
    ``quantity_probe_sample._pages`` matches it, on the host's labels too) and none of ``off_limits``, in key order."""
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    pages = []
    for key, entry in sorted(index.items()):
        if entry["kind"] not in ("new", "dev") or not entry["host"]:
            continue
        host_brand = brand(f"https://{entry['host']}") or entry["host"]
        publisher = host_brand if entry["kind"] == "new" else entry["pub"]
        names = {publisher, host_brand}
        if any(split_of(name) == "test" or name in off_limits for name in names):
            continue
        # the host's own labels too, as ``check_site_name`` does for case ids: abcnews.go.com is ABC News's, not go's
        named = names | set(_own_labels(entry["host"]))
        if any(name in banned or any(b in name for b in banned if len(b) > 4) for name in named):
            continue
        data = (folder / f"{key}.html").read_bytes()
        text = render_bytes(data)
        if _english(data, text):
            pages.append(PoolPage(key, publisher, entry["host"], REPOSITORIES[entry["repo"]], entry["commit"],
                                  entry["path"], text))
    return pages
