"""Score main-text extraction: ``newsfacts extract --no-facts`` against trafilatura on corpus-format cases.

Run ``python -m benchmarks.extraction [DIR ...] [--split dev|test|all]``. A case is ``<id>.html`` (or
``<id>.html.gz``) beside ``<id>.json`` holding ``expected.body`` / ``expected.with`` / ``expected.without``.
Default folders: the shared corpus (when checked out beside the repo; skipped with a notice otherwise), the
test fixtures and the repo corpus ``benchmarks/corpus/pages``. Each tool runs as ONE subprocess over all
files so start-up cost counts the same for both; CPU time comes from
``resource.getrusage(RUSAGE_CHILDREN)`` around each run.

Every case is ``dev`` or ``test`` by publisher (``benchmarks/splits.py``, ``benchmarks/corpus/SPLIT.json``).
The report scores each split apart, overall and per language, next to trafilatura, and counts pages with
empty output and no error ("silent empties"); page-level misses (worst pages, failed snippet checks,
empty pages) are listed for ``dev`` only: ``test`` is scored, never mined.

Metric (issue 3): ``\\w+`` tokens, multiset of contiguous 4-token shingles, per-page precision and
recall (both 1.0 when the shingles are equal); corpus precision is the mean over pages with non-empty
output, recall the mean over all pages, F1 = 2PR/(P+R); accuracy = token lists equal. Cases with only
with/without snippets are scored by snippet presence and reported apart.

``--as-text`` scores the text-dump path instead: each page is rendered as a browser's select-all copy
(``benchmarks/text_dumps.py``) and cleaned as ``newsfacts extract page.txt`` cleans it, against the same
expected body with the same metric and splits; the baseline column is the copied text itself, uncleaned
(its recall is the ceiling the rendering leaves, its precision what no cleaning gives).

Metadata (newsfacts only; trafilatura's text output has none): title exact (whitespace collapsed),
authors set-equal (case-folded), byline the same with ``author_orgs`` added (references credit sites and
agencies as authors), published equal as an instant to the minute; a reference without a zone is
compared as wall-clock time, and a date-only reference (or a naive midnight, how some sources store a
bare date) by calendar date.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from benchmarks.splits import SPLIT_FILE, assign, load_split
from benchmarks.text_dumps import COPY_STYLES, render_bytes

REPO = Path(__file__).resolve().parents[1]
SHARED_PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pages"
FIXTURE_PAGES = REPO / "tests" / "fixtures" / "pages"
CORPUS_PAGES = Path(__file__).resolve().parent / "corpus" / "pages"
SHINGLE = 4
TOKEN = re.compile(r"\w+", re.UNICODE)
WORST = 10

TRAFILATURA_WORKER = """
import json, sys
import trafilatura
for path in sys.argv[1:]:
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = trafilatura.extract(data, output_format="txt", include_comments=False, include_tables=True)
        out = {"source": path, "text": text or "", "error": None}
    except Exception as exc:  # a crash on one page must not hide the others' scores
        out = {"source": path, "text": "", "error": repr(exc)}
    sys.stdout.write(json.dumps(out) + "\\n")
