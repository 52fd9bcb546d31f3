"""Facts benchmark: precision/recall per fact kind on the gold labels, throughput and memory.

Run ``python -m benchmarks.facts [--split dev|test|all]``. The gold is split by publisher into
``dev`` (rules may be written from it; ``--misses`` lists its misses) and ``test`` (labelled by
reading before any rule change; scored, never mined: ``--misses`` refuses it). Scores follow
``benchmarks.facts_scoring``, per language (each case read with its page's address where the corpus holds the page,
``benchmarks.page_urls``), next to the bare spaCy model's entities scored per
mention on the same texts in the same run, overall and per label (PERSON, ORG, GPE+LOC, NORP). Throughput is measured on ~600-word
articles built from the English dev texts, next to the bare spaCy pipeline on the same texts in the
same run; memory is the peak RSS (VmHWM) of a child process that extracts 1,000 and then
10,000 shorter articles, streaming, next to a child that runs the bare spaCy pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import spacy

from benchmarks.facts_scoring import (
    MENTION_LABELS,
    Report,
    gold_mentions,
    model_mentions,
    ratio,
    score_case,
    score_mentions,
)
from benchmarks.page_urls import page_url
from extractors.facts import FactOptions, extract_facts_many
from extractors.facts.languages import PACKS
from extractors.facts.nlp import ModelError, resolve_model_name

GOLD_DIR = Path(__file__).parent / "facts_gold"
SPLITS = ("dev", "test")


def load_gold(split: str = "dev") -> list[dict]:
    """The gold articles of one split (``dev`` or ``test``), each tagged with its split."""
    cases = []
    for path in sorted((GOLD_DIR / split).glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        case["split"] = split
        cases.append(case)
    return cases


def shared_publishers(cases: list[dict]) -> set[str]:
    """Publishers with articles in more than one split (the split is by publisher, so none)."""
    splits: dict[str, set[str]] = {}
    for case in cases:
        splits.setdefault(case["publisher"], set()).add(case["split"])
    return {publisher for publisher, found in splits.items() if len(found) > 1}


def model_for(language: str) -> str:
    """The installed model of ``language``'s pack; raises ModelError when there is no pack or model.

    A language whose model is not installed is listed with a notice and not scored.
    """
    if language not in PACKS:
        raise ModelError(f"no language pack reads {language!r}")
    return resolve_model_name(None, language)


def score_split(
    cases: list[dict], options: FactOptions, mine: bool
) -> tuple[dict[str, Report], dict[str, Report], list[str]]:
    """Per-language reports for newsfacts and for the bare model on the same texts, plus notices.

    ``mine`` False (the test split) keeps no misses at all, so test articles cannot be mined.
    """
    reports: dict[str, Report] = {}
    bare: dict[str, Report] = {}
    notices = []
    for language in sorted({c["language"] for c in cases}):
        group = [c for c in cases if c["language"] == language]
        try:
            model = model_for(language)
        except ModelError as exc:
            notices.append(f"{language}: {len(group)} articles not scored: {exc}")
            continue
        report, base = Report(collect_misses=mine), Report(collect_misses=False)
        outputs = extract_facts_many(
            [
                (
                    c["text"],
                    datetime.fromisoformat(c["published"]) if c.get("published") else None,
                    language,
                    page_url(c["id"]),
                )
                for c in group
            ],
            options,
        )
        for case, facts in zip(group, outputs):
            score_case(case, facts, report)
        nlp = spacy.load(model)  # the bare model as shipped: no rules, no removed components
        for case, doc in zip(group, nlp.pipe(c["text"] for c in group)):
            base.articles += 1
            score_mentions(
                gold_mentions(case["text"], case["entities"]),
                model_mentions(doc.ents),
                base.kinds["entity/mention"],
                base.kinds["entity/span"],
                base.labels,
            )
        reports[language], bare[language] = report, base
    return reports, bare, notices


def merged(reports: dict[str, Report]) -> Report:
    """All languages' counts in one report."""
    total = Report()
    for report in reports.values():
        total.articles += report.articles
        for kind, score in report.kinds.items():
            total.kinds[kind].add(score.matched_pred, score.pred, score.matched_gold, score.gold)
        for label, score in report.labels.items():
            total.labels[label].add(score.matched_pred, score.pred, score.matched_gold, score.gold)
        for name in ("roles", "qualifiers", "values", "speakers", "sources"):
            getattr(total, name).update(getattr(report, name))
        total.misses += report.misses
    return total


