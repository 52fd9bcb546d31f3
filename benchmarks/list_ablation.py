"""How much of the text-dump cleaner's DEV score rests on its word lists: dev dumps scored with furniture lists emptied.

Run ``python -m benchmarks.list_ablation [--lists NAME ...] [--each] [--dumps CACHE.pkl] [--pages N]``. The dump path's
furniture lists (``extractors/clean/data/<language>/*.txt`` read through ``widgets.local_lines``: promo lines, widget
lines, rail headings, related labels, credits, ...) hold the wording of the dev publishers they were written from,
which unseen publishers do not share (issue 12, ablate206: dumps dev 0.969 against test 0.939, German test precision
0.900). Each dev page is rendered as a text dump and cleaned as ``newsfacts extract page.txt`` cleans it, once with
every list (normal) and once per ablation: every furniture list at once (``all``), and with ``--each`` each list name
alone (every language's file of that name). The lists the cleaner reads structure from (``STRUCTURE_LISTS``: date
words, bylines, quality flags) stay in place unless named with ``--lists``. The report gives dev F1/P/R normal and
ablated, per language, and the ``--pages`` pages losing most under ``all`` with their publishers; ``--save`` keeps the
``all`` ablation's page scores to compare a rule's run against.

An ablation runs in fresh worker processes whose ``importlib.resources.files("extractors.clean")`` reads a copy of
the data folder without the emptied files, since the lists are compiled when the cleaner's modules are imported: this
module imports nothing of ``extractors`` at its top. Dev pages only: the test split is scored by
``benchmarks.extraction``, never ablated or mined.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import pickle
import sys
import tempfile
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

#: Lists the cleaner reads a page's structure from rather than furniture by its wording: date and time words (stamps,
#: zones), byline words (who wrote it), quality-flag phrases (what kind of page). Kept unless named.
STRUCTURE_LISTS = frozenset({"date_words.txt", "bylines.txt", "quality.txt"})
#: Per-language rows shown when a language has this many dev pages.
LANGUAGE_PAGES = 3
#: Data folder the workers of an ablation read (set by ``_start``).
_DATA_ROOT: Path | None = None


def data_folder() -> Path:
    """The cleaner's real data folder (one subfolder per language)."""
    return Path(str(resources.files("extractors.clean").joinpath("data")))


def furniture_lists(folder: Path) -> list[str]:
    """Every list file name of the data folder but the structure lists."""
    return sorted({path.name for path in folder.glob("*/*.txt")} - STRUCTURE_LISTS)


def ablated_copy(folder: Path, emptied: Iterable[str], into: Path) -> Path:
    """A copy of the package folder's ``data`` under ``into`` without the ``emptied`` list files; returns ``into``."""
    emptied = set(emptied)
    for path in folder.glob("*/*"):
        if path.name in emptied:
            continue
        target = into / "data" / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    return into


def _patched_files(anchor, *args, _real=resources.files):
    if anchor == "extractors.clean" and _DATA_ROOT is not None:
        return _DATA_ROOT
    return _real(anchor, *args)


def _start(root: str | None) -> None:
    """Worker start: point the cleaner's data reads at ``root`` before the cleaner is imported.

    The lists are compiled when the cleaner's modules are imported, so a process that has imported them already would
    go on reading the full lists and measure no ablation at all: that is an error, not a silent "no change".
    """
    global _DATA_ROOT
    if root and "extractors.clean" in sys.modules:
        raise RuntimeError("list_ablation: extractors.clean is already imported here; ablate in fresh processes "
                           "(score_dev starts its own)")
    _DATA_ROOT = Path(root) if root else None
    resources.files = _patched_files


def _clean(item: tuple[str, str, str]) -> tuple[str, float | None, float]:
    from benchmarks.extraction import score_page
    from extractors.clean import document
    from extractors.records import InputError, RawDocument

    case_id, dump, body = item
    raw = RawDocument(source="page.txt", data=dump.encode("utf-8"), content_type="text/plain")
    try:
        cleaned = document.clean_document(raw).text or ""
    except InputError:  # an empty dump: nothing kept, as the CLI benchmark scores it
        cleaned = ""
    score = score_page(case_id, cleaned, body)
    return case_id, score.precision, score.recall


