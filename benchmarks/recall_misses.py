"""List the reference paragraphs of DEV pages that newsfacts drops, and whether trafilatura keeps them.

Run ``python -m benchmarks.recall_misses [--all] [--page ID ...]``. Both tools run as in
``benchmarks.extraction`` (one process each over the staged pages); a reference paragraph is missing
when fewer than half of its 4-token shingles are in the output (the benchmark's metric, per paragraph).
A paragraph shorter than one shingle (a subheading, a line of Chinese or Japanese, whose words ``\\w+``
reads as one or two tokens) has no 4-token shingle to find: it is missing when its tokens do not occur, in
order, in the output. By default only paragraphs trafilatura keeps are listed (where it beats us on recall);
``--all`` lists every missing paragraph. Pages come out worst first, by the share of the reference's
shingles lost. ``--why`` names, for each paragraph listed, the cleaning stage that dropped it
(``where_lost``), so that misses can be sorted by the structure that lost them; ``--by-stage`` (with ``--why``)
closes the listing with the recall each stage cost, summed over the dev pages, and the publishers it cost it on
(``stage_totals``): a stage that costs many publishers a little is where a rule fits dev too closely.

Dev pages only: the test split is scored by ``benchmarks.extraction``, never mined (issue 12).
"""
from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.extraction import (
    SHINGLE,
    TRAFILATURA_WORKER,
    Case,
    default_dirs,
    load_cases,
    run_timed,
    shingles,
    stage_files,
    tokens,
    with_splits,
)
from benchmarks.splits import load_split
from extractors.clean import html as html_clean
from extractors.clean import text as text_clean
from extractors.clean.document import sane_body
from extractors.clean.dom import class_and_id
from extractors.clean.marks import find_marks
from extractors.clean.metadata import read_metadata
from extractors.clean.profiles import profile_for_url
from extractors.clean.standfirst import find_standfirsts
from extractors.formats.encoding import decode_bytes

#: A paragraph is missing from an output that holds less than this share of its shingles.
MISSING = 0.5


def coverage(paragraph: str, output: Counter, stream: str) -> float:
    """Share of the paragraph's shingles found in the output's shingle multiset.

    ``stream``: the output's tokens joined by spaces and padded by one; a paragraph shorter than a shingle is
    found (1.0) or not (0.0) as a run of tokens in it, since the output's shingles are all longer.
    """
    toks = tokens(paragraph)
    if 0 < len(toks) < SHINGLE:
        return 1.0 if f" {' '.join(toks)} " in stream else 0.0
    own = shingles(toks)
    total = sum(own.values())
    return sum((own & output).values()) / total if total else 1.0


def _stream(text: str) -> str:
    return f" {' '.join(tokens(text))} "


def misses(reference: str, ours: str, theirs: str, *, every: bool = False) -> list[tuple[float, float, str]]:
    """(share of the reference lost, trafilatura's coverage, paragraph) for each paragraph we miss.

    ``every`` False keeps only the paragraphs trafilatura has.
    """
    ours_sh, theirs_sh = shingles(tokens(ours)), shingles(tokens(theirs))
    ours_stream, theirs_stream = _stream(ours), _stream(theirs)
    size = sum(shingles(tokens(reference)).values()) or 1
    found = []
    for paragraph in reference.split("\n\n"):
        kept_by_us = coverage(paragraph, ours_sh, ours_stream)
        if kept_by_us >= MISSING:
            continue
        kept_by_them = coverage(paragraph, theirs_sh, theirs_stream)
        if every or kept_by_them >= MISSING:
            lost = sum(shingles(tokens(paragraph)).values()) * (1 - kept_by_us) / size
            found.append((lost, kept_by_them, paragraph))
    return found


#: Tokens of a paragraph's opening that identify the page element holding it.
_OPENING = 8
#: Elements never shown (their text is data or code): a paragraph is not looked for in them.
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "head", "title", "meta"})


def where_lost(html: str, paragraphs: list[str]) -> list[str]:
    """For each paragraph, the cleaning stage of ``clean_html``'s main pass that dropped it, in words.

    The stages run again one by one on a fresh tree (``html_clean``'s own functions, in ``extract_body``'s
    order);
    the element showing the paragraph's opening is noted first, and a stage lost the paragraph when it
    detached that element ("caption", "pruned"), left it outside the container, or a block or line rule
    dropped the text. A page the fallback rescues, or that a site profile recognises only by its text, is
    traced along the main pass all the same.
    """
    root, _ = html_clean.parse_page(html)
    marks = find_marks(root)
    meta = read_metadata(root, marks, html=html)
    html_clean.show_story_noscripts(root, meta.title)
    profile = profile_for_url(meta.canonical_url)
    body = sane_body(meta)
    openings = [_stream(" ".join(tokens(p)[:_OPENING])) for p in paragraphs]
    holders = [_holder(root, opening) for opening in openings]
    positions, standfirsts = find_standfirsts(root, meta.summaries)
    verdicts: list[str | None] = [None if h is not None else "not shown on the page" for h in holders]

    def detached(stage: str) -> None:
        for i, holder in enumerate(holders):
            if verdicts[i] is None and (top := _detached_top(holder, root)) is not None:
                verdicts[i] = f"{stage} {_describe(top)}"

    html_clean.drop_player_titles(root)
    detached("player title:")
    html_clean.collect_captions(root, marks)
    detached("caption:")
    html_clean.prune(root, profile)
    detached("pruned:")
    container = html_clean.choose_container(root, profile, body)
    for i, holder in enumerate(holders):
        if verdicts[i] is None and holder is not container and container not in holder.iterancestors():
            verdicts[i] = f"outside the container {_describe(container)}"
    html_clean.collect_image_labels(container)
    detached("image label:")
    blocks = html_clean.serialise(container)
    kept = html_clean.paragraphs_of(container)
    kept[:0] = (html_clean.pick_standfirst(container, positions, standfirsts)
                or html_clean.unmarked_lead(container, positions))
    ends = html_clean.before_body_end(html_clean.before_end(kept, profile), body)
    final, _ = text_clean.finish_paragraphs(ends, title=meta.title, profile=profile, text_dump=False,
                                            authors=meta.authors)
    kept_stream, ends_stream = _stream("\n".join(kept)), _stream("\n".join(ends))
    final_stream = _stream("\n".join(final))
    for i, opening in enumerate(openings):
        if verdicts[i] is not None:
            continue
        block = next((b for b in blocks if opening in _stream(b.text)), None)
        if block is not None and not html_clean.keep_block(block) and opening not in kept_stream:
            share = block.link_chars / max(len(block.text), 1)
            verdicts[i] = f"block rule: <{block.tag}> ({share:.0%} linked)"
        elif opening not in kept_stream:
            verdicts[i] = ("pull quote or list rule" if block is not None
                           else "joined to other text in its block")
        elif opening not in ends_stream:
            verdicts[i] = "story end (site profile or articleBody)"
        elif opening not in final_stream:
            verdicts[i] = "line rule (byline, date, caption or widget line)"
        else:
            verdicts[i] = "kept by the main pass (cut short, or lost after it)"
    return [v or "" for v in verdicts]


