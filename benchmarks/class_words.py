"""How much of the HTML cleaner rests on class and id words: dev pages scored as saved and with those words scrambled.

Run ``python -m benchmarks.class_words [--pages N] [--workers N] [--save F.json]``. HTML dev is about two points above
test (0.986 against 0.965 at stop 48): many HTML rules read class and id words ("share", "related", "caption") that
dev publishers use and unseen ones spell otherwise. Each dev page is cleaned once per variant, in process, as
``newsfacts extract page.html`` cleans it:

- ``normal``: the page as saved;
- ``class``: every class and id value replaced word by word with a meaningless token (``scramble``), the same word
  the same token, so repetition and grouping stay, and a link's ``#fragment`` as the id it points at;
  tag names, roles, itemprops, aria and data attributes kept;
- ``all``: the same, and the values of ``role``, ``itemprop``, ``itemtype``, ``aria-*`` and ``data-*`` too;
- with ``--family NAME=WORD,WORD`` (repeatable): ``class+NAME``, the class variant keeping the class and id words
  that hold one of the words ("comment" keeps "commentlist", "c-comments__list"), and ``only NAME``, the page with
  only those words scrambled: what the family is worth amid other scrambled words, and alone.

The report gives dev F1 / P / R per variant, then the ``--pages`` pages that lose most in each scrambled variant
with their publishers: what a structural stand-in for the class word (link density, position, repetition, the tag,
text shape, an itemprop, a role) is read from (issue 12, scramble201). Dev pages only: the test split is scored by
``benchmarks.extraction``, never scrambled or mined.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections.abc import Iterable
from multiprocessing import Pool

from benchmarks.extraction import Case, default_dirs, load_cases, score_page, with_splits
from benchmarks.splits import load_split
from extractors.clean import document
from extractors.records import RawDocument

#: The attributes each variant scrambles (names matched whole, lower-case; a trailing ``-`` matches a prefix).
VARIANTS: dict[str, tuple[str, ...]] = {
    "normal": (),
    "class": ("class", "id"),
    "all": ("class", "id", "role", "itemprop", "itemtype", "aria-", "data-"),
}
#: A start tag; attribute values holding ``<`` or ``>`` are rare enough to leave as they are.
_START_TAG = re.compile(rb"<[A-Za-z][^<>]*>")
#: One attribute with a value inside a start tag.
_ATTRIBUTE = re.compile(rb"""(?<=[\s"'])([A-Za-z_:][\w:.-]*)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)""")


def token(word: bytes) -> bytes:
    """A stable stand-in for one class word: a letter and digits, so no vocabulary list or word regex can match it
    (hexadecimal would spell "ad", "fade", "bed")."""
    return b"z%09d" % (int.from_bytes(hashlib.sha1(word).digest()[:8], "big") % 10**9)


def _scrambled_value(value: bytes, family: tuple[bytes, ...], only: bool) -> bytes:
    quote = value[:1] if value[:1] in (b'"', b"'") else b""
    inner = value[1:-1] if quote else value
    words = (token(word) if only == any(k in word.lower() for k in family) else word for word in inner.split())
    return quote + b" ".join(words) + quote


def scramble(html: bytes, names: Iterable[str], family: Iterable[str] = (), *, only: bool = False) -> bytes:
    """``html`` with the values of the ``names`` attributes (see ``VARIANTS``) scrambled word by word, but for the
    words holding one of ``family`` (lower case), or with ``only`` just those: what a family of class words is worth
    (kept amid scrambled words, or scrambled alone)."""
    names = tuple(names)
    kept = tuple(k.encode() for k in family)
    if not names:
        return html

    def wanted(name: bytes) -> bool:
        name = name.decode("ascii", "replace").lower()
        return any(name.startswith(n) if n.endswith("-") else name == n for n in names)

    def attribute(match: re.Match) -> bytes:
        name, equals, value = match.groups()
        if wanted(name):
            return name + equals + _scrambled_value(value, kept, only)
        if "id" in names and name.lower() == b"href" and b"#" in value:
            # a link to an anchor still finds it: the fragment is an id, scrambled as the id is
            head, _, fragment = value.partition(b"#")
            quote = value[:1] if value[:1] in (b'"', b"'") else b""
            fragment = fragment[:-1] if quote else fragment
            return name + equals + head + b"#" + _scrambled_value(fragment, kept, only).strip() + quote
        return match.group(0)

    return _START_TAG.sub(lambda tag: _ATTRIBUTE.sub(attribute, tag.group(0)), html)


def _raw(case: Case) -> bytes:
    data = case.html.read_bytes()
    return gzip.decompress(data) if case.html.suffix == ".gz" else data


def _score(item: tuple[str, str, tuple[str, ...], str, bytes]) -> tuple[str, str, float | None, float]:
    case_id, variant, family, body, html = item
    data = scramble(html, VARIANTS["class"], family, only=True) if variant.startswith("only ") else (
        scramble(html, VARIANTS[variant.split("+")[0]], family))
    text = document.clean_document(RawDocument(source="page.html", data=data, content_type="text/html")).text or ""
    page = score_page(case_id, text, body)
    return case_id, variant, page.precision, page.recall


def f1(precision: float | None, recall: float) -> float:
    precision = precision or 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def summary(scores: list[tuple[float | None, float]]) -> tuple[float, float, float]:
    """Page-averaged F1, precision and recall, as ``benchmarks.extraction`` sums a split."""
    precisions = [p for p, _ in scores if p is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(r for _, r in scores) / len(scores) if scores else 0.0
    return f1(precision, recall), precision, recall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30, help="list this many pages per variant, most lost first")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--family", action="append", default=[], metavar="NAME=WORD,WORD",
                        help="also score the class variant keeping the class and id words that hold one of these "
                        "words (class+NAME), and the page with only those words scrambled (only NAME)")
    parser.add_argument("--save", help="write case id -> variant -> [precision, recall] here")
    args = parser.parse_args(argv)
    families = {f"{kind}{name}": tuple(words.split(",")) for name, words in (f.split("=", 1) for f in args.family)
                for kind in ("class+", "only ")}
    args.variants += list(families)
    publisher = {case_id: entry["publisher"] for case_id, entry in load_split().items()}
    cases = [c for c in with_splits(load_cases(default_dirs())) if c.split == "dev" and c.body]
    items = [(c.case_id, v, families.get(v, ()), c.body, _raw(c)) for v in args.variants for c in cases]
    scores: dict[str, dict[str, tuple[float | None, float]]] = {}
    with Pool(args.workers) as pool:
        for case_id, variant, precision, recall in pool.imap_unordered(_score, items, chunksize=4):
            scores.setdefault(variant, {})[case_id] = (precision, recall)
    print(f"{len(cases)} dev pages")
    for variant in args.variants:
        f, p, r = summary(list(scores[variant].values()))
        print(f"  {variant:<16} F1 {f:.6f}  P {p:.4f}  R {r:.4f}")
    if "normal" in scores:
        for variant in (v for v in args.variants if v != "normal" and v not in families):
            lost = sorted((f1(*scores[variant][c]) - f1(*scores["normal"][c]), c) for c in scores[variant])
            print(f"\n{variant}: pages lost {sum(d < -1e-6 for d, _ in lost)}, gained {sum(d > 1e-6 for d, _ in lost)}")
            for delta, case_id in lost[: args.pages]:
                if delta < -1e-6:
                    print(f"  {delta:+.4f}  {f1(*scores['normal'][case_id]):.3f}  {case_id} "
                          f"({publisher.get(case_id, case_id)})")
    if args.save:
        with open(args.save, "w") as out:
            json.dump({v: {c: list(s) for c, s in by.items()} for v, by in scores.items()}, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
