"""Would a learned filter on the text-dump cleaner's OUTPUT paragraphs raise dumps precision? Publisher-grouped
cross-validation on DEV dumps.

Run ``python -m benchmarks.dump_paragraph_veto [--folds 5] [--salts 3]``. Test dumps' F1 trails dev mostly by
precision (furniture kept on publishers dev lacks), and each hand rule moves test by about 0.001; this asks whether a
small classifier over general, word-shape features of the paragraphs the cleaner keeps can drop the furniture among
them on publishers it never saw. ``benchmarks.dump_line_model`` scored every line of the dump (boilerpipe-style) and
vetoed with a logistic regression; this one scores only the kept paragraphs, reads their place in the OUTPUT (not the
dump), their gaps in the dump to the kept neighbours, the vocabulary they share with the title, the lead and the rest
of the output, and fits depth-3 boosted trees (numpy), which can read "short, unclosed, last, after no prose" as one
case where a linear score cannot.

Each dev page is rendered as a text dump and cleaned as ``newsfacts extract page.txt`` cleans it
(``text.clean_text_dump``). A kept paragraph is story when at least half of it is in the reference
(``recall_misses.coverage``), furniture otherwise; each page's tokens weigh one (the benchmark's F1 averages pages).
The trees are fitted on the pages of all folds but one, by publisher (``dump_line_model.fold_of`` on the salted name),
and score the held-out fold; a paragraph scoring under a threshold is dropped (never a page's last one). The report
gives the out-of-fold dev F1 for each threshold and salt (the fold assignment), what dropping every furniture paragraph
would give (the headroom), and the logistic regression on the same features. Dev pages only: test is scored, never
mined.
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass

import numpy as np

from benchmarks.dump_attribution import Page, corpus_f1, dev_pages
from benchmarks.dump_line_model import fit, fold_of
from benchmarks.extraction import shingles, tokens
from benchmarks.recall_misses import MISSING, coverage
from extractors.clean import text as text_clean
from extractors.clean import text_regions, widgets
from extractors.clean.profiles import profile_for_text

OWN = ("log_tokens", "log_chars", "token_length", "closes_sentence", "colon_end", "ellipsis_end", "capitalised",
       "upper_case", "digits", "punctuation", "url", "at_sign", "hash_sign", "separator", "copyright", "bullet_start",
       "sentences_inside", "several_lines", "short")
KINDS = ("prose", "table", "item", "data", "neutral", "widget")  # ``line_kind``'s others: "furniture", the baseline
#: Own features, the paragraph above's and below's (in the output), then the paragraph against the page.
FEATURES = OWN + tuple(f"{side}_{name}" for side in ("above", "below") for name in OWN) + (
    "place", "from_start", "from_end", "first", "last", "log_paragraphs", "token_share", "short_run", "shared_stems",
    "title_stems", "repeated_in_dump", "place_in_dump", "gap_above", "gap_below", "length_against_median",
    "caption", "credit", "promo", "widget_words", "byline") + tuple(f"kind_{kind}" for kind in KINDS) + (
    "lead_stems", "prose_after", "prose_before", "stems_outside")
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4)
SHORT = 8  # tokens: a short paragraph (a label, a headline, a byline)
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?。！？](?:\s|$)")
_STEM = re.compile(r"[^\W\d_]{4,}")
STEM_CHARS = 5
BINS = 32


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A dev page cleaned by the dump path: its dump lines, kept paragraphs and headline, and their labels."""

    page: Page
    lines: list[str]
    paragraphs: list[str]
    title: str
    story: np.ndarray  # per paragraph: at least half of it in the reference
    weight: np.ndarray  # per paragraph: its share of the page's kept tokens (one more each)


def _stems(text: str) -> set[str]:
    return {word[:STEM_CHARS] for word in _STEM.findall(text.lower())}


