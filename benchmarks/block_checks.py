"""Score cleaning block by block: every story paragraph must be kept, every furniture line must go.

Run ``python -m benchmarks.block_checks [--split dev|test|all] [--as-text]``. Issue 12 also measures
cleaning by must-keep / must-drop snippets, where one share bar left in costs as much as one paragraph
lost; the shingle F1 of ``benchmarks.extraction`` barely notices a short line of furniture kept. This
benchmark derives such checks from the pages that have a reference body, so every page is checked
the same way and nobody picks the snippets:

- **keep**: each paragraph of the reference body with at least ``MIN_TOKENS`` tokens; it passes when its
  first and last ``EDGE`` tokens are both in the output (so a paragraph cut short, or dropped, fails);
- **drop**: each line of the page's rendering (``benchmarks/text_dumps.py``: the visible text, one block a
  line) with at least ``MIN_TOKENS`` tokens that shares no 4-token shingle with the reference body, i.e.
  furniture the reference left out entirely (menus, share bars, captions, teasers, footers); it passes
  when its first ``EDGE`` tokens are not in the output.

Containment is over the ``\\w+`` token stream, as in ``benchmarks.extraction``. The report gives the keep
share, the drop share and their mean (the share of all checks right) per split and per language, next
to trafilatura run on the same pages (or, with ``--as-text``, the uncleaned dump). For ``dev`` only, it
lists the furniture lines newsfacts kept, grouped by their words, the ones seen at the most publishers
first: the candidates for a general rule. ``test`` is scored, never listed.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.extraction import (
    SHINGLE,
    TRAFILATURA_WORKER,
    Case,
    ToolRun,
    default_dirs,
    load_cases,
    run_timed,
    stage_files,
    tokens,
    with_splits,
)
from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes

#: Paragraphs and lines shorter than this are not checked: one or two words ("Share", "Menu") say too
#: little about which block they came from, and the shingle metric already counts them.
MIN_TOKENS = 4
#: Tokens compared at a block's edges.
EDGE = 8
#: How many kept furniture lines the dev report lists.
LISTED = 40


@dataclass(frozen=True, slots=True)
class Checks:
    """One page's derived checks: the token runs to keep and to drop."""

    keep: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (first EDGE tokens, last EDGE tokens)
    drop: tuple[tuple[str, ...], ...]  # first EDGE tokens of a furniture line
    drop_lines: tuple[str, ...]  # the furniture lines themselves, for the dev listing


def derive(body: str, rendered: str) -> Checks:
    """The keep checks from the reference ``body``, the drop checks from the page's ``rendered`` text."""
    keep = []
    for paragraph in body.split("\n"):
        toks = tokens(paragraph)
        if len(toks) >= MIN_TOKENS:
            keep.append((tuple(toks[:EDGE]), tuple(toks[-EDGE:])))
    ref = tokens(body)
    ref_shingles = {tuple(ref[i : i + SHINGLE]) for i in range(len(ref) - SHINGLE + 1)}
    drop, lines, seen = [], [], set()
    for line in rendered.split("\n"):
        toks = tokens(line)
        if len(toks) < MIN_TOKENS or tuple(toks) in seen:
            continue
        if any(tuple(toks[i : i + SHINGLE]) in ref_shingles for i in range(len(toks) - SHINGLE + 1)):
            continue
        seen.add(tuple(toks))
        drop.append(tuple(toks[:EDGE]))
        lines.append(line.strip())
    return Checks(tuple(keep), tuple(drop), tuple(lines))


def contains(haystack: str, needle: tuple[str, ...]) -> bool:
    """Whether the token run appears in ``haystack`` (a space-joined token stream, padded by spaces)."""
    return f" {' '.join(needle)} " in haystack


def outcomes(checks: Checks, text: str) -> tuple[list[bool], list[bool]]:
    """Per check, whether the output got it right: keep checks first, then drop checks."""
    haystack = f" {' '.join(tokens(text))} "
    keep = [contains(haystack, first) and contains(haystack, last) for first, last in checks.keep]
    drop = [not contains(haystack, first) for first in checks.drop]
    return keep, drop


def shares(results: list[tuple[list[bool], list[bool]]]) -> tuple[float, float, float, int, int]:
    """Keep share, drop share, share of all checks right, and the numbers of keep and drop checks."""
    keep = [ok for k, _ in results for ok in k]
    drop = [ok for _, d in results for ok in d]
    both = keep + drop
    return (
        sum(keep) / len(keep) if keep else 1.0,
        sum(drop) / len(drop) if drop else 1.0,
        sum(both) / len(both) if both else 1.0,
        len(keep),
        len(drop),
    )


