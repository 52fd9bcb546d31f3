"""Issue 12: headings after a copied story that open a rail of other stories or the post navigation end the story
(``text_regions._before_closing``, ``data/<language>/rail_headings.txt``)."""
from __future__ import annotations

import pytest

from extractors.clean import text_regions
from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize("heading", ["Meistgelesen", "Meistgelesene Artikel", "Häufig gelesen", "Meistkommentiert",
                                     "Neueste Artikel", "Das könnte Sie auch interessieren",
                                     "Die Redaktion empfiehlt"])
def test_german_most_read_and_recommended_headings_end_a_copied_story(heading):
    """Heise, Spektrum, the Tageblatt, t-online and SRF head their most-read rails "Meistgelesen(e Artikel)", the
    Landesspiegel "Häufig gelesen", heise its most-commented one "Meistkommentiert", the Tages-Anzeiger and t-online
    their latest ones "Neueste Artikel", BR24, the Freie Presse, the hessenschau and the Luxemburger Wort their
    recommendations "Das könnte Sie auch interessieren", DW and the Tages-Anzeiger theirs "Die Redaktion empfiehlt"
    (DW's cards a headline over its blurb each, as here); the teasers' blurbs read as prose."""
    story = paragraphs(6, "Kosten")
    rail = [heading, "Bürgermeister eröffnet neue Bibliothek",
            "Die neue Bibliothek an der Hauptstraße wurde am Samstag mit einer Lesung eröffnet und hat sonntags offen.",
            "Sturm beschädigt Schuldach",
            "Ein Sturm hat in der Nacht zum Freitag einen Teil des Dachs der Grundschule abgedeckt, der Unterricht ruht."]
    text = clean_dump("\n".join(["Menü", "Brücke wird gebaut", *story, *rail, "Impressum"])).text
    assert text.split("\n\n") == story


def test_live_blog_ends_above_its_recommendations_and_keeps_its_last_entry():
    """BR24's live blog closes with "Das könnte Sie auch interessieren" over a teaser and the ARD's promos: the rail's
    dated teaser below the blog's last entry read as one more card, so the card rule cut the last entry with it."""
    body, dump = copied_page("br_2024-08-27_krieg-israel-gaza-news__fundus")
    last = "Nach dem jüngsten Schlagabtausch zwischen Israel und der libanesischen Hisbollah"
    promo = "Alle Filme, Serien, Dokus, Reportagen und Magazine des Bayerischen Rundfunks immer und überall."
    text = clean_dump(dump).text
    assert last in body and last in text
    assert promo in dump and promo not in text


def test_post_navigation_after_a_copied_story_ends_it():
    """A blog's links to the previous and next post ("vorheriger Beitrag", "nächster Beitrag" on the Landesspiegel and
    Klimawandel Global, "previous post", "Next article" on the Lesotho Times, Salon, TimesLIVE) close the post: what
    follows is the site's (the Landesspiegel's blurb about itself under a search box), never the story."""
    body, dump = copied_page("landesspiegel_2025-06-30_rotary-club-liechtenstein-eschnerberg__fundus")
    last = "Ich freue mich auf die bevorstehenden Herausforderungen"
    blurb = "Der Landesspiegel ist eine Online-Zeitung in Liechtenstein."
    text = clean_dump(dump).text
    assert last in body and last in text
    assert blurb in dump and blurb not in text


def test_english_post_navigation_after_a_copied_story_ends_it():
    """The Lesotho Times: "previous post" over the previous post's title, then the paper's blurb, read as prose."""
    story = paragraphs(6, "Mining")
    after = ["Share0", "previous post", "Former PS Makara off the hook in corruption case", "Lesotho Times",
             "Lesotho's widely read newspaper, published every Thursday and distributed throughout the whole country."]
    text = clean_dump("\n".join(["Menu", "Mining blasts shatter homes", *story, *after])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    ("case_id", "story_line", "teaser_line"),
    [
        # "À lire aussi" over two teasers, a headline and its blurb each, then the comment links
        ("liberation-fr_2012-10-27_ayrault-assume-sa-methode__g3",
         "Pour le reste, après l’allocution de combat de Martine Aubry, le Premier ministre",
         "La presse est versatile et les médias sont frivoles."),
        # "À lire aussi :" over three headlines of the same series under the story
        ("radiocanada_2017-03-13_kpmg-juge-se-recuse__pl",
         "Avant la diffusion du reportage, le juge en chef avait déclaré",
         "Les intouchables : KPMG a caché l'argent de riches clients"),
    ],
)
def test_french_read_also_heading_after_a_copied_story_ends_it(case_id, story_line, teaser_line):
    """Libération, Le Figaro, Radio-Canada, Vosges Matin and Guinéenews head links to other stories "À lire aussi";
    under the story the teasers' blurbs read as prose and were kept with it."""
    body, dump = copied_page(case_id)
    assert story_line in body and teaser_line in dump and teaser_line not in body
    text = clean_dump(dump).text
    assert story_line in text
    assert teaser_line not in text


