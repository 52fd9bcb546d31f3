"""Which region the text-dump cleaner picks as the story, against where the reference lies, on DEV pages.

Run ``python -m benchmarks.dump_regions [--share 0.3] [--all]``. Each dev page is rendered as a text dump and cleaned
as ``newsfacts extract page.txt`` cleans it (``document.clean_text``), recording the region ``story_region`` returns;
then every region of the dump (``text_regions.regions``, outside consent dialogs) is scored by the reference's 4-token
shingles it holds. A page is listed when the chosen region holds under ``--share`` of the reference shingles while
another region holds more than half: the story sits elsewhere (issue 12: a short story under its headline losing to a
bigger wire block, a rail earlier on the page chosen). Per listed page: the regions with their prose words and
reference share, the chosen one marked, and the first lines above the best region (its header).

Dev pages only: the test split is scored by ``benchmarks.extraction``, never mined.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from benchmarks.dump_attribution import Page, dev_pages
from benchmarks.extraction import shingles, tokens
from extractors.clean import document, text_regions
from extractors.clean import text as text_clean


def chosen_regions(pages: list[Page]) -> dict[str, text_regions.Region | None]:
    """case id -> the region ``story_region`` returned when the page was cleaned."""
    seen: list[text_regions.Region | None] = []
    original = text_clean.story_region

    def recording(*args, **kwargs):
        seen.append(original(*args, **kwargs))
        return seen[-1]

    text_clean.story_region = recording
    try:
        out = {}
        for page in pages:
            seen.clear()
            document.clean_text(page.dump)
            out[page.case_id] = seen[0] if seen else None
    finally:
        text_clean.story_region = original
    return out


def _share(lines: list[str], start: int, end: int, ref: Counter) -> float:
    held = shingles(tokens("\n".join(lines[start:end])))
    return sum((held & ref).values()) / max(1, sum(ref.values()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.3, help="the chosen region holds less of the reference")
    parser.add_argument("--all", action="store_true", help="list every page, not only the misplaced ones")
    args = parser.parse_args(argv)
    pages = dev_pages()
    chosen = chosen_regions(pages)
    listed = 0
    publishers = set()
    for page in pages:
        lines = text_clean.split_lines(page.dump)
        ref = shingles(tokens(page.reference))
        region = chosen[page.case_id]
        found = text_regions._outside_dialogs(lines, text_regions.regions(lines))
        if not ref or not found:
            continue
        picked = _share(lines, region.start, region.end, ref) if region else 0.0
        shares = [_share(lines, r.start, r.end, ref) for r in found]
        best = max(range(len(found)), key=shares.__getitem__)
        if not args.all and not (picked < args.share and shares[best] > 0.5):
            continue
        listed += 1
        publishers.add(page.publisher)
        span = f"{region.start}-{region.end}" if region else "none"
        print(f"== {page.case_id} ({page.publisher}): chosen {span} holds {picked:.2f}; "
              f"best region {found[best].start}-{found[best].end} holds {shares[best]:.2f}")
        for r, share in zip(found, shares, strict=True):
            mark = "*" if region and r.start <= region.start < max(r.end, r.start + 1) else " "
            if r.prose >= 20 or share > 0.05 or mark == "*":
                print(f"  {mark} {r.start:5d}-{r.end:<5d} prose {r.prose:6.0f} ref {share:.2f} | {lines[r.start][:90]!r}")
        top = found[best].start
        for line in lines[max(0, top - 6) : top]:
            print(f"      above best: {line[:100]!r}")
    print(f"{listed} dev pages, {len(publishers)} publishers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
