"""Shapes of the text-dump cleaner's failures, on dev pages and on a folder of unlabelled pages: the dump lines it keeps
that the reference lacks (furniture kept) and the reference's lines it drops (story lost), grouped by structure.

Run ``python -m benchmarks.dump_shapes [--pool DIR] [--no-dev] [--examples N]``. Each page is rendered as a text dump
(``text_dumps``) and cleaned as ``newsfacts extract page.txt`` cleans it. A dev page's reference is its labelled
body; an unlabelled page of ``--pool`` (``*.html`` files, publishers from an ``index.json`` beside them mapping a
file's stem to ``{"pub": ...}``, else each file its own) takes the HTML path's output as a pseudo-reference: that
path reads markup the dump lost and scores far above the dump path on test (0.966 against 0.939 at stop 49), so what
the dump path keeps beyond it is mostly furniture, never a label. A line is story when half its 4-token shingles are
in the reference and kept when half are in the output (``recall_misses.coverage``, as ``dump_losses``).

A kept furniture line counts its tokens to every shape it has (``line_shapes``): its place (above the first kept
story line, between, below the last), its length and whether it closes a sentence, the cleaner's own ``line_kind``,
runs of short kept lines closing no sentence, a headline-shaped line over a kept one-sentence blurb, a date stamp, a
repeat elsewhere in the dump, a photo credit next to it, code. The table prints, per shape, the pages, publishers,
tokens and summed page shares of the reference on the pool and on dev, and the dev STORY tokens kept in the same
shape: the cost a rule reading the shape alone would pay (issue 12, pool217: none of the shapes that recur on both
sides had a cost under its gain); a place above or below the story has none by construction, as the kept story
lines bound it. Lost story lines count by their place and length. Dev pages only: the test split is
scored by ``benchmarks.extraction``, never mined.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.dump_attribution import dev_pages
from benchmarks.extraction import shingles, tokens
from benchmarks.recall_misses import MISSING, coverage
from benchmarks.text_dumps import render_bytes
from extractors.clean import document, widgets
from extractors.clean import text as text_clean
from extractors.clean.date_stamps import find_stamps
from extractors.clean.text_regions import closes_sentence, is_code, line_kind
from extractors.records import RawDocument

#: A kept line of at most this many words closing no sentence is short (runs of them are rails or menus).
SHORT_WORDS = 12
#: The fewest short lines in a row that make a run.
RUN = 3
#: A headline-shaped line: this many words, closing no sentence.
HEADLINE_WORDS = (4, 16)
#: A pool page whose HTML output is shorter has no story to stand in for a reference.
MIN_REFERENCE_WORDS = 50


@dataclass(frozen=True, slots=True)
class ShapePage:
    """A page's dump, the dump path's output and its reference (a labelled body, or the HTML path's output)."""

    case_id: str
    publisher: str
    dump: str
    output: str
    reference: str


@dataclass(slots=True)
class Tally:
    """Pages, publishers, tokens and summed page shares of the reference that fall to one shape."""

    pages: set[str] = field(default_factory=set)
    publishers: set[str] = field(default_factory=set)
    tokens: int = 0
    share: float = 0.0
    examples: list[tuple[str, str]] = field(default_factory=list)

    def add(self, page: ShapePage, line: str, count: int, reference_tokens: int, examples: int) -> None:
        self.pages.add(page.case_id)
        self.publishers.add(page.publisher)
        self.tokens += count
        self.share += count / reference_tokens
        if len(self.examples) < examples:
            self.examples.append((page.publisher, line))


def _stream(text: str) -> str:
    return f" {' '.join(tokens(text))} "


def _length(words: int, sentence: bool) -> str:
    size = "1-3" if words <= 3 else "4-8" if words <= 8 else "9-20" if words <= 20 else ">20"
    return f"length {size} {'sentence' if sentence else 'bare'}"


def line_shapes(lines: list[str], kept: list[bool], counts: list[int], index: int, first: int, last: int, *,
                repeats: Counter | None = None) -> list[str]:
    """The shapes of the kept line ``lines[index]``, ``first`` and ``last`` being the first and last kept story
    lines' indexes, ``counts`` every line's tokens, ``repeats`` the dump's lines counted (``Counter(lines)``)."""
    line, words = lines[index], counts[index]
    sentence = closes_sentence(line)
    place = "above the story" if index < first else "below the story" if index > last else "inside the story"
    shapes = [f"place {place}", _length(words, sentence), f"kind {line_kind(line)}"]

    def short(at: int) -> bool:
        return 0 <= at < len(lines) and kept[at] and counts[at] <= SHORT_WORDS and not closes_sentence(lines[at])

    if short(index):
        start = end = index
        while short(start - 1):
            start -= 1
        while short(end + 1):
            end += 1
        if end - start + 1 >= RUN:
            shapes.append("run of short lines")
    low, high = HEADLINE_WORDS
    below = index + 1 < len(lines) and kept[index + 1]
    if low <= words <= high and not sentence and below and closes_sentence(lines[index + 1]):
        shapes.append("headline over a blurb")
    if sentence and index and kept[index - 1] and low <= counts[index - 1] <= high \
            and not closes_sentence(lines[index - 1]):
        shapes.append("blurb under a headline")
    if find_stamps(line):
        shapes.append("date stamp in it")
    if (repeats or Counter(lines))[line] > 1:
        shapes.append("repeated in the dump")
    if any(widgets.is_credit_line(lines[at]) for at in (index - 1, index + 1) if 0 <= at < len(lines)):
        shapes.append("next to a photo credit")
    if is_code(line):
        shapes.append("code")
    if place != "inside the story" and sentence and words > 8:
        shapes.append(f"sentence {place}")
    return shapes


def tally(pages: Iterable[ShapePage], *, examples: int = 0) -> dict[str, Tally]:
    """Shape -> its tally: ``furniture: <shape>`` for kept lines the reference lacks, ``story: <shape>`` for kept
    story lines of the same shape (what a rule on the shape would lose), ``lost: <shape>`` for story lines dropped."""
    found: dict[str, Tally] = {}
    for page in pages:
        lines = text_clean.split_lines(page.dump)
        reference, reference_stream = shingles(tokens(page.reference)), _stream(page.reference)
        output, output_stream = shingles(tokens(page.output)), _stream(page.output)
        counts = [len(tokens(line)) for line in lines]
        repeats = Counter(lines)
        story = [coverage(line, reference, reference_stream) >= MISSING for line in lines]
        kept = [bool(count) and coverage(line, output, output_stream) >= MISSING
                for line, count in zip(lines, counts)]
        kept_story = [index for index in range(len(lines)) if story[index] and kept[index]]
        if not kept_story:
            continue
        first, last = kept_story[0], kept_story[-1]
        reference_tokens = max(1, len(tokens(page.reference)))
        for index, line in enumerate(lines):
            if kept[index]:
                side = "story" if story[index] else "furniture"
                labels = ["all", *line_shapes(lines, kept, counts, index, first, last, repeats=repeats)]
            elif story[index] and counts[index]:
                side = "lost"
                place = "above the story" if index < first else "below the story" if index > last else \
                    "inside the story"
                labels = ["all", f"place {place}", _length(counts[index], closes_sentence(line))]
            else:
                continue
            for label in labels:
                found.setdefault(f"{side}: {label}", Tally()).add(page, line, counts[index], reference_tokens,
                                                                    examples)
    return found


def pool_pages(folder: Path) -> list[ShapePage]:
    """The folder's ``*.html`` pages, each rendered as a dump and cleaned on both paths (the HTML path's output as
    the reference); pages whose HTML output runs under ``MIN_REFERENCE_WORDS`` words are left out."""
    index_file = folder / "index.json"
    index = json.loads(index_file.read_text(encoding="utf-8")) if index_file.exists() else {}
    pages = []
    for path in sorted(folder.glob("*.html")):
        data = path.read_bytes()
        raw = RawDocument(source=path.name, data=data, content_type="text/html")
        html = document.clean_document(raw).text or ""
        if len(tokens(html)) < MIN_REFERENCE_WORDS:
            continue
        dump = render_bytes(data)
        publisher = index.get(path.stem, {}).get("pub", path.stem)
        pages.append(ShapePage(path.stem, publisher, dump, document.clean_text(dump).text or "", html))
    return pages


def _dev() -> list[ShapePage]:
    return [ShapePage(page.case_id, page.publisher, page.dump, document.clean_text(page.dump).text or "",
                      page.reference) for page in dev_pages()]


def _row(found: dict[str, Tally], key: str) -> str:
    item = found.get(key, Tally())
    return f"{len(item.pages):>6}{len(item.publishers):>6}{item.tokens:>8}{item.share:>8.2f}"


def report(pool: dict[str, Tally], dev: dict[str, Tally], *, examples: int = 0) -> str:
    """The table: per shape, pool and dev pages / publishers / tokens / shares, and dev story tokens so shaped."""
    keys = sorted({key for key in [*pool, *dev] if not key.startswith("story: ")},
                  key=lambda key: (key.split(":")[0], -(pool.get(key) or dev.get(key) or Tally()).tokens))
    header = (f"{'shape':<44}{'pool: pages  pubs  tokens  shares':>34} |{'dev: pages  pubs  tokens  shares':>34} |"
              " dev story so shaped: tokens pubs")
    rows = [header]
    for key in keys:
        story = dev.get(key.replace("furniture: ", "story: ", 1), Tally()) if key.startswith("furniture") else Tally()
        rows.append(f"{key:<44}{_row(pool, key):>34} |{_row(dev, key):>34} |{story.tokens:>10}"
                    f"{len(story.publishers):>6}")
        for side, found in (("pool", pool), ("dev", dev)):
            for publisher, line in found.get(key, Tally()).examples[:examples]:
                rows.append(f"      {side:<5}{publisher[:20]:<21}{line[:100]}".replace("\n", " / "))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", type=Path, help="a folder of unlabelled *.html pages (and maybe index.json)")
    parser.add_argument("--no-dev", action="store_true", help="leave the dev pages out")
    parser.add_argument("--examples", type=int, default=0, help="print this many lines per shape and side")
    args = parser.parse_args(argv)
    pool_set = pool_pages(args.pool) if args.pool else []
    dev_set = [] if args.no_dev else _dev()
    for name, pages in (("pool", pool_set), ("dev", dev_set)):
        print(f"{name}: {len(pages)} pages of {len({page.publisher for page in pages})} publishers")
    print(report(tally(pool_set, examples=args.examples), tally(dev_set, examples=args.examples),
                 examples=args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
