"""A list the dump's line rules took from under the sentence that introduces it goes back in (round dumpsR377).

Shapes of the dev dumps of Parse.ly's blog and Al Jazeera's tracker (``extractors.clean.orphaned_lists``), written
anew; the negative cases are the runs under kept lead-ins on other dev dumps that must stay out.
"""
from __future__ import annotations

from extractors.clean import text
from extractors.clean.orphaned_lists import with_orphaned_lists

MENU = """Helping newsrooms
see their audience clearly
POST CATEGORIES
Journalism Today
Analytics That Matter
Tips and Tricks
Search for:
Product Tour
About
Press"""

STORY = """Facebook and Publishers: A fix for direct traffic from the mobile app
Yesterday, the social network announced a number of new tools for publishers, as part of a long effort to encourage a high volume of quality content on its pages and to help newsrooms understand where their readers come from.
Anyone who has looked at analytics has seen direct as a traffic source. There tends to be a fair amount of confusion around this section, as it covers many kinds of visits that tell the newsroom very little about its readers.
Traditionally, publishers assumed direct traffic was people bookmarking their home page or typing the address into the search bar. However, a large share of it comes from places that drop the referrer on the way.
Sources for this traffic include:
Email/IMs
Copying and pasting a link
Switching from a https:// site to an http:// site
Chat apps (Whats App, etc.)
In 2012, a magazine writer wrote a story about these sources and gave them a name of their own. The post is worth reading again for its figures on how much sharing happens where no tool can see it at all.
Though many of those sources will probably stay dark, a lot of us in the analytics community realized a while ago that the mobile app was sending a large share of its visitors without a referrer at all.
We saw a similar pattern and called the company a few months ago. As the network makes a concerted effort to work with publishers, the fix should show in the numbers of the coming weeks."""

ITEMS = ["Email/IMs", "Copying and pasting a link", "Switching from a https:// site to an http:// site"]


def test_items_dropped_under_a_kept_lead_in_go_back_in_order():
    dump = text.clean_text_dump(MENU + "\n" + STORY)
    paragraphs = list(dump.paragraphs)
    lead = paragraphs.index("Sources for this traffic include:")
    assert paragraphs[lead + 1 : lead + 4] == ITEMS
    assert paragraphs[lead + 4] == "Chat apps (Whats App, etc.)"


PARAS = ("Every hour in Gaza:", "The war's toll is set out below, from the figures the ministry gave.")
LINES = ["Every hour in Gaza:", "15 people are killed - 6 are children", "35 people are injured",
         "12 buildings are destroyed", "*Based on the first six days of the war, according to the army",
         "The war's toll is set out below, from the figures the ministry gave."]


def test_figures_under_a_short_lead_in_go_back():
    assert with_orphaned_lists(PARAS, LINES, frozenset()) == (PARAS[0], *LINES[1:5], PARAS[1])


def test_a_lone_line_under_a_lead_in_stays_out():
    lines = ["Below is a walkthrough of the consumer's function:", "Copy", "The store consumer polls for tasks."]
    paras = (lines[0], lines[2])
    assert with_orphaned_lists(paras, lines, frozenset()) == paras


def test_embedded_posts_under_a_lead_in_stay_out():
    lines = ["Well, the network has the receipts:", "Trump Airlines. Now there's a brand. @realDonaldTrump",
             "— Brian Karem (@BrianKarem) April 15, 2019", "The company did not answer a request for comment."]
    paras = (lines[0], lines[3])
    assert with_orphaned_lists(paras, lines, frozenset()) == paras


def test_sentences_under_a_lead_in_stay_out():
    lines = ["Please help us out here :", "Will you offer us a hand? Every gift fuels our future.",
             "You can support us for as little as $1.", "The round sees new investors join the company."]
    paras = (lines[0], lines[3])
    assert with_orphaned_lists(paras, lines, frozenset()) == paras


def test_a_label_of_one_or_two_words_is_no_lead_in():
    lines = ["Key takeaways:", "Marisa Losciale", "Dec 23, 2023", "The show returns next week with a new host."]
    paras = (lines[0], lines[3])
    assert with_orphaned_lists(paras, lines, frozenset()) == paras


def test_items_must_run_straight_into_the_next_kept_paragraph():
    lines = ["The fund covers the following courses this spring:", "EMT 141: EMT Basic 2",
             "EMT 142: EMT Basic Simulation", "Most popular", "Applications open on Monday for every course."]
    paras = (lines[0], "A paragraph the story keeps elsewhere on the page, far from the list.")
    assert with_orphaned_lists(paras, lines, frozenset()) == paras


def test_a_players_controls_under_a_lead_in_stay_out():
    lines = ["The minister spoke to reporters on Monday morning:", "Watch on YouTube", "Share", "Copy link",
             "The minister said the plan would be ready in the autumn."]
    paras = (lines[0], lines[4])
    assert with_orphaned_lists(paras, lines, frozenset()) == paras
