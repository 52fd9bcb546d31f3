"""A story whose last sections each hold one paragraph under a short subheading keeps them; a rail of teasers under
the story, each blurb under its headline, still goes (``text_regions._past_sections`` after ``_before_teasers``)."""
from __future__ import annotations

from extractors.clean.text_regions import story_region

STORY = [
    ("Measure the circumference of your cloche and cut the foam oasis about an inch smaller than the glass, then soak it "
     "in a container full of water until it sinks to the bottom."),
    ("Dig a hole in the oasis large enough for the roots of your plant, and press the soil around the roots firmly so "
     "that the plant stands upright on its own."),
    ("Using floral pins, attach enough moss around the oasis to cover it, working from the bottom up and tucking the "
     "edges of the moss under the foam as you go."),
    ("Gently place the cloche over the oasis. The glass may push some of the moss upward, exposing some of the foam, "
     "which you can pull back down with a pair of tweezers."),
]
SECTIONS = [
    "Step 8",
    "This particular terrarium rests on a planter saucer and features a small white pumpkin.",
    "Step 9",
    "This particular terrarium was placed on a wood slice with a little toy squirrel inside.",
    "Finished Terrarium",
    "Displayed alone or in a group, these pretty arrangements add a little nature to your decor.",
]
RAIL = [
    "How to Convert an Old Aquarium Into a Terrarium for Your Plants",
    "Turn the tank you no longer use into a home for ferns and moss in an afternoon.",
    "The Best Plant Terrarium Ideas for Every Room in the House",
    "Glass jars, lanterns and bowls make fine homes for small plants that like damp air.",
    "Why Your Houseplants Keep Dying and What to Do About It",
    "Too much water kills more houseplants than too little, experts say, and here is why.",
]


def test_last_sections_under_short_subheadings_stay_in_the_story():
    lines = [*STORY, *SECTIONS]
    assert story_region(lines).end == len(lines)


def test_teasers_under_headlines_still_end_the_story():
    lines = [*STORY, *RAIL]
    assert story_region(lines).end == len(STORY)


DENIM = [
    ("Denim shorts cut to the knee are back this summer, and the runways of Paris and Milan showed them with loafers, "
     "crisp shirts and long blazers in every shade of blue."),
    ("The longer cut flatters more figures than the short frayed shorts of past summers, stylists say, and it works in "
     "the office as well as on the beach or at a garden party."),
    ("Brands from the high street to the luxury houses now sell the longer denim shorts, with prices from thirty euros "
     "to well over a thousand for a pair from the runway."),
    ("Stylists advise wearing the denim shorts with flat sandals in summer and with boots and a long coat once the "
     "evenings turn cold in the autumn months of the year."),
]
LONG_SECTIONS = [
    "How the runways of Paris and Milan showed the long denim shorts this summer",
    ("Denim is the most versatile material there is, and the runways confirm it: the long shorts came in light and dark "
     "washes, with turned-up hems, pleats and belts, worn with loafers, crisp shirts and long blazers by nearly every "
     "house that showed in Paris and Milan this summer."),
    "How the stars wear the long denim shorts in the streets of New York",
    ("Stars have taken to the trend as well: in New York the long denim shorts turn up with a tube top and sneakers by "
     "day and with a blazer and heeled sandals by night, the shorts always cut to the knee and the shirts always crisp "
     "and white, as stylists advise this summer."),
]
OFF_TOPIC_TEASERS = [
    "The Royal Babies of the Last Century, Then and Now",
    ("A prince and his wife welcomed a baby boy. While the newborn broke traditions new and old, his birth sparked "
     "memories of the royal births that came before him, from the queen's own children to her grandchildren and great "
     "grandchildren, each shown to the press on the steps of a hospital in London."),
    "Happy Mediums",
    "On finding the right balance of water, air, pancakes, and more.",
]


def test_last_sections_under_long_subheadings_on_the_story_stay_in_the_story():
    lines = [*DENIM, *LONG_SECTIONS, *RAIL]
    assert story_region(lines).end == len(DENIM) + len(LONG_SECTIONS)


def test_long_blurb_on_another_subject_under_a_long_headline_still_ends_the_story():
    lines = [*DENIM, *OFF_TOPIC_TEASERS, *RAIL]
    assert story_region(lines).end == len(DENIM)
