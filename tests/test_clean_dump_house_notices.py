"""Issue 12, round dumpsP252: house notices a text dump keeps inside the story although its reference leaves them out
(dev misses where the HTML path gets the page right), and story sentences on the same topics that stay."""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.text_regions import RAIL_HEADING, _twin_headlines, is_promo
from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "BestReviews is reader-supported and may earn an affiliate commission.",  # The Hill
        ("eWEEK content and product recommendations are editorially independent. We may make money when you click on "
         "links to our partners. Learn More."),  # eWEEK
        "If you click on a link and make a purchase we may receive a small commission. Read our editorial policy.",
    ],
)
def test_affiliate_notice_naming_its_commission_or_the_money_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Estate agents in the city typically charge a fee of 1.5 per cent, paid by the seller.",
        "The senator said lobbyists make money when contracts are signed, not when bills fail.",
        "Under the plan, the brokers would no longer be paid on commission for each policy they sell.",
    ],
)
def test_story_sentence_about_fees_and_commissions_is_no_widget_line(line):
    assert not widgets.is_widget_line(line)


def test_affiliate_notice_inside_a_copied_story_is_dropped():
    story = paragraphs(6, "Bridge")
    notice = "BestReviews is reader-supported and may earn an affiliate commission."
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:3], notice, *story[3:], "Share"])).text
    assert text.split("\n\n") == story


def test_affiliate_notice_above_an_eweek_story_is_dropped():
    body, dump = copied_page("eweek_2023-12-01_portal26-neil-cohen-generative-ai-survey__atf3")
    notice = "We may make money when you click on links to our partners."
    assert notice in dump and notice not in body
    assert notice not in clean_dump(dump).text


@pytest.mark.parametrize(
    "line",
    [
        "Cek berita dan artikel yg lain di Google News dan dan ikuti WhatsApp channel mediaindonesia.com",
    ],
)
def test_call_to_follow_the_sites_whatsapp_channel_is_a_promo_line(line):
    assert is_promo(line)


def test_story_sentence_naming_a_followed_whatsapp_channel_is_no_promo_line():
    assert not is_promo("Lebih dari lima juta orang kini follow WhatsApp channel milik sang presiden.")
    assert not is_promo("Millions follow his WhatsApp channel, which he launched in September.")


#: National Geographic's "Read This Next" rail as its dump copies it (dev page natgeo_2016-12-15_...): each card's
#: headline, its kicker, the headline again and its blurb.
NATGEO_CARDS = [
    "Humans are not prepared for a pandemic caused by fungi",
    "Science",
    "Humans are not prepared for a pandemic caused by fungi",
    ("Changes in the environment and climate, as well as fungicide overuse in agriculture, have driven a rise in fungi "
    "capable of infecting people and evading the few drugs designed to fight them."),
    "This tomb held the treasures of Greece's 'Griffin Warrior'",
    "History Magazine",
    "This tomb held the treasures of Greece's 'Griffin Warrior'",
    ("Discovered in 2015, the warrior's intact tomb not only contained his remains but also weapons, gold, and jewels "
    "that all gave new insights into the trade and culture of the ancient Mediterranean."),
    "What do we owe horseshoe crabs?",
    "Animals",
    "What do we owe horseshoe crabs?",
    ("Humans rely on the animal’s blood for lab testing, but the full repercussions of the industry are still not "
    "understood."),
]


@pytest.mark.parametrize("heading", ["Read This Next", "Read Next", "Read this next"])
def test_read_next_is_a_rail_heading(heading):
    assert RAIL_HEADING.fullmatch(heading)


def test_cards_printing_their_headline_twice_are_twin_headlines():
    assert _twin_headlines(NATGEO_CARDS)


def test_paragraphs_under_subheadings_printed_once_are_no_twin_headlines():
    story = paragraphs(4, "Bridge")
    assert not _twin_headlines(["The vote", story[0], "What comes next", story[1], "Costs", story[2]])
    assert not _twin_headlines(story[:1] * 2)  # a paragraph printed twice is no card's headline


def test_read_this_next_rail_under_a_natgeo_story_is_dropped():
    body, dump = copied_page("natgeo_2016-12-15_gender-toys-departments__mpf")
    teaser = "Humans are not prepared for a pandemic caused by fungi"
    closing = "There’s a long history of marketing toys by gender."
    text = clean_dump(dump).text
    assert teaser in dump and teaser not in body and teaser not in text
    assert closing in body and closing in text