"""


@dataclass(frozen=True, slots=True)
class Case:
    """One page with its reference: a full body, or with/without snippets only."""

    case_id: str
    html: Path
    body: str | None
    with_: tuple[str, ...]
    without: tuple[str, ...]
    title: str | None = None
    authors: tuple[str, ...] | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    split: str = "dev"
    repo_corpus: bool = False  # from benchmarks/corpus: never tuned on before the split existed


@dataclass(frozen=True, slots=True)
class PageScore:
    case_id: str
    precision: float | None  # None when the output is empty (excluded from corpus precision)
    recall: float
    exact: bool


@dataclass(slots=True)
class ToolRun:
    """Outputs of one tool over all cases, plus its process CPU time."""

    name: str
    texts: dict[str, str]
    errors: dict[str, str]
    records: dict[str, dict]
    cpu_seconds: float
    pages: dict[str, PageScore] = field(default_factory=dict)  # case id -> score, cases with a body
    snippets: dict[str, list[bool]] = field(default_factory=dict)  # case id -> checks, snippet-only cases

    def silent_empties(self, cases: list[Case]) -> list[str]:
        """Cases whose output has no word and no error: the failure the pipeline must never produce."""
        return [
            c.case_id for c in cases if not tokens(self.texts.get(c.case_id, "")) and c.case_id not in self.errors
        ]


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def shingles(toks: list[str]) -> Counter:
    """Contiguous 4-token shingles; a shorter non-empty text is one shingle so it still counts."""
    if len(toks) < SHINGLE:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1))


def score_page(case_id: str, predicted: str, reference: str) -> PageScore:
    pred_toks, ref_toks = tokens(predicted), tokens(reference)
    pred, ref = shingles(pred_toks), shingles(ref_toks)
    if pred == ref:
        return PageScore(case_id, 1.0 if pred_toks else None, 1.0, pred_toks == ref_toks)
    common = sum((pred & ref).values())
    precision = common / sum(pred.values()) if pred else None
    recall = common / sum(ref.values()) if ref else 1.0
    return PageScore(case_id, precision, recall, pred_toks == ref_toks)


def contains_snippet(text: str, snippet: str) -> bool:
    """Containment over the ``\\w+`` token stream, so whitespace and punctuation do not decide the check.

    Snippets may start or end mid-word (upstream cut them by characters), and CJK runs are one
    token, so the joined token strings are compared as substrings.
    """
    needle = " ".join(tokens(snippet))
    return bool(needle) and needle in " ".join(tokens(text))


def load_cases(dirs: list[Path]) -> list[Case]:
    """Cases from every folder; a case id already loaded (fixtures copied from the corpus) counts once."""
    cases, seen = [], set()
    for folder in dirs:
        for meta in sorted(folder.glob("*.json")):
            html = next((p for p in (meta.with_suffix(".html"), meta.with_suffix(".html.gz")) if p.exists()), None)
            if html is None or meta.stem in seen:
                continue
            seen.add(meta.stem)
            data = json.loads(meta.read_text(encoding="utf-8"))
            expected = data.get("expected", {})
            cases.append(
                Case(
                    case_id=meta.stem,
                    html=html,
                    body=expected.get("body"),
                    with_=tuple(expected.get("with") or ()),
                    without=tuple(expected.get("without") or ()),
                    title=expected.get("title"),
                    authors=tuple(expected["authors"]) if expected.get("authors") is not None else None,
                    published=expected.get("published"),
                    language=data.get("language"),
                    url=data.get("url"),
                    repo_corpus=folder.resolve() == CORPUS_PAGES,
                )
            )
    return cases


def with_splits(cases: list[Case]) -> list[Case]:
    """Each case with its split from SPLIT.json; a case not listed there gets the rule's split (with a notice)."""
    recorded = load_split()
    missing = {c.case_id: (c.url, c.language) for c in cases if c.case_id not in recorded}
    if missing:
        print(f"notice: {len(missing)} case(s) not in {SPLIT_FILE.name}; split by the publisher rule "
              f"(python -m benchmarks.splits --write records them)", file=sys.stderr)
    split = {case_id: entry["split"] for case_id, entry in {**recorded, **assign(missing)}.items()}
    return [replace(c, split=split[c.case_id]) for c in cases]


