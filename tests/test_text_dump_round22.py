"""Issue 12, dumps22: furniture a copied story still kept, in shapes seen on two dev publishers or more (short dumps
shaped like those pages)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE
from tests.test_clean_text import clean_dump

_STORY = [
    ("The city council approved the new budget on Tuesday after a debate that lasted well into the night, with "
    "twelve members voting in favour and three against the plan."),
    ("The budget raises spending on public transport by a fifth and cuts the money set aside for new roads, a "
    "change the mayor had promised during last year's campaign."),
    ("Opponents said the plan leaned too heavily on higher parking fees, which they expect to hurt shops in the "
    "old town, and asked for a review of the fees within a year."),
    ("The mayor said the review would take place in the spring and that the first new bus lines should open before "
    "the end of the summer, once the drivers have been hired."),
]
_RAIL = [
    "Storms cut power to thousands of homes",
    "Crews worked through the night to restore the lines that fell in the north of the province.",
    "Il y a 2 heures",
    "Hospital opens a new wing for children",
    "The wing adds forty beds and a play area that families had asked for since the old one closed.",
    "Il y a 6 heures",
    "Museum lends its oldest map to Paris",
    "The map, drawn in 1632, leaves the country for the first time in more than a century.",
    "Il y a 8 heures",
    "Publicité",
]
_NEWSLETTER = [
    "Infolettre Info nationale",
    "Nouvelles, analyses, reportages : deux fois par jour, recevez l’essentiel de l’actualité.",
    ("Consultez nos nouvelles pour tout savoir de l’actualité internationale, nationale et régionale : vidéos, "
    "reportages, dossiers, couverture en direct, et plus."),
]


def test_newsletter_blurb_under_a_teaser_rail_does_not_keep_the_rail():
    """A newsletter box's blurb under a rail of teasers (headline, summary, stamp) reads as a paragraph right after
    another one; it is a promotion the line filter drops, so it does not hide the rail the story ends above
    (Radio-Canada's "Les plus populaires" over its "Infolettre" box, Spektrum's "Artikel zum Thema" over its
    newsletter pitch)."""
    text = clean_dump("\n\n".join(_STORY + _RAIL + _NEWSLETTER)).text
    assert _STORY[-1] in text
    assert "Crews worked through the night" not in text
    assert "The map, drawn in 1632" not in text


_MORE = [
    ("Bus drivers' unions welcomed the plan but warned that the city would struggle to hire enough drivers in time, "
    "since wages in the region have not kept up with those of its neighbours."),
    ("The budget also sets aside money for new bicycle lanes along the river, which the council had put off twice "
    "since the flood three years ago damaged the old embankment."),
    ("Parking fees in the old town will rise from one euro to two euros an hour in March, and residents will pay "
    "forty euros a year for a permit instead of twenty."),
    ("The council will vote on the fees again in the autumn, when the first figures on how many people take the new "
    "bus lines are expected to be published by the transport office."),
]
_TAIL = [
    "Why the old town’s shops fear the new fees",
    ("Shop owners in the old town say the higher parking fees will keep their customers away, and they have asked the "
    "council for a review."),
]


def test_newsletter_pitch_closing_the_story_ends_it():
    """A pitch closing the story ("Sign up for our daily newsletter ..." on The New Yorker, "Recevez nos newsletters"
    on Le Monde, "Will you support Vox’s explanatory journalism?") ends it: the teasers printed under it go too."""
    pitch = "Sign up for our daily newsletter to receive the best stories from The Example."
    text = clean_dump("\n\n".join([*_STORY, *_MORE, pitch, *_TAIL])).text
    assert _MORE[-1] in text
    assert pitch not in text
    assert "Shop owners in the old town say" not in text


def test_story_paragraph_under_a_newsletter_box_stays():
    """A newsletter box set inside the story, above its last paragraph, does not end it (Today's closing line under
    its sign-up box)."""
    pitch = "Sign up for our daily newsletter to receive the best stories from The Example."
    last = ("The listing agents are two brokers from the city's oldest real estate firm, who expect the sale to close "
            "before the end of the year.")
    text = clean_dump("\n\n".join([*_STORY, *_MORE, pitch, last])).text
    assert _MORE[-1] in text and last in text
    assert pitch not in text


@pytest.mark.parametrize(
    "line",
    [
        "Want more? Subscribe to The Economist and get the week's most relevant news and analysis.",
        "Love this? Want more?",  # adoption.com
        "ENJOYED THIS STORY?",  # the Daily Star
        "Enjoyed this story? Support our award-winning journalism by becoming a member.",  # Rest of World
    ],
)
def test_question_to_the_reader_who_liked_the_story_is_a_promotion(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Like this? You might also be interested in:",  # The Debrief's references keep the links under it
        "Want more money for schools? The union says the state must raise taxes first.",
    ],
)
def test_story_questions_about_wanting_more_stay(line):
    assert not DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Will you offer us a hand? Every gift, regardless of size, fuels our future.",  # Jewish Business News
        "Your critical contribution enables us to maintain our independence from shareholders or wealthy owners.",
        "Today, reader support makes up about two-thirds of our budget, allows us to dig deep on stories that matter.",
    ],
)
def test_appeal_telling_what_a_gift_does_for_the_site_is_a_promotion(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Every gift helps the shelter, said the director, and our volunteers are grateful.",
        "The charity said your donation helps families in need.",
    ],
)
def test_story_lines_about_gifts_and_donations_stay(line):
    assert not DUMP_PROMO_LINE.fullmatch(line)