def own_features(para: str) -> list[float]:
    """The shapes of one paragraph (``OWN``): length, ending, case, digits, punctuation, link and handle marks."""
    toks = tokens(para)
    count = max(len(toks), 1)
    end = para.rstrip()
    return [
        math.log1p(len(toks)), math.log1p(len(para)), min(sum(map(len, toks)) / count, 15) / 10,
        float(bool(widgets.SENTENCE_END.search(para))), float(end.endswith((":", "："))),
        float(end.endswith(("…", "..."))), sum(t[:1].isupper() for t in toks) / count,
        sum(t.isupper() and len(t) > 1 for t in toks) / count, sum(any(c.isdigit() for c in t) for t in toks) / count,
        sum(not c.isalnum() and not c.isspace() for c in para) / max(len(para), 1), float(bool(_URL.search(para))),
        float("@" in para), float("#" in para), float(any(mark in para for mark in "|•·")), float("©" in para),
        float(para[:1] in "-–—•*·►▶>"), min(len(_SENTENCE.findall(para)), 5) / 5, float("\n" in para),
        float(len(toks) < SHORT),
    ]


def _gap(places: list[int | None], at: int, step: int) -> float:
    """Dump lines between a paragraph and its kept neighbour (a caption or a teaser sits among dropped lines)."""
    other = at + step
    if not 0 <= other < len(places):
        return math.log1p(5)
    if places[at] is None or places[other] is None:
        return 0.0
    return math.log1p(min(max(abs(places[at] - places[other]) - 1, 0), 50))


def paragraph_features(lines: list[str], paragraphs: list[str], title: str) -> np.ndarray:
    """``FEATURES`` for every kept paragraph of a dump."""
    count = len(paragraphs)
    own = [own_features(para) for para in paragraphs]
    stems = [_stems(para) for para in paragraphs]
    used = Counter(stem for kept in stems for stem in kept)
    title_stems = _stems(title)
    lead = title_stems.union(*stems[:2])
    kept_set = set(paragraphs)
    outside = Counter(stem for line in lines if line not in kept_set for stem in _stems(line))
    sizes = [len(tokens(para)) for para in paragraphs]
    total, median = sum(sizes) or 1, float(np.median(sizes)) if sizes else 0.0
    short = [size < SHORT for size in sizes]
    prose = [size >= SHORT and bool(widgets.SENTENCE_END.search(para)) for size, para in zip(sizes, paragraphs,
                                                                                           strict=True)]
    first_at: dict[str, int] = {}
    for at, line in enumerate(lines):
        first_at.setdefault(line, at)
    places = [first_at.get(para.split("\n", 1)[0]) for para in paragraphs]
    repeats = Counter(lines)
    none = [0.0] * len(OWN)

    def share(mine: set[str], test) -> float:
        return sum(map(test, mine)) / len(mine) if mine else 0.0

    rows = []
    for at, para in enumerate(paragraphs):
        run = 0
        if short[at]:
            left = at
            while left > 0 and short[left - 1]:
                left -= 1
            right = at
            while right + 1 < count and short[right + 1]:
                right += 1
            run = right - left + 1
        place = places[at]
        kind = text_regions.line_kind(para)
        rows.append(own[at] + (own[at - 1] if at else none) + (own[at + 1] if at + 1 < count else none) + [
            at / max(count - 1, 1), math.log1p(at), math.log1p(count - 1 - at), float(at == 0),
            float(at == count - 1), math.log1p(count), sizes[at] / total, math.log1p(run),
            share(stems[at], lambda s: used[s] > 1), share(stems[at], title_stems.__contains__),
            float(repeats[para] > 1), place / max(len(lines) - 1, 1) if place is not None else -1.0,
            _gap(places, at, -1), _gap(places, at, 1), math.log1p(sizes[at]) - math.log1p(median),
            float(widgets.is_caption_line(para)), float(widgets.is_credit_line(para)),
            float(text_regions.is_promo(para)), float(widgets.widget_word_count(para) > 0),
            float(widgets.is_byline(para)),
        ] + [float(kind == k) for k in KINDS] + [
            share(stems[at], lead.__contains__), math.log1p(sum(prose[at + 1:])), math.log1p(sum(prose[:at])),
            share(stems[at], lambda s: outside[s] > 0),
        ])
    return np.array(rows, dtype=float).reshape(count, len(FEATURES))


