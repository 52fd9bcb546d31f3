"""Issue 12, dumps26: a rail of teasers whose headlines close on a question or a quote, and links set as bracketed
buttons, in shapes seen on two dev publishers or more (short dumps shaped like those pages)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE
from extractors.clean.widgets import is_widget_line
from tests.test_clean_text import clean_dump

_CARDS = [
    ("Ministers agree to delay the new fishing quotas",
     "Coastal states asked for another year to adjust their fleets to the smaller catch."),
    ("Betting on politics: Who is going to win the regional elections in the north?",
     "Analysts are split on the outcome after the polls narrowed for a second month in a row."),
    ("Farmers block roads near the capital over fuel prices",
     "Tractors lined the ring road for most of the morning before the police cleared a lane."),
    ("Former minister to stand for party leader",
     "The former foreign minister says he is going to go for it if the party asks him to run."),
    ("Court halts the sale of the national airline",
     "Judges want a new look at the bids from three investors before the sale can go ahead."),
    ("Parliament backs a ban on disposable vapes",
     "The law takes effect at the start of next year and shops face fines for selling them."),
    ("Rail strike leaves commuters stranded across the south",
     "Unions say the walkout will go on until the operator returns to the negotiating table."),
    ("Central bank keeps its main rate unchanged",
     "The governor said prices were still rising too fast to cut borrowing costs this spring."),
    ("Storms cut power to thousands of homes in the west",
     "Crews worked through the night to restore the lines that fell in the north of the province."),
    ("Museum lends its oldest map to a gallery abroad",
     "The map, drawn in 1632, leaves the country for the first time in more than a century."),
]
_STORY = [
    "Why the north keeps losing its young doctors",
    "By Anna Berg",
    "5/16/19, 4:02 AM CET",
    ("OSLO — Hospitals in the north have advertised the same posts for three years running, and still most of them "
    "stand empty when the winter comes and the roads close."),
    ("Young doctors say the pay is not the problem: they leave because the hospitals cannot promise them training, "
    "and because their partners find no work in the small towns."),
    ("The health ministry wants to open two new training wards next year, but the unions say that will not be enough "
    "to keep the doctors who are already there."),
    ("The regional hospital's director said she would rather share doctors with the south than close the ward, a plan "
    "the ministry has promised to study before the summer."),
    ("Doctors who stayed say the long drives between the towns are part of the job, but that they need colleagues "
    "close enough to call when a night turns bad and the helicopter cannot fly."),
    ("The unions will meet the ministry again in May, when the first figures on how many posts the new wards fill are "
    "expected to be published by the regional health office."),
]


def _rail() -> list[str]:
    lines = ["Latest"]
    for hour, (headline, dek) in enumerate(_CARDS, 1):
        lines += [f"5/17/19, {hour}:15 PM CEST", headline, f"BY Reporter {hour}", dek]
    return lines + ["Search", "My Account", "Login", "Register", "Europe Edition", "U.S. Edition", "Newsletters",
                    "Podcasts", "Events", "Jobs", "Share", "Facebook", "Twitter", "Email"]


def test_teaser_rail_with_headlines_closing_on_a_question_or_quote_is_not_the_story():
    """A rail of dated cards (stamp, headline, byline, dek) above the story is furniture even where a headline closes
    on a question or a quote and so reads as a paragraph right before the next dek (Politico Europe's "Latest" rail,
    the Luxemburger Wort's sports teasers)."""
    text = clean_dump("\n\n".join(_rail() + _STORY)).text
    assert _STORY[-1] in text
    assert "Coastal states asked for another year" not in text
    assert "Tractors lined the ring road" not in text


@pytest.mark.parametrize("line", [
    "[ Further reading: Swift programming language tutorials and courses ]",
    "[ Now see 7 free network tools you must have. ]",
    "[ 234 comments ]",
])
def test_link_padded_inside_square_brackets_is_a_promotion(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "[Note: Our review was conducted on the 19/20 Outline, which was not changed for 20/21.]",
    "[PAUSE]",
])
def test_editors_bracketed_note_is_no_promotion(line):
    assert not DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", ["Also On Politico", "Also on AOL Tech"])
