"""Issue 12 (dumpsR260): a dump's numbered subheadings ("Step 1" to "Step 4", "▍ 1. ...") counting up down the story
with its text between them stay, though they share no word with the story (``text_regions.counted_headings``, exempt
from ``drop_unrelated_lines``); a rail's numbered headlines with no text between them do not count."""
from __future__ import annotations

from extractors.clean.text_regions import counted_headings
from tests.test_clean_text import clean_dump

INTRO = (
    "Making a small glass garden at home takes an afternoon, a few plants from the nursery and some patience with "
    "the moss, which needs to be pressed down gently around the foam."
)
STEPS = [
    "Measure the circumference of your cloche and cut the foam about two centimetres smaller than that.",
    "Insert your plant into the hole you made in the middle of the foam with a pencil.",
    "Using floral pins, attach enough moss around the foam to cover it on all of its sides.",
    "Gently place the cloche over the foam; the glass may push some of the moss upward.",
]
OUTRO = (
    "Displayed alone or in a group, these pretty arrangements allow you to add a little nature to a shelf, a desk "
    "or a table set for guests, and they need water only once a week."
)


def _dump(headings: list[str]) -> str:
    body = "\n\n".join(f"{heading}\n\n{step}" for heading, step in zip(headings, STEPS, strict=True))
    return f"Home\nGarden\n\nHow to Build a Terrarium\n\n{INTRO}\n\n{body}\n\n{OUTRO}\n"


def test_numbered_steps_stay_in_the_story():
    """Shaped on eHow's terrarium guide ("Step 1" to "Step 9" over each step's sentence, dev dumps)."""
    text = clean_dump(_dump([f"Step {n}" for n in range(1, 5)])).text
    for n in range(1, 5):
        assert f"Step {n}" in text


def test_numbered_section_headings_with_a_mark_stay():
    """Shaped on Habr's "▍ 1. Вызов в цикле", "▍ 2. В цикле с другим типом", "▍ 3. Без цикла" (dev dumps)."""
    headings = ["▍ 1. Вызов в цикле", "▍ 2. В цикле с другим типом", "▍ 3. Без цикла", "▍ 4. Замеры"]
    text = clean_dump(_dump(headings)).text
    assert "▍ 2. В цикле с другим типом" in text
    assert "▍ 3. Без цикла" in text


def test_numbered_lines_with_nothing_between_are_no_headings():
    """A rail's numbered headlines stand one under another, no text of a section between them."""
    lines = ["Trending Stories", "1. Star reveals wedding plans", "2. Singer cancels tour", "3. Actor joins cast",
             "4. Show renewed for a fifth season"]
    assert counted_headings(lines) == frozenset()
