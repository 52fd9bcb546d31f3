"""Facts benchmark: precision/recall per fact kind on the gold labels, throughput and memory.

Run ``python -m benchmarks.facts``. Scores follow the matching rules of the shared fact
conventions (see ``benchmarks/facts_gold/README.md``; dates are scored on the set of values
each article refers to, and also per mention as "date/mention"); throughput is measured on ~600-word
articles built from the gold texts, next to the bare spaCy pipeline on the same texts in the
same run; memory is the peak RSS (VmHWM) of a child process that extracts 1,000 and then
10,000 shorter articles, streaming, next to a child that runs the bare spaCy pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import spacy

from extractors.facts import FactOptions, extract_facts_many
from extractors.facts.gazetteer import country_aliases
from extractors.facts.nlp import resolve_model_name
from extractors.records import Attribution, DateMention, Entity, Quantity, Quote

GOLD_DIR = Path(__file__).parent / "facts_gold"
SIX_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
#: Unit spellings that name the same unit, so "30 meters" and a gold "m" compare equal.
UNIT_SYNONYMS = {
    "meter": "m",
    "metre": "m",
    "kilometer": "km",
    "kilometre": "km",
    "kilogram": "kg",
    "percent": "%",
    "pct": "%",
    "hr": "hour",
    "min": "minute",
    "yr": "year",
    "tonne": "ton",
    "mile": "mi",
    "foot": "ft",
    "feet": "ft",
}


@dataclass
class Score:
    """Counts behind precision and recall of one kind."""

    matched_pred: int = 0
    pred: int = 0
    matched_gold: int = 0
    gold: int = 0

    def line(self, name: str) -> str:
        p = self.matched_pred / self.pred if self.pred else 1.0
        r = self.matched_gold / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<13} P={p:.3f} R={r:.3f} F1={f:.3f}  (pred {self.pred}, gold {self.gold})"


@dataclass
class Report:
    kinds: dict[str, Score] = field(
        default_factory=lambda: {
            k: Score() for k in ("entity", "quantity", "date", "date/mention", "duration", "quote")
        }
    )
    roles: Counter = field(default_factory=Counter)
    qualifiers: Counter = field(default_factory=Counter)
    speakers: Counter = field(default_factory=Counter)
    attributions: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return re.sub(
        r"\s+", " ", text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    ).strip()


def _names_match(a: str | None, b: str | None) -> bool:
    """Equal case-insensitively, or one name's words a prefix/suffix of the other's ("Niroula" / "Jagannath Niroula")."""
    if not a or not b:
        return False
    wa, wb = _norm(a).lower().split(), _norm(b).lower().split()
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[: len(short)] == short or long_[-len(short) :] == short


def _entity_class(label: str, normalized: str) -> str:
    country = (
        len(normalized) == 2
        and normalized.isupper()
        and normalized in {c for c, _ in country_aliases().values()}
    )
    if label in {"GPE", "LOC"} or (label == "NORP" and country):
        return "PLACE"
    return label


def _unit_key(unit: str | None) -> str:
    word = _norm(unit or "").lower().split()[-1:] or [""]
    word = word[0]
    word = UNIT_SYNONYMS.get(word, word)
    if len(word) > 1 and word.endswith("s"):
        word = word[:-1]
    return UNIT_SYNONYMS.get(word, word)


def _greedy(gold: list, pred: list, match) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index), each gold taking the first free prediction that matches."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and match(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def score_case(case: dict, facts: list, report: Report) -> None:
    """Add one article's matches to ``report``."""
    text, cid = case["text"], case["id"]
    ents = [f for f in facts if isinstance(f, Entity) and f.label in SIX_LABELS]
    gold_ents = case["entities"]
    pairs = _greedy(
        gold_ents,
        ents,
        lambda g, p: (
            _entity_class(g["label"], g["normalized"]) == _entity_class(p.label, p.normalized)
            and (_names_match(g["normalized"], p.normalized) or _names_match(g["name"], p.text))
        ),
    )
    _add(report.kinds["entity"], len(pairs), len(ents), len(gold_ents))
    for gi, pi in pairs:
        if gold_ents[gi]["label"] == "PERSON" and gold_ents[gi]["role"]:
            right = _norm(gold_ents[gi]["role"]).lower() == _norm(ents[pi].role or "").lower()
            report.roles[right] += 1
            if not right:
                report.misses.append(
                    f"{cid} role wrong: {ents[pi].normalized} {ents[pi].role!r} (gold {gold_ents[gi]['role']!r})"
                )
    _record_misses(
        report,
        cid,
        "entity",
        gold_ents,
        pairs,
        lambda g: f"{g['label']} {g['normalized']}",
        ents,
        lambda p: f"{p.label} {p.normalized}",
    )

    quants = [f for f in facts if isinstance(f, Quantity)]
    gold_q = case["quantities"]
    pairs = _greedy(
        gold_q,
        quants,
        lambda g, p: (
            abs(p.value - float(g["value"])) <= 1e-6 * max(1.0, abs(float(g["value"])))
            and _unit_key(g["unit"]) == _unit_key(p.unit)
        ),
    )
    _add(report.kinds["quantity"], len(pairs), len(quants), len(gold_q))
    for gi, pi in pairs:
        report.qualifiers[gold_q[gi]["qualifier"] == quants[pi].qualifier] += 1
    _record_misses(
        report,
        cid,
        "quantity",
        gold_q,
        pairs,
        lambda g: f"{g['text']!r}={g['value']} {g['unit']}",
        quants,
        lambda p: f"{p.text!r}={p.value} {p.unit}",
    )

    dates = [f for f in facts if isinstance(f, DateMention) and f.granularity != "duration"]
    gold_d = [d for d in case["dates"] if d["granularity"] != "duration"]
    pairs = _greedy(gold_d, dates, lambda g, p: g["value"] == p.value)
    _add(report.kinds["date/mention"], len(pairs), len(dates), len(gold_d))
    # Some gold files list a date once per distinct value, others once per mention; scoring the
    # set of calendar values each article refers to is fair to both.
    values, gold_values = {d.value for d in dates}, {d["value"] for d in gold_d}
    _add(report.kinds["date"], len(values & gold_values), len(values), len(gold_values))
    _record_misses(
        report,
        cid,
        "date",
        gold_d,
        pairs,
        lambda g: f"{g['text']!r}={g['value']}",
        dates,
        lambda p: f"{p.text!r}={p.value}",
    )

    durations = [f for f in facts if isinstance(f, DateMention) and f.granularity == "duration"]
    gold_spans = _locate(text, [d["text"] for d in case["dates"] if d["granularity"] == "duration"])
    pairs = _greedy(gold_spans, durations, lambda g, p: p.start < g[1] and g[0] < p.end)
    _add(report.kinds["duration"], len(pairs), len(durations), len(gold_spans))
    _record_misses(
        report,
        cid,
        "duration",
        gold_spans,
        pairs,
        lambda g: repr(text[g[0] : g[1]]),
        durations,
        lambda p: repr(p.text),
    )

    quotes = [f for f in facts if isinstance(f, Quote)]
    gold_quotes = case["quotes"]
    pairs = _greedy(
        gold_quotes,
        quotes,
        lambda g, p: _norm(p.text).startswith(_norm(g["start"])) or _norm(g["start"]) in _norm(p.text),
    )
    _add(report.kinds["quote"], len(pairs), len(quotes), len(gold_quotes))
    for gi, pi in pairs:
        if gold_quotes[gi]["speaker"]:
            right = _names_match(gold_quotes[gi]["speaker"], quotes[pi].speaker)
            report.speakers[right] += 1
            if not right:
                report.misses.append(
                    f"{cid} speaker wrong: {quotes[pi].text[:40]!r} {quotes[pi].speaker!r} "
                    f"(gold {gold_quotes[gi]['speaker']!r})"
                )
    _record_misses(
        report,
        cid,
        "quote",
        gold_quotes,
        pairs,
        lambda g: repr(g["start"][:40]),
        quotes,
        lambda p: repr(p.text[:40]),
    )

    attributions = [f for f in facts if isinstance(f, Attribution)]
    for gold in case["attributions"]:
        claim = _norm(gold["claim_start"]).lower()
        offset = text.find(gold["claim_start"])
        hit = any(
            claim in _norm(a.claim).lower()
            or (a.start <= offset < a.end and a.cue.lower()[:3] == gold["cue"].lower()[:3])
            for a in attributions
        )
        report.attributions[hit] += 1
        if not hit:
            report.misses.append(
                f"{cid} attribution missed: {gold['source']} {gold['cue']} {gold['claim_start']!r}"
            )


