"""List the extractor's quantities on whole English dev pages, for reading (issue 11).

Sentence probes cannot show what only a whole article shows: a currency or unit carried from earlier, a scale word or
a count's noun sentences away. This prints, page by page, every quantity the facts extractor finds in the reference
body (``expected.body``, read with the page's published date) with its sentence, value, range end, qualifier and unit,
then every digit no quantity or date covers. The pages are those the probe draws may use (``quantity_probe_sample``:
English dev pages, no facts dev gold case, no facts test or off-limits publisher); by default only the publishers
``real8``'s whole-page reading left out (not in ``REAL8_PUBLISHERS``), with ``--all`` every one of them, so a rule's
changes can be checked by diffing two ``--tsv`` listings. Nothing is scored: the listing is read.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from benchmarks.extraction import default_dirs
from benchmarks.quantity_probe_sample import _SENTENCE_END, OFF_LIMITS, REAL8_PUBLISHERS, Batch, _pages
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import DateMention, Quantity

#: Runs of digits (with their separators) that a quantity or date should cover.
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def listed_pages(every: bool, language: str = "en") -> Iterator[tuple[str, str, str, datetime | None]]:
    """(publisher, page, body, published) of each page listed, in corpus order, English unless ``language`` says."""
    skip = OFF_LIMITS if every else OFF_LIMITS | REAL8_PUBLISHERS
    batch = Batch(seed="", cases=lambda _case: True, kinds={}, cap=0, cap_by="page", size=0, prefix="", earlier=(),
                  check_site_name=True, skip_publishers=skip, language=language)
    paths = {meta.stem: meta for folder in reversed(default_dirs()) for meta in folder.glob("*.json")}
    for publisher, page, body in _pages(batch):
        published = json.loads(paths[page].read_text(encoding="utf-8"))["expected"].get("published")
        yield publisher, page, body, datetime.fromisoformat(published) if published else None


def sentence_at(body: str, start: int, end: int) -> str:
    """The sentence of ``body`` holding ``start``..``end`` (within its paragraph), cut where the probe draws cut
    sentences (``quantity_probe_sample``)."""
    left = body.rfind("\n", 0, start) + 1
    right = body.find("\n", end)
    right = len(body) if right < 0 else right
    cuts = [left] + [left + m.end() for m in _SENTENCE_END.finditer(body[left:right])] + [right]
    begin = max(c for c in cuts if c <= start)
    finish = min((c for c in cuts if c >= end and c > begin), default=right)
    return body[begin:finish].strip()


def write_tsv(found: list[tuple[str, ...]], path: Path) -> None:
    """The listing as tab-separated rows, one a line (a sentence's own line breaks as spaces), for diffing two trees;
    every page listing writes its ``--tsv`` so."""
    path.write_text("".join("\t".join(row).replace("\n", " ") + "\n" for row in found), encoding="utf-8")


def rows(every: bool) -> Iterator[tuple[str, ...]]:
    """One row per quantity (``Q``) and per uncovered digit run (``D``): publisher, page, kind, span text, value,
    range end, qualifier, unit, sentence."""
    pages = list(listed_pages(every))
    outputs = extract_facts_many([(body, published) for _, _, body, published in pages],
                                 FactOptions(kinds=frozenset({"quantity", "date", "entity"})))
    for (publisher, page, body, _), facts in zip(pages, outputs):
        covered = [(f.start, f.end) for f in facts if isinstance(f, Quantity | DateMention)]
        for fact in facts:
            if isinstance(fact, Quantity):
                yield (publisher, page, "Q", fact.text, f"{fact.value:g}",
                       "" if fact.value_max is None else f"{fact.value_max:g}", fact.qualifier, fact.unit or "",
                       sentence_at(body, fact.start, fact.end))
        for match in _DIGITS.finditer(body):
            if not any(a <= match.start() < b for a, b in covered):
                yield (publisher, page, "D", match.group(), "", "", "", "", sentence_at(body, match.start(), match.end()))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every English dev page, REAL8_PUBLISHERS' too")
    parser.add_argument("--tsv", type=Path, help="write tab-separated rows here (for diffing two runs)")
    args = parser.parse_args(argv)
    found = list(rows(args.all))
    if args.tsv:
        write_tsv(found, args.tsv)
    last = None
    for publisher, page, kind, text, value, value_max, qualifier, unit, sentence in found:
        if page != last:
            print(f"\n== {publisher} {page}")
            last = page
        if kind == "Q":
            span = f"{value}-{value_max}" if value_max else value
            print(f"Q [{text}] {span} {unit!r} {qualifier} | {sentence}")
        else:
            print(f"D [{text}] | {sentence}")
    quantities = sum(r[2] == "Q" for r in found)
    print(f"\n{len({r[1] for r in found})} pages, {len({r[0] for r in found})} publishers, {quantities} quantities, "
          f"{len(found) - quantities} uncovered digit runs")


if __name__ == "__main__":
    main()