def clean_pages(pages: list[Page]) -> list[Cleaned]:
    out = []
    for page in pages:
        dump = text_clean.clean_text_dump(page.dump, profile=profile_for_text(page.dump))
        paragraphs = list(dump.paragraphs)
        ref = tokens(page.reference)
        ref_shingles, stream = shingles(ref), f" {' '.join(ref)} "
        story = np.array([coverage(para, ref_shingles, stream) >= MISSING for para in paragraphs], dtype=float)
        size = np.array([len(tokens(para)) for para in paragraphs], dtype=float) + 1
        out.append(Cleaned(page, text_clean.split_lines(page.dump), paragraphs, dump.title or "", story,
                           size / size.sum() if paragraphs else size))
    return out


@dataclass(frozen=True, slots=True)
class Booster:
    """Boosted regression trees on the log-odds of story; a node is ``(feature, bin, left, right)`` or
    ``(value,)``, a feature's value falling in the bins ``edges`` cut (the training values' quantiles)."""

    edges: list[np.ndarray]
    prior: float
    trees: list[list[tuple]]
    rate: float

    def bins(self, x: np.ndarray) -> np.ndarray:
        return np.stack([np.searchsorted(cut, x[:, j]) for j, cut in enumerate(self.edges)], axis=1)

    def predict(self, x: np.ndarray) -> np.ndarray:
        binned = self.bins(x)
        z = np.full(len(x), self.prior)
        for tree in self.trees:
            z += self.rate * _tree_values(tree, binned)
        return 1 / (1 + np.exp(-z))


def _tree_values(tree: list[tuple], binned: np.ndarray) -> np.ndarray:
    out = np.zeros(len(binned))
    for row in range(len(binned)):
        node = tree[0]
        while len(node) == 4:
            node = tree[node[2] if binned[row, node[0]] <= node[1] else node[3]]
        out[row] = node[0]
    return out


def _grow(binned: np.ndarray, g: np.ndarray, h: np.ndarray, depth: int, *, l2: float = 1.0) -> list[tuple]:
    """One tree by the second-order gain (the XGBoost split score), deterministic: the first best split wins."""
    tree: list[tuple] = []

    def node(rows: np.ndarray, level: int) -> int:
        gs, hs = g[rows].sum(), h[rows].sum()
        best = (0.0, -1, -1)
        if level < depth and len(rows) >= 20:
            for feature in range(binned.shape[1]):
                col = binned[rows, feature]
                left_g = np.cumsum(np.bincount(col, g[rows], minlength=BINS + 1))[:-1]
                left_h = np.cumsum(np.bincount(col, h[rows], minlength=BINS + 1))[:-1]
                gain = left_g ** 2 / (left_h + l2) + (gs - left_g) ** 2 / (hs - left_h + l2) - gs ** 2 / (hs + l2)
                gain[(left_h < 1e-3) | (hs - left_h < 1e-3)] = -1.0
                cut = int(np.argmax(gain))
                if gain[cut] > best[0]:
                    best = (float(gain[cut]), feature, cut)
        here = len(tree)
        if best[1] < 0:
            tree.append((-gs / (hs + l2),))
            return here
        tree.append(())
        _, feature, cut = best
        left = node(rows[binned[rows, feature] <= cut], level + 1)
        right = node(rows[binned[rows, feature] > cut], level + 1)
        tree[here] = (feature, cut, left, right)
        return here

    node(np.arange(len(g)), 0)
    return tree


