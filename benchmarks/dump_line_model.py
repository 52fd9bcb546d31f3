"""Would a learned line scorer beat the text-dump cleaner's hand rules? Publisher-grouped cross-validation on DEV dumps.

Run ``python -m benchmarks.dump_line_model [--folds 5]``. Boilerpipe (Kohlschütter et al., 2010) separates content
from boilerplate across sites with a few shallow features per text block and a small classifier; this asks whether
such a scorer, trained on the dev dumps only, makes one of the dump cleaner's decisions better than its rules do.

Each dev page is rendered as a text dump (``benchmarks/text_dumps.py``) and cleaned as ``newsfacts extract page.txt``
cleans it (``document.clean_text``), recording the region ``story_region`` chose. A line of the dump (``split_lines``)
is content when at least half of it is in the reference (``recall_misses.coverage``). Features per line
(``FEATURES``): its words, mean word length, shares of capitalised and digit tokens and of punctuation, whether it
closes a sentence or ends in a colon or an ellipsis, sentences inside it, a "|", whether the page repeats it, the
cleaner's own reading of it (``line_kind``, byline, caption, credit, promotion); the same for the lines above and below
and the mean of the lines two away; its place in the dump; and, for the decisions inside the chosen region, its
place against that region and the share of its word stems the region's other lines use. A logistic regression
(numpy, L2, each page's tokens weighing one) is fitted on the pages of all folds but one, by publisher
(``benchmarks.splits``), and scores the held-out fold. Two decisions are tried on the held-out scores:

- ``veto``: a paragraph of the cleaner's output whose line scores under a threshold is dropped (line keep/drop);
- ``region``: the region ``story_region`` starts from is the one whose lines score most content words net of
  boilerplate words, scored without the region features (region choice).

The report gives the dev F1 (as ``benchmarks.extraction`` computes it) for each, with the pages it moves, and the
largest standardised weights of the scorer fitted on every dev page. Dev pages only: test is scored, never mined.
"""
from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from benchmarks.dump_attribution import Page, corpus_f1, dev_pages
from benchmarks.extraction import score_page, shingles, tokens
from benchmarks.recall_misses import MISSING, coverage
from extractors.clean import document, text_regions, widgets
from extractors.clean import text as text_clean

KINDS = ("prose", "table", "item", "data", "neutral", "widget")  # ``line_kind``'s others: "furniture", the baseline
OWN = ("log_words", "word_length", "capitalised", "digits", "closes_sentence", "colon_end", "ellipsis_end",
       "sentences_inside", "punctuation", "pipe", "repeated", "byline", "caption", "credit", "promo") + tuple(
    f"kind_{kind}" for kind in KINDS)
#: Own features, then the line above's, the line below's, the mean of the two lines two away, and the positions.
FEATURES = OWN + tuple(f"{side}_{name}" for side in ("above", "below", "two_away") for name in OWN) + (
    "place_in_dump",)
REGION_FEATURES = ("in_region", "place_in_region", "lines_above_region", "lines_below_region", "shared_stems")
VETO_THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3)
_STEM = re.compile(r"[^\W\d_]{4,}")
STEM_CHARS = 5


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A dev page cleaned by the dump path: its lines, their labels, the chosen region and the output."""

    page: Page
    lines: list[str]
    content: np.ndarray  # per line: at least half of it in the reference
    weight: np.ndarray  # per line: its share of the page's tokens (one more each, so an empty line counts a little)
    region: tuple[int, int]
    output: str


def own_features(line: str, repeats: int) -> list[float]:
    """The shallow features of one line (``OWN``)."""
    toks = tokens(line)
    count = max(len(toks), 1)
    kind = text_regions.line_kind(line)
    return [
        math.log1p(widgets.word_count(line)), min(sum(map(len, toks)) / count, 15) / 10,
        sum(t[:1].isupper() for t in toks) / count, sum(any(c.isdigit() for c in t) for t in toks) / count,
        float(bool(widgets.SENTENCE_END.search(line))), float(line.endswith((":", "："))),
        float(line.endswith(("…", "..."))), min(len(text_regions._SENTENCE_CLOSED.findall(line)), 5) / 5,
        sum(not c.isalnum() and not c.isspace() for c in line) / max(len(line), 1), float("|" in line),
        float(repeats > 1), float(widgets.is_byline(line)), float(widgets.is_caption_line(line)),
        float(widgets.is_credit_line(line)), float(text_regions.is_promo(line)),
    ] + [float(kind == k) for k in KINDS]


def line_features(lines: list[str]) -> np.ndarray:
    """``FEATURES`` for every line of a dump: its own, its neighbours', its place."""
    counts = Counter(lines)
    own = [own_features(line, counts[line]) for line in lines]
    none = [0.0] * len(OWN)
    rows = []
    for at in range(len(lines)):
        above = own[at - 1] if at > 0 else none
        below = own[at + 1] if at + 1 < len(lines) else none
        far = [(a + b) / 2 for a, b in zip(own[at - 2] if at > 1 else none,
                                           own[at + 2] if at + 2 < len(lines) else none, strict=True)]
        rows.append(own[at] + above + below + far + [at / max(len(lines) - 1, 1)])
    return np.array(rows, dtype=float).reshape(len(lines), len(FEATURES))