@pytest.mark.parametrize("heading", ["Dans la même rubrique", "Dans la même rubrique :"])
def test_dans_la_meme_rubrique_is_a_rail_heading(heading):
    assert RAIL_HEADING.fullmatch(heading)


def test_story_sentence_opening_dans_la_meme_rubrique_is_no_rail_heading():
    assert not RAIL_HEADING.fullmatch("Dans la même rubrique, le journal publiait hier une enquête sur la baie.")


def test_dans_la_meme_rubrique_rail_under_a_wedemain_story_is_dropped():
    body, dump = copied_page("wedemain_2016-06-09_san-francisco-taxe-baie__epb")
    teaser = "Française et éco-construite : visite de La Ruche de Guerlain"
    text = clean_dump(dump).text
    assert teaser in dump and teaser not in body and teaser not in text
    assert body.split("\n\n")[0][:60] in text


@pytest.mark.parametrize("heading", ["DW recommends", "FT recommends", "VGC Recommends", "ZDNET Recommends"])
def test_site_recommends_is_a_rail_heading(heading):
    assert RAIL_HEADING.fullmatch(heading)


def test_sentence_on_what_someone_recommends_is_no_rail_heading():
    assert not RAIL_HEADING.fullmatch("The World Health Organization recommends two doses.")
    assert not RAIL_HEADING.fullmatch("What the doctor recommends")


def test_dw_recommends_rail_under_a_dw_story_is_dropped():
    body, dump = copied_page("dw_2020-02-20_ghani-re-election-taliban-deal__brv")
    teaser = "US-Taliban peace deal – so near, yet so far"
    text = clean_dump(dump).text
    assert teaser in dump and teaser not in body and teaser not in text
    assert body.split("\n\n")[0][:60] in text


@pytest.mark.parametrize("heading", ["Vídeos relacionados", "Videos relacionados"])
def test_related_videos_in_portuguese_or_spanish_is_a_rail_heading(heading):
    assert RAIL_HEADING.fullmatch(heading)


@pytest.mark.parametrize(
    ("case_id", "teaser"),
    [
        ("pagina12-es_2024-04-26_concurso-belleza-modelos-ia__gsr",
         "Las noticias de la semana con perspectiva de género de la mano de Mariana Carbajal."),
        ("uol_2020-06-23_motorista-capota-concessionaria__lang1", "O que acontece quando você excede a capacidade de carga de sua picape"),
    ],
)
def test_rail_under_related_videos_is_dropped(case_id, teaser):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert teaser in dump and teaser not in body and teaser not in text
    assert body.split("\n\n")[0][:60] in text


@pytest.mark.parametrize("line", ["Submit a Tip", "Submit a story", "Submit this story"])
def test_link_to_submit_a_tip_or_story_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_sentence_on_submitting_a_story_is_no_widget_line():
    assert not widgets.is_widget_line("She declined to submit the story to the paper's lawyers before it ran.")


@pytest.mark.parametrize(
    "line",
    [
        ("You’re reading 9to5Mac — experts who break news about Apple and its surrounding ecosystem, day after day. "
         "Be sure to check out our homepage for all the latest news."),
        ("You’re reading a free article with opinions that may differ from The Motley Fool’s Premium Investing "
         "Services. Become a Motley Fool member today."),
    ],
)
def test_house_note_on_what_the_reader_is_reading_is_a_promo_line(line):
    assert is_promo(line)


def test_sentence_telling_readers_why_they_read_is_no_promo_line():
    assert not is_promo("You’re reading this because the council voted to close the library on Monday.")


def test_house_note_and_deals_closing_a_9to5mac_story_are_dropped():
    body, dump = copied_page("9to5mac_2025-06-10_apple-notes-apple-watch-watchos-26__pool1")
    text = clean_dump(dump).text
    for line in ("You’re reading 9to5Mac", "Best Apple Watch deals and accessories"):
        assert line in dump and line not in body and line not in text
    assert body.split("\n\n")[-1][:60] in text


@pytest.mark.parametrize(
    "line",
    [
        ("This story is part of our 2023 in Gaming series. Follow along as we reflect on the year’s best "
         "titles."),  # Digital Trends
        "This story is part of Talking Tech",  # USA Today
    ],
)
def test_note_setting_the_story_in_a_house_series_is_a_promo_line(line):
    assert is_promo(line)


def test_story_sentence_on_what_the_story_is_part_of_is_no_promo_line():
    assert not is_promo("The story is part of a broader pattern of closures that has left the county with two clinics.")
