"""Issue 12, dumps31 (story lines dropped inside dev dumps): a story's sections numbered on lines of their own ("1" to
"5" between the sections of Chinese stories on 1905.com, Huanqiu and ifeng, which their references keep) stay, while a
number alone elsewhere is still a counter (``text_regions.section_numbers``)."""
from __future__ import annotations

from extractors.clean.text_regions import section_numbers
from tests.test_clean_text import clean_dump, paragraphs


def _numbered_story(count: int) -> list[str]:
    lines = []
    for number in range(1, count + 1):
        lines += [str(number), *paragraphs(2, f"Section {number}")]
    return lines


def test_numbers_heading_the_sections_of_a_copied_story_stay():
    story = [*paragraphs(2, "Opening"), *_numbered_story(3)]
    dump = "\n".join(["Menu", "A headline over the numbered sections of a story", *story, "Share"])
    assert clean_dump(dump).text.split("\n\n") == story


def test_section_number_may_sit_over_the_section_title():
    """ifeng titles each section under its number."""
    lines = [*paragraphs(2, "Opening"), "1", "The first section's title", *paragraphs(2, "First"),
             "2", "The second section's title", *paragraphs(2, "Second"), "3", *paragraphs(2, "Third")]
    assert section_numbers(lines) == {2, 6, 10}


def test_two_numbers_alone_between_paragraphs_are_counters():
    story = [*paragraphs(2, "Opening"), *_numbered_story(2)]
    lines = section_numbers(story)
    assert lines == frozenset()
    assert "\n2\n" not in f"\n{clean_dump(chr(10).join(['Menu', 'A headline over a short story', *story])).text}\n"


def test_numbered_teasers_without_prose_between_them_are_no_sections():
    """E! Online's "Trending Stories": "1" over a headline, "2" over the next."""
    teasers = ["1", "Actress in a coma after a sudden illness, her family says",
               "2", "Bombshells from the singer's new memoir about her mother",
               "3", "Star details an unhealthy romance with a former co-star"]
    assert section_numbers([*paragraphs(2, "Opening"), *teasers]) == frozenset()