def print_split(split: str, reports: dict[str, Report], bare: dict[str, Report]) -> None:
    groups = dict(reports)
    if len(reports) > 1:
        groups["all"] = merged(reports)
    for language, report in groups.items():
        base = merged(bare) if language == "all" else bare[language]
        print(f"-- {split} / {language}: {report.articles} articles")
        for kind, score in report.kinds.items():
            print(score.line(kind))
        print(base.kinds["entity/mention"].line("bare/mention"))
        print(base.kinds["entity/span"].line("bare/span"))
        for label, score in report.labels.items():
            print(f"{score.line('mention/' + label)}  | bare {base.labels[label].figures()}")
        print(f"role accuracy       {ratio(report.roles)}")
        print(f"qualifier accuracy  {ratio(report.qualifiers)}")
        print(f"quantity values right {ratio(report.values)}  (of the overlap matches)")
        print(f"quote speaker acc.  {ratio(report.speakers)}")
        print(f"attribution source  {ratio(report.sources)}")


def synthetic_articles(cases: list[dict], count: int, words: int) -> list[str]:
    """``count`` texts of about ``words`` words, cut from the gold bodies in rotation."""
    paragraphs = [p for case in cases for p in case["text"].split("\n\n") if p.strip()]
    texts, i = [], 0
    for _ in range(count):
        parts, n = [], 0
        while n < words:
            paragraph = paragraphs[i % len(paragraphs)]
            parts.append(paragraph)
            n += len(paragraph.split())
            i += 1
        texts.append("\n\n".join(parts))
    return texts


@dataclass(frozen=True)
class Rates:
    """Articles per second by wall clock and by this process's CPU time (the machine may be shared)."""

    wall: float
    cpu: float


def _timed(run, count: int) -> Rates:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return Rates(count / (time.perf_counter() - wall), count / (time.process_time() - cpu))


def throughput(texts: list[str], options: FactOptions) -> tuple[Rates, Rates]:
    """(extract_facts_many, the spaCy model's own full pipeline) rates on the same texts."""
    nlp = spacy.load(resolve_model_name(options.model))  # as shipped: every component enabled
    published = datetime.fromisoformat("2024-08-27T18:05:00+09:00")
    list(extract_facts_many([(t, published) for t in texts[:20]], options))  # warm-up
    list(nlp.pipe(texts[:20]))
    base = _timed(lambda: list(nlp.pipe(texts, batch_size=options.batch_size)), len(texts))
    facts = _timed(lambda: list(extract_facts_many(((t, published) for t in texts), options)), len(texts))
    return facts, base


def memory_run(count: int, words: int, baseline: bool) -> None:
    """Child-process body: extract ``count`` articles streaming, then print peak RSS in MiB."""
    base = synthetic_articles(english(load_gold("dev")), 50, words)
    published = datetime.fromisoformat("2024-08-27T18:05:00+09:00")
    items = ((base[i % len(base)] + f"\n\nItem {i}.", published) for i in range(count))
    if baseline:
        nlp = spacy.load(resolve_model_name(None))
        for _ in nlp.pipe((t for t, _ in items), batch_size=32):
            pass
    else:
        for _ in extract_facts_many(items):
            pass
    print(peak_rss_mib())


