"""Draw the French publisher quote batch (``fr_b3``): every quotation of the French dev pages, in its paragraph.

``python -m benchmarks.quote_probes_real_fr`` prints the drawn rows unlabelled (``speaker`` empty); ``--check`` says
whether ``quote_probes_gold/fr_b3.jsonl`` holds exactly the drawn quotes, in order. The rows were labelled by
reading, before newsfacts or the model ran on them, and ``python -m benchmarks.quote_probes --language fr --set b3``
scores them.

Where they come from: the pages the French entity batches draw from (``entity_probes_real.candidates``: the
reference bodies of the cleaning corpus's French ``dev`` pages whose publisher has no facts test article, the
articles of the facts dev gold left out), cut into paragraphs, not sentences, so a tag or a pronoun's antecedent
around the quote stays with it. Each quotation (``quotations``) is one row: the paragraph, the quoted words, and its speaker. The earlier French batches (``fr``, ``fr_b2``) are the
project's own sentences, so no page text is shared with them. The pool is small (19 quotes on 6 publishers when
drawn), so the batch takes all of it; publishers come in ``sha256(SEED + publisher)`` order and each one's quotes in
``sha256(SEED + paragraph + quote)`` order, so the file's order does not follow the corpus folders.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Iterator

from benchmarks.date_probes_real import print_or_check
from benchmarks.entity_probes_real import candidates
from benchmarks.quote_probes import GOLD

SEED = "newsfacts-quote-probes-fr-3:"
#: A paragraph is a candidate when it opens a quotation.
_OPENING = re.compile(r"[«“]")
#: Guillemets and curly double marks, each mark one token.
_MARK = re.compile(r"[«»“”]")
#: Paragraph lengths kept: shorter ones are captions or headings, longer ones many-quote blocks.
MIN_CHARS, MAX_CHARS = 40, 900


def rank(text: str) -> str:
    return hashlib.sha256((SEED + text).encode()).hexdigest()


def paragraphs(body: str) -> Iterator[str]:
    for paragraph in body.split("\n"):
        if MIN_CHARS <= len(paragraph.strip()) <= MAX_CHARS:
            yield paragraph.strip()


def quotations(paragraph: str) -> Iterator[str]:
    """The quoted words of a paragraph: marks paired in order, the first of a pair opening it, so a page that
    writes its guillemets reversed (» ... «, Guinéenews) still gives its quotes; an unpaired last mark runs to the
    paragraph's end; a stretch with no word (a stray mark before a stop) is none."""
    for family in ("«»", "“”"):
        marks = [m for m in _MARK.finditer(paragraph) if m.group() in family]
        for opening, closing in zip(marks[::2], [*marks[1::2], None], strict=False):
            end = closing.start() if closing else len(paragraph)
            quote = paragraph[opening.end() : end].strip()
            if re.search(r"\w", quote):
                yield quote


def draw() -> list[dict]:
    """The drawn rows, unlabelled: one per quotation, publishers in draw order."""
    rows = []
    found = candidates("fr", keep=_OPENING, cut=paragraphs)
    for publisher in sorted(found, key=rank):
        quotes = [
            (paragraph, quote, case_id)
            for paragraph, case_id in found[publisher]
            for quote in quotations(paragraph)
        ]
        for paragraph, quote, case_id in sorted(quotes, key=lambda item: rank(item[0] + item[1])):
            key = rank(paragraph + quote)[:8]
            rows.append(
                {"id": f"b3-{key}", "text": paragraph, "quote": quote, "speaker": "", "page": case_id,
                 "publisher": publisher}
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check that fr_b3.jsonl holds the drawn quotes")
    args = parser.parse_args(argv)
    return print_or_check(draw(), GOLD / "fr_b3.jsonl", args.check)


if __name__ == "__main__":
    sys.exit(main())
