"""The manual extractions of dragnet-org/dragnet_data (data CC BY 4.0), as dev text for the facts probe batches.

dragnet_data's ``data/meta.tar.gz`` holds one JSON file a page (``<uuid>.json``: ``url``, ``title``, ``text``), a
2020 news page's main text extracted by hand. Its later versions are Git LFS objects; the version committed as a
plain file (commit 1a6f385, "Fix archive setup so files unpack correctly", 1,391 pages, 284 with a ``text``) is the
one read here, from a path given on the command line (``git show 1a6f385:data/meta.tar.gz > meta.tar.gz``).

A page's publisher is the brand of its URL (``splits.brand``), and only publishers the facts probes may read are
kept (``dev_pages``): not a facts test publisher (as the corpus batches leave them out, ``_test_publishers``), none
of the off-limits ones, and ``dev`` by the cleaning split's rule (``splits.split_of``). The ``text`` field joins
its paragraphs with nothing between them ("...authorities said.The incident took place..."), so ``paragraphs``
breaks a line where a sentence's closing mark meets a capital with no space.
"""

from __future__ import annotations

import json
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.splits import brand, split_of


@dataclass(frozen=True)
class DragnetPage:
    """One page of the archive: its id (``dragnet_<uuid>``), URL, publisher (the URL's brand), text and publication
    time (``dt_published``, empty when the archive has none)."""

    page: str
    url: str
    publisher: str
    text: str
    published: str = ""


#: A lower-case letter, digit or bracket and a sentence's closing mark (and a closing quote), then a capital or an
#: opening quote with no space: the seam of two paragraphs ("said.The incident", Chicago Tribune); an initialism keeps
#: its stops ("U.S.Army": a capital before the last one). A straight quote at a seam may close the one paragraph or open
#: the next, so it is broken off on both sides, a line of its own that no sentence takes.
_SEAM = re.compile(r"(?<=[a-z0-9)][.!?])(?=[A-Z“\"])|(?<=[a-z0-9)][.!?][\"”’])(?=[A-Z“\"])")


def paragraphs(text: str) -> str:
    """The text with a line break at each paragraph seam the archive lost."""
    return _SEAM.sub("\n", text)


def read_archive(archive: Path) -> Iterator[DragnetPage]:
    """Every page of the archive that has a text and a URL, in archive order."""
    with tarfile.open(archive) as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".json"):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            data = json.loads(handle.read().decode("utf-8"))
            publisher = brand(data.get("url"))
            if data.get("text") and publisher:
                yield DragnetPage(
                    f"dragnet_{data['id']}", data["url"], publisher, paragraphs(data["text"]), data.get("dt_published") or ""
                )


def dev_pages(archive: Path, banned: set[str], off_limits: frozenset[str]) -> list[DragnetPage]:
    """The archive's pages whose publisher the probes may read: none of ``banned`` (facts test publishers' names and
    name parts, matched as ``quantity_probe_sample._pages`` matches them) or ``off_limits``, and ``dev`` by the
    cleaning split's rule."""
    return sorted(
        (
            page for page in read_archive(archive)
            if page.publisher not in banned and not any(b in page.publisher for b in banned if len(b) > 4)
            and page.publisher not in off_limits and split_of(page.publisher) == "dev"
        ),
        key=lambda page: page.page,
    )
