"""Issue 12, dumps27, in shapes seen on two dev publishers or more (short dumps shaped like those pages): a headline
printed whole and cut off elsewhere in the page is a teaser; a recipe's or how-to's list above its numbered steps is
the story's, and a rail numbering its teasers stays a rail."""
from __future__ import annotations

from extractors.clean.text_regions import drop_cut_headlines, list_items
from tests.test_clean_text import clean_dump, paragraphs

_WHOLE = [
    ("Premier League now WON'T vote on the contentious Project Restart plans on Monday as the big clubs try to drag "
     "the 'Rebel Six' into line"),
    "Live updates: China strikes upbeat note on coronavirus as businesses reopen; Hong Kong reports second death",
]
_CUT = [
    "Premier League now WON'T vote on the contentious Project Restart plans on Monday as the big clubs try to...",
    "Live updates: China strikes upbeat note on coronavirus as businesses reopen...",
]


def test_headline_a_teaser_box_prints_cut_elsewhere_is_dropped_whole():
    story = paragraphs(3, "Harbour")
    body = [story[0], _WHOLE[0], story[1], _WHOLE[1], story[2]]
    assert drop_cut_headlines(body, ["Menu", *body, "Most read", *_CUT]) == story


def test_paragraph_shown_cut_as_an_excerpt_elsewhere_stays():
    story = paragraphs(3, "Harbour")
    excerpt = story[0][:80].rstrip() + "..."
    assert drop_cut_headlines(story, ["Menu", excerpt, *story]) == story


def test_headline_shown_whole_only_stays():
    story = paragraphs(3, "Harbour")
    body = [story[0], _WHOLE[1], story[1], story[2]]
    assert drop_cut_headlines(body, ["Menu", *body]) == body


def test_carousel_of_whole_teasers_above_the_story_is_dropped_when_the_rail_below_prints_them_cut():
    story = paragraphs(6, "Bridge")
    teasers = [
        f"{name} says the club will not be BULLIED into playing again this season as the league's plan to finish "
        f"the campaign at neutral venues splits the clubs at the bottom of the table"
        for name in ("Gary Neville", "Jamie Carragher", "Roy Keane", "Micah Richards")
    ]
    cut = [teaser[:90].rsplit(" ", 1)[0] + "..." for teaser in teasers]
    dump = ["Menu", "Sport", *teasers, "Bridge vote passes", *story, "Share", "More top stories", *cut, "Contact"]
    text = clean_dump("\n".join(dump)).text
    assert not any(teaser in text for teaser in teasers)
    assert all(para in text for para in story)


_INGREDIENTS = ["Ingredients for the chicken thighs", "Serves 4.", "4 tbsp olive oil", "2 tsp salt", "2 tsp paprika",
                "2 cloves garlic", "Sauce", "250 g mushrooms", "100 g butter", "1 bay leaf", "1 small onion",
                "1/4 l cream", "2 dl chicken stock", "Half a glass of white wine", "Salt and pepper",
                "How to make chicken thighs in the oven"]
_STEPS = ["1. Heat the oven to 180 degrees with the fan on.", "2. Cut the whole thighs into drumsticks and thighs.",
          "3. Pat the chicken dry with kitchen paper so that the skin turns crisp.",
          "4. Mix the salt, oil and paprika in a large bag and press the garlic into it.",
          "5. Leave the chicken in the oven for 15 minutes while you make the sauce."]


def test_recipe_steps_under_a_list_of_ingredients_stay_with_the_story():
    intro = paragraphs(3, "Chicken")
    dump = ["Menu", "News", "Sport", "Recipes", "Chicken thighs in the oven", *intro, *_INGREDIENTS, *_STEPS,
            "Read also", "Recipes", "Share on Facebook", "Top partners", "Loans", "Casino", "Local news"]
    text = clean_dump("\n".join(dump)).text
    assert all(step in text for step in _STEPS)
    assert all(para in text for para in intro)


def test_numbered_headlines_of_a_rail_hold_no_list_above_them():
    lines = ["Share", *paragraphs(1, "Rail"), "Most read", "Trending now", "Sport", "Video",
             "1. Jeep hack prompts car recall", "2. Minister quits over expenses", "3. Storm closes the airport"]
    assert not list_items(lines)


def test_teasers_numbered_from_one_under_the_story_are_still_a_rail():
    story = paragraphs(4, "Bridge")
    rail = ["Most read"]
    for n in range(1, 5):
        rail += [f"Rank {n}", f"Minister number {n} quits over the cost of the harbour bridge",
                 f"The minister said the decision number {n} was his own and he would stay on as a member."]
    dump = ["Menu", "Bridge vote passes", "By Anna Berg", *story, *rail, "Contact", "Privacy", "Terms", "Jobs"]
    text = clean_dump("\n".join(dump)).text
    assert all(para in text for para in story) and "decision number 3" not in text


def test_carousel_of_whole_teasers_printed_cut_below_is_no_region_to_pick_over_the_story():
    story = paragraphs(3, "Bridge")
    teasers = [
        f"{name} says the club will not be BULLIED into playing again this season as the league's plan to finish "
        f"the campaign at neutral venues splits the clubs at the bottom of the table"
        for name in ("Gary Neville", "Jamie Carragher", "Roy Keane", "Micah Richards", "Alan Shearer", "Ian Wright")
    ]
    cut = [teaser[:90].rsplit(" ", 1)[0] + "..." for teaser in teasers]
    uncut = "Pep Guardiola says his side will be ready whenever the league starts again, whatever the venue"
    dump = ["Menu", "Sport", *teasers, uncut, "Share", "Video", "Login", "Search", "Weather", "Contact",
            "Bridge vote passes", *story, "Share", "More top stories", *cut, "Contact"]
    assert clean_dump("\n".join(dump)).text.split("\n\n") == story