def boost(x: np.ndarray, y: np.ndarray, w: np.ndarray, *, trees: int = 150, depth: int = 3,
          rate: float = 0.1) -> Booster:
    """Gradient-boosted trees for the weighted log loss (numpy only, no randomness: the same data, the same model)."""
    edges = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)[1:-1])) for j in range(x.shape[1])]
    model = Booster(edges, 0.0, [], rate)
    binned, w = model.bins(x), w / w.mean()
    prior = float(np.log((y * w).sum() / ((1 - y) * w).sum()))
    model = Booster(edges, prior, [], rate)
    z = np.full(len(y), prior)
    for _ in range(trees):
        p = 1 / (1 + np.exp(-z))
        tree = _grow(binned, (p - y) * w, p * (1 - p) * w, depth)
        model.trees.append(tree)
        z += rate * _tree_values(tree, binned)
    return model


def held_out_scores(pages: list[Cleaned], features: list[np.ndarray], folds: int, salt: str,
                    learner) -> list[np.ndarray]:
    """Each page's paragraph scores from the model fitted on the other folds' publishers."""
    fold = [fold_of(salt + c.page.publisher, folds) for c in pages]
    scores = [np.zeros(0) for _ in pages]
    for held in range(folds):
        train = [i for i in range(len(pages)) if fold[i] != held and len(pages[i].paragraphs)]
        model = learner(np.vstack([features[i] for i in train]), np.concatenate([pages[i].story for i in train]),
                        np.concatenate([pages[i].weight for i in train]))
        for i in range(len(pages)):
            if fold[i] == held and pages[i].paragraphs:
                scores[i] = model.predict(features[i])
    return scores


def vetoed(paragraphs: list[str], keep: np.ndarray) -> str:
    """The kept paragraphs ``keep`` marks, all of them if it marks none (a page never loses its whole body)."""
    kept = [para for para, ok in zip(paragraphs, keep, strict=True) if ok]
    return "\n\n".join(kept or paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="publisher-grouped folds (default 5)")
    parser.add_argument("--salts", type=int, default=3, help="fold assignments to average over (default 3)")
    args = parser.parse_args(argv)
    raw = dev_pages()
    pages = clean_pages(raw)
    features = [paragraph_features(c.lines, c.paragraphs, c.title) for c in pages]
    current = corpus_f1({c.page.case_id: "\n\n".join(c.paragraphs) for c in pages}, raw)
    oracle = corpus_f1({c.page.case_id: vetoed(c.paragraphs, c.story > 0) for c in pages}, raw)
    furniture = sum(int((1 - c.story).sum()) for c in pages)
    print(f"{len(pages)} dev pages, {len({p.publisher for p in raw})} publishers, {args.folds} folds by publisher; "
          f"cleaner dev F1 {current:.5f}; furniture {furniture} of {sum(len(c.story) for c in pages)} kept "
          f"paragraphs, dropping all of them {oracle:.5f}")
    learners = {"trees": boost, "logistic": lambda x, y, w: fit(x, y, w, l2=1.0)}
    for name, learner in learners.items():
        gains = {t: [] for t in THRESHOLDS}
        for salt in range(args.salts):
            scores = held_out_scores(pages, features, args.folds, str(salt) if salt else "", learner)
            cells = []
            for t in THRESHOLDS:
                out = {c.page.case_id: vetoed(c.paragraphs, s >= t) for c, s in zip(pages, scores, strict=True)}
                dropped = [s < t for s in scores]
                right = sum(int((d & (c.story == 0)).sum()) for d, c in zip(dropped, pages, strict=True))
                f1 = corpus_f1(out, raw)
                gains[t].append(f1 - current)
                cells.append(f"{t}: {f1:.5f} ({sum(int(d.sum()) for d in dropped)} dropped, {right} furniture)")
            print(f"{name} salt {salt}: " + "  ".join(cells))
            sys.stdout.flush()
        print(f"{name} mean gain over salts: " + "  ".join(f"{t}: {np.mean(g):+.5f}" for t, g in gains.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