def stage_files(
    cases: list[Case], workdir: Path, *, as_text: bool = False, copy_style: str = "browser"
) -> dict[str, Case]:
    """Give both tools the same plain ``.html`` files (fixtures are gzipped); returns path -> case.

    ``as_text``: write each page as a ``.txt`` text dump instead (``text_dumps.render_bytes``, UTF-8), in
    ``copy_style`` (``text_dumps.COPY_STYLES``).
    """
    restyle = COPY_STYLES[copy_style]
    staged = {}
    for index, case in enumerate(cases):
        name = case.html.name.removesuffix(".gz")
        target = workdir / f"{index:04d}_{name.removesuffix('.html') + '.txt' if as_text else name}"
        data = gzip.decompress(case.html.read_bytes()) if case.html.suffix == ".gz" else None
        if as_text:
            dump = render_bytes(data if data is not None else case.html.read_bytes())
            target.write_text(restyle(dump), encoding="utf-8")
        elif data is not None:
            target.write_bytes(data)
        else:
            shutil.copyfile(case.html, target)
        staged[str(target)] = case
    return staged


def run_timed(name: str, argv: list[str], staged: dict[str, Case]) -> ToolRun:
    """Run one tool as one process over all files; parse its JSON lines back to cases by ``source``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(argv + list(staged), capture_output=True, text=True, cwd=REPO, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    texts, errors, records = {}, {}, {}
    for line in proc.stdout.splitlines():
        if not line.strip().startswith("{"):
            continue
        record = json.loads(line)
        case = staged.get(record.get("source")) or staged.get(str(Path(record.get("source", "")).resolve()))
        if case is None:
            continue
        texts[case.case_id] = record.get("text") or ""
        records[case.case_id] = record
        if record.get("error"):
            errors[case.case_id] = record["error"]
    if proc.returncode not in (0, 1) or not texts:
        print(f"{name}: exit {proc.returncode}\n{proc.stderr[-2000:]}", file=sys.stderr)
    return ToolRun(name, texts, errors, records, cpu)


def run_alternating(ours: tuple[str, list[str]], theirs: tuple[str, list[str]],
                    staged: dict[str, Case]) -> tuple[ToolRun, ToolRun]:
    """Both tools over every file, in halves taken in the order ours, theirs, theirs, ours.

    The shared VM's speed drifts by up to a quarter within minutes; one tool run after the other
    then reads the drift as a speed difference. Alternating halves in this mirrored order cancels a
    drift that is steady over the runs, and each tool still pays its start-up twice alike.
    """
    paths = list(staged)
    halves = [{p: staged[p] for p in paths[: len(paths) // 2]}, {p: staged[p] for p in paths[len(paths) // 2 :]}]
    runs: dict[str, list[ToolRun]] = {ours[0]: [], theirs[0]: []}
    for (name, argv), half in ((ours, halves[0]), (theirs, halves[0]), (theirs, halves[1]), (ours, halves[1])):
        runs[name].append(run_timed(name, argv, half))
    ours_run, theirs_run = (
        ToolRun(name, {**a.texts, **b.texts}, {**a.errors, **b.errors}, {**a.records, **b.records},
                a.cpu_seconds + b.cpu_seconds)
        for name, (a, b) in runs.items()
    )
    return ours_run, theirs_run


def score_run(run: ToolRun, cases: list[Case]) -> None:
    for case in cases:
        text = run.texts.get(case.case_id, "")
        if case.body is not None:
            run.pages[case.case_id] = score_page(case.case_id, text, case.body)
        elif case.with_ or case.without:
            run.snippets[case.case_id] = [contains_snippet(text, s) for s in case.with_] + [
                not contains_snippet(text, s) for s in case.without
            ]


def summary(run: ToolRun, cases: list[Case]) -> dict[str, float]:
    """Corpus precision, recall, F1, accuracy and snippet share over ``cases`` (a split, a language)."""
    pages = [run.pages[c.case_id] for c in cases if c.case_id in run.pages]
    checks = [ok for c in cases for ok in run.snippets.get(c.case_id, ())]
    precisions = [p.precision for p in pages if p.precision is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(p.recall for p in pages) / len(pages) if pages else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": sum(p.exact for p in pages) / len(pages) if pages else 0.0,
        "snippets": sum(checks) / len(checks) if checks else 1.0,
    }


def same_instant(predicted: str | None, reference: str) -> bool:
    """Published dates compared as instants to the minute; see the module docstring for naive and date-only references.

    To the minute, because each reference states the time as precisely as the copy it was read from, and a
    page's copies differ below the minute: a reading by eye writes "2012-10-27T18:27" for Libération's "27
    octobre 2012 à 18:27" whose ``datePublished`` says 18:27:17; fundus's hessenschau.de and yomiuri.co.jp
    values end in ":00" (their meta tags) where the JSON-LD gives 07:39:18.751 and 17:41:47; SmartReader's
    kotaku.com value keeps the meta tag's ".326" where the JSON-LD gives whole seconds.
    """
    if not predicted:
        return False
    try:
        got = datetime.fromisoformat(predicted)
        want = datetime.fromisoformat(reference)
    except ValueError:
        return False
    if len(reference) == 10 or (want.tzinfo is None and want.time() == datetime.min.time()):
        return got.date() == want.date()
    got, want = got.replace(second=0, microsecond=0), want.replace(second=0, microsecond=0)
    if want.tzinfo is None:
        return got.replace(tzinfo=None) == want
    return got.tzinfo is not None and got == want


def score_metadata(run: ToolRun, cases: list[Case]) -> dict[str, tuple[int, int]]:
    """(matches, cases with a reference) for title, authors, byline and published.

    ``byline`` compares persons and organisations together (``authors`` + ``author_orgs``): the
    references list whoever the byline credits, a site or agency included ("ndr.de", "AFP"), which
    newsfacts keeps out of ``authors`` by design.
    """
    counts = {"title": [0, 0], "authors": [0, 0], "byline": [0, 0], "published": [0, 0]}
    for case in cases:
        record = run.records.get(case.case_id, {})
        if case.title is not None:
            counts["title"][1] += 1
            counts["title"][0] += " ".join((record.get("title") or "").split()) == " ".join(case.title.split())
        if case.authors is not None:
            counts["authors"][1] += 1
            got = {a.casefold() for a in record.get("authors") or ()}
            counts["authors"][0] += got == {a.casefold() for a in case.authors}
            counts["byline"][1] += 1
            credited = got | {a.casefold() for a in record.get("author_orgs") or ()}
            counts["byline"][0] += credited == {a.casefold() for a in case.authors}
        if case.published is not None:
            counts["published"][1] += 1
            counts["published"][0] += same_instant(record.get("published"), case.published)
    return {key: (hit, total) for key, (hit, total) in counts.items()}


def page_f1(page: PageScore) -> float:
    p = page.precision or 0.0
    return 2 * p * page.recall / (p + page.recall) if p + page.recall else 0.0


def speed_lines(ours: ToolRun, theirs: ToolRun) -> list[str]:
    """Pages per CPU-second over the whole run (both splits: speed is not a tuned quantity)."""
    rate = {r.name: len(r.texts) / r.cpu_seconds if r.cpu_seconds else 0.0 for r in (ours, theirs)}
    ratio = rate[ours.name] / rate[theirs.name] if rate[theirs.name] else float("inf")
    return [
        f"{'pages_per_cpu_s':<18}{rate[ours.name]:>12.4f}{rate[theirs.name]:>14.4f}{ratio:>9.2f}",
        f"{'cpu seconds':<18}{ours.cpu_seconds:>12.2f}{theirs.cpu_seconds:>14.2f}",
    ]


def language_lines(ours: ToolRun, theirs: ToolRun, cases: list[Case]) -> list[str]:
    """F1 per language over the cases with a body, most pages first."""
    by_lang: dict[str, list[Case]] = {}
    for case in cases:
        if case.body is not None:
            by_lang.setdefault(case.language or "?", []).append(case)
    lines = [f"  {'language':<10}{'pages':>6}{ours.name + ' F1':>16}{theirs.name + ' F1':>17}"]
    for lang, group in sorted(by_lang.items(), key=lambda item: (-len(item[1]), item[0])):
        a, b = summary(ours, group)["f1"], summary(theirs, group)["f1"]
        lines.append(f"  {lang:<10}{len(group):>6}{a:>16.4f}{b:>17.4f}")
    return lines


def split_report(ours: ToolRun, theirs: ToolRun, cases: list[Case], split: str, *, worst: int) -> list[str]:
    """One split's scores; only ``dev`` names pages (worst, failed snippets, errors, silent empties)."""
    mine = [c for c in cases if c.split == split]
    if not mine:
        return [f"== {split}: no cases =="]
    named = split == "dev"
    a, b = summary(ours, mine), summary(theirs, mine)
    n_body = sum(c.body is not None for c in mine)
    snip = [c for c in mine if c.body is None and (c.with_ or c.without)]
    lines = [
        f"== {split}: {len(mine)} cases ({n_body} with body, {len(snip)} snippet-only) ==",
        f"{'metric':<18}{ours.name:>12}{theirs.name:>14}{'ratio':>9}",
    ]
    for key in ("precision", "recall", "f1", "accuracy", "snippets"):
        ratio = a[key] / b[key] if b[key] else float("inf")
        lines.append(f"{key:<18}{a[key]:>12.4f}{b[key]:>14.4f}{ratio:>9.2f}")
    ok = {r.name: sum(all(r.snippets[c.case_id]) for c in snip) for r in (ours, theirs)}
    lines.append(f"{'snippet pages ok':<18}{ok[ours.name]:>9}/{len(snip):<2}{ok[theirs.name]:>11}/{len(snip):<2}")
    errors = {r.name: sorted(c.case_id for c in mine if c.case_id in r.errors) for r in (ours, theirs)}
    empties = {r.name: r.silent_empties(mine) for r in (ours, theirs)}
    lines.append(f"{'errors':<18}{len(errors[ours.name]):>12}{len(errors[theirs.name]):>14}")
    lines.append(f"{'empty, no error':<18}{len(empties[ours.name]):>12}{len(empties[theirs.name]):>14}")
    meta = score_metadata(ours, mine)
    lines.append(f"metadata ({ours.name}): " + ", ".join(
        f"{key} {hit}/{total} ({hit / total if total else 0:.3f})" for key, (hit, total) in meta.items()
    ))
    lines.append("per language:")
    lines += language_lines(ours, theirs, mine)
    unseen = [c for c in mine if c.repo_corpus]
    if not named and unseen and len(unseen) < len(mine):
        u_a, u_b = summary(ours, unseen)["f1"], summary(theirs, unseen)["f1"]
        lines.append(f"repo-corpus pages only ({len(unseen)}, never tuned on): F1 {u_a:.4f} vs {u_b:.4f}")
    if not named:
        return lines
    for case_id in errors[ours.name]:
        lines.append(f"  {ours.name} error {case_id}: {ours.errors[case_id][:150]}")
    for case_id in empties[ours.name]:
        lines.append(f"  {ours.name} empty output, no error: {case_id}")
    scored = [ours.pages[c.case_id] for c in mine if c.case_id in ours.pages]
    lines.append(f"worst {min(worst, len(scored))} {split} pages for {ours.name} (F1, P, R):")
    for page in sorted(scored, key=page_f1)[:worst]:
        p = "-" if page.precision is None else f"{page.precision:.3f}"
        lines.append(f"  {page_f1(page):.3f}  P={p:<6} R={page.recall:.3f}  {page.case_id}")
    for case in snip:
        if not all(ours.snippets[case.case_id]):
            lines.append(f"  snippet check failed: {case.case_id}")
    return lines