def peak_rss_mib() -> float:
    """Peak resident memory of this process in MiB.

    Linux's VmHWM belongs to the process image, so a child started by this benchmark does not
    inherit the parent's high-water mark the way ``ru_maxrss`` does across fork and exec.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_rss(count: int, words: int, baseline: bool) -> float:
    args = [sys.executable, "-m", "benchmarks.facts", "--memory-run", str(count), "--words", str(words)]
    out = subprocess.run(
        args + (["--baseline"] if baseline else []), capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def english(cases: list[dict]) -> list[dict]:
    """The English articles: the throughput and memory runs use the default English model."""
    return [c for c in cases if c["language"] == "en"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("dev", "test", "all"),
        help="gold split(s) to score (default: both; dev with --misses)",
    )
    parser.add_argument("--articles", type=int, default=300, help="600-word articles for the throughput run")
    parser.add_argument(
        "--memory", default="1000,10000", help="article counts for the memory runs ('' to skip)"
    )
    parser.add_argument("--memory-words", type=int, default=120, help="words per article in the memory runs")
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--misses", action="store_true", help="print every missed and extra fact of dev")
    parser.add_argument("--memory-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.split is None:
        args.split = "dev" if args.misses else "all"
    if args.misses and args.split != "dev":
        parser.error(
            "--misses needs --split dev: test articles are scored but never mined for misses "
            "(rules are written from dev only)"
        )
    if args.memory_run:
        memory_run(args.memory_run, args.words, args.baseline)
        return
    options = FactOptions()
    splits = SPLITS if args.split == "all" else (args.split,)
    cases = {split: load_gold(split) for split in splits}
    overlap = shared_publishers([c for group in cases.values() for c in group])
    if overlap:
        print(f"WARNING: publishers in both dev and test: {sorted(overlap)}")
    summary = {}
    for split in splits:
        began = time.perf_counter()
        if not cases[split]:
            print(f"-- {split}: no gold articles in {GOLD_DIR / split}")
            continue
        reports, bare, notices = score_split(cases[split], options, mine=split == "dev")
        print(
            f"== {split}: {len(cases[split])} gold articles ({time.perf_counter() - began:.1f} s incl. model load)"
        )
        for notice in notices:
            print(f"NOTICE {notice}")
        if reports:
            print_split(split, reports, bare)
            summary[split] = (merged(reports), merged(bare))
        if args.misses:
            print("\n".join(merged(reports).misses))
    if len(summary) > 1:
        print_summary(summary)
    dev = english(cases.get("dev") or load_gold("dev"))
    if args.articles:
        texts = synthetic_articles(dev, args.articles, args.words)
        facts, base = throughput(texts, options)
        print(
            f"throughput ({args.articles} x ~{args.words} words): facts {facts.wall:.1f} articles/s "
            f"({facts.cpu:.1f}/s of CPU), spaCy pipeline alone {base.wall:.1f} articles/s ({base.cpu:.1f}/s of CPU), "
            f"ratio {facts.wall / base.wall:.2f} (CPU {facts.cpu / base.cpu:.2f}); {os.cpu_count()} cores, shared"
        )
    counts = [int(c) for c in args.memory.split(",") if c]
    if counts:
        rss = {n: _child_rss(n, args.memory_words, False) for n in counts}
        base = _child_rss(counts[-1], args.memory_words, True)
        shown = ", ".join(f"{n} articles {mib:.0f} MiB" for n, mib in rss.items())
        print(
            f"peak RSS (~{args.memory_words} words/article): {shown}; growth x{rss[counts[-1]] / rss[counts[0]]:.2f}; "
            f"spaCy alone at {counts[-1]}: {base:.0f} MiB (ratio {rss[counts[-1]] / base:.2f})"
        )


def print_summary(summary: dict[str, tuple[Report, Report]]) -> None:
    """F1 of each kind on dev and test side by side (all languages)."""
    splits = list(summary)
    print("== F1 side by side: " + " | ".join(splits))
    rows = list(summary[splits[0]][0].kinds) + ["bare/mention", "bare/span"]
    rows += [f"{who}/{label}" for label in MENTION_LABELS for who in ("mention", "bare")]
    for kind in rows:
        cells = []
        for split in splits:
            report, bare = summary[split]
            who, _, name = kind.partition("/")
            if name in MENTION_LABELS:
                score = (bare if who == "bare" else report).labels[name]
            else:
                score = bare.kinds["entity/" + name] if who == "bare" else report.kinds[kind]
            f1 = score.f1
            cells.append(f"{'n/a' if f1 is None else f'{f1:.3f}':>6} (gold {score.gold})")
        print(f"{kind:<15} " + " | ".join(cells))


if __name__ == "__main__":
    main()
