"""Measure a publisher's template as evidence for the text-dump cleaner, on DEV pages: lines that recur in a sibling
dump (another page of the same publisher in the same split) against what our dump output keeps.

Run ``python -m benchmarks.dump_templates [--same-year]``. Real users clean many pages of one source in a batch, and
lines a publisher prints on every page (menus, share bars, newsletter boxes, footers) are the classic evidence of
template detection. Each dev page with a sibling is cleaned as ``newsfacts extract page.txt`` cleans it
(``document.clean_text``) and its dump lines set against its siblings' dumps (``sibling_groups``: same publisher and
same split only, so a test page never informs a dev page nor the other way). Reported, as the rounds weigh things
(4-token shingles; a line under four tokens by its exact tokens; story = ``recall_misses.coverage`` of the reference
at least one half, kept = the same against the output):

1. the dump's tokens by story or furniture, kept or dropped, recurring in a sibling or not (a line of four tokens or
   more recurs when half its shingles occur in a sibling dump; a shorter one when a sibling prints it as a line);
2. the output's lines that recur, outside : inside the reference (summed page shares of the output, publishers),
   and what dropping them all from the output would do (pages up / down, mean page F1);
3. a run of ``R`` consecutive dump lines recurring verbatim, met after the output's first line, taken as the story's
   end (the output cut there): pages up / down and summed page F1;
4. kept output lines whose first or last ``K`` tokens begin or end a line of a sibling dump (a template's label or
   credit around page-specific text), outside : inside.

``--same-year`` keeps only siblings whose case id dates them in the same year (the corpus spreads a publisher's pages
over years, a batch of one day shares one template). Round dumpsX386 (issue 12, stop 63): the cleaner already drops
what recurs (item 1), and what it keeps wrongly does not recur; see docs/history/cleaning_rounds.md. Dev pages only:
the test split is scored by ``benchmarks.extraction``, never mined. ``NF_DUMPS_CACHE`` (the pickle ``score.py``
writes, keyed by case id and file size) spares rendering the dumps again.
"""
from __future__ import annotations

import argparse
import gzip
import os
import pickle
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from benchmarks.extraction import default_dirs, load_cases, page_f1, score_page, shingles, tokens, with_splits
from benchmarks.recall_misses import MISSING, coverage
from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from extractors.clean import document
from extractors.clean import text as text_clean

_YEAR = re.compile(r"_((?:19|20)\d\d)\b")


def sibling_groups(assignment: dict[str, dict[str, str]], case_ids: Iterable[str], *, same_year: bool = False
                   ) -> dict[str, tuple[str, ...]]:
    """case id -> the other case ids of its publisher in its split (in ``case_ids``; never across splits)."""
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for case_id in case_ids:
        entry = assignment.get(case_id)
        if entry is None:
            continue
        year = ""
        if same_year:
            found = _YEAR.search(case_id)
            year = found.group(1) if found else case_id
        groups[(entry["split"], entry["publisher"], year)].append(case_id)
    return {case_id: tuple(other for other in members if other != case_id)
            for members in groups.values() for case_id in members}


def line_key(line: str) -> str:
    """A line as its case-folded tokens: what must recur verbatim (spacing, case and punctuation aside)."""
    return " ".join(token.casefold() for token in tokens(line))


def _dumps(cases) -> dict[str, str]:
    cache_path = os.environ.get("NF_DUMPS_CACHE")
    cache = pickle.loads(Path(cache_path).read_bytes()) if cache_path and Path(cache_path).exists() else {}
    out = {}
    for case in cases:
        key = (case.case_id, case.html.stat().st_size)
        if key not in cache:
            data = case.html.read_bytes()
            cache[key] = render_bytes(gzip.decompress(data) if case.html.suffix == ".gz" else data)
        out[case.case_id] = cache[key]
    return out