def score_dev(pages: Sequence[tuple[str, str, str]], emptied: Iterable[str], workers: int) -> dict[str, tuple]:
    """case id -> (precision, recall) of each (case id, dump, reference) cleaned with the ``emptied`` lists removed."""
    emptied = list(emptied)
    with tempfile.TemporaryDirectory() as tmp:
        root = str(ablated_copy(data_folder(), emptied, Path(tmp))) if emptied else None
        context = multiprocessing.get_context("spawn")
        with context.Pool(workers, initializer=_start, initargs=(root,)) as pool:
            return {cid: (p, r) for cid, p, r in pool.imap_unordered(_clean, pages, chunksize=4)}


def aggregate(rows: Iterable[tuple]) -> tuple[float, float, float]:
    """Page-averaged (F1, P, R) as ``benchmarks.extraction`` reports them (an empty output has no precision)."""
    rows = list(rows)
    precisions = [p for p, _ in rows if p is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(rec for _, rec in rows) / len(rows) if rows else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def page_f1(pr: tuple) -> float:
    p, r = (pr[0] or 0.0), pr[1]
    return 2 * p * r / (p + r) if p + r else 0.0


def dev_dumps(cache: str | None) -> tuple[list[tuple[str, str, str]], dict[str, tuple[str, str]]]:
    """(case id, dump, reference) of every dev page with a body, and case id -> (language, publisher)."""
    import gzip

    from benchmarks.extraction import default_dirs, load_cases, with_splits
    from benchmarks.splits import load_split
    from benchmarks.text_dumps import render_bytes

    dumps = {}
    if cache:
        with open(cache, "rb") as handle:
            dumps = pickle.load(handle)
    publisher = {case_id: entry["publisher"] for case_id, entry in load_split().items()}
    pages, about = [], {}
    for case in with_splits(load_cases(default_dirs())):
        if case.split != "dev" or not case.body:
            continue
        if case.case_id not in dumps:
            data = case.html.read_bytes()
            dumps[case.case_id] = render_bytes(gzip.decompress(data) if case.html.suffix == ".gz" else data)
        pages.append((case.case_id, dumps[case.case_id], case.body))
        about[case.case_id] = (case.language or "?", publisher.get(case.case_id, case.case_id))
    return pages, about


def _line(label: str, rows: list[tuple], base: tuple[float, float, float] | None = None) -> str:
    f, p, r = aggregate(rows)
    delta = f" ({f - base[0]:+.4f} F1, {p - base[1]:+.4f} P, {r - base[2]:+.4f} R)" if base else ""
    return f"{label:<28}{len(rows):>4} F1 {f:.4f} P {p:.4f} R {r:.4f}{delta}"


def report(name: str, normal: dict, ablated: dict, about: dict, pages: int) -> None:
    """Dev F1/P/R normal against ablated, per language, and the ``pages`` pages losing most."""
    print(_line(f"{name}: normal", list(normal.values())))
    print(_line(f"{name}: ablated", list(ablated.values()), aggregate(normal.values())))
    languages: dict[str, list[str]] = {}
    for case_id, (language, _) in about.items():
        languages.setdefault(language, []).append(case_id)
    for language, ids in sorted(languages.items(), key=lambda kv: -len(kv[1])):
        if len(ids) >= LANGUAGE_PAGES:
            base = aggregate(normal[i] for i in ids)
            print("  " + _line(f"{language} ablated", [ablated[i] for i in ids], base))
    losses = sorted((page_f1(ablated[i]) - page_f1(normal[i]), i) for i in normal)
    for delta, case_id in losses[:pages]:
        if delta < 0:
            print(f"    {delta:+.4f}  {case_id}  ({about[case_id][1]})")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", nargs="*", help="list file names emptied together (default: every furniture list)")
    parser.add_argument("--each", action="store_true", help="also empty each furniture list name alone")
    parser.add_argument("--dumps", help="a pickle of case id -> rendered dump (rendered here when absent)")
    parser.add_argument("--pages", type=int, default=25, help="pages losing most to list")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--save", help="write case id -> (precision, recall) of the all-lists ablation to this JSON")
    args = parser.parse_args(argv)
    pages, about = dev_dumps(args.dumps)
    furniture = furniture_lists(data_folder())
    print(f"{len(pages)} dev pages; furniture lists emptied: {' '.join(args.lists or furniture)}")
    normal = score_dev(pages, [], args.workers)
    ablated = score_dev(pages, args.lists or furniture, args.workers)
    report("all", normal, ablated, about, args.pages)
    if args.save:
        Path(args.save).write_text(json.dumps(ablated), encoding="utf-8")
    if args.each:
        for name in furniture:
            alone = score_dev(pages, [name], args.workers)
            print(_line(name, list(alone.values()), aggregate(normal.values())))


if __name__ == "__main__":
    main()