def report(ours: ToolRun, theirs: ToolRun, cases: list[Case], *, worst: int = WORST) -> str:
    splits = {c.split for c in cases}
    counts = ", ".join(f"{s} {sum(c.split == s for c in cases)}" for s in sorted(splits))
    lines = [f"cases: {len(cases)} ({counts})"]
    lines.append(f"{'speed (all pages)':<18}{ours.name:>12}{theirs.name:>14}{'ratio':>9}")
    lines += speed_lines(ours, theirs)
    for split in ("dev", "test"):
        if split in splits:
            lines += split_report(ours, theirs, cases, split, worst=worst)
    return "\n".join(lines)


def text_report(ours: ToolRun, copied: ToolRun, cases: list[Case], *, worst: int = WORST) -> str:
    """The ``--as-text`` report: each split against the uncleaned copy, and the cleaner's speed on dumps."""
    rate = len(ours.texts) / ours.cpu_seconds if ours.cpu_seconds else 0.0
    lines = [
        (f"text dumps: {len(cases)} pages rendered as a browser's select-all copy (benchmarks/text_dumps.py), "
         f"cleaned by `newsfacts extract page.txt`; '{copied.name}' = the dump itself, uncleaned"),
        f"speed: {rate:.1f} dumps per CPU-second ({ours.cpu_seconds:.2f} s)",
    ]
    for split in ("dev", "test"):
        if any(c.split == split for c in cases):
            lines += split_report(ours, copied, cases, split, worst=worst)
    return "\n".join(lines)


