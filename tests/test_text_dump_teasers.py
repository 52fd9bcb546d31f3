"""Issue 12, third round (dev misses of the text-dump path): newsletter pitches and appeals to pay for the site's
journalism copied as whole lines, and teaser headlines a box cut off with an ellipsis; and the story lines of the same
shape that stay."""
from __future__ import annotations

import pytest

from extractors.clean.text import _is_headline
from extractors.clean.text_regions import PROMO_LINE, drop_cut_headlines, is_cut_headline, line_kind
from tests.test_clean_text import clean_dump, paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Get daily Canada news delivered to your inbox so you'll never miss the day's top stories.",  # Global News
        "The news, but shorter, delivered straight to your inbox.",  # Vox
        "Sign up for the Nature Briefing newsletter — what matters in science, free to your inbox daily.",  # Nature
        "Sign up to receive WebMD's award-winning content delivered to your inbox.",  # WebMD
    ],
)
def test_newsletter_pitch_by_what_it_brings_to_the_inbox_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Enjoyed this story? Support our award-winning journalism by becoming a member.",  # Rest of World
        "Just R20 for the first month. Support independent journalism by subscribing to our digital news package.",
        "It costs $3 or $5 a month. That’s all it takes to support the journalism you rely on.Become a Member",
    ],
)
def test_appeal_to_pay_for_the_sites_journalism_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        ("Phishing messages delivered to your inbox now imitate banks so well that even security staff are fooled, "
         "the agency said in its annual report on online fraud."),
        "The foundation said it would support local journalism with grants of up to $50,000 a year.",
        "Readers who support the paper's journalism have been asked to become members, the editor said.",
    ],
)
def test_story_sentence_about_inboxes_or_funding_journalism_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Les 43 fois où Grey’s Anatomy a fait couler toutes…",
        "江苏最大规模作弊案27人获刑 涉案考生达50...",
        "Friday's Best Deals: Children's Books, Circular Lamp, Memory Foam...",
    ],
)
def test_headline_cut_off_with_an_ellipsis_is_a_cut_headline(line):
    assert is_cut_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "He paused and said: I am not sure about this.…",
        "Actually I've only found one which provides an adapter for Mocha and actually works. Really…",
        "Who knew?...",
    ],
)
def test_sentence_trailing_off_after_its_full_stop_is_no_cut_headline(line):
    assert not is_cut_headline(line)


def test_cut_headlines_next_to_each_other_are_dropped():
    story = paragraphs(2, "Harbour")
    teasers = ["Les 43 fois où Grey’s Anatomy a fait couler toutes…", "23 réactions que toute personne ayant travaillé…"]
    lines = [story[0], *teasers, story[1]]
    assert drop_cut_headlines(lines, lines) == story


def test_cut_headline_shown_whole_elsewhere_in_the_page_is_dropped():
    story = paragraphs(2, "Harbour")
    whole = "Friday's Best Deals: Children's Books, Circular Lamp, Memory Foam Pillows, Onsen Towels, and More"
    cut = "Friday's Best Deals: Children's Books, Circular Lamp, Memory Foam..."
    body = [story[0], cut, story[1]]
    assert drop_cut_headlines(body, ["Deals", whole, *body]) == story


def test_lone_lead_in_line_trailing_off_above_its_example_stays():
    story = paragraphs(2, "Lyrics")
    body = [story[0], "A Beyonce lyric for...", "Quitting your job email: you know what you are worth.", story[1]]
    assert drop_cut_headlines(body, ["Menu", *body]) == body


def test_teaser_list_of_cut_headlines_inside_a_copied_story_is_dropped():
    story = paragraphs(6, "Bridge")
    teasers = ["9 things the council forgot to tell the residents of…", "The mayor's plan for the old harbour could…"]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:3], *teasers, *story[3:], "Share"])).text
    assert text.split("\n\n") == story


STANDFIRST = ("Received at the Elysée on Tuesday, the union leader set out her demands to the head of state and warned him "
              "about the rift between the government and working people.")


def test_standfirst_under_the_headline_above_its_byline_opens_the_copied_story():
    story = paragraphs(5, "Union")
    share = ["Share", "Share on Twitter", "Share on Facebook", "Copy link", "Subscribers only", "Add to your selection"]
    dump = "\n".join(["Menu", "Politics", "Union leader warns the president about the state of the country", STANDFIRST,
                      "By Bertrand Bissuel", *share, *story, "Share"])
    assert clean_dump(dump).text.split("\n\n") == [STANDFIRST, *story]


