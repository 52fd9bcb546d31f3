"""Photo captions a text dump gives with a labelled credit in brackets at their end, the label the same on several
lines: "... (Image: Getty)", "... (Photo: Matthew Mohan)", "... (sumber: Instagram/enzystoria)".

A copy runs a picture's caption and its credit together, the credit after a one-word label in brackets: the Express'
"A Spotify chief claimed Prince Harry and Meghan Markle were 'f****** grifters' (Image: Getty)", the Daily Star's
"Bradley Walsh was left in fear of a The Chase contestant's judo skills (Image: ITV)", CNA's "Shanti Pereira poses for
a photo at Kallang Practice Track. (Photo: Matthew Mohan)", Liputan6's "Potret Enzy Storia jadi bridesmaid pernikahan
sahabat (sumber: Instagram/enzystoria)". The credit lists (``data/<language>/caption_credits.txt``) name such labels
one wording at a time; that ``SHARED_LABEL_LINES`` lines or more close on a bracket opening with the same label says
the label is a credit's, whatever its word (issue 12, ablate206: with the credit lists emptied these captions came
back). A story's bracket at a line's end names a source or a note without a label and colon ("(IANS)", "(A.H.)",
eHow's "(Lucy Akins)" under each step, which its references keep): those stay.
"""
from __future__ import annotations

import re
from collections import defaultdict

from extractors.clean import widgets

#: This many lines or more closing on a bracket with the same label make them captions.
SHARED_LABEL_LINES = 3
#: A credit: a bracket at the line's end opening with one word of letters (up to ``LABEL_CHARS``) and a colon.
LABEL_CHARS = 12
_CREDIT = re.compile(rf"\(\s?(?P<label>[^\W\d_]{{1,{LABEL_CHARS}}})\s?[:：][^()]{{1,60}}\)\s*$")
#: A caption runs at least this many words before its credit.
CAPTION_WORDS = 4


def captions_with_bracket_credit(lines: list[str]) -> frozenset[str]:
    """The lines closing on a labelled credit in brackets whose label ``SHARED_LABEL_LINES`` - 1 other lines share."""
    groups: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        if "\n" in line or not line.rstrip().endswith(")") or (match := _CREDIT.search(line)) is None:
            continue
        if widgets.word_count(line[:match.start()]) >= CAPTION_WORDS:
            groups[match["label"].casefold()].append(line)
    return frozenset(line for found in groups.values() if len(found) >= SHARED_LABEL_LINES for line in found)