@pytest.mark.parametrize(
    ("case_id", "story_line"),
    [
        # "Next Story" over the next story the page loaded under the first, 1,300 words under 500
        ("newsgram_2020-03-24_coronavirus-anxiety-stress-sperm__snk3",
         "Prolonged fear and anxiety owing to stressors like the novel coronavirus"),
        # "You may like" over teasers with blurbs, 3,100 words under a story of 870
        ("moderndiplomacy_2023-03-14_war-bangladesh-economy__omni",
         "February 24th marked one year since the Russian invasion of Ukraine."),
    ],
)
def test_region_under_a_rail_heading_is_not_taken_for_the_story(case_id, story_line):
    """The story is the first region holding a good share of the biggest one's prose; a region under a rail heading
    is other stories', however much prose it holds (``text_regions._under_rail_heading``)."""
    body, dump = copied_page(case_id)
    assert story_line in body
    assert story_line in clean_dump(dump).text


def test_previous_and_next_story_pager_above_a_story_heads_no_rail():
    """The Verge copies "Previous Story" / a headline / "Next Story" / a headline (Glamour "prev story" / "next
    story", Business Today under its story) between a river of timestamped headlines and the story: a pager, not a
    rail heading, so the story below it stays the story and the sign-up dialog at the page's foot is not taken."""
    body, dump = copied_page("theverge_2015-04-06_star-wars-digital-hd-collection__unf")
    opening = "The Star Wars movies are coming to smartphones."
    dialog = "Yes, I would like to receive a daily newsletter from The Verge"
    assert opening in body and dialog in dump and dialog not in body
    text = clean_dump(dump).text
    assert opening in text
    assert dialog not in text


@pytest.mark.parametrize(("navigation", "under_rail"), [
    (["Previous Story", "Council opens library", "Next Story", "Tunnel works begin"], False),
    (["prev story", "Council opens library", "next story", "Tunnel works begin"], False),
    (["Next Story", "Tunnel works begin"], True),
    (["Previous Story", "Council opens library", "Sections", "Next Story", "Tunnel works begin"], True),
])
def test_only_a_previous_and_next_pair_with_one_headline_between_is_a_pager(navigation, under_rail):
    """The pair with one headline between is a pager and heads no rail; "Next Story" alone heads the next story's
    prose (NewsGram copies it whole under the label), and so it does when more than a headline parts the labels."""
    lines = ["A paragraph of the page above.", *navigation, "Bridge gets built", "The story's first paragraph."]
    above = text_regions.Region(0, 1, 5.0, False)
    story = text_regions.Region(len(lines) - 1, len(lines), 4.0, False)
    assert text_regions._under_rail_heading(lines, above, story) is under_rail


def test_next_up_in_section_heading_ends_a_copied_story():
    """SB Nation, The Verge and Vox head the teasers of their section's next stories "Next Up In <section>"; each
    teaser's headline and blurb copy as one line of prose, kept under the story."""
    body, dump = copied_page("sbnation_2016-12-06_red-sox-chris-sale__pl")
    teaser = "Is Bartolo Colon the worst batter ever to hit a home run?"
    assert "Next Up In MLB" in dump and teaser in dump and teaser not in body
    text = clean_dump(dump).text
    assert "Next Up In MLB" not in text and teaser not in text
    assert text.split("\n\n")[-1] in body


def test_latest_or_recent_news_heading_ends_a_copied_story():
    """The Onion heads its newest stories "Recent News", The Japan News its section's "<Section> Latest Articles"
    (Daily Star, Express, Mirror: "Latest News", "Top Stories"); the teasers' headlines read as prose."""
    body, dump = copied_page("theonion_womans-parents-accepting-of__n3k")
    assert "Recent News" in dump.splitlines()
    text = clean_dump(dump).text
    assert "Recent News" not in text
    assert all(paragraph in body for paragraph in text.split("\n\n")[-2:])
    story = paragraphs(6, "Summit")
    rail = ["Politics & Government Latest Articles",
            "CDPJ’s Noda Stresses His Pragmatism at Debate, Says Diplomacy as Important as Security Policy",
            "Ishiba Attends East Asia Summit In Laos; Regional Tensions Said To Be Main Topic Of Talks There",
            "Japan Logistics Industry Struggles Amid Shortage of Drivers; Increase of Freight Rates Expected Soon"]
    assert clean_dump("\n".join(["Menu", "Summit ends", *story, *rail, "Contact"])).text.split("\n\n") == story


def test_trending_now_heading_ends_a_copied_story():
    """BET, Global News, Page Six, The Verge and Time head a rail of their most read stories "Trending Now"; on BET's
    page the rail's headlines and blurbs ("In episode six, Zac's support of Karen starts breaking Fatima down..")
    were kept under the story, between its tag line and "Latest News"."""
    story = paragraphs(6, "council")
    rail = ["Trending Now", "Star Addresses Backlash Following Comments Made Claiming Critics Cry Wolf",
            "The singer explained that she wants her fans to be armed with information and tools to stay positive.",
            "Rap City: The Beef Over Record Sales Continues", "Who got beef?"]
    text = clean_dump("\n".join(["Menu", "Council cancels the observances", *story, *rail, "Privacy Policy"])).text
    assert text.split("\n\n") == story


def test_bet_story_ends_above_its_trending_now_rail():
    body, dump = copied_page("bet_2023-12-22_huntington-beach-cancels-black-history-month__atf2")
    blurb = "In episode six, Zac’s support of Karen starts breaking Fatima down.."
    assert "Trending Now" in dump.splitlines() and blurb in dump and blurb not in body
    assert blurb not in clean_dump(dump).text