def region_features(lines: list[str], region: tuple[int, int]) -> np.ndarray:
    """``REGION_FEATURES`` for every line: where it lies against the chosen region, and how much of its vocabulary
    (word stems) the region's lines share (a teaser's or an author's note shares little of the story's)."""
    start, end = region
    used = Counter(stem for line in lines[start:end] for stem in {w[:STEM_CHARS] for w in _STEM.findall(line.lower())})
    rows = []
    for at, line in enumerate(lines):
        own = {w[:STEM_CHARS] for w in _STEM.findall(line.lower())}
        inside = start <= at < end
        rows.append([
            float(inside), (at - start) / max(end - start, 1) if inside else (-1.0 if at < start else 2.0),
            math.log1p(start - at) if at < start else 0.0, math.log1p(at - end + 1) if at >= end else 0.0,
            sum(used[stem] > inside for stem in own) / len(own) if own else 0.0,
        ])
    return np.array(rows, dtype=float).reshape(len(lines), len(REGION_FEATURES))


@contextmanager
def region_choice(choose: Callable[[list[str], list[text_regions.Region], int], int] | None, seen: list):
    """Record the region ``story_region`` returns in ``seen``; with ``choose``, let it pick the region the story
    starts from (given the lines, the regions and the rules' pick) where the rules' pick was final."""
    original_region, original_pick = text_clean.story_region, text_regions._past_notice

    def recording(*args, **kwargs):
        seen.append(original_region(*args, **kwargs))
        return seen[-1]

    def picking(lines, found, index):
        index = original_pick(lines, found, index)
        return index if choose is None else choose(lines, found, index)

    text_clean.story_region, text_regions._past_notice = recording, picking
    try:
        yield
    finally:
        text_clean.story_region, text_regions._past_notice = original_region, original_pick


def clean_pages(pages: list[Page]) -> list[Cleaned]:
    out = []
    for page in pages:
        seen: list = []
        with region_choice(None, seen):
            output = document.clean_text(page.dump).text or ""
        lines = text_clean.split_lines(page.dump)
        ref = tokens(page.reference)
        ref_shingles, stream = shingles(ref), f" {' '.join(ref)} "
        content = np.array([coverage(line, ref_shingles, stream) >= MISSING for line in lines], dtype=float)
        size = np.array([len(tokens(line)) for line in lines], dtype=float) + 1
        region = (seen[0].start, seen[0].end) if seen and seen[0] is not None else (len(lines), len(lines))
        out.append(Cleaned(page, lines, content, size / size.sum() if len(lines) else size, region, output))
    return out


def fold_of(publisher: str, folds: int) -> int:
    """A publisher's fold: from its name only, so every page of a publisher is held out together."""
    return int(hashlib.sha256(publisher.encode()).hexdigest(), 16) % folds


@dataclass(frozen=True, slots=True)
class Logistic:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # over the standardised features, the intercept last

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = np.hstack([(x - self.mean) / self.scale, np.ones((len(x), 1))]) @ self.weights
        return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, *, l2: float = 1e-3, steps: int = 30) -> Logistic:
    """Weighted, L2-penalised logistic regression by Newton's method on standardised features (deterministic)."""
    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    penalty = np.eye(len(beta)) * l2
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        gradient = z.T @ ((p - y) * w) + penalty @ beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + penalty + np.eye(len(beta)) * 1e-9
        beta -= np.linalg.solve(hessian, gradient)
    return Logistic(mean, scale, beta)