def default_dirs() -> list[Path]:
    """The shared corpus (when checked out beside the repo), the test fixtures and the repo corpus."""
    if not SHARED_PAGES.is_dir():
        print(f"notice: {SHARED_PAGES} not found; scoring the repo's pages only", file=sys.stderr)
    return [d for d in (SHARED_PAGES, FIXTURE_PAGES, CORPUS_PAGES) if d.is_dir()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "dirs", nargs="*", type=Path, help="case folders (default: shared corpus, fixtures, repo corpus)"
    )
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all", help="split to run (default: all)")
    parser.add_argument("--all", action="store_true", help="list every dev page's F1/P/R, not only the worst")
    parser.add_argument(
        "--as-text", action="store_true", help="score the text-dump path: pages rendered as a browser's plain-text copy"
    )
    parser.add_argument(
        "--copy-style", choices=sorted(COPY_STYLES), default="browser",
        help="with --as-text: how the copy spaces and ends its lines (default: as a browser copies)",
    )
    args = parser.parse_args(argv)
    dirs = args.dirs or default_dirs()
    cases = [c for c in with_splits(load_cases(dirs)) if args.split in ("all", c.split)]
    if not cases:
        print(f"no cases found in {', '.join(map(str, dirs))}; pass a folder of <id>.html + <id>.json", file=sys.stderr)
        return 2
    newsfacts = shutil.which("newsfacts", path=str(Path(sys.executable).parent)) or "newsfacts"
    worst = len(cases) if args.all else WORST
    with tempfile.TemporaryDirectory(prefix="nf-bench-") as tmp:
        staged = stage_files(cases, Path(tmp), as_text=args.as_text, copy_style=args.copy_style)
        ours_tool = ("newsfacts", [newsfacts, "extract", "--no-facts", "--format", "jsonl"])
        if args.as_text:
            ours = run_timed(*ours_tool, staged)
            dumps = {case.case_id: Path(path).read_text(encoding="utf-8") for path, case in staged.items()}
            theirs = ToolRun("copied text", dumps, {}, {}, 0.0)
        else:
            ours, theirs = run_alternating(ours_tool, ("trafilatura", [sys.executable, "-c", TRAFILATURA_WORKER]), staged)
    for run in (ours, theirs):
        score_run(run, cases)
    print((text_report if args.as_text else report)(ours, theirs, cases, worst=worst))
    return 0


if __name__ == "__main__":
    sys.exit(main())
