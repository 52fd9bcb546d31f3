"""Sort the text-dump cleaner's losses on DEV pages by kind: wrong region, story cut at its bounds, furniture kept,
story dropped inside.

Run ``python -m benchmarks.dump_losses [--pages N]``. Each dev page is rendered as a text dump and cleaned as
``newsfacts extract page.txt`` cleans it, recording the region ``story_region`` chose (``dump_regions``). Each line of
the dump is story when half its 4-token shingles are in the reference (``recall_misses.coverage``) and kept when half
are in the output; a story line lost or a furniture line kept counts its tokens to one kind:

- ``a``: the chosen region holds under ``--share`` of the reference (the story lost, another block kept): every loss;
- ``b-start`` / ``b-end``: a story line lost above or below the chosen region (the region cut short);
- ``c-top`` / ``c-mid`` / ``c-bottom``: a furniture line kept above the first kept story line, between story lines,
  or under the last;
- ``d``: a story line lost inside the region (a line rule dropped it).

The report gives per kind the tokens, the summed per-page shares of the reference (what the page-averaged F1
weighs) and the publishers, then the ``--pages`` pages losing most; ``--lines KIND`` (repeatable) lists each line of
those kinds on every dev page with the dump lines right above and below it, what a rule for the shape is read from
(issue 12, dumps94: each recall round had written its own listing). Issue 12, dumps28: on the 652 dev pages, kept
furniture (c) was 29.6 of the shares, bounds (b) 6.2, dropped story lines (d) 3.7, wrong regions (a) 5.1 on 3
publishers. Dev pages only: the test split is scored by ``benchmarks.extraction``, never mined.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field

from benchmarks.dump_attribution import Page, dev_pages
from benchmarks.dump_regions import chosen_regions
from benchmarks.extraction import score_page, shingles, tokens
from benchmarks.recall_misses import MISSING, coverage
from extractors.clean import document, text_regions
from extractors.clean import text as text_clean

KINDS = ("a", "b-start", "b-end", "c-top", "c-mid", "c-bottom", "d")
#: ``--lines`` prints this many characters of a line at most.
LISTED_CHARS = 160


@dataclass(slots=True)
class PageLosses:
    case_id: str
    publisher: str
    f1: float
    reference_tokens: int
    tokens: Counter = field(default_factory=Counter)  # kind -> tokens lost
    lines: list[LostLine] = field(default_factory=list)  # every line counted, in dump order


@dataclass(frozen=True, slots=True)
class LostLine:
    """A story line lost or a furniture line kept, with its kind and the dump lines around it."""

    index: int
    kind: str
    line: str
    above: str
    below: str


def _stream(text: str) -> str:
    return f" {' '.join(tokens(text))} "


def page_losses(page: Page, region: text_regions.Region | None, *, share: float) -> PageLosses:
    """The page's lost tokens by kind (see the module docstring), ``region`` being the one the cleaner chose."""
    out = document.clean_text(page.dump).text or ""
    lines = text_clean.split_lines(page.dump)
    ref, ref_stream = shingles(tokens(page.reference)), _stream(page.reference)
    kept_sh, kept_stream = shingles(tokens(out)), _stream(out)
    held = sum((shingles(tokens("\n".join(lines[region.start : region.end]))) & ref).values()) if region else 0
    wrong = held < share * max(1, sum(ref.values()))
    story = [coverage(line, ref, ref_stream) >= MISSING for line in lines]
    kept = [coverage(line, kept_sh, kept_stream) >= MISSING for line in lines]
    kept_story = [index for index in range(len(lines)) if story[index] and kept[index]]
    score = score_page(page.case_id, out, page.reference)
    p = score.precision or 0.0
    f1 = 2 * p * score.recall / (p + score.recall) if p + score.recall else 0.0
    losses = PageLosses(page.case_id, page.publisher, f1, len(tokens(page.reference)))
    for index, line in enumerate(lines):
        if story[index] == kept[index] or not (count := len(tokens(line))):
            continue
        if wrong or region is None:
            kind = "a"
        elif story[index]:
            kind = "b-start" if index < region.start else "b-end" if index >= region.end else "d"
        elif kept_story and index < kept_story[0]:
            kind = "c-top"
        elif kept_story and index > kept_story[-1]:
            kind = "c-bottom"
        else:
            kind = "c-mid"
        losses.tokens[kind] += count
        losses.lines.append(LostLine(index, kind, line, lines[index - 1] if index else "",
                                     lines[index + 1] if index + 1 < len(lines) else ""))
    return losses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.3, help="a chosen region holding less is the wrong one")
    parser.add_argument("--pages", type=int, default=30, help="list this many pages, most lost first")
    parser.add_argument("--lines", action="append", choices=KINDS, default=[],
                        help="list every line of this kind with its neighbours (repeatable)")
    args = parser.parse_args(argv)
    pages = dev_pages()
    chosen = chosen_regions(pages)
    found = [page_losses(page, chosen[page.case_id], share=args.share) for page in pages]
    print(f"{len(found)} dev pages; kind: tokens, summed page shares of the reference, publishers")
    for kind in KINDS:
        hit = [losses for losses in found if losses.tokens[kind]]
        shares = sum(losses.tokens[kind] / max(1, losses.reference_tokens) for losses in hit)
        print(f"  {kind:<9}{sum(losses.tokens[kind] for losses in hit):>8}{shares:>8.2f}"
              f"{len({losses.publisher for losses in hit}):>6}")
    for losses in sorted(found, key=lambda item: item.f1)[: args.pages]:
        kinds = ", ".join(f"{kind} {losses.tokens[kind]}" for kind in KINDS if losses.tokens[kind])
        print(f"  {losses.f1:.3f}  {losses.case_id} ({losses.publisher}): {kinds}")
    for losses in sorted(found, key=lambda item: item.f1):
        for lost in (lost for lost in losses.lines if lost.kind in args.lines):
            print(f"\n{lost.kind} {losses.case_id} ({losses.publisher}) line {lost.index}")
            print(f"     {lost.above[:LISTED_CHARS]}\n  >  {lost.line[:LISTED_CHARS]}\n     {lost.below[:LISTED_CHARS]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
