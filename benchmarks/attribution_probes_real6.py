"""Draw the sixth and seventh English publisher batches for the attribution probes (issue 11, attrib367): reported
claims on dev pages, weighted to the kinds issue 11's unseen sets hold (wire news, government and conflict reports,
US political news).

``python -m benchmarks.attribution_probes_real6 --set real6`` prints the drawn windows as unlabelled rows of the
attribution probe format (``attributions`` empty); ``--check`` says whether ``attribution_probes_gold/en_<set>.jsonl``
holds exactly the drawn windows, in order. Both batches were drawn and labelled by reading before newsfacts ran on
them and before attrib367's rules; ``real7`` is held out (scored once, at the end of the round).

Where they come from: the same sentences as ``attribution_probes_real`` (``news_sentences``: English dev-split
reference bodies on pages written as reported news, a reporting cue, no double quote mark, no first- or second-person
subject before the cue, no question mark; facts test publishers, facts dev gold articles and off-limits publishers
left out), less every window of an earlier batch (``en_real`` to ``en_real5``, and ``en_real6`` for ``real7``) and
the sentences attrib321's and attrib330's rules cite. A sentence with one of the ``SHAPES`` ranks before one
without: "according to" a person, report, ministry or data; "told reporters" / "told X"; "a spokesperson for X";
an official or a state body as source; reported speech with "say" in the present; a document or data as source
("the report found", "figures show", "the filing says"); and a claim spread over two sentences (the next sentence
carries "he added" / opens "He also said" or "The ministry said"), which joins the window. Publishers with such a
sentence come first, in ``sha256(SEED + publisher)`` order, ``PUBLISHERS`` of them; from each the ``PER_PUBLISHER``
sentences that rank first by (number of shapes matched, descending; then ``sha256(SEED + sentence)``). The window is
``window_row``'s (the sentence before joined when a pronoun holds the cue), with the next sentence joined for the
spread shape.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass

from benchmarks.attribution_probes import GOLD
from benchmarks.attribution_probes_real import _keep, _published, news_sentences, window_row
from benchmarks.attribution_probes_real2 import _earlier_texts, _tuned
from benchmarks.attribution_probes_real4 import TUNED_STARTS as REAL4_TUNED
from benchmarks.attribution_probes_real4 import spread as real4_spread
from benchmarks.date_probes_real import print_or_check

_CUE = (
    r"(?:said|says|say|told|tells|added|stated|states|announced|wrote|writes|warned|warns|noted|claimed|claims|"
    r"confirmed|denied|denies|insisted|insists|argued|argues|reported|reports|showed|shows|found|finds|"
    r"estimated|estimates|indicated|indicates)"
)
_OFFICIAL = (
    r"(?:official|officials|spokes(?:person|man|woman|people)|ministry|ministers?|department|agency|government|"
    r"police|military|army|authorities|prosecutors?|governor|senator|lawmakers?|congressman|congresswoman|"
    r"administration|White House|Pentagon|Kremlin|State Department|commission|council|court|embassy|troops)"
)
#: The kinds issue 11's unseen sets hold (a draw's weighting, not a rule of the extractor).
SHAPES = {
    "according": re.compile(r"\b[Aa]ccording to\b"),
    "told": re.compile(r"\b(?:told|tells|telling)\s+(?:reporters|journalists|a (?:news|press) conference|the\s|[A-Z])"),
    "spokesperson": re.compile(r"\bspokes(?:person|man|woman) for\b|\b(?:an?|the) \w+ spokes(?:person|man|woman)\b"),
    "official": re.compile(r"\b" + _OFFICIAL + r"\b[^.;]{0,60}?\b" + _CUE + r"\b"),
    "present": re.compile(r"\b(?:says|say|tells|argues|insists|claims|warns|notes|writes|estimates)\b"),
    "document": re.compile(
        r"\b(?:report|reports|data|figures|statistics|survey|poll|study|documents?|filing|records?|analysis|"
        r"statement|letter|memo|indictment|complaint|assessment|census|estimates)\b[^.;]{0,40}?\b(?:said|says|shows?|"
        r"showed|found|finds|states?|stated|indicates?|indicated|suggests?|suggested|reveals?|revealed|read|reads|"
        r"concluded|concludes)\b"
    ),
}
_NEXT_CONTINUES = re.compile(
    r"^(?:(?:He|She|They|It|The \w+) (?:also |further )?(?:said|says|added|adds|noted|argued|warned|claimed)\b)|"
    r",\s(?:he|she|they|it) (?:added|said|says)\.$"
)


def spread(sentence: str, after: str | None) -> bool:
    """The claim runs on into the next sentence, read with this drawer's wider continuations."""
    return real4_spread(sentence, after, _NEXT_CONTINUES)


@dataclass(frozen=True)
class Draw:
    seed: str
    publishers: int
    per_publisher: int
    earlier: tuple[str, ...]


_EARLIER = ("en_real", "en_real2", "en_real3", "en_real4", "en_real5")
DRAWS = {
    "real6": Draw("attrib367-attribution-probes-real-6:", 30, 2, _EARLIER),
    "real7": Draw("attrib367-attribution-probes-real-7:", 22, 2, (*_EARLIER, "en_real6")),
}


def draw(batch: str) -> list[dict]:
    """The drawn windows of ``batch``, unlabelled, publishers in draw order."""
    return draw_windows(batch, DRAWS[batch], SHAPES)


def draw_windows(
    batch: str, how: Draw, patterns: dict[str, re.Pattern[str]], most_shapes_first: bool = False
) -> list[dict]:
    """The windows ``how`` draws for ``batch``, weighted to ``patterns`` and the spread shape: publishers with a
    shaped sentence first (``most_shapes_first``: the publisher whose best sentence holds most shapes first), then per
    publisher the sentences holding most shapes. ``attribution_probes_real8`` draws with its own patterns."""

    def rank(text: str) -> str:
        return hashlib.sha256((how.seed + text).encode()).hexdigest()

    earlier = _earlier_texts(how.earlier)
    said, bodies = news_sentences(
        lambda s: _keep(s) and s not in earlier and not _tuned(s) and not s.startswith(REAL4_TUNED)
    )

    def after(sentence: str, case_id: str) -> str | None:
        listed = bodies[case_id]
        at = listed.index(sentence)
        return listed[at + 1] if at + 1 < len(listed) else None

    def shapes(sentence: str, case_id: str) -> int:
        return sum(bool(shape.search(sentence)) for shape in patterns.values()) + spread(
            sentence, after(sentence, case_id)
        )

    def publisher_key(name: str) -> tuple:
        held = [shapes(s, c) for s, c in said[name]]
        return (-max(held) if most_shapes_first else not any(held), rank(name))

    said = {publisher: rows for publisher, rows in said.items() if rows}
    published = _published()
    order = sorted(said, key=publisher_key)
    out = []
    for publisher in order[: how.publishers]:
        picks = sorted(said[publisher], key=lambda item: (-shapes(*item), rank(item[0])))
        for sentence, case_id in picks[: how.per_publisher]:
            row = window_row(f"en-{batch}-{rank(sentence)[:8]}", publisher, sentence, case_id, bodies, published)
            following = after(sentence, case_id)
            if spread(sentence, following):
                row["text"] = f"{row['text']} {following}"
            out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="real6", choices=sorted(DRAWS), help="the batch to draw")
    parser.add_argument("--check", action="store_true", help="whether the labelled file holds the drawn windows")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.set), GOLD / f"en_{args.set}.jsonl", args.check)


if __name__ == "__main__":
    sys.exit(main())
