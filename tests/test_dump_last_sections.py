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
