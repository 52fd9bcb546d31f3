"""Issue 12, second round: a reader-comment thread copied after a story, its posts headed "<name> wrote:" with their
date, ends the story even without a heading the cleaner knows (the Motley Fool's "Comments from our Foolish Readers"),
while a story's own "... wrote:" introducing a quoted post stays; a thread of posts headed by a name over their date
is not taken for the story, nor kept under it."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import _is_comment_heading, _is_comment_post, comment_threads
from tests.test_clean_text import PARAGRAPH, clean_dump, copied_page, paragraphs

COMMENTS = [
    "Comments from our Foolish Readers",
    "Report this Comment On December 23, 2014, at 10:07 PM, argusdc wrote:",
    "I'm sorry, but the cruelty to orcas in captivity is well documented and the company is less than honest about it.",
    "Report this Comment On December 23, 2014, at 10:41 PM, SuntanIronMan wrote:",
    "Given that Cedar Fair trades at a similar earnings multiple and pays a dividend, I have a hard time seeing why.",
    "Report this Comment On December 25, 2014, at 9:57 AM, papsrus wrote:",
    "That pretty much says it all as far as your stand on the whole question of animal welfare goes, I am afraid.",
]


def test_dated_comment_headers_are_comment_posts_and_a_quote_introduction_is_not():
    assert _is_comment_post(COMMENTS, 1)
    assert _is_comment_post(["kanu sukha says:", "5 May 2025 at 00:46"], 0)  # Daily Maverick: the date under it
    assert not _is_comment_post(["In a post on his platform, the president wrote:", "We will win!"], 0)


def test_comment_thread_with_dated_post_headers_ends_a_copied_story():
    story = paragraphs(8, "Stocks")
    text = clean_dump("\n".join(["Menu", "Seven stocks for next year", *story, *COMMENTS])).text
    assert text.split("\n\n") == story


def test_story_quoting_two_posts_keeps_its_paragraphs():
    story = paragraphs(8, "Stocks")
    quotes = ["After the vote, the senator wrote:", "We will keep fighting for the bridge and the jobs it brings.",
              "Her opponent wrote:", "The people of this state deserve better than another empty promise, he added."]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:4], *quotes, *story[4:], "Share"])).text
    assert all(paragraph in text for paragraph in [*story, *quotes])


def test_short_line_closing_with_the_comment_count_heads_a_comment_section():
    """WP Tavern's "There are 13 comments", El Mundo's "Ver 5 comentarios": the words before the count vary."""
    assert _is_comment_heading("There are 13 comments")
    assert _is_comment_heading("Ver 5 comentarios")
    assert not _is_comment_heading("There are comments")  # no count
    assert not _is_comment_heading("Readers of the paper sent us 13 comments")  # a sentence, not a heading


def test_comment_thread_under_a_count_heading_ends_a_copied_story():
    story = paragraphs(8, "Stocks")
    posts = ["Sallie Goetsch · March 10, 2017 at 12:20 AM",
             "If there were really no demand for developers, I would not be so busy with work these days, honestly.",
             "Reply", "Rarst · March 10, 2017 at 1:26 AM",
             "One nuance of the number might be that many people call themselves developers while building sites.",
             "Reply"]
    text = clean_dump("\n".join(["Menu", "Seven stocks for next year", *story, "There are 2 comments", *posts])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    ("case_id", "story_line", "comment_line"),
    [
        # "Rafael sagt:" over "23. Juni 2016 um 18:47 Uhr": 91 posts, three times the story's prose
        ("netzpolitik_2016-06-23_cider-connection-abmahnungen__hd",
         "Nächster Anruf in Kiel. Philipp H. geht ans Telefon.",
         "Aber Herr S., sie müssen doch jetzt nicht hier trollen, nur weil ihr komisches Geschäftsmodell"),
        # "jyen" over "73 months ago": the "Top Rated Comments" a few lines under a five-paragraph story
        ("macrumors_2017-01-18_apple-pencil-2-march__pl",
         "Rumors suggest Apple will introduce a new iPad Pro model somewhere around 10 inches",
         "Let me guess... thinner, shorter battery life, price bump, now available in jet black."),
        # "Martin" over "16. Dezember 2015 at 21:50 · Antwort" right under a maker's blog post
        ("hobbywerkstattblog_2015-12-14_arduino-virtual-wall-roomba__hd",
         "Nun muss das Ganze nur noch zusammen gelötet und in einem kleinen Gehäuse verstaut werden.",
         "Meine Mathematik ist schon etwas eingerostet. Wie kommst du von dem Abstrahlwinkel"),
        # "Juno the Loon • #1 • 8:05 AM Wednesday, Aug 18, 2010 • Reply": each post's header on one line, 210 posts
        ("boingboing_2010-08-18_dr-laura-first-amendment__snk3",
         "Laura believes her use of the term illustrates an important point about semantics",
         "I think using \"the word\" as a racial epithet or general insult is totally indefensible"),
    ],
)
def test_comment_thread_of_named_and_dated_posts_is_no_part_of_the_copied_story(case_id, story_line, comment_line):
    """Posts headed by a name over their date or age read as prose, and a long thread outweighs the story above it;
    without a heading the cleaner knows, the posts' headers alone tell the thread (``comment_threads``)."""
    body, dump = copied_page(case_id)
    assert story_line in body and comment_line in dump and comment_line not in body
    text = clean_dump(dump).text
    assert story_line in text
    assert comment_line not in text