def test_standfirst_sentences_under_the_date_line_open_the_copied_story():
    story = paragraphs(5, "School")
    lede = ["Pupils at the boarding school broke into other pupils' rooms at night and beat them, the charge says.",
            "They hit their classmates with belts.", "Five pupils are now charged with assault."]
    player = ["Viktor Hedlund", "1.0x", "0.5x", "1.5x", "2.0x", "00:00", "Share article", "Copy link", "Advertisement"]
    dump = "\n".join(["News / Sweden", "Pupils charged with assault at boarding school",
                      "Published 23 Oct 2025 at 10.23", *lede, *player, *story, "Share"])
    assert clean_dump(dump).text.split("\n\n") == [*lede, *story]


def test_teaser_blurb_above_the_story_without_a_byline_or_date_is_no_standfirst():
    story = paragraphs(5, "Harbour")
    teaser = ["Council approves the harbour bridge after a decade of delays",
              "The vote ends years of argument between the city and the port authority over who should pay for it."]
    rail = ["Most read", "Weather", "Sport", "Video", "Podcasts", "Newsletters"]
    dump = "\n".join(["Menu", *teaser, *rail, *story, "Share"])
    assert clean_dump(dump).text.split("\n\n") == story


def test_share_prompt_sentence_above_the_story_is_no_standfirst():
    story = paragraphs(5, "Minority")
    prompt = "Click here to open the share menu. Share Jump to the comments section now."
    share = ["Number of comments:", "Share", "Close", "Share on Facebook", "Share on X", "Share via WhatsApp"]
    dump = "\n".join(["Menu", "The minority demands a share of power after the fall of the regime",
                      "By Monika Bolliger", "05.01.2025, 15:23", prompt, *share, *story, "Share"])
    assert prompt not in clean_dump(dump).text


def test_sentence_the_page_repeats_above_and_below_the_story_is_no_standfirst():
    story = paragraphs(5, "Minority")
    standfirst = "Members of the minority helped to topple the regime. Now they are asking for equal rights in the country."
    prompt = "Tap here to open the tools for this article and go straight to what readers have written."
    share = ["Number of comments:", "Share", "Close", "Share on Facebook", "Share on X", "Share via WhatsApp"]
    dump = "\n".join(["Menu", "The minority demands a share of power after the fall of the regime", standfirst,
                      "By Monika Bolliger", "05.01.2025, 15:23", prompt, *share, *story, prompt, "Share"])
    assert clean_dump(dump).text.split("\n\n")[0] == standfirst


@pytest.mark.parametrize(
    "line",
    [
        ("Nach 42 Sitzungen hat der Untersuchungsausschuss zur Flutkatastrophe im Ahrtal die Beweisaufnahme beendet. "
         "Was bleibt - außer zwei Rücktritten und schweren Vorwürfen gegen Verantwortliche?"),
        "Engineers might be able to protect Arctic ice by coating it with tiny glass bubbles. Should they, and at what cost?",
    ],
)
def test_long_lead_closing_a_sentence_before_its_question_is_no_headline(line):
    assert not _is_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "I was wrong. CRDTs are the future",
        "Nostradamus-Vorhersage lässt Zweifel aufkommen: Ist König Charles III. gar nicht der richtige Thronfolger?",
        "Iran zrezygnował z drugiej rundy rozmów z USA. Powodem „wygórowane żądania Waszyngtonu”",
    ],
)
def test_short_headline_of_two_sentences_is_still_a_headline(line):
    assert _is_headline(line)


def test_lead_ending_in_a_question_stays_the_first_paragraph_of_a_copied_story():
    story = paragraphs(5, "Flood")
    lead = "After 42 sessions the flood inquiry has finished hearing evidence. What is left, apart from two resignations?"
    doc = clean_dump("\n".join(["Menu", "Flood inquiry: two resignations", "By Christin Jordan", lead, *story, "Share"]))
    assert doc.text.split("\n\n") == [lead, *story]


def test_cut_teaser_headline_above_the_story_does_not_open_it():
    """A long teaser headline cut with an ellipsis reads as a sentence; above the story's own headline it is the
    rail's last teaser, not the story's first paragraph (Uproxx's "... In The Hilariously Violent Trailer For '...",
    BuzzFeed's, The Onion's teaser rails)."""
    story = paragraphs(6, "Bridge")
    teaser = "The mayor explains in a long interview why the council could not agree on the harbour plan for '..."
    assert line_kind(teaser) == "furniture"
    text = clean_dump("\n".join(["Menu", "Search", "Old harbour reopens", teaser, "Bridge vote passes",
                                 "By Jane Roe • 12.29.14", *story, "Share"])).text
    assert text.split("\n\n") == story


def test_lone_lead_in_line_trailing_off_inside_a_copied_story_stays():
    story = paragraphs(6, "Lyrics")
    lead_in = "A Beyonce lyric for..."
    example = "Quitting your job email: you know what you are worth."
    text = clean_dump("\n".join(["Menu", "Lyrics quiz", *story[:3], lead_in, example, *story[3:], "Share"])).text
    assert lead_in in text and example in text