def _low(text: str) -> list[str]:
    return [token.casefold() for token in tokens(text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--same-year", action="store_true")
    args = parser.parse_args()
    assignment = load_split()
    cases = [case for case in with_splits(load_cases(default_dirs()))
             if case.split == "dev" and (case.body is not None or case.with_ or case.without)]
    dumps = _dumps(cases)
    siblings = sibling_groups(assignment, [case.case_id for case in cases], same_year=args.same_year)
    publisher = {case.case_id: assignment[case.case_id]["publisher"] for case in cases}
    dump_lines = {cid: [line_key(line) for line in text_clean.split_lines(dump)] for cid, dump in dumps.items()}
    line_sets = {cid: set(lines) - {""} for cid, lines in dump_lines.items()}
    dump_shingles = {cid: set(shingles(_low(dump))) for cid, dump in dumps.items()}
    heads = {k: {cid: {tuple(line.split()[:k]) for line in lines if len(line.split()) > k}
                 for cid, lines in dump_lines.items()} for k in (3,)}
    tails = {k: {cid: {tuple(line.split()[-k:]) for line in lines if len(line.split()) > k}
                 for cid, lines in dump_lines.items()} for k in (3,)}
    tally, tally_pubs = Counter(), defaultdict(set)
    recur, recur_pubs = Counter(), defaultdict(set)
    affix, affix_pubs = Counter(), defaultdict(set)
    every = Counter()
    before, after, cut_pages = {}, {}, []
    for case in cases:
        cid = case.case_id
        others = siblings.get(cid, ())
        if not case.body or not others:
            continue
        pub = publisher[cid]
        sib_lines = set().union(*(line_sets[o] for o in others))
        sib_shingles = set().union(*(dump_shingles[o] for o in others))
        out = document.clean_text(dumps[cid]).text or ""
        ref, ref_stream = shingles(tokens(case.body)), f" {' '.join(tokens(case.body))} "
        kept_sh, kept_stream = shingles(tokens(out)), f" {' '.join(tokens(out))} "
        out_keys = {line_key(line) for line in out.split("\n")}
        ref_keys = {line_key(line) for line in case.body.split("\n")}
        total = max(1, sum(kept_sh.values()))
        for line, key in zip(text_clean.split_lines(dumps[cid]), dump_lines[cid]):  # 1
            toks = key.split()
            if not toks:
                continue
            if len(toks) < 4:
                recurs, story, kept = key in sib_lines, key in ref_keys, key in out_keys
            else:
                own = shingles(toks)
                recurs = sum(n for s, n in own.items() if s in sib_shingles) / sum(own.values()) >= MISSING
                story = coverage(line, ref, ref_stream) >= MISSING
                kept = coverage(line, kept_sh, kept_stream) >= MISSING
            tag = ("4+" if len(toks) >= 4 else "<4", "story" if story else "furniture", "kept" if kept else "dropped",
                   "recurs" if recurs else "own")
            tally[tag] += len(toks)
            tally_pubs[tag].add(pub)
        paragraphs, kept_paragraphs = out.split("\n\n"), []
        for paragraph in paragraphs:  # 2 and 4
            left = []
            for line in paragraph.split("\n"):
                key = line_key(line)
                toks = key.split()
                inside = (key in ref_keys) if len(toks) < 4 else coverage(line, ref, ref_stream) >= MISSING
                weight = sum(shingles(toks).values()) / total
                side = "inside" if inside else "outside"
                every[side] += weight
                if key and key in sib_lines:
                    recur[side] += weight
                    recur_pubs[side].add(pub)
                    continue
                left.append(line)
                if len(toks) > 3:
                    for end, table, part in (("head", heads[3], tuple(toks[:3])), ("tail", tails[3], tuple(toks[-3:]))):
                        if any(part in table[o] for o in others):
                            affix[(end, side)] += weight
                            affix_pubs[(end, side)].add(pub)
            if left:
                kept_paragraphs.append("\n".join(left))
        before[cid] = page_f1(score_page(cid, out, case.body))
        after[cid] = page_f1(score_page(cid, "\n\n".join(kept_paragraphs), case.body))
        positions, at = [], 0  # 3: each output paragraph's first line found in the dump, in order
        for paragraph in paragraphs:
            first, index = line_key(paragraph.split("\n", 1)[0]), at
            while index < len(dump_lines[cid]) and dump_lines[cid][index] != first:
                index += 1
            positions.append(index if index < len(dump_lines[cid]) else at)
            at = index + 1 if index < len(dump_lines[cid]) else at
        cut_pages.append((cid, pub, case.body, out, paragraphs, positions, sib_lines))
    print(f"dev pages with a sibling: {len(before)} ({len({publisher[c] for c in before})} publishers)")
    print("1. dump tokens by story/furniture, kept/dropped, recurring in a sibling:")
    for tag in sorted(tally):
        print(f"   {' '.join(tag):32} {tally[tag]:7d} tokens {len(tally_pubs[tag]):4d} publishers")
    print("2. output lines printed verbatim by a sibling: outside the reference "
          f"{recur['outside']:.2f} page shares ({len(recur_pubs['outside'])} publishers) : inside {recur['inside']:.2f} "
          f"({len(recur_pubs['inside'])}); of every output line {every['outside']:.2f} : {every['inside']:.2f}")
    up = sum(after[c] > before[c] + 1e-9 for c in before)
    down = sum(after[c] < before[c] - 1e-9 for c in before)
    print(f"   dropping them: pages up {up} down {down}, mean page F1 {sum(before.values()) / len(before):.4f} -> "
          f"{sum(after.values()) / len(after):.4f}")
    print("3. a run of R recurring dump lines after the output's first line ends the story:")
    for run_length in (3, 6, 10):
        up = down = 0
        gain, ups, downs = 0.0, set(), set()
        for cid, pub, body, out, paragraphs, positions, sib_lines in cut_pages:
            cut = _run_start(dump_lines[cid], positions[0] + 1 if positions else 0, sib_lines, run_length)
            if cut is None:
                continue
            new = "\n\n".join(p for p, at in zip(paragraphs, positions) if at < cut)
            delta = page_f1(score_page(cid, new, body)) - page_f1(score_page(cid, out, body))
            up, down, gain = up + (delta > 1e-9), down + (delta < -1e-9), gain + delta
            (ups if delta > 1e-9 else downs if delta < -1e-9 else set()).add(pub)
        print(f"   R={run_length:2d}: pages up {up} ({len(ups)} publishers) down {down} ({len(downs)}), "
              f"summed page F1 {gain:+.3f}")
    print("4. kept output lines whose first / last 3 tokens begin / end a sibling's dump line (outside : inside):")
    for end in ("head", "tail"):
        print(f"   {end}: {affix[(end, 'outside')]:.2f} ({len(affix_pubs[(end, 'outside')])} publishers) : "
              f"{affix[(end, 'inside')]:.2f} ({len(affix_pubs[(end, 'inside')])})")


def _run_start(lines: list[str], start: int, recurring: set[str], run_length: int) -> int | None:
    """Index of the first of ``run_length`` consecutive non-blank lines from ``start`` all in ``recurring``."""
    run: list[int] = []
    for index in range(start, len(lines)):
        if not lines[index]:
            continue
        run = run + [index] if lines[index] in recurring else []
        if len(run) >= run_length:
            return run[0]
    return None


if __name__ == "__main__":
    main()
