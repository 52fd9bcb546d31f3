"""List the extractor's dates and durations on whole English dev pages, for reading (issue 11, dates81).

Sentence probes show a date or two each; a wrong reading of one shape (a count or model number read as a year, a
photo credit's date, a "now" that means nowadays) shows only when every date of every dev page is read side by side.
This prints one row per date mention: publisher, page, offset, value (``-`` for a duration), granularity, text,
published date and sentence, over the pages ``entity_page_listing`` reads (English dev pages, no facts test or
off-limits publisher, then the English facts dev gold articles as ``GOLD:`` pages). A rule's changes are checked by
diffing the sorted ``--tsv`` listings of two trees. Nothing is scored.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from benchmarks.entity_page_listing import dev_texts
from benchmarks.quantity_page_listing import sentence_at, write_tsv
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import DateMention


def rows() -> Iterator[tuple[str, ...]]:
    """One row per date mention: publisher, page, start offset, value, granularity, text, published day,
    sentence."""
    pages = list(dev_texts())
    outputs = extract_facts_many([(text, published) for _, _, text, published in pages],
                                 FactOptions(kinds=frozenset({"date"})))
    for (publisher, page, text, published), facts in zip(pages, outputs):
        day = published.date().isoformat() if published else "-"
        for fact in facts:
            if isinstance(fact, DateMention):
                yield (publisher, page, str(fact.start), fact.value or "-", fact.granularity, fact.text, day,
                       sentence_at(text, fact.start, fact.end))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, help="write sorted tab-separated rows here (for diffing two trees)")
    args = parser.parse_args(argv)
    found = sorted(rows())
    if args.tsv:
        write_tsv(found, args.tsv)
    for publisher, page, start, value, granularity, text, day, sentence in found:
        print(f"{granularity}\t{value}\t{text}\t{publisher}\t{page}@{start}\tpub {day}\t{sentence}")
    print(f"\n{len({r[1] for r in found})} pages, {len({r[0] for r in found})} publishers, {len(found)} dates")


if __name__ == "__main__":
    main()