def held_out_scores(pages: list[Cleaned], features: list[np.ndarray], folds: int) -> list[np.ndarray]:
    """Each page's line scores from the model fitted on the other folds' publishers."""
    fold = [fold_of(c.page.publisher, folds) for c in pages]
    scores: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for held in range(folds):
        train = [i for i in range(len(pages)) if fold[i] != held and len(pages[i].lines)]
        model = fit(np.vstack([features[i] for i in train]), np.concatenate([pages[i].content for i in train]),
                    np.concatenate([pages[i].weight for i in train]))
        for i in range(len(pages)):
            if fold[i] == held:
                scores[i] = model.predict(features[i]) if len(pages[i].lines) else np.zeros(0)
    return scores


def vetoed(cleaned: Cleaned, scores: np.ndarray, threshold: float) -> str:
    """The cleaner's output without the paragraphs whose dump line scores under ``threshold`` (a paragraph the dump
    has no line for, a table or a standfirst joined, stays; a page never loses all its paragraphs)."""
    start, end = cleaned.region
    line_at: dict[str, int] = {}
    for at, line in enumerate(cleaned.lines):
        if line not in line_at or start <= at < end and not start <= line_at[line] < end:
            line_at[line] = at
    paragraphs = cleaned.output.split("\n\n") if cleaned.output else []
    kept = [p for p in paragraphs if (at := line_at.get(p)) is None or scores[at] >= threshold]
    return "\n\n".join(kept or paragraphs)


def _moves(before: dict[str, str], after: dict[str, str], pages: list[Page]) -> str:
    def f1(text: str, page: Page) -> float:
        score = score_page("", text, page.reference)
        p, r = score.precision or 0.0, score.recall
        return 2 * p * r / (p + r) if p + r else 0.0
    deltas = [f1(after[p.case_id], p) - f1(before[p.case_id], p) for p in pages]
    up = {p.publisher for p, d in zip(pages, deltas, strict=True) if d > 1e-9}
    down = {p.publisher for p, d in zip(pages, deltas, strict=True) if d < -1e-9}
    return (f"pages up {sum(d > 1e-9 for d in deltas)} ({len(up)} publishers), "
            f"down {sum(d < -1e-9 for d in deltas)} ({len(down)} publishers)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="publisher-grouped folds (default 5)")
    args = parser.parse_args(argv)
    raw = dev_pages()
    pages = clean_pages(raw)
    shallow = [line_features(c.lines) for c in pages]
    placed = [np.hstack([x, region_features(c.lines, c.region)]) for x, c in zip(shallow, pages, strict=True)]
    current = {c.page.case_id: c.output for c in pages}
    print(f"{len(pages)} dev pages, {len({p.publisher for p in raw})} publishers, {args.folds} folds by publisher; "
          f"cleaner dev F1 {corpus_f1(current, raw):.5f}")

    scores = held_out_scores(pages, placed, args.folds)
    agree = np.mean([(c.weight * ((s >= 0.5) == c.content)).sum() for c, s in zip(pages, scores, strict=True)
                     if len(c.lines)])
    print(f"line keep/drop, token-weighted accuracy held out: scorer {agree:.4f}")
    for threshold in VETO_THRESHOLDS:
        out = {c.page.case_id: vetoed(c, s, threshold) for c, s in zip(pages, scores, strict=True)}
        print(f"veto under {threshold:<5} dev F1 {corpus_f1(out, raw):.5f}  {_moves(current, out, raw)}")

    shallow_scores = held_out_scores(pages, shallow, args.folds)
    chosen = {}
    for c, s in zip(pages, shallow_scores, strict=True):
        size = np.array([len(tokens(line)) for line in c.lines], dtype=float)

        def net(lines, found, index, s=s, size=size):
            return max(range(len(found)), key=lambda k: float(((s - 0.5) * size)[found[k].start : found[k].end].sum()))

        with region_choice(net, []):
            chosen[c.page.case_id] = document.clean_text(c.page.dump).text or ""
    print(f"region by net content words: dev F1 {corpus_f1(chosen, raw):.5f}  {_moves(current, chosen, raw)}")

    model = fit(np.vstack([x for x in placed if len(x)]), np.concatenate([c.content for c in pages]),
                np.concatenate([c.weight for c in pages]))
    names = FEATURES + REGION_FEATURES
    top = np.argsort(-np.abs(model.weights[:-1]))[:15]
    print("largest standardised weights (all dev pages): " + ", ".join(
        f"{names[k]} {model.weights[k]:+.2f}" for k in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
