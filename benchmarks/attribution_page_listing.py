"""List the extractor's quotes and reported claims on whole English dev pages, for reading (issue 11, attr82).

The quote and attribution probes hold a sentence or two each; a wrong source or cue of one shape (a pronoun resolved
to nobody, a non-speech verb taken as a cue, a title in quote marks taken as a quote) shows only when every quote and
claim of every dev page is read side by side. This prints one row per quote (speaker, verb) and per attribution
(source, cue, claim) over the pages ``entity_page_listing`` reads (English dev pages, no facts test or off-limits
publisher, then the English facts dev gold articles). A rule's changes are checked by diffing the sorted ``--tsv``
listings of two trees. Nothing is scored.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from benchmarks.entity_page_listing import dev_texts
from benchmarks.quantity_page_listing import sentence_at, write_tsv
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Attribution, Quote


def rows(language: str = "en") -> Iterator[tuple[str, ...]]:
    """One row per quote or attribution: publisher, page, start, kind, who, cue, words, sentence."""
    pages = list(dev_texts(language))
    outputs = extract_facts_many([(text, published, language) for _, _, text, published in pages],
                                 FactOptions(kinds=frozenset({"quote", "attribution"})))
    for (publisher, page, text, _), facts in zip(pages, outputs):
        for fact in facts:
            if isinstance(fact, Quote):
                yield (publisher, page, str(fact.start), "quote", fact.speaker or "-", fact.verb or "-", fact.text,
                       sentence_at(text, fact.start, fact.end))
            elif isinstance(fact, Attribution):
                yield (publisher, page, str(fact.start), "attribution", fact.source or "-", fact.cue, fact.claim,
                       sentence_at(text, fact.start, fact.end))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, help="write sorted tab-separated rows here (for diffing two trees)")
    parser.add_argument("--language", default="en", help="the dev pages of this language (default: en)")
    args = parser.parse_args(argv)
    found = sorted(rows(args.language))
    if args.tsv:
        write_tsv(found, args.tsv)
    for publisher, page, start, kind, who, cue, words, sentence in found:
        print(f"{kind}\t{who}\t{cue}\t{words}\t{publisher}\t{page}@{start}\t{sentence}")
    print(f"\n{len({r[1] for r in found})} pages, {len({r[0] for r in found})} publishers, "
          f"{sum(r[3] == 'quote' for r in found)} quotes, {sum(r[3] == 'attribution' for r in found)} attributions")


if __name__ == "__main__":
    main()
