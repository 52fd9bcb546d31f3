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


LEAD_IN = ("The plan compares the new lines with the old ones on a few measures, and the following properties "
           "all characterize the new lines:")
ACCOUNTS = [
    ("Accounts (handles and followers, kept with no posts on the timeline): @CityCouncil, @MayorOffice, @CouncilLive,"
     " @TransitDesk, @ParksDept, @LibraryTeam, @HarbourMaster"),
    "Night service (weekends only): The lines keep running until two in the morning",
    "Low floors: Every bus of the new lines can carry wheelchairs and prams",
    "Electric drive: The buses serving the northern districts run on batteries",
]


def test_a_list_of_labelled_items_under_a_colon_stays():
    """Shaped on LessWrong's properties under "The following properties all characterize GPT:" and the Obama White
    House's accounts under "The following assets will remain with the institution:" (dev dumps): each item a label
    of its own, a bracketed aside in it or not, is no box of short lines."""
    dump = ("Home\nNews\n\nThe council plans its digital handover\n\n" + "\n\n".join(STORY[:2]) + "\n\n" + LEAD_IN
            + "\n" + "\n".join(ACCOUNTS) + "\n\n" + "\n\n".join(STORY[2:]) + "\n")
    text = clean_dump(dump).text
    for account in ACCOUNTS:
        assert account in text
    assert STORY[3] in text


def test_lines_repeating_one_label_under_a_colon_are_no_labelled_list():
    """A label printed over each line is a box's (photo credits under a lead-in), not one list's labelled items."""
    from extractors.clean.text_regions import labelled_items

    credits = ["Photo: Council archive", "Photo: City museum", "Photo: Private collection"]
    assert labelled_items([LEAD_IN, *credits, STORY[0]]) == frozenset()
    assert labelled_items([LEAD_IN, *ACCOUNTS, STORY[0]]) == frozenset({1, 2, 3, 4})


def test_a_sentence_under_a_related_link_over_the_story_goes_on_with_it():
    """Shaped on CNA's "Related:" over "Shanti Pereira wins 200m gold at SEA Games in new national record" over "And going
    into this year's Games, there was a sense of calm, recalled Pereira." and UOL's "Relacionadas" over three headlines
    over "O carro não apresentou falhas. O cliente ... cometeu os erros." (dev dumps, in their references): the story
    resumes at a sentence closed by a full stop with a paragraph under it; the label and its headline go."""
    from extractors.clean.text_regions import drop_related_links

    headline = "Pereira wins 200m gold at the regional games in a new national record"
    sentence = "And going into this year's games, there was a sense of calm, she recalled."
    lines = [STORY[0], "Related:", headline, sentence, *STORY[1:]]
    assert drop_related_links(lines) == [STORY[0], sentence, *STORY[1:]]


def test_a_teaser_blurb_under_a_related_link_over_furniture_still_goes():
    """A teaser's blurb closing a sentence goes with its headline when no paragraph of the story stands under it
    (TopSpeed's "Related" boxes: headline, blurb, then the next box's headline)."""
    from extractors.clean.text_regions import drop_related_links

    headline = "Solid-state battery myths busted"
    blurb = "Solid-state batteries are becoming more popular. Here's everything you should know about them."
    lines = [STORY[0], "Related", headline, blurb, "The Ongoing Allure Of Batteries", *STORY[1:]]
    assert drop_related_links(lines) == [STORY[0], *STORY[1:]]
    ellipsis = "Next season's playoffs could look a whole lot different...."
    assert drop_related_links([STORY[0], "Related", headline, ellipsis, *STORY[1:]]) == STORY