def _locate(text: str, snippets: list[str]) -> list[tuple[int, int]]:
    """Character spans of snippets, each occurrence used once in order."""
    spans, seen = [], Counter()
    for snippet in snippets:
        start = -1
        for _ in range(seen[snippet] + 1):
            start = text.find(snippet, start + 1)
        seen[snippet] += 1
        if start >= 0:
            spans.append((start, start + len(snippet)))
    return spans


def _add(score: Score, matched: int, pred: int, gold: int) -> None:
    score.matched_pred += matched
    score.matched_gold += matched
    score.pred += pred
    score.gold += gold


def _record_misses(report, cid, kind, gold, pairs, show_gold, pred, show_pred) -> None:
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    report.misses += [
        f"{cid} {kind} missed: {show_gold(g)}" for i, g in enumerate(gold) if i not in matched_gold
    ]
    report.misses += [
        f"{cid} {kind} extra: {show_pred(p)}" for i, p in enumerate(pred) if i not in matched_pred
    ]


def load_gold() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(GOLD_DIR.glob("*.json"))]


def _ratio(counter: Counter) -> str:
    total = counter[True] + counter[False]
    return f"{counter[True] / total:.3f} ({counter[True]}/{total})" if total else "n/a"


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
    cases = load_gold()
    base = synthetic_articles(cases, 50, words)
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="600-word articles for the throughput run")
    parser.add_argument(
        "--memory", default="1000,10000", help="article counts for the memory runs ('' to skip)"
    )
    parser.add_argument("--memory-words", type=int, default=120, help="words per article in the memory runs")
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--misses", action="store_true", help="print every missed and extra fact")
    parser.add_argument("--memory-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_run:
        memory_run(args.memory_run, args.words, args.baseline)
        return
    cases = load_gold()
    options = FactOptions()
    report = Report()
    began = time.perf_counter()
    outputs = extract_facts_many(
        [(c["text"], datetime.fromisoformat(c["published"]) if c.get("published") else None) for c in cases],
        options,
    )
    for case, facts in zip(cases, outputs):
        score_case(case, facts, report)
    print(
        f"gold articles: {len(cases)} (model {resolve_model_name(options.model)}, "
        f"{time.perf_counter() - began:.1f} s incl. model load)"
    )
    for kind, score in report.kinds.items():
        print(score.line(kind))
    print(f"role accuracy       {_ratio(report.roles)}")
    print(f"qualifier accuracy  {_ratio(report.qualifiers)}")
    print(f"quote speaker acc.  {_ratio(report.speakers)}")
    print(f"attribution recall  {_ratio(report.attributions)}")
    if args.misses:
        print("\n".join(report.misses))
    if args.articles:
        texts = synthetic_articles(cases, args.articles, args.words)
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


if __name__ == "__main__":
    main()
