"""A line of a person's name and an @handle and nothing else is a byline or an embedded post's header, not the story.

The Register-Guard sets "Tatiana Parafiniuk-Talesnick @TatianaSophiaPT" over its story; copied Substack posts (Gary
Marcus's, Simon Sarris's, Adam Tooze's) keep each embedded post's "Erik Brynjolfsson @erikbryn" header. No dev
reference keeps such a line (``data/en/widget_lines.txt``, both cleaners). A story's sentence naming a handle stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import text_regions, widgets
from tests.clean_helpers import dev_page
from tests.test_clean_text import clean_dump, copied_page, paragraphs


def test_a_dev_story_drops_its_byline_with_the_authors_handle():
    expected, doc = dev_page("registerguard_2020-04-13_second-suspect-shooting-turns-himself-in__hd4")
    assert "@TatianaSophiaPT" not in expected["body"]
    assert "turned himself in" in doc.text
    assert "Tatiana Parafiniuk-Talesnick @TatianaSophiaPT" not in doc.text


def test_a_copied_post_drops_the_header_of_an_embedded_post():
    expected, dump = copied_page("simonsarris_2021-07-01_precious-resource-is-agency__mtsc2")
    assert "@anafabrega11" not in expected
    assert "Ana Lorena Fabrega @anafabrega11" not in clean_dump(dump).text


@pytest.mark.parametrize("line", ["Erik Brynjolfsson @erikbryn", "Thomas G. Dietterich @tdietterich"])
def test_a_name_and_handle_line_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "Follow Jane Roe @janeroe for updates from the council meeting.",
    "The mayor replied to @cityhall within minutes.",
])
def test_a_sentence_naming_a_handle_is_no_widget_line(line):
    assert not widgets.is_widget_line(line)


KOFMAN = ("Except for heavy shelling around Kharkiv, use of fires have been limited compared to how the Russian mil "
          "typically operates. Sadly, I think this will change. Russian mil is an artillery army first, and foremost.")


def test_a_post_embedded_from_x_in_a_substack_copy_goes_with_its_date_and_counts():
    """Substack copies an embedded post as its header, its text, a date with an ordinal and its counts (Adam Tooze's
    Chartbook, Gary Marcus's and ChinaTalk's posts); no dev reference keeps the post's text."""
    story = "As Russian forces begin to resort to heavy artillery “fires” in their assault on Kharkiv, the war may turn."
    after = "In the days ahead, it is to be feared that the carnivalesque sense of the war will give way."
    lines = [story, "Michael Kofman @KofmanMichael", KOFMAN, "February 28th 2022", "723 Retweets6,339 Likes", after]
    assert text_regions.drop_embedded_posts(lines) == [story, after]


def test_a_dated_line_with_no_posts_header_above_it_stays():
    lines = ["The hearing was set for a later day.", "June 12th 2022", "4 Likes"]
    assert text_regions.drop_embedded_posts(lines) == lines


def test_a_dev_substack_copy_drops_its_embedded_posts():
    expected, dump = copied_page("garymarcus-substack_2022-06-12_nonsense-on-stilts__omni")
    text = clean_dump(dump).text
    post = "Foundation models are incredibly effective at stringing together statistically plausible chunks"
    story = "If the media is fretting over LaMDA being sentient"
    assert post in dump and post not in expected and post not in text
    assert "20 Retweets115 Likes" not in text and "May 29th 2022" not in text
    assert story in expected and story in text


def test_a_post_quoting_another_goes_whole_with_the_quoted_post():
    """A quoting post shows the quoted post's header and text under its own, with one date under both (Gary Marcus's
    reply over the post it answers; Chartbook's "Nick Waters" over "Rob Lee")."""
    story = "Now here’s the thing. In my view, we should be happy that LaMDA isn’t sentient."
    lines = [story, "Gary Marcus 🇺🇦 @GaryMarcus",
             "honestly if this system wasn’t just a stupid statistical pattern associator it would be like a sociopath.",
             "Aenn Matyas Barra-Hunyor @matyi7m",
             "@ImageSnippets @GaryMarcus lemoine: What kinds of things make you feel pleasure or joy?",
             "June 12th 2022", "1 Retweet14 Likes"]
    assert text_regions.drop_embedded_posts(lines) == [story]


def test_story_paragraph_above_a_short_embedded_post_stays_and_the_post_goes():
    """CBS Sports and The Atlantic quote a short post right under a paragraph of the story: the post's text and
    signature go, the paragraph above (30 words or more closing a sentence) stays, though both fit in a post's
    length."""
    story = ('"The guy can sling it, man," Polk said. "He\'s very confident. He\'s a leader, very vocal; he\'s setting '
             'the tone in practice, trying to get guys moving around and operating at a high level."')
    after = "On Saturday, Arnold continued to make his presence felt and hauled in his first interception."
    lines = [story, "Drake Maye 🎯 pic.twitter.com/U7pLWa4h71", "— Sophie Weller (@sophieewellerr) May 11, 2024", after]
    assert text_regions.drop_embedded_posts(lines) == [story, after]


