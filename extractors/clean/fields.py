"""Labelled fields of a story's items copied as text: lines opening with a label the story repeats.

A review or a listing sets its items out in fields, one a line, each opening with the same labels: "We like: ..." and
"We don't like: ..." under each product of The Telegraph's buying guide, "取引市場：...", "落札価格：...", "調教師：..."
under each horse of a goo blog's sale results (a block of ``<br>`` lines each). In a copy those lines are short and
come in runs, as the lines of a box do, and a story ending in such a block ends in short lines; a label opening
``FIELD_REPEATS`` lines or more of the story says they are the story's own fields: ``text_regions.drop_boxes`` counts
them in no cluster of furniture, and the text cleaner's trailing-line rule (``text.finish_paragraphs``) keeps them. A
box's lines do not repeat an opening label so often; a teaser's kicker over its headline opens with a capital
("Baufinanzierung: Experte warnt ..." three times in the Berliner Morgenpost's box), as a credit does ("Image: PA"),
and a credit is read by other rules (``widgets.is_credit_line`` still sends "Photo: ..." to the captions).
"""
from __future__ import annotations

import re
from collections import Counter

from extractors.clean import widgets

#: A field's label: up to ``LABEL_WORDS`` words before a colon (ASCII or full-width) and text after it.
LABEL_WORDS = 4
_LABEL = re.compile(r"^([^:：\n]{1,40}?)\s*[:：]\s*(\S)")
#: A label opens this many lines of the story or more to make them fields.
FIELD_REPEATS = 3


def _label(line: str) -> tuple[str, bool] | None:
    """The line's field label, case-folded, and whether its value opens with a capital."""
    match = _LABEL.match(line)
    if match is None or "\n" in line:
        return None
    label = match.group(1).strip()
    if not any(ch.isalpha() for ch in label):
        return None  # a time is no label ("19:48")
    return (label.casefold(), match.group(2).isupper()) if label and widgets.word_count(label) <= LABEL_WORDS else None


def field_lines(lines: list[str]) -> frozenset[int]:
    """Indexes of the lines opening with a label that ``FIELD_REPEATS`` lines or more of ``lines`` open with.

    A value opening with a capital counts only in a record: every line of its label stands next to a line of another
    label (``_in_records``). One label repeated over capitalised text is a kicker over a headline
    ("Baufinanzierung: Experte warnt ..." three times in the Berliner Morgenpost's box) or a credit ("Image: PA"), in a
    run of its own; each app of Android Authority's list has its "Price: Free" over "Developer: Frosty Pop / Netflix",
    each series of PCWorld's its "Género: Crimen, Drama, Intriga" over "Años: 2002-2008", which the references keep.
    """
    labels = [_label(line) for line in lines]
    counts = Counter(found[0] for found in labels if found)
    lower = Counter(found[0] for found in labels if found and not found[1])
    recorded = _in_records(labels, {label for label, count in counts.items() if count >= FIELD_REPEATS})
    return frozenset(index for index, found in enumerate(labels) if found and (
        lower[found[0]] >= FIELD_REPEATS and not found[1] or found[0] in recorded))


def _in_records(labels: list[tuple[str, bool] | None], repeated: set[str]) -> set[str]:
    """The ``repeated`` labels each of whose lines has a line of another label right above or below it (PCWorld's
    "Género: Documental, Crimen, Derecho" over its one "Año: 2015" among the "Años: ...")."""
    def beside(index: int, label: str) -> bool:
        return any(0 <= at < len(labels) and (found := labels[at]) is not None and found[0] != label
                   for at in (index - 1, index + 1))
    return {label for label in repeated
            if all(beside(index, label) for index, found in enumerate(labels) if found and found[0] == label)}
