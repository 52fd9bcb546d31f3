"""Issue 12, dumps26: a rail of teasers whose headlines close on a question or a quote, and links set as bracketed
buttons, in shapes seen on two dev publishers or more (short dumps shaped like those pages)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE
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
