"""Issue 12 (dumpsR260): a paragraph of three sentences or more closed by the writer's aside in brackets is the
story's, not a photo caption with its credit (``text._is_bracketed_aside``); a caption of one or two sentences with a
bracketed credit still goes to the captions."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

STORY = "\n\n".join(
    f"The company said on Tuesday that its {n} new data centres would open next year, and that the first of them "
    "would serve customers in the region before the end of the spring."
    for n in ("two", "three", "four", "five")
)


def _dump(middle: str) -> str:
    first, rest = STORY.split("\n\n", 1)
    return f"Home\nNews\n\nThe company opens new data centres\n\n{first}\n\n{middle}\n\n{rest}\n"


def test_paragraph_of_three_sentences_closed_by_an_aside_stays():
    """Shaped on karussell's "... (Then those keywords are high frequent)" and Astral Codex Ten's "... (Peter
    declined)" (dev dumps)."""
    aside = ("Only two filter streams are allowed for each address. And only 200 keywords are possible per stream! "
             "But filter streams allow only about 50 posts a second even if only a few keywords are used. "
             "(Then those keywords are high frequent)")
    result = clean_dump(_dump(aside))
    assert "Only two filter streams are allowed for each address." in result.text
    assert "(Then those keywords are high frequent)" in result.text


def test_aside_after_an_exclamation_stays():
    aside = ("Saar remains as committed to the method as ever. He is even still committed to large bets on its "
             "findings, settled via debate. He would even be willing to debate Peter again! (Peter declined)")
    assert "He would even be willing to debate Peter again! (Peter declined)" in clean_dump(_dump(aside)).text


def test_caption_of_one_sentence_with_a_bracketed_credit_is_still_a_caption():
    caption = ("Gunmen in military uniforms stormed the national museum, killing at least 19 people, most of them "
               "foreign tourists. (Reuters)")
    result = clean_dump(_dump(caption))
    assert "Gunmen in military uniforms" not in result.text
    assert "The company said on Tuesday that its five new data centres" in result.text
