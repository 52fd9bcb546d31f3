"""List the extractor's entity mentions on whole dev pages of one language, for reading (issue 11, ents76, ents80).

Sentence probes show a few mentions each; a wrong span of one shape (an initialism of a common noun, a state's people
read as a person) shows only when every mention of every dev page is read side by side. This prints one row per
mention: publisher, page, offset, label, text and sentence, over the pages ``quantity_page_listing --all`` lists
(English dev pages, no facts test or off-limits publisher; with ``--language fr`` the French ones) and the facts dev
gold articles of that language (``GOLD:`` pages).
A rule's changes are checked by diffing the sorted ``--tsv`` listings of two trees. Nothing is scored.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from benchmarks.facts import load_gold
from benchmarks.quantity_page_listing import listed_pages, sentence_at, write_tsv
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Entity


def dev_texts(language: str = "en") -> Iterator[tuple[str, str, str, datetime | None]]:
    """(publisher, page, text, published) of every listed dev page of ``language``, then of every facts dev gold
    article in it."""
    yield from listed_pages(every=True, language=language)
    for case in load_gold("dev"):
        if case["language"] == language:
            published = case.get("published")
            yield case["publisher"], f"GOLD:{case['id']}", case["text"], (
                datetime.fromisoformat(published) if published else None
            )


def rows(language: str = "en") -> Iterator[tuple[str, ...]]:
    """One row per entity mention: publisher, page, start offset, label, text, sentence."""
    pages = list(dev_texts(language))
    outputs = extract_facts_many([(text, published, language) for _, _, text, published in pages],
                                 FactOptions(kinds=frozenset({"entity"})))
    for (publisher, page, text, _), facts in zip(pages, outputs):
        for fact in facts:
            if isinstance(fact, Entity):
                for span in fact.spans:
                    yield (publisher, page, str(span.start), fact.label, text[span.start : span.end],
                           sentence_at(text, span.start, span.end))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, help="write sorted tab-separated rows here (for diffing two trees)")
    parser.add_argument("--language", default="en", help="the pages' language (ents80 read the French ones: fr)")
    args = parser.parse_args(argv)
    found = sorted(rows(args.language))
    if args.tsv:
        write_tsv(found, args.tsv)
    for publisher, page, start, label, text, sentence in found:
        print(f"{label}\t{text}\t{publisher}\t{page}@{start}\t{sentence}")
    print(f"\n{len({r[1] for r in found})} pages, {len({r[0] for r in found})} publishers, {len(found)} mentions")


if __name__ == "__main__":
    main()