def test_comment_headers_copied_on_one_line_make_a_thread_and_a_storys_meta_line_does_not():
    """Boing Boing and WP Tavern copy a post's name, date and reply button on one line; CBC's meta line under a headline
    has the same separators but more words after the name."""
    boing_boing = ["Juno the Loon • #1 • 8:05 AM Wednesday, Aug 18, 2010 • Reply", PARAGRAPH,
                   "loki_monster • #2 • 8:11 AM Wednesday, Aug 18, 2010 • Reply", PARAGRAPH,
                   "bja009 replied to comment from Juno the Loon • #9 • 8:18 AM Wednesday, Aug 18, 2010 • Reply",
                   PARAGRAPH, "Share"]
    wp_tavern = ["Sallie Goetsch · March 10, 2017 at 12:20 AM", PARAGRAPH, "Reply", "Rarst · March 10, 2017 at 1:26 AM",
                 PARAGRAPH, "Reply", "Slava Abakumov · March 10, 2017 at 4:51 AM", PARAGRAPH, "Reply"]
    assert comment_threads(boing_boing) == [(0, 2, 7)]
    assert comment_threads(wp_tavern)[0][0] == 0  # its first post: no header line above it to read as a name
    cbc = ["Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago", PARAGRAPH]
    assert comment_threads(cbc * 3 + ["Share"]) == []


def test_teaser_cards_and_a_storys_byline_over_its_date_are_no_comment_thread():
    """A card's byline over its age (Glamour), a photo credit over a date (junge Welt), a story's author over its date
    under the headline, then cards headed the same way under their headlines (Raw Story): none is a reader's post."""
    glamour = ["By Avery Matera", "13 hours ago", "Over Glitter? Never. Glitter Shoes That Are Perfect.",
               "By Jillian Kramer", "12 hours ago", "The 5 New Ways To Style Pants That Will Rock.",
               "By Beth Shapouri", "14 hours ago", "What to Watch, Read, Stream, and Listen To."]
    junge_welt = ["F. Kern/IMAGO", "19.03.2024", "Fahndung nach Verrätern", "Michael Kappeler/dpa", "05.03.2024",
                  "Aufklärung nur intern", "picture alliance/dpa", "04.03.2024", "Russe hört mit"]
    raw_story = ["Celebrities refusing to perform at Trump's inauguration", "Tana Ganeva", "December 22, 2016",
                 PARAGRAPH, "Chris Christie: FBI's raid on Trump's Palm Beach resort was 'fair game'", "Sky Palma",
                 "August 09, 2022", PARAGRAPH, "Russian general threatens to bomb nuclear power plant", "Tiffany Terrell",
                 "August 09, 2022", PARAGRAPH]
    assert comment_threads(glamour) == comment_threads(junge_welt) == comment_threads(raw_story) == []
    posts = ["Marilyn says:", "December 20, 2016 at 12:37 pm", PARAGRAPH, "Robert says:",
             "December 20, 2016 at 11:53 am", PARAGRAPH, "Mike says:", "December 20, 2016 at 11:21 am", PARAGRAPH]
    assert comment_threads(posts) == [(0, 3, 9)]  # the Political Insider's thread


