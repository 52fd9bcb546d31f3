"""This tree's ``newsfacts extract --no-facts`` against another checkout's: the same records, and the CPU ratio.

Run ``python -m benchmarks.tree_speed OTHER_TREE [--runs 3] [--as-text] [DIR ...]``. A change made for speed
must not change a page's output, and its gain must be read in one run: the shared machine's speed drifts by a
quarter within minutes, more than most gains. Both trees clean the pages ``benchmarks.extraction`` times (staged
by its ``stage_files``: HTML pages, or their text dumps), one process per half of them, in the order other,
this, this, other, so a steady drift cancels and both pay their start-up twice alike (``run_alternating``);
each run prints this tree's pages per CPU-second over the other's. Every record (text, error, flags,
metadata) must be the same in both trees and in every run: the pages that differ are named, and exit 1.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.extraction import REPO, default_dirs, load_cases, run_alternating, stage_files, with_splits


def tree_argv(tree: Path) -> list[str]:
    """``newsfacts extract`` run from ``tree``'s code with this interpreter (``env`` costs both trees alike)."""
    newsfacts = shutil.which("newsfacts", path=str(Path(sys.executable).parent)) or "newsfacts"
    return ["env", f"PYTHONPATH={tree}", sys.executable, newsfacts, "extract", "--no-facts", "--format", "jsonl"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the checkout to compare with (e.g. the main branch's)")
    parser.add_argument("dirs", nargs="*", type=Path, help="case folders (default: those of benchmarks.extraction)")
    parser.add_argument("--runs", type=int, default=3, help="alternating runs (default: 3)")
    parser.add_argument("--as-text", action="store_true", help="clean the pages' text dumps instead")
    args = parser.parse_args(argv)
    cases = with_splits(load_cases(args.dirs or default_dirs()))
    this, other = ("this", tree_argv(REPO)), ("other", tree_argv(args.other.resolve()))
    differing: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="nf-trees-") as tmp:
        staged = stage_files(cases, Path(tmp), as_text=args.as_text)
        for run in range(1, args.runs + 1):
            ours, theirs = run_alternating(this, other, staged)
            differing |= {c.case_id for c in cases if ours.records.get(c.case_id) != theirs.records.get(c.case_id)}
            ratio = theirs.cpu_seconds / ours.cpu_seconds if ours.cpu_seconds else float("inf")
            print(f"run {run}: {len(ours.records)} pages, this {ours.cpu_seconds:.2f} s, other "
                  f"{theirs.cpu_seconds:.2f} s CPU: this/other pages per CPU-second {ratio:.3f}", flush=True)
    print(f"records compared: {len(cases)} pages x {args.runs} runs; differing pages: {len(differing)}")
    for case_id in sorted(differing):
        print(f"  differs: {case_id}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