def test_short_lines_of_a_post_copied_line_by_line_go_with_it():
    """The Mirror's quoted post on bus changes: its short lines are no paragraphs of the story."""
    story = ("The council said the buses would change their routes through the city centre tonight, as police closed "
             "several streets around the square ahead of the planned protest and a counter-protest nearby.")
    post = ["Precautionary changes to buses in Plymouth from 1530.", "No buses Royal Parade/Mayflower Street",
            "Buses to Marsh Mills board at Exeter Street. pic.twitter.com/x1"]
    lines = [story, *post, "— Plymouth Citybus (@plymouthbus) August 3, 2024"]
    assert text_regions.drop_embedded_posts(lines) == [story]


def test_unmarked_short_post_text_over_its_signature_goes_with_it():
    """Inquisitr's, Uproxx's and MLive's posts show no link, mention or hashtag on their last line: one line fitting in
    a post, right over the signature, is the post's text and goes with it."""
    story = "A little while later, Trump even flung random statistics about the attendance record, reported MSNBC."
    post = "Obama has missed 58% of his intelligence briefings. But our president does make 100% of his fundraisers."
    after = "The claims, in no way, reflected reality."
    lines = [story, post, "— Donald J. Trump (@realDonaldTrump) October 6, 2014", after]
    assert text_regions.drop_embedded_posts(lines) == [story, after]


def test_long_unmarked_post_text_over_its_signature_goes_with_it():
    """dumps174: a post's text runs up to a post's length, so a line of 30 words or more closing a sentence right over
    the signature is the post's too: Gateway Pundit's quoted post of a reporter at the trial and The Week's quoted
    post of the President (no dev reference keeps either; the copy always prints an embedded post's text above its
    signature)."""
    story = "On Wednesday the prosecutors went into detail about the defendant's spending habits in court."
    post = ("Maximillian Katzman, 29, the manager of a luxury menswear store in New York City, testifies that the "
            "defendant spent more than $929,000 on suits between 2010 and 2014. He was the store's only customer.")
    after = "The judge told the prosecutors to move on."
    lines = [story, post, "— Rachel Weiner (@rachelweinerwp) August 1, 2018", after]
    assert text_regions.drop_embedded_posts(lines) == [story, after]


def test_dev_copy_drops_a_long_unmarked_post_over_its_signature():
    expected, dump = copied_page("theweek_2020-01-02_trump-golf-course-24-percent__hd10")
    post = "The Fake News said I played golf today, and I did NOT!"
    story = "Trump, who seems kind of sensitive about the golfing, noted you can do other things than golf"
    text = clean_dump(dump).text
    assert post in dump and post not in expected and post not in text
    assert story in expected and story in text


# dumps145: the handle alone on its line (The Atlantic Cities' "@citycalfe" under the byline, CNA's
# "@MatthewMohanCNA", Engadget's "@mallorylocklear"), which no dev reference keeps.
@pytest.mark.parametrize("line", ["@citycalfe", "@SciFleur", "@MatthewMohanCNA"])
def test_a_handle_alone_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["@", "@ the council meeting", "@citycalfe wrote that the storm would pass by noon."])
def test_an_at_sign_in_words_or_a_sentence_is_no_handle_line(line):
    assert not widgets.is_widget_line(line)


def test_handle_alone_between_paragraphs_leaves_a_copied_story():
    story = paragraphs(6, "Snow")
    text = clean_dump("\n".join(["Menu", "A climate model of snow", *story[:3], "@SciFleur", *story[3:], "Share"])).text
    assert text.split("\n\n") == story


def test_a_post_text_stops_where_the_post_above_it_ended():
    """The Atlantic quotes two posts of one author in a row, under a sentence of its story: the second post's text
    (a hashtag on its last line) runs up to the first post's signature, not over it into the story's sentence
    ("Some criticized the city's decision to push the alert to the entire city.", in its reference; dumpsR267)."""
    story = "Some criticized the city's decision to push the alert to the entire city."
    first = 'I didn\'t sign up for the emergency alert system to be woken up by "join our paranoia."'
    second = "And this is dangerous. I know maybe 4 or 5 guys who look like #TheSuspect. I hope they'll be OK."
    signature = "— N. K. Jemisin (@nkjemisin) September 19, 2016"
    after = "Publicly identifying a suspect-at-large can be risky, as the city learned after the marathon bombing."
    lines = [story, first, signature, second, signature, after]
    assert text_regions.drop_embedded_posts(lines) == [story, after]


def test_a_post_text_stops_at_an_ad_slot_above_it():
    """Hot Air sets "Advertisement" between its story's sentences and a post: an ad's label is no post's text, and
    the story's sentence above it stays ("Holy SMOKES – can you imagine the fireworks if anyone dared?", in its
    reference; dumpsR267)."""
    story = "Holy SMOKES – can you imagine the fireworks if anyone dared?"
    post = ["He was fumbling with something.", "Completely gone. pic.twitter.com/E6HvF8Y4BX"]
    lines = [story, "Advertisement", *post, "— JWF (@JammieWF) November 15, 2023", "When Xi mentioned Taiwan, he rambled."]
    assert text_regions.drop_embedded_posts(lines) == [story, "Advertisement", "When Xi mentioned Taiwan, he rambled."]