def report(runs: list[ToolRun], cases: list[Case], checks: dict[str, Checks], split: str) -> list[str]:
    """One split: keep/drop/all shares per tool, overall and per language; dev also lists kept furniture."""
    mine = [c for c in cases if c.split == split and c.case_id in checks]
    if not mine:
        return [f"== {split}: no pages with a body =="]
    results = {run.name: {c.case_id: outcomes(checks[c.case_id], run.texts.get(c.case_id, "")) for c in mine}
               for run in runs}
    first = shares(list(results[runs[0].name].values()))
    lines = [f"== {split}: {len(mine)} pages, {first[3]} keep checks, {first[4]} drop checks ==",
             f"{'tool':<14}{'keep':>8}{'drop':>8}{'all':>8}"]
    for run in runs:
        keep, drop, both, _, _ = shares(list(results[run.name].values()))
        lines.append(f"{run.name:<14}{keep:>8.3f}{drop:>8.3f}{both:>8.3f}")
    languages = sorted({c.language or "?" for c in mine}, key=lambda lang: -sum((c.language or "?") == lang for c in mine))
    lines.append("per language (all checks right): " + ", ".join(
        f"{lang} ({sum((c.language or '?') == lang for c in mine)}) "
        + " / ".join(f"{shares([results[r.name][c.case_id] for c in mine if (c.language or '?') == lang])[2]:.3f}"
                     for r in runs)
        for lang in languages[:8]
    ))
    if split == "dev":
        lines += lost_paragraphs(results[runs[0].name], mine)
        lines += kept_furniture(results[runs[0].name], checks, mine)
    return lines


def lost_paragraphs(results: dict[str, tuple[list[bool], list[bool]]], cases: list[Case]) -> list[str]:
    """Dev pages where newsfacts lost or cut reference paragraphs, most lost first, with the first one lost."""
    lost = []
    for case in cases:
        keep, _ = results[case.case_id]
        if not all(keep):
            paragraphs = [p for p in (case.body or "").split("\n") if len(tokens(p)) >= MIN_TOKENS]
            first = next(p for p, ok in zip(paragraphs, keep) if not ok)
            lost.append((keep.count(False), len(keep), case.case_id, first.strip()))
    lost.sort(key=lambda item: (-item[0], item[2]))
    lines = [f"paragraphs lost or cut on dev ({sum(n for n, *_ in lost)} on {len(lost)} pages; lost/all, page, first lost):"]
    lines += [f"  {n:>3}/{total:<3} {case_id}: {first[:90]}" for n, total, case_id, first in lost[:LISTED]]
    return lines


def kept_furniture(results: dict[str, tuple[list[bool], list[bool]]], checks: dict[str, Checks],
                   cases: list[Case]) -> list[str]:
    """Dev furniture lines the cleaner kept, grouped by their lower-cased words, most publishers first."""
    publisher = {case_id: entry["publisher"] for case_id, entry in load_split().items()}
    groups: dict[str, set[str]] = defaultdict(set)
    sample: dict[str, str] = {}
    for case in cases:
        _, drop = results[case.case_id]
        for ok, line in zip(drop, checks[case.case_id].drop_lines):
            if not ok:
                key = " ".join(tokens(line.lower()))[:80]
                groups[key].add(publisher.get(case.case_id, case.case_id))
                sample.setdefault(key, line)
    ranked = sorted(groups, key=lambda key: (-len(groups[key]), key))[:LISTED]
    lines = [f"furniture kept on dev ({len(groups)} distinct lines; publishers, line):"]
    lines += [f"  {len(groups[key]):>3}  {sample[key][:110]}" for key in ranked]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="case folders (default: as benchmarks.extraction)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all", help="split to run (default: all)")
    parser.add_argument("--as-text", action="store_true", help="check the text-dump path against the uncleaned dump")
    args = parser.parse_args(argv)
    dirs = args.dirs or default_dirs()
    cases = [c for c in with_splits(load_cases(dirs)) if args.split in ("all", c.split) and c.body is not None]
    if not cases:
        print(f"no pages with a reference body in {', '.join(map(str, dirs))}", file=sys.stderr)
        return 2
    newsfacts = shutil.which("newsfacts", path=str(Path(sys.executable).parent)) or "newsfacts"
    with tempfile.TemporaryDirectory(prefix="nf-blocks-") as tmp:
        staged = stage_files(cases, Path(tmp), as_text=args.as_text)
        rendered = {}
        for path, case in staged.items():
            rendered[case.case_id] = (Path(path).read_text(encoding="utf-8") if args.as_text
                                      else render_bytes(Path(path).read_bytes()))
        ours = run_timed("newsfacts", [newsfacts, "extract", "--no-facts", "--format", "jsonl"], staged)
        other = (ToolRun("copied text", rendered, {}, {}, 0.0) if args.as_text
                 else run_timed("trafilatura", [sys.executable, "-c", TRAFILATURA_WORKER], staged))
    checks = {c.case_id: derive(c.body, rendered[c.case_id]) for c in cases}
    lines = [(f"block checks on {len(cases)} pages ({'text dumps' if args.as_text else 'HTML'}); "
              f"keep = reference paragraphs kept whole, drop = furniture lines left out")]
    for split in ("dev", "test"):
        if any(c.split == split for c in cases):
            lines += report([ours, other], cases, checks, split)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
