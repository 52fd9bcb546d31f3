"""Score main-text extraction: ``newsfacts extract --no-facts`` against trafilatura on corpus-format cases.

Run ``python -m benchmarks.extraction [DIR ...]``. A case is ``<id>.html`` (or ``<id>.html.gz``) beside
``<id>.json`` holding ``expected.body`` / ``expected.with`` / ``expected.without``. Each tool runs as ONE
subprocess over all files so start-up cost counts the same for both; CPU time comes from
``resource.getrusage(RUSAGE_CHILDREN)`` around each run.

Metric (issue 3): ``\\w+`` tokens, multiset of contiguous 4-token shingles, per-page precision and
recall (both 1.0 when the shingles are equal); corpus precision is the mean over pages with non-empty
output, recall the mean over all pages, F1 = 2PR/(P+R); accuracy = token lists equal. Cases with only
with/without snippets are scored by snippet presence and reported apart.

Metadata (newsfacts only; trafilatura's text output has none): title exact (whitespace collapsed),
authors set-equal (case-folded), published equal as an instant; a reference without a zone is compared
as wall-clock time, and a date-only reference (or a naive midnight, how some sources store a bare
date) by calendar date.
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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pages"
FIXTURE_PAGES = REPO / "tests" / "fixtures" / "pages"
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
    pages: list[PageScore] = field(default_factory=list)
    snippets_ok: int = 0
    snippets_total: int = 0
    snippet_pages_ok: int = 0


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
            expected = json.loads(meta.read_text(encoding="utf-8")).get("expected", {})
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
                )
            )
    return cases


def stage_files(cases: list[Case], workdir: Path) -> dict[str, Case]:
    """Give both tools the same plain ``.html`` files (fixtures are gzipped); returns path -> case."""
    staged = {}
    for index, case in enumerate(cases):
        target = workdir / f"{index:04d}_{case.html.name.removesuffix('.gz')}"
        if case.html.suffix == ".gz":
            target.write_bytes(gzip.decompress(case.html.read_bytes()))
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


def score_run(run: ToolRun, cases: list[Case]) -> None:
    for case in cases:
        text = run.texts.get(case.case_id, "")
        if case.body is not None:
            run.pages.append(score_page(case.case_id, text, case.body))
        elif case.with_ or case.without:
            ok = [contains_snippet(text, s) for s in case.with_] + [not contains_snippet(text, s) for s in case.without]
            run.snippets_ok += sum(ok)
            run.snippets_total += len(ok)
            run.snippet_pages_ok += all(ok)


def summary(run: ToolRun) -> dict[str, float]:
    precisions = [p.precision for p in run.pages if p.precision is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(p.recall for p in run.pages) / len(run.pages) if run.pages else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": sum(p.exact for p in run.pages) / len(run.pages) if run.pages else 0.0,
        "snippets": run.snippets_ok / run.snippets_total if run.snippets_total else 1.0,
        "pages_per_cpu_s": len(run.texts) / run.cpu_seconds if run.cpu_seconds else 0.0,
    }


def same_instant(predicted: str | None, reference: str) -> bool:
    """Published dates compared as instants; see the module docstring for naive and date-only references."""
    if not predicted:
        return False
    try:
        got = datetime.fromisoformat(predicted)
        want = datetime.fromisoformat(reference)
    except ValueError:
        return False
    if len(reference) == 10 or (want.tzinfo is None and want.time() == datetime.min.time()):
        return got.date() == want.date()
    if want.tzinfo is None:
        return got.replace(tzinfo=None) == want
    return got.tzinfo is not None and got == want


def score_metadata(run: ToolRun, cases: list[Case]) -> dict[str, tuple[int, int]]:
    """(matches, cases with a reference) for title, authors and published."""
    counts = {"title": [0, 0], "authors": [0, 0], "published": [0, 0]}
    for case in cases:
        record = run.records.get(case.case_id, {})
        if case.title is not None:
            counts["title"][1] += 1
            counts["title"][0] += " ".join((record.get("title") or "").split()) == " ".join(case.title.split())
        if case.authors is not None:
            counts["authors"][1] += 1
            got = {a.casefold() for a in record.get("authors") or ()}
            counts["authors"][0] += got == {a.casefold() for a in case.authors}
        if case.published is not None:
            counts["published"][1] += 1
            counts["published"][0] += same_instant(record.get("published"), case.published)
    return {key: (hit, total) for key, (hit, total) in counts.items()}


def page_f1(page: PageScore) -> float:
    p = page.precision or 0.0
    return 2 * p * page.recall / (p + page.recall) if p + page.recall else 0.0


def report(ours: ToolRun, theirs: ToolRun, cases: list[Case], *, worst: int = WORST) -> str:
    a, b = summary(ours), summary(theirs)
    n_body = sum(c.body is not None for c in cases)
    n_snip = sum(c.body is None and bool(c.with_ or c.without) for c in cases)
    lines = [
        f"cases: {len(cases)} ({n_body} with body, {n_snip} snippet-only)",
        f"{'metric':<18}{ours.name:>12}{theirs.name:>14}{'ratio':>9}",
    ]
    for key in ("precision", "recall", "f1", "accuracy", "snippets", "pages_per_cpu_s"):
        ratio = a[key] / b[key] if b[key] else float("inf")
        lines.append(f"{key:<18}{a[key]:>12.4f}{b[key]:>14.4f}{ratio:>9.2f}")
    lines.append(
        f"{'snippet pages ok':<18}{ours.snippet_pages_ok:>9}/{n_snip:<2}{theirs.snippet_pages_ok:>11}/{n_snip:<2}"
    )
    lines.append(f"{'cpu seconds':<18}{ours.cpu_seconds:>12.2f}{theirs.cpu_seconds:>14.2f}")
    lines.append(f"{'errors':<18}{len(ours.errors):>12}{len(theirs.errors):>14}")
    meta = score_metadata(ours, cases)
    lines.append(f"metadata ({ours.name}): " + ", ".join(
        f"{key} {hit}/{total} ({hit / total if total else 0:.3f})" for key, (hit, total) in meta.items()
    ))
    for case_id, error in sorted(ours.errors.items()):
        lines.append(f"  {ours.name} error {case_id}: {error[:150]}")
    lines.append(f"worst {min(worst, len(ours.pages))} pages for {ours.name} (F1, P, R):")
    for page in sorted(ours.pages, key=page_f1)[:worst]:
        p = "-" if page.precision is None else f"{page.precision:.3f}"
        lines.append(f"  {page_f1(page):.3f}  P={p:<6} R={page.recall:.3f}  {page.case_id}")
    failed = [c.case_id for c in cases if c.body is None and (c.with_ or c.without)
              and not all([contains_snippet(ours.texts.get(c.case_id, ""), s) for s in c.with_]
                          + [not contains_snippet(ours.texts.get(c.case_id, ""), s) for s in c.without])]
    for case_id in failed:
        lines.append(f"  snippet check failed: {case_id}")
    return "\n".join(lines)


def default_dirs() -> list[Path]:
    return [d for d in (SHARED_PAGES, FIXTURE_PAGES) if d.is_dir()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="case folders (default: shared corpus + fixtures)")
    parser.add_argument("--all", action="store_true", help="list every page's F1/P/R, not only the worst")
    args = parser.parse_args(argv)
    dirs = args.dirs or default_dirs()
    cases = load_cases(dirs)
    if not cases:
        print(f"no cases found in {', '.join(map(str, dirs))}; pass a folder of <id>.html + <id>.json", file=sys.stderr)
        return 2
    newsfacts = shutil.which("newsfacts", path=str(Path(sys.executable).parent)) or "newsfacts"
    with tempfile.TemporaryDirectory(prefix="nf-bench-") as tmp:
        staged = stage_files(cases, Path(tmp))
        ours = run_timed("newsfacts", [newsfacts, "extract", "--no-facts", "--format", "jsonl"], staged)
        theirs = run_timed("trafilatura", [sys.executable, "-c", TRAFILATURA_WORKER], staged)
    for run in (ours, theirs):
        score_run(run, cases)
    print(report(ours, theirs, cases, worst=len(cases) if args.all else WORST))
    return 0


if __name__ == "__main__":
    sys.exit(main())
