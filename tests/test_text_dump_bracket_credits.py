"""Issue 12, ablate206: lines of a text dump closing on a labelled credit in brackets, the label shared by three lines
or more, are photo captions whatever the label's word (``bracket_credits.captions_with_bracket_credit``)."""
from __future__ import annotations

from extractors.clean.bracket_credits import captions_with_bracket_credit
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump

#: Captions under a label no credit list names (Finnish "Kuva", picture), as the Express prints "(Image: Getty)".
CAPTIONS = (
    "The old ferry leaves the northern bank for one of its last crossings (Kuva: Matti Virtanen)",
    "Council members listen to residents before the vote on the budget (Kuva: Anna Korhonen)",
    "The mayor shows the plans for the new bus route to the hospital (Kuva: Matti Virtanen)",
)


def test_captions_closing_on_a_shared_bracket_label_leave_the_story():
    dump = "\n\n".join(["Menu", DUMP_STORY[0], CAPTIONS[0], DUMP_STORY[1], CAPTIONS[1], DUMP_STORY[2], CAPTIONS[2],
                        DUMP_STORY[3], "About us"])
    text = clean_dump(dump).text
    assert all(paragraph in text for paragraph in DUMP_STORY)
    assert not any(caption in text for caption in CAPTIONS)


def test_unlabelled_brackets_and_two_labelled_lines_stay():
    """A source or a signature in brackets names no label (newsgram's "(IANS)", eHow's "(Lucy Akins)" under each step,
    kept by their references), and two lines under one label are not yet a page's captions."""
    lines = [
        "Dig a hole in the oasis with the end of a pencil. (Lucy Akins)",
        "Push the stem of the flower into the hole you made. (Lucy Akins)",
        "Cover the top of the oasis with moss and press it down. (Lucy Akins)",
        "Officials said the bridge would open in spring after the last inspection (Kuva: Matti Virtanen)",
        "The ferry will run until the new bridge opens to traffic next year (Kuva: Anna Korhonen)",
    ]
    assert captions_with_bracket_credit(lines) == frozenset()