def _holder(root, opening: str):
    """The deepest shown element whose text holds the opening, or None.

    Its text is read twice: as one string, and with a space between text nodes, since blocks written without
    whitespace between them ("</ul><p>Read") run together into one token in the first reading.
    """
    found = None
    stack = [root]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _UNSHOWN or (
            opening not in _stream(el.text_content()) and opening not in _stream(" ".join(el.itertext()))
        ):
            continue
        found = el
        stack = list(reversed(el))  # the first child holding it, depth first
    return found


def _detached_top(el, root):
    """The highest ancestor of ``el`` (or ``el``) that a stage removed; None while it is in the tree."""
    while el.getparent() is not None:
        el = el.getparent()
    return None if el is root else el


def _describe(el) -> str:
    return f"<{el.tag} {class_and_id(el).strip()[:60]!r}>"


def stage_totals(rows: list[tuple[str, str, float]], pages: int) -> list[tuple[str, float, int]]:
    """(stage, recall lost per page, publishers) from (publisher, ``where_lost`` verdict, share lost) rows, most first.

    A verdict names the element a stage removed ("pruned: <div 'share-bar'>") and a link share; both are dropped so
    that one stage's losses add up across pages.
    """
    lost: Counter = Counter()
    where: dict[str, set[str]] = {}
    for publisher, verdict, share in rows:
        stage = re.sub(r" \(\d+% linked\)", "", re.sub(r"<(\w+) '[^']*'>", r"<\1>", verdict))
        lost[stage] += share
        where.setdefault(stage, set()).add(publisher)
    return [(stage, total / max(pages, 1), len(where[stage])) for stage, total in lost.most_common()]


def page_text(case: Case) -> str:
    """The case's page, decoded as ``newsfacts extract`` decodes it."""
    data = case.html.read_bytes()
    return decode_bytes(gzip.decompress(data) if case.html.suffix == ".gz" else data)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every missing paragraph, not only those trafilatura keeps")
    parser.add_argument("--page", action="append", default=[], help="only this dev case id (repeatable)")
    parser.add_argument("--why", action="store_true",
                        help="name the cleaning stage that dropped each paragraph")
    parser.add_argument("--by-stage", action="store_true",
                        help="with --why: close with the recall each stage cost and on how many publishers")
    args = parser.parse_args(argv)
    cases: list[Case] = [
        c for c in with_splits(load_cases(default_dirs()))
        if c.split == "dev" and c.body and (not args.page or c.case_id in args.page)
    ]
    if not cases:
        print("no dev case with a body matches", file=sys.stderr)
        return 2
    newsfacts = shutil.which("newsfacts", path=str(Path(sys.executable).parent)) or "newsfacts"
    with tempfile.TemporaryDirectory(prefix="nf-misses-") as tmp:
        staged = stage_files(cases, Path(tmp))
        ours = run_timed("newsfacts", [newsfacts, "extract", "--no-facts", "--format", "jsonl"], staged)
        theirs = run_timed("trafilatura", [sys.executable, "-c", TRAFILATURA_WORKER], staged)
    pages = []
    for case in cases:
        found = misses(case.body or "", ours.texts.get(case.case_id, ""), theirs.texts.get(case.case_id, ""),
                       every=args.all)
        if found:
            pages.append((sum(lost for lost, _, _ in found), case.case_id, found))
    by_id = {case.case_id: case for case in cases}
    publisher = {case_id: entry["publisher"] for case_id, entry in load_split().items()}
    rows: list[tuple[str, str, float]] = []
    for total, case_id, found in sorted(pages, reverse=True):
        print(f"### {case_id}  recall lost ~{total:.3f}")
        paragraphs = [paragraph for _, _, paragraph in found]
        why = where_lost(page_text(by_id[case_id]), paragraphs) if args.why else [""] * len(found)
        for (lost, kept_by_them, paragraph), stage in zip(found, why, strict=True):
            print(f"  [{lost:.3f} trafilatura {kept_by_them:.2f}] {paragraph[:300]!r}")
            if stage:
                print(f"      <- {stage}")
                rows.append((publisher.get(case_id, case_id), stage, lost))
    if args.by_stage and rows:
        print(f"\n## recall lost per stage, over {len(cases)} dev pages")
        for stage, lost, publishers in stage_totals(rows, len(cases)):
            print(f"  {lost:.5f}  {publishers:3d} publishers  {stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