def test_also_on_label_naming_the_site_is_a_widget_line(line):
    """A label over the site's other stories set inside a story (Politico Europe, TechCrunch) is a widget line, so a
    story cut by its box resumes past it."""
    assert is_widget_line(line)


@pytest.mark.parametrize("line", ["Also on the agenda", "Also on Tuesday the council met again to vote on the plan."])
def test_story_line_opening_with_also_on_is_no_widget_line(line):
    assert not is_widget_line(line)


_FIRST = [
    "BERLIN — The city council is badly in need of new members who live in the outer districts.",
    ("But where other cities are experimenting with bringing voices from the street into the council, Berlin's "
     "parties have kept their lists closed to outsiders for years."),
    "There is no question the council would benefit from listening to the people it serves.",
    ("Across the city, families, friends and colleagues are deeply divided over housing, traffic and the schools, "
     "and the council has not found a way to hear them."),
    "Would you really want to let the loudest decide, a friend asked me recently. What if they want the old airport?",
    ("But despite growing disillusionment with the council, many residents are not yet sold on the citizens' "
     "assemblies that other cities have tried over the past five years."),
    ("After the war, the council was rebuilt by the allies on a plan that left little room for the residents, and "
     "the habit of deciding for them has outlived everyone who drew it up."),
]
_BOX = ["Also On Politico", "Hamburg's joke party wants a seat at the table", "Nate Berg",
        "Also On Politico", "Rail delays prompt a crisis of identity", "Joshua Posaner"]
_REST = [
    ("The result is a lingering sense that the residents cannot be trusted with decisions that matter, and the "
     "parties have done little to change that since the last election."),
    ("The council's own survey found that two in three residents feel no one listens to them, a figure that has "
     "grown in every survey since the first one ten years ago."),
    ("The mayor said she would open the budget debate to a panel of residents drawn by lot, a plan the parties have "
     "promised to study before the summer break begins."),
    ("Critics say a panel without power will only deepen the distrust, and want its advice to be binding on the "
     "council at least for the district budgets."),
    ("The parties answer that the council already holds public hearings on every plan, though few residents come "
     "and fewer still speak, since the hearings are held on weekday mornings."),
    ("Whether the panel meets at all will be decided in the autumn, when the council votes on the budget and the "
     "mayor's coalition has to find the money for it."),
    ("Until then, the residents who wrote to the council about the plan will be invited to a first open evening in "
     "the town hall, the mayor's office said on Friday."),
]


_DISTRICTS = ["Mitte", "Pankow", "Spandau", "Neukölln", "Lichtenberg", "Reinickendorf", "Tempelhof", "Steglitz"]
_REST += [
    (f"In {district}, the council's survey found that {share} in ten residents feel nobody at the town hall listens to "
     f"them, and the district's own hearings drew fewer than {share * 10} people over the whole of last year.")
    for share, district in enumerate(_DISTRICTS, 2)
]


def test_story_resumes_past_an_also_on_site_box():
    """Politico Europe's story was cut in two by two "Also On Politico" teasers (headline, author), its first part
    too small to be taken first; the label is the box's widget line, so the story's first paragraphs stay with the
    rest."""
    text = clean_dump("\n\n".join(["Menu", "Search", "Login"] + _FIRST + _BOX + _REST)).text
    assert _FIRST[1] in text
    assert _REST[-1] in text
    assert "Rail delays prompt" not in text


def test_see_also_label_over_a_link_inside_the_story_goes_with_the_link():
    """A "see also" label over another story's headline and cut-off summary between two paragraphs (the New York
    Post; The Local's "See Also") is a related link, dropped while the story around it stays."""
    story = _REST[:3] + ["see also", "Big changes could be coming to the city's buses",
                         "Next year's timetable could look a whole lot different...."] + _REST[3:]
    text = clean_dump("\n\n".join(story)).text
    assert _REST[2] in text and _REST[3] in text
    assert "Big changes could be coming" not in text
