"""Issue 12, dumpsP276: in a copy whose story paragraphs a blank line sets apart, a box of related headlines set into
the story comes as lines glued together with no blank line, over the next heading or paragraph (t-online, the BBC,
the CBC), and a lone long headline glued over a paragraph is a teaser or a caption (ONE Esports, wtf economy). Shapes
from dev dumps, the story's paragraphs written for the test."""
from __future__ import annotations

from extractors.clean.glued_teasers import glued_teasers
from tests.test_clean_text import clean_dump

STORY = [
    ("US forces seized a tanker flying the Russian flag in the North Atlantic on Wednesday. The ship had changed its "
     "name and its flag twice in a month. Officials said it was part of a shadow fleet."),
    ("The tanker had called at ports in Venezuela, Iran and China over the past year. Tracking data showed long gaps "
     "in its signal. Investigators believe the crew switched its transponder off."),
    ("Moscow protested the seizure through diplomatic channels. A spokesman called it piracy. Washington said the "
     "ship had no valid registration at the time it was boarded."),
    ("Analysts expect more such seizures in the coming months. Several hundred ships are thought to belong to the "
     "fleet. Most of them are old and poorly insured."),
    ("What happens to the tanker now is unclear. It is to be handed to law enforcement. Its cargo of crude oil may be "
     "sold at auction, officials said on Thursday."),
]
BOX = ["Sanctions tracker: which tankers the US has seized so far this winter",
       "Tankers from Venezuela: ghost ships apparently break through the US blockade"]
LONE = "What do instant noodle eggs and ADCs have in common? The team's bot laner answers"


def copy(blocks: list[str]) -> str:
    return "\n\n".join(blocks)


def test_glued_box_of_headlines_inside_a_spaced_story_goes():
    text = copy(["Menu", "Russia's shadow fleet", STORY[0], "\n".join([*BOX, "What is known about the tanker?"]),
                 STORY[1], STORY[2], f"{LONE}\n{STORY[3]}", STORY[4]])
    out = clean_dump(text).text
    assert not any(line in out for line in [*BOX, LONE])
    assert all(para in out for para in STORY)
    assert "What is known about the tanker?" in out


def test_list_under_a_colon_or_short_glued_subheading_stays():
    items = ["the ship had no valid registration", "its crew switched the transponder off",
             "its owner could not be traced by the authorities"]
    lines = [STORY[0], "Officials gave three reasons for the seizure:", "\n".join(items), STORY[1],
             "\n".join(["The crew's account", STORY[2]]), STORY[3], STORY[4]]
    text = copy(lines)
    assert glued_teasers(text, (STORY[0], "Officials gave three reasons for the seizure:", *items, *STORY[1:3],
                                "The crew's account", *STORY[3:])) == frozenset()


def test_copy_whose_paragraphs_are_all_glued_tells_nothing():
    text = "\n".join([STORY[0], *BOX, STORY[1], LONE, *STORY[2:]])
    assert glued_teasers(text, (STORY[0], *BOX, STORY[1], LONE, *STORY[2:])) == frozenset()


def test_short_link_glued_over_a_subheading_between_spaced_paragraphs_goes():
    """dumpsG286: a teaser's kicker over its headline (MDR's "Hitzeschäden beseitigt" / "A2 und A14 nach tagelangen
    Sperrungen wieder frei"), a table link over the next subheading (Sportschau): the pair set apart by blank lines."""
    link, subheading = "The sanctions table", "The crew's account"
    text = copy([STORY[0], STORY[1], f"{link}\n{subheading}", STORY[2], STORY[3], STORY[4]])
    paragraphs = (*STORY[:2], link, subheading, *STORY[2:])
    assert glued_teasers(text, paragraphs) == frozenset({link})


def test_section_heading_over_a_numbered_heading_or_a_lead_in_stays():
    for first, second in [("Five search tips", "1. Site search"),
                          ("The crew's account", "Here is what the captain told reporters on Thursday:")]:
        text = copy([STORY[0], STORY[1], f"{first}\n{second}", STORY[2], STORY[3], STORY[4]])
        assert glued_teasers(text, (*STORY[:2], first, second, *STORY[2:])) == frozenset()


def test_captions_glued_over_single_paragraphs_leave_the_page_spaced():
    """dumpsG286: MDR and Data Therapy glue a photo's caption over the one paragraph beside it; a two-line block so
    glued does not count against the page's spacing, and the teaser's kicker glued over its headline still goes."""
    captions = ["The tanker lies at anchor off the coast of Scotland after it was boarded by the coast guard.",
                "Crew members of the tanker wait on deck while officials inspect the ship's papers."]
    kicker, headline = "Shadow fleet", "Ghost ships break through the blockade"
    text = copy([STORY[0], f"{captions[0]}\n{STORY[1]}", STORY[2], f"{kicker}\n{headline}",
                 f"{captions[1]}\n{STORY[3]}", STORY[4]])
    paragraphs = (STORY[0], captions[0], *STORY[1:3], kicker, headline, captions[1], *STORY[3:])
    assert glued_teasers(text, paragraphs) == frozenset({kicker})