def test_heading_counting_the_comments_on_the_post_ends_the_copied_story():
    """WordPress heads its thread "6 Comments on <the post's title>" (the Wikimedia blog; "22 comments on ..." on
    Blister, "9 comments to ..." on a German maker's blog); its posts' bylines ("Ed Erhart 1 year") carry no date."""
    body, dump = copied_page("wikimediablog_2018-06-28_interactive-maps-your-language__hd")
    assert "6 Comments on Interactive maps, now in your language" in dump.splitlines()
    text = clean_dump(dump).text
    last = "This blog post was edited on 9 July to include a mention of OpenStreetMap’s best practices."
    assert last in body and last in text
    assert "It’s over a week ago since you published this news." not in text
    assert _is_comment_heading("22 comments on “2021-2022 Line Outline”")


def test_prompt_to_comment_on_this_story_ends_a_copied_story():
    """Ars Technica's "No comments on this story. You could be the first!" under the story's last paragraph, the
    Times LIVE's "Would you like to comment on this article?" over its sign-up notice and a poll: what follows is the
    page's, not the story's."""
    body, dump = copied_page("arstechnica_2011-07-06_june-web-browser-stats__pyr")
    text = clean_dump(dump).text
    assert "No comments on this story. You could be the first!" in dump and "You could be the first" not in text
    assert text.split("\n\n")[-1] in body
    story = paragraphs(6, "Zuma")
    after = ["Would you like to comment on this article?", "Sign up (it's quick and free) or sign in now.",
             "POLL | Is the state abusing its power in the Zuma-Sambudla trial?"]
    assert clean_dump("\n".join(["Menu", "Zuma-Sambudla's legal team", *story, *after])).text.split("\n\n") == story


def test_spanish_prompt_to_comment_and_wordpress_comment_form_end_a_copied_story():
    """La Nación's "Para poder comentar tenés que ingresar con tu usuario de LA NACION." (Diario del Sur's "Inicie
    sesión o regístrese para comentar", El País's "Rellena tu nombre y apellido para comentar"), and WordPress's "Save
    my name, email, and website in this browser for the next time I comment." in English on Tele Pinar's Spanish page:
    the comment form's notices read as sentences and were kept under the story."""
    body, dump = copied_page("lanacion-es_mapuche__moz")
    assert "Para poder comentar tenés que ingresar" in dump
    assert "Para poder comentar" not in clean_dump(dump).text
    body, dump = copied_page("telepinar_2020-07-23_licenciados-educacion-primaria-consolacion__hd3")
    text = clean_dump(dump).text
    assert "Save my name, email, and website" in dump and "Save my name" not in text
    assert "Tu dirección de email no será publicado" not in text
    assert text.split("\n\n")[-1] in body


@pytest.mark.parametrize(
    "heading",
    [
        "Komentar", "Komentar:", "16 Komentar", "0 komentar", "KOMENTAR",  # Kompas, detik, Tribunnews
        "Comentários", "Ver comentários",  # DN, Folha, Jornal de Negócios
        "Комментарии", "Комментарии 77", "1 комментарий",  # Habr, Rossiyskaya Gazeta, RosKvartal
    ],
)
def test_indonesian_portuguese_and_russian_comment_headings_head_a_comment_section(heading):
    assert _is_comment_heading(heading)


def test_story_ends_above_an_indonesian_comment_heading():
    """Kompas.com: a reader's comment under "Komentar" was kept as the story's last paragraph."""
    story = paragraphs(8, "Pasar")
    comment = ("ada orang di luar sana yg berbuat baik supaya diketahui banyak orang dan berbuat buruk sembunyi2 "
               "bahkan sulit dibuktikan.")
    text = clean_dump("\n".join(["Menu", "Momen Jokowi di pasar", *story, "Komentar", comment, "16 Komentar"])).text
    assert text.split("\n\n") == story
