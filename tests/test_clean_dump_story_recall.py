"""Issue 12 (dumpsR267): story lines the text-dump cleaner lost inside the story's region on dev pages of two
publishers or more, each kept by a structural condition while the furniture of the same rule still goes."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

STORY = [
    f"The council said on Tuesday that its {n} new bus lines would open next year, and that the first of them would "
    "serve the northern districts before the end of the spring."
    for n in ("two", "three", "four", "five")
]


def test_a_story_opening_on_a_list_keeps_its_first_item():
    """Shaped on Tumblr's Minecraft changelog ("+ Added Granite, Andesite, and Diorite stone blocks, with smooth
    versions" over "+ Added Slime Block") and Capital.gr's "1) Χρηματιστήριο Αξιών Αθηνών" over "2) Επιτροπή
    Κεφαλαιαγοράς" (dev dumps): the first item is no headline."""
    items = [
        "+ Added granite, andesite and diorite stone blocks, with smooth versions",
        "+ Added the slime block",
        "+ Added the iron trapdoor",
        "+ Added prismarine and sea lantern blocks",
    ]
    dump = "Game News\nPowered by a blog\n\n" + "\n".join(items) + "\n\n" + "\n\n".join(STORY) + "\n"
    result = clean_dump(dump)
    assert "+ Added granite, andesite and diorite stone blocks, with smooth versions" in result.text
    assert result.title != items[0]


def test_a_headline_over_the_story_is_still_the_title():
    """A story's first line shaped as a headline, over paragraphs rather than a second item, is still its title."""
    dump = ("Game News\nPowered by a blog\n\nThe council opens new bus lines in the north\n\n"
            + "\n\n".join(STORY) + "\n")
    result = clean_dump(dump)
    assert result.title == "The council opens new bus lines in the north"
    assert "The council opens new bus lines in the north" not in result.text
