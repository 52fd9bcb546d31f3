"""Draw the fourth and fifth English publisher batches for the attribution probes (issue 11, attrib330): reported
claims on dev pages, weighted to the shapes the earlier batches held few of.

``python -m benchmarks.attribution_probes_real4 --set real4`` prints the drawn windows as unlabelled rows of the
attribution probe format (``attributions`` empty); ``--check`` says whether ``attribution_probes_gold/en_<set>.jsonl``
holds exactly the drawn windows, in order. The rows were labelled by reading, before newsfacts ran on them; the
labelled file is what ``python -m benchmarks.attribution_probes --set real4`` scores (``real5`` is held out: drawn
and labelled after attrib330's rules, scored once).

Where they come from: the same sentences as ``attribution_probes_real`` (``news_sentences``: English dev-split
reference bodies on pages written as reported news, a reporting cue, no double quote mark, no first- or second-person
subject before the cue, no question mark; facts test publishers, facts dev gold articles and off-limits publishers
left out), less every window of an earlier batch (``en_real``, ``en_real2``, ``en_real3``, and ``en_real4`` for
``real5``) and the sentences attrib321's rules cite. A sentence with one of the ``SHAPES`` ranks before one
without: a body speaking through its members ("a Hamas official said", "the company's spokeswoman"), "told X" /
"in an interview with", a written source ("in a letter to", "in a post on X", "in a filing", "the statement
read"), a denial, warning or insistence, and a claim spread over two sentences (the cue's sentence ends in a
colon, or the next one carries "he added" or opens with "He also said"). Publishers with such a sentence come
first, in ``sha256(SEED + publisher)`` order, ``PUBLISHERS`` of them; from each the ``PER_PUBLISHER`` sentences
that rank first by (shape, ``sha256(SEED + sentence)``). The window is ``window_row``'s (the
sentence before joined when a pronoun holds the cue), with the next sentence joined for the spread shape. Quotes
whose speaker stands in the paragraph before are not drawn: the attribution probes score no quote speakers.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass

from benchmarks.attribution_probes import GOLD
from benchmarks.attribution_probes_real import _QUOTE, _keep, _published, news_sentences, window_row
from benchmarks.attribution_probes_real2 import _earlier_texts, _tuned
from benchmarks.date_probes_real import print_or_check

_CUE = (
    r"(?:said|says|told|tells|added|stated|states|announced|wrote|writes|warned|warns|noted|claimed|claims|"
    r"confirmed|denied|denies|insisted|insists|argued|argues|cautioned|threatened|maintained|acknowledged|"
    r"admitted|read|reads|posted|tweeted)"
)
#: The shapes earlier batches held few of (a draw's weighting, not a rule of the extractor).
SHAPES = {
    "member": re.compile(
        r"\b(?:an?|the|one|two|three|several|senior|top)\s+(?:\S+\s+){0,3}?(?:official|officials|spokes(?:person|"
        r"man|woman|people)|representatives?|aides?|members?|executives?|staffers?|insiders?|employees?|leaders?)\b"
        r"[^.]{0,50}?\b" + _CUE + r"\b|\b\w+(?:'s|’s)\s+(?:\S+\s+)?(?:spokes(?:person|man|woman)|representative|"
        r"lawyers?|attorneys?|officials?|aides?|office)\b"
    ),
    "told": re.compile(r"\b(?:told|tells|telling)\s+(?:reporters|journalists|the\s|[A-Z])|in an interview\b"),
    "written": re.compile(
        r"\bin an? (?:\S+\s+){0,2}?(?:letter|post|filing|tweet|statement|memo|email|e-mail|op-ed|blog post|court "
        r"papers|complaint|motion)\b|\b(?:statement|letter|post|filing|memo|notice|document|email)\s+(?:read|reads|"
        r"said|says|stated|states)\b|\b(?:wrote|writes|posted|tweeted)\b"
    ),
    "denial": re.compile(
        r"\b(?:denied|denies|deny|warned|warns|warning|insisted|insists|insisting|cautioned|threatened|"
        r"maintained|rejected claims|disputed)\b"
    ),
}
_NEXT_CONTINUES = re.compile(
    r"^(?:(?:He|She|They|It) (?:also |further )?(?:said|added|noted|argued|warned)\b)|,\s(?:he|she|they) "
    r"(?:added|said)\.$"
)


def spread(sentence: str, after: str | None, continues: re.Pattern[str] = _NEXT_CONTINUES) -> bool:
    """The claim runs on into the next sentence: the cue's sentence ends in a colon, or the next one continues it
    (``continues``: the openings and closings that continue it; later drawers pass a wider set)."""
    return bool(after) and not _QUOTE.search(after) and (
        sentence.rstrip().endswith(":") or bool(continues.search(after))
    )


@dataclass(frozen=True)
class Draw:
    seed: str
    publishers: int
    per_publisher: int
    earlier: tuple[str, ...]


DRAWS = {
    "real4": Draw("attrib330-attribution-probes-real-4:", 30, 2, ("en_real", "en_real2", "en_real3")),
    "real5": Draw("attrib330-attribution-probes-real-5:", 22, 2, ("en_real", "en_real2", "en_real3", "en_real4")),
}
#: Dev sentences attrib330's rules were written from (cited in their docstrings and tests), drawn for real5 after
#: those rules: left out of that batch, which scores as held-out.
TUNED_STARTS = (
    "The statisticians support it, I support it",
    "TV Larry confronted that annoyance",
    "There’s no point in lying, the computer warns me",
    "And if Trump falls short this year, a number of GOP insiders",
    "Over the longer term, a number of analysts",
    "One of these analyses, from NASA",
    "A number of high-profile law schools",
    "In the months leading up to Bushnell",
    "Ex-friends told the Daily Mail",
    "Whole Foods co-founder and CEO John Mackey",
    "The active ingredient in the psychedelic drug",
    "China Geo, for its part, told the Lesotho Times",
    "Taylor said Novavax",
    "He warned gradual change could",
    "Trump told reporters that he partially agreed",
    "Strava is also introducing dark mode",
    "She had also not been directly involved in any of the many WhatsApp groups",
    "The European General Court denies him",
)


def draw(batch: str) -> list[dict]:
    """The drawn windows of ``batch``, unlabelled, publishers in draw order."""
    how = DRAWS[batch]

    def rank(text: str) -> str:
        return hashlib.sha256((how.seed + text).encode()).hexdigest()

    earlier = _earlier_texts(how.earlier)
    said, bodies = news_sentences(
        lambda s: _keep(s) and s not in earlier and not _tuned(s)
        and not (batch == "real5" and s.startswith(TUNED_STARTS))
    )

    def after(sentence: str, case_id: str) -> str | None:
        listed = bodies[case_id]
        at = listed.index(sentence)
        return listed[at + 1] if at + 1 < len(listed) else None

    def shaped(sentence: str, case_id: str) -> bool:
        return any(shape.search(sentence) for shape in SHAPES.values()) or spread(sentence, after(sentence, case_id))

    said = {publisher: rows for publisher, rows in said.items() if rows}
    published = _published()
    order = sorted(said, key=lambda name: (not any(shaped(s, c) for s, c in said[name]), rank(name)))
    out = []
    for publisher in order[: how.publishers]:
        picks = sorted(said[publisher], key=lambda item: (not shaped(*item), rank(item[0])))
        for sentence, case_id in picks[: how.per_publisher]:
            row = window_row(f"en-{batch}-{rank(sentence)[:8]}", publisher, sentence, case_id, bodies, published)
            following = after(sentence, case_id)
            if spread(sentence, following):
                row["text"] = f"{row['text']} {following}"
            out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="real4", choices=sorted(DRAWS), help="the batch to draw")
    parser.add_argument("--check", action="store_true", help="whether the labelled file holds the drawn windows")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.set), GOLD / f"en_{args.set}.jsonl", args.check)


if __name__ == "__main__":
    sys.exit(main())
