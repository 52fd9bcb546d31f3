"""Draw the eighth and ninth English publisher batches for the attribution probes (issue 11, attrib373): reported
claims on dev pages, weighted to report language (government, conflict and wire reports).

``python -m benchmarks.attribution_probes_real8 --set real8`` prints the drawn windows as unlabelled rows of the
attribution probe format (``attributions`` empty); ``--check`` says whether ``attribution_probes_gold/en_<set>.jsonl``
holds exactly the drawn windows, in order. Both batches were drawn and labelled by reading before newsfacts ran on
them and before attrib373's rules; ``real9`` is held out (scored once, at the end of the round).

Where they come from: the same sentences as ``attribution_probes_real`` (``news_sentences``: English dev-split
reference bodies on pages written as reported news, a reporting cue, no double quote mark, no first- or second-person
subject before the cue, no question mark; facts test publishers, facts dev gold articles and off-limits publishers
left out), less every window of an earlier batch (``en_real`` to ``en_real7``, and ``en_real8`` for ``real9``) and
the sentences attrib321's and attrib330's rules cite. A sentence ranks by how many of the ``SHAPES`` it holds: an
organisation or official as source ("the ministry said in a statement", "the UN agency reported", "police said",
"officials say"); "according to" data, a survey, a report or documents; "X announced / confirmed / warned / denied /
estimated"; an unnamed source ("sources said", "a person familiar with the matter", "on condition of anonymity");
"was quoted as saying"; "X reported" by a news organisation; and a claim spread over two sentences (the next sentence
carries "he added" / opens "He also said" or "The ministry said"), which joins the window. Publishers with such a
sentence come first, in ``sha256(SEED + publisher)`` order, ``PUBLISHERS`` of them; from each the ``PER_PUBLISHER``
sentences that rank first by (number of shapes matched, descending; then ``sha256(SEED + sentence)``). The window is
``window_row``'s (the sentence before joined when a pronoun holds the cue), with the next sentence joined for the
spread shape.
"""

from __future__ import annotations

import argparse
import re
import sys

from benchmarks.attribution_probes import GOLD
from benchmarks.attribution_probes_real6 import Draw, draw_windows
from benchmarks.date_probes_real import print_or_check

_BODY = (
    r"(?:officials?|spokes(?:person|man|woman)|ministry|minister|department|agency|government|police|military|army|"
    r"authorities|prosecutors|office|commission|council|embassy|UN|United Nations|WHO|organi[sz]ation|committee|"
    r"regulator|watchdog|company|firm|board|court|administration|White House|Pentagon|Kremlin|state media)"
)
_REPORT_CUE = r"(?:said|says|say|reported|reports|stated|announced|confirmed|warned|denied|estimated|estimates)"
#: The kinds of report language the draw weights (a draw's weighting, not a rule of the extractor).
SHAPES = {
    "body": re.compile(r"\b" + _BODY + r"\b[^.;,]{0,40}?\b" + _REPORT_CUE + r"\b"),
    "statement": re.compile(r"\b(?:in|issued) a (?:\w+ )?statement\b|\bin a (?:news )?release\b"),
    "according_data": re.compile(
        r"\b[Aa]ccording to (?:the |a |an |new |official |recent |\d{4} )*(?:\w+ )?(?:data|figures|survey|poll|"
        r"report|documents?|statistics|records|estimates|study|analysis|census|filings?|court papers)\b"
    ),
    "verbs": re.compile(r"\b(?:announced|confirmed|warned|denied|estimated|estimates)\b"),
    "unnamed": re.compile(
        r"\bsources? (?:said|say|says|told|close to|familiar)|\b(?:person|people|sources?|officials?) familiar with\b|"
        r"\bcondition of anonymity\b|\bnot authori[sz]ed to\b"
    ),
    "quoted": re.compile(r"\b(?:was|were) quoted as saying\b|\bquoted \w+(?: \w+)? as saying\b"),
    "news_reported": re.compile(
        r"\b[A-Z][\w.&]+(?: [A-Z][\w.&]+)* (?:reported|reports)\b|\b(?:newspaper|outlet|broadcaster|news agency|"
        r"daily|magazine|station) (?:\w+ )?(?:reported|reports)\b|\bwas first reported by\b|\breported by\b"
    ),
}


_EARLIER = ("en_real", "en_real2", "en_real3", "en_real4", "en_real5", "en_real6", "en_real7")
DRAWS = {
    "real8": Draw("attrib373-attribution-probes-real-8:", 24, 2, _EARLIER),
    "real9": Draw("attrib373-attribution-probes-real-9:", 16, 2, (*_EARLIER, "en_real8")),
}


def draw(batch: str) -> list[dict]:
    """The drawn windows of ``batch``, unlabelled, publishers in draw order."""
    return draw_windows(batch, DRAWS[batch], SHAPES, most_shapes_first=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="real8", choices=sorted(DRAWS), help="the batch to draw")
    parser.add_argument("--check", action="store_true", help="whether the labelled file holds the drawn windows")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.set), GOLD / f"en_{args.set}.jsonl", args.check)


if __name__ == "__main__":
    sys.exit(main())
