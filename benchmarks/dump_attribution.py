"""Attribute the text-dump cleaner's drops to its stages, on DEV pages: what each rule drops rightly and wrongly.

Run ``python -m benchmarks.dump_attribution [--rule NAME ...] [--pages]``. Each dev page is rendered as a text dump
(``benchmarks/text_dumps.py``) and cleaned in this process as ``newsfacts extract page.txt`` cleans it
(``document.clean_text``); then again with one rule switched off (``RULES``: a story-ending stage of
``text_regions.story_region`` made to end nowhere, a word list made to match nothing, a line filter of
``text.clean_text_dump`` made to keep everything). What the page gains back without the rule is what the rule drops:
its 4-token shingles in the reference body are story text dropped wrongly, the others furniture dropped rightly; a
reference paragraph (``recall_misses.coverage`` at least one half) kept without the rule and lost with it is a
paragraph the rule cut. The report gives, per rule, those counts with the pages and publishers they fall on, the dev
F1 with and without the rule, and the publishers the rule raises and lowers (mean page F1 per publisher).

A rule that ends a story is judged by where its line sits: a story-ending line above real story text cuts
paragraphs (the ``lost paragraphs`` column); one under the story drops only furniture.

Dev pages only: the test split is scored by ``benchmarks.extraction``, never mined (issue 12).
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from benchmarks.extraction import default_dirs, load_cases, score_page, shingles, tokens, with_splits
from benchmarks.recall_misses import MISSING, coverage
from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from extractors.clean import document, text_regions
from extractors.clean import text as text_clean

_NOTHING = re.compile(r"(?!)")


def _region_end(lines, region, *args):  # stands in for a ``_before_*`` stage
    return region.end


def _same_lines(lines, *args, **kwargs):  # stands in for a ``drop_*`` line filter or a paragraph filter
    return lines


def _no_rows(*args, **kwargs):  # stands in for a set of line indexes or lines
    return frozenset()


#: rule name -> [(module, attribute, stand-in)]: what switches the rule off.
RULES: dict[str, list[tuple[object, str, object]]] = {
    "end: rail/comment heading (_before_closing)": [(text_regions, "_before_closing", _region_end)],
    "end: profile end line (_before_end_line)": [(text_regions, "_before_end_line", _region_end)],
    "end: comment section (_before_comments)": [(text_regions, "_before_comments", _region_end)],
    "end: comment thread (_before_thread)": [(text_regions, "_before_thread", _region_end)],
    "end: author note/heading (_before_author_note)": [(text_regions, "_before_author_note", _region_end)],
    "end: promotion (_before_promotion)": [(text_regions, "_before_promotion", _region_end)],
    "end: dated card rail (_before_cards)": [(text_regions, "_before_cards", _region_end)],
    "end: teaser list (_before_teasers)": [(text_regions, "_before_teasers", _region_end)],
    "list: author_notes.txt (both uses)": [(text_regions, "AUTHOR_NOTE", _NOTHING), (text_clean, "AUTHOR_NOTE", _NOTHING)],
    "list: author_headings.txt": [(text_regions, "AUTHOR_HEADING", _NOTHING)],
    "list: rail_headings.txt": [(text_regions, "RAIL_HEADING", _NOTHING)],
    "list: dump_promo_lines.txt": [(text_regions, "DUMP_PROMO_LINE", _NOTHING)],
    "list: promo_lines.txt": [(text_regions, "PROMO_LINE", _NOTHING)],
    "lines: signup boxes": [(text_clean, "signup_boxes", _no_rows)],
    "lines: card rows": [(text_clean, "card_rows", _no_rows)],
    "lines: related links": [(text_clean, "drop_related_links", _same_lines)],
    "lines: cut headlines": [(text_clean, "drop_cut_headlines", _same_lines)],
    "lines: embedded posts": [(text_clean, "drop_embedded_posts", _same_lines)],
    "lines: pull quotes": [(text_clean, "drop_pull_quotes", _same_lines)],
    "lines: contents lists": [(text_clean, "drop_contents_lists", _same_lines)],
    "lines: boxes": [(text_clean, "drop_boxes", _same_lines)],
    "lines: unrelated lines": [(text_clean, "drop_unrelated_lines", _same_lines)],
    "lines: captions above credits": [(text_clean, "captions_above_credits", _no_rows)],
    "lines: captions with shared credit": [(text_clean, "captions_with_shared_credit", _no_rows)],
    "paragraphs: site appeals (without_site_appeals)": [(text_clean, "without_site_appeals", _same_lines)],
}


@contextmanager
def switched_off(rule: str) -> Iterator[None]:
    """The cleaner with ``rule`` switched off, restored on exit."""
    saved = [(module, name, getattr(module, name)) for module, name, _ in RULES[rule]]
    try:
        for module, name, stand_in in RULES[rule]:
            setattr(module, name, stand_in)
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


@dataclass(frozen=True, slots=True)
class Page:
    case_id: str
    publisher: str
    dump: str
    reference: str


def dev_pages() -> list[Page]:
    """The dev pages with a reference body, each rendered as a text dump."""
    publisher = {case_id: entry["publisher"] for case_id, entry in load_split().items()}
    pages = []
    for case in with_splits(load_cases(default_dirs())):
        if case.split != "dev" or not case.body:
            continue
        data = case.html.read_bytes()
        dump = render_bytes(gzip.decompress(data) if case.html.suffix == ".gz" else data)
        pages.append(Page(case.case_id, publisher.get(case.case_id, case.case_id), dump, case.body))
    return pages


def clean_all(pages: list[Page]) -> dict[str, str]:
    """case id -> cleaned body, as the dump path cleans it."""
    return {page.case_id: document.clean_text(page.dump).text or "" for page in pages}


def _f1(predicted: str, reference: str) -> float:
    score = score_page("", predicted, reference)
    p, r = score.precision or 0.0, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def corpus_f1(outputs: dict[str, str], pages: list[Page]) -> float:
    """The F1 ``benchmarks.extraction`` reports: from the mean page precision (pages with output) and recall."""
    scores = [score_page(page.case_id, outputs[page.case_id], page.reference) for page in pages]
    precisions = [s.precision for s in scores if s.precision is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(s.recall for s in scores) / len(scores) if scores else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _lost_paragraphs(reference: str, kept: str, without: str) -> list[str]:
    """Reference paragraphs kept by the cleaner without the rule and lost with it."""
    with_sh, without_sh = shingles(tokens(kept)), shingles(tokens(without))
    with_st, without_st = f" {' '.join(tokens(kept))} ", f" {' '.join(tokens(without))} "
    return [para for para in reference.split("\n\n") if tokens(para)
            and coverage(para, with_sh, with_st) < MISSING <= coverage(para, without_sh, without_st)]


@dataclass
class Attribution:
    wrong: int = 0  # reference shingles the rule drops
    right: int = 0  # non-reference shingles the rule drops
    lost: int = 0  # reference paragraphs the rule cuts
    wrong_pages: set[str] | None = None
    right_pages: set[str] | None = None
    up: int = 0
    down: int = 0
    f1_with: float = 0.0
    f1_without: float = 0.0


def attribute(pages: list[Page], base: dict[str, str], ablated: dict[str, str],
              show: Callable[[str], None] | None = None) -> Attribution:
    """What the rule whose ablation gave ``ablated`` drops on each page of ``base``."""
    result = Attribution(wrong_pages=set(), right_pages=set())
    by_publisher: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for page in pages:
        kept, without = base[page.case_id], ablated[page.case_id]
        f_with, f_without = _f1(kept, page.reference), _f1(without, page.reference)
        by_publisher[page.publisher].append((f_with, f_without))
        if kept == without:
            continue
        ref = shingles(tokens(page.reference))
        gained = shingles(tokens(without)) - shingles(tokens(kept))
        wrong = sum((gained & ref).values())
        right = sum(gained.values()) - wrong
        lost = _lost_paragraphs(page.reference, kept, without)
        result.wrong += wrong
        result.right += right
        result.lost += len(lost)
        if wrong:
            result.wrong_pages.add(page.case_id)
        if right:
            result.right_pages.add(page.case_id)
        if show is not None and (lost or wrong):
            show(f"    {page.case_id}: wrong {wrong}, right {right}, F1 {f_with:.3f} (without {f_without:.3f})")
            for para in lost:
                show(f"      lost: {para[:160]!r}")
    result.f1_with, result.f1_without = corpus_f1(base, pages), corpus_f1(ablated, pages)
    for scores in by_publisher.values():
        delta = sum(a - b for a, b in scores) / len(scores)
        result.up += delta > 1e-6
        result.down += delta < -1e-6
    return result


def _publishers(pages: list[Page], ids: set[str]) -> int:
    return len({page.publisher for page in pages if page.case_id in ids})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule", action="append", choices=list(RULES), help="rules to audit (default: all)")
    parser.add_argument("--pages", action="store_true", help="list each page a rule cuts story text on")
    args = parser.parse_args(argv)
    pages = dev_pages()
    base = clean_all(pages)
    print(f"{len(pages)} dev pages, {len({p.publisher for p in pages})} publishers; "
          "wrong/right = reference / other 4-token shingles the rule drops")
    print("| rule | wrong (pages, publishers) | right (pages, publishers) | lost paragraphs "
          "| dev F1 with / without | publishers up / down |")
    print("|---|---|---|---|---|---|")
    for rule in args.rule or RULES:
        with switched_off(rule):
            ablated = clean_all(pages)
        a = attribute(pages, base, ablated, show=print if args.pages else None)
        print(f"| {rule} | {a.wrong} ({len(a.wrong_pages)}, {_publishers(pages, a.wrong_pages)}) "
              f"| {a.right} ({len(a.right_pages)}, {_publishers(pages, a.right_pages)}) | {a.lost} "
              f"| {a.f1_with:.4f} / {a.f1_without:.4f} | {a.up} / {a.down} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
