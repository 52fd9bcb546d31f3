"""Cleaning recall (issue 12): no silent empties, hidden and boxed stories found, tables kept as text.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``);
each behaviour also has a small synthetic page that shows the rule alone.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.extraction import page_f1, score_page
from extractors.clean import clean_document
from extractors.clean.document import clean_html
from extractors.pipeline import PipelineOptions, process
from extractors.records import RawDocument
from tests.clean_helpers import dev_page

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_83c1c1272eb04a66.txt"
STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."


def corpus_page(case_id: str):
    """A dev page of the repo corpus, cleaned, with its reference body (test pages are never used here)."""
    expected, doc = dev_page(case_id)
    return expected["body"], doc


def f1(case_id: str) -> float:
    body, doc = corpus_page(case_id)
    return page_f1(score_page(case_id, doc.text, body))


def paragraphs(n: int, tag: str = "p", attrs: str = "", start: int = 0) -> str:
    """``n`` paragraphs of story prose, numbered from ``start`` (a repeated paragraph is dropped as a duplicate)."""
    return "".join(f"<{tag}{attrs}>{STORY} Detail {i}, with names and numbers.</{tag}>" for i in range(start, start + n))


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body>{body}</body></html>"


# --- hidden blocks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case_id",
    [
        "abc_2026-04-25_cordoba-patrimonio-logra-punto__fundus",  # the story's rest under a hidden paywall div
        "anadoluajansi_2026-04-20_vekalet-yoluyla-kurban-kesim__fundus",  # streamed render: <div hidden id="S:1a">
    ],
)
def test_hidden_block_holding_the_story_is_kept_on_real_pages(case_id):
    assert f1(case_id) >= 0.95


def test_hidden_block_is_kept_only_when_it_holds_most_of_the_prose():
    html = page(
        "<article><p>Short teaser of the story, a sentence long enough to count.</p>"
        f"<div hidden class='paywall'>{paragraphs(5)}</div></article>"
        "<div hidden><p>Log in to keep reading: members get every story, every day, for free.</p></div>"
    )
    doc = clean_html(html)
    assert doc.text.count(STORY) == 5
    assert "Log in to keep reading" not in doc.text


# --- widening the container ------------------------------------------------------------------------


def test_widening_skips_teaser_cards_wrapped_in_links():
    cards = "".join(
        f"<section class='teaser'><a href='/s{i}'><h3>Other story {i}</h3><div class='short'>"
        f"<p>A teaser paragraph about another story number {i}, long enough to look like prose.</p></div></a></section>"
        for i in range(8)
    )
    promo = "<div class='box'><div>You are reading the second-best way</div><div>Everything in one place</div></div>"
    doc = clean_html(page(f"<main><div class='row'><div class='article-text'>{paragraphs(4)}</div></div>"
                          f"{promo}{cards}</main>"))
    assert doc.text.count(STORY) == 4
    assert "teaser paragraph" not in doc.text and "second-best" not in doc.text


def test_widening_skips_feed_items_of_one_paragraph_each():
    feed = "".join(
        f"<li class='live-item'><span>11:4{i}</span><div class='live-content'>"
        f"<p>Item {i} of a news ticker beside the story, a full sentence with several words in it.</p></div></li>"
        for i in range(10)
    )
    doc = clean_html(page(f"<div class='main'><article><div class='article-body'>{paragraphs(4)}</div></article>"
                          f"<ul class='ticker-list'>{feed}</ul></div>"))
    assert doc.text.count(STORY) == 4
    assert "news ticker" not in doc.text


def test_widening_follows_a_story_cut_into_one_box_per_paragraph():
    boxes = "".join(
        f"<div class='chunk'><div class='inner'><div><p>{STORY} Box {i}.</p></div></div></div>" for i in range(12)
    )
    doc = clean_html(page(f"<article>{boxes}</article><div class='footer-links'><p>About us</p></div>"))
    assert doc.text.count(STORY) == 12


@pytest.mark.parametrize(
    "case_id",
    [
        "freiepresse_2024-04-30_chemnitzer-hutfestival-wann-fest__fundus",  # teaser cards inside <a>
        "ehow_build-terrarium__moz",  # one step per box, the first box's class differs
    ],
)
def test_widening_on_real_pages(case_id):
    # the references keep photo captions (and eHow's "Step 1" labels, which share no word with their steps and go
    # as unrelated lines); the wrong widening scores under 0.7
    assert f1(case_id) >= 0.75


def test_subheading_named_like_a_widget_among_story_paragraphs_is_kept():
    html = page(f"<article>{paragraphs(3)}<h2 class='widget-title'>Roads reopened</h2>{paragraphs(3, start=3)}"
                "<div class='widget'><h2 class='widget-title'>Most read</h2></div></article>")
    doc = clean_html(html)
    assert "Roads reopened" in doc.text.split("\n\n")
    assert "Most read" not in doc.text


# --- fallbacks and the reason for an empty text ------------------------------------------------------


def test_fallback_replaces_a_popup_picked_by_class_name():
    popup = ("<div class='background_b1q'><div class='main_content_x1'><h3>登録すると続きが読めます</h3>"
             "<p>ご登録いただいたアドレス宛てに、配信と、キャンペーン情報、などを、お送りします。</p></div></div>")
    story = "".join(f"<p>第{i}段落。市議会は火曜日、長い議論の末に新しい橋の建設費を承認した。</p>" for i in range(6))
    doc = clean_html(page(f"<main><article><section class='body_x2'>{story}</section></article></main>{popup}"))
    assert doc.text.count("市議会は火曜日") == 6
    assert "キャンペーン" not in doc.text


def test_fallback_on_real_page_where_main_pass_picks_a_popup():
    body, doc = corpus_page("nikkei_2025-01-14__fundus")
    assert "小林裕明社長" in doc.text and doc.error is None
    assert score_page("nikkei", doc.text, body).recall >= 0.95


def test_story_shipped_as_markup_in_script_json_is_found():
    state = {"article": {"contentHtml": "".join(f"<p class=\"editor-p\">{STORY} Part {i}.</p>$$ADSLOT$$" for i in range(6))}}
    script = f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    doc = clean_html(page(f"<div id='app'><nav><a href='/'>Home</a></nav></div>{script}"))
    assert doc.text.count(STORY) == 6
    assert "ADSLOT" not in doc.text and doc.error is None


def test_story_shipped_in_script_json_on_real_page():
    body, doc = corpus_page("hankookilbo_2026-01-29__fundus")
    assert doc.error is None
    assert score_page("hankookilbo", doc.text, body).recall >= 0.9


def test_declared_article_body_replaces_the_few_lines_a_script_shell_renders():
    """A shell page renders only an author's bio; the JSON-LD articleBody it declares is the story."""
    ld = {"@type": "NewsArticle", "headline": "Bridge vote",
          "articleBody": "\n".join(f"{STORY} Part {i}." for i in range(8))}
    bio = "<p>Jane Doe is a senior reporter who covers city hall, transport and housing for the paper.</p>"
    html = page(f"<div id='root'></div><aside class='author'>{bio}</aside><script src='/app.js'></script>",
                f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    doc = clean_html(html)
    assert doc.text.count(STORY) == 8 and doc.error is None


def test_article_page_without_readable_text_says_why_and_keeps_its_metadata():
    ld = {"@type": "NewsArticle", "headline": "Bridge vote"}
    menu = "".join(f"<li><a href='/s{i}'>Section {i} of the site</a></li>" for i in range(30))
    html = page(f"<nav><ul>{menu}</ul></nav><footer>© Daily</footer>",
                f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    doc = clean_html(html)
    assert doc.text == ""
    assert doc.error.startswith("no article text found: the page's") and "navigation" in doc.error
    assert doc.title == "Bridge vote" and "empty_body" in doc.flags


def test_script_shell_of_an_article_says_it_has_no_visible_text():
    ld = {"@type": "NewsArticle", "headline": "Bridge vote"}
    doc = clean_html(page("<div id='root'></div><script src='/app.js'></script>",
                          f"<script type='application/ld+json'>{json.dumps(ld)}</script>"))
    assert doc.text == "" and "no visible text (2 scripts build it in a browser)" in doc.error


def test_page_that_is_simply_not_an_article_is_flagged_not_failed():
    doc = clean_html(page("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"))
    assert doc.text == "" and doc.error is None and "empty_body" in doc.flags


def test_long_text_dump_without_article_text_says_why():
    labels = ["Share on Facebook", "Sign in to comment", "Subscribe to our newsletter", "Most read stories", "Skip to content"]
    dump = "\n".join(labels[i % len(labels)] + f" {i}" for i in range(40))
    doc = clean_document(RawDocument("labels.txt", dump.encode(), content_type="text/plain"))
    assert doc.text == "" and doc.error.startswith("no article text found: the text's 40 lines")


def test_extract_record_carries_the_reason_for_an_empty_text():
    ld = json.dumps({"@type": "NewsArticle", "headline": "Bridge vote"})
    html = page("<div id='root'></div>", f"<script type='application/ld+json'>{ld}</script>").encode()
    [article] = list(process([RawDocument("shell.html", html, content_type="text/html")], PipelineOptions(facts=False)))
    assert article.text == "" and article.error and "no article text" in article.error


# --- tables ------------------------------------------------------------------------------------------


def test_data_table_is_one_block_with_a_row_per_line():
    table = ("<table><tr><th>Index</th><th>Close</th><th>Change</th></tr>"
             "<tr><td>KOSPI</td><td><div>2,500.12</div></td><td>+10.50</td></tr>"
             "<tr><td>KOSDAQ</td><td>800.20</td><td>-1.20</td></tr></table>")
    doc = clean_html(page(f"<article>{paragraphs(3)}{table}{paragraphs(1)}</article>"))
    assert "Index | Close | Change\nKOSPI | 2,500.12 | +10.50\nKOSDAQ | 800.20 | -1.20" in doc.text.split("\n\n")


def test_table_cell_inline_markup_joins_its_words():
    # wccftech's dates "April 4<sup>th</sup>" read "April 4th"; a <br> or a block inside a cell still parts words
    table = ("<table><tr><th>City</th><th>Dates</th></tr>"
             "<tr><td>Paris</td><td>April 4<sup>th</sup> – 6<sup>th</sup></td></tr>"
             "<tr><td>New<br>York</td><td><p>May</p><p>9<sup>th</sup></p></td></tr></table>")
    doc = clean_html(page(f"<article>{paragraphs(3)}{table}{paragraphs(1)}</article>"))
    assert "City | Dates\nParis | April 4th – 6th\nNew York | May 9th" in doc.text.split("\n\n")


def test_layout_table_is_not_flattened_into_cells():
    html = page(f"<table><tr><td><a href='/'>Home</a></td><td>{paragraphs(4)}</td></tr>"
                "<tr><td></td><td>Footer</td></tr></table>")
    doc = clean_html(html)
    assert doc.text.count(STORY) == 4 and " | " not in doc.text


def test_table_of_links_is_furniture():
    days = "".join(f"<td><a href='/d{d}'>{d}</a></td>" for d in range(1, 8))
    calendar = f"<table><tr><th colspan='7'>March</th></tr><tr>{days}</tr><tr>{days}</tr></table>"
    doc = clean_html(page(f"<article>{paragraphs(4)}{calendar}</article>"))
    assert " | " not in doc.text


def test_real_page_keeps_its_table_rows():
    body, doc = corpus_page("android-developers-blog_saving-data__moz")
    rows = [line for para in doc.text.split("\n\n") for line in para.split("\n") if " | " in line]
    assert any(row.startswith("Google Maps |") for row in rows)
    assert page_f1(score_page("android", doc.text, body)) >= 0.97


def seed_with_table(table: str) -> str:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    end = lines.index("(END)")
    return "\n".join(lines[:end] + ["The following are the closing prices:"] + table.split("\n") + lines[end:])


def test_text_dump_keeps_a_tab_separated_table():
    table = "Index\tClose\tChange\nKOSPI\t2,500.12\t+10.50\nKOSDAQ\t800.20\t-1.20"
    doc = clean_document(RawDocument("dump.txt", seed_with_table(table).encode(), content_type="text/plain"))
    assert "Index | Close | Change\nKOSPI | 2,500.12 | +10.50\nKOSDAQ | 800.20 | -1.20" in doc.text.split("\n\n")
    assert doc.text.startswith("SEOUL, Aug. 27 (Yonhap) --")


def test_text_dump_keeps_a_column_aligned_table_and_a_trailing_one():
    table = "KOSPI      2,500.12     +10.50\nKOSDAQ     800.20       -1.20"
    text = "Stocks close higher\n\n" + STORY + " " + STORY + "\n" + table + "\n"
    doc = clean_document(RawDocument("dump.txt", text.encode(), content_type="text/plain"))
    assert doc.text.endswith("KOSPI | 2,500.12 | +10.50\nKOSDAQ | 800.20 | -1.20")


def test_text_dump_prose_with_wide_spaces_is_not_a_table():
    text = "Bridge vote\n\n" + STORY + "   It passed.\n" + STORY + "   Work starts soon.\n"
    doc = clean_document(RawDocument("dump.txt", text.encode(), content_type="text/plain"))
    assert " | " not in doc.text and "It passed." in doc.text


# --- other languages' widget lines -------------------------------------------------------------------


def test_german_widget_lines_go_and_the_story_stays():
    furniture = ["Lesen Sie auch", "Auch interessant", "Stand: 28.04.2023 16:11 Uhr",
                 "Dieses Thema im Programm:", "Quelle: ntv.de, dpa"]
    german = "Der Stadtrat hat am Dienstag nach langer Debatte den Bau der neuen Brücke beschlossen."
    body = "".join(f"<p>{german} Absatz {i}.</p><p>{line}</p>" for i, line in enumerate(furniture))
    doc = clean_html(f"<html lang='de'><head><title>Brücke</title></head><body><article>{body}</article></body></html>")
    assert doc.text.count(german) == len(furniture)
    for line in furniture:
        assert line not in doc.text, line


def test_german_widget_lines_on_real_page():
    _, doc = corpus_page("ndr_2023-04-28_einschlag-elmshorn-es-war__fundus")
    assert "Dieses Thema im Programm" not in doc.text and "Stand: 28.04.2023" not in doc.text
    assert f1("ndr_2023-04-28_einschlag-elmshorn-es-war__fundus") >= 0.93


def test_widget_word_glued_to_a_part_name_marks_a_widget():
    related = ("<div class='jp-relatedposts'><div class='jp-relatedposts-post'><h4>Survey results</h4>"
               "<p>Stack Overflow published the results of its survey, which covers a wide range of topics.</p>"
               "<p>In \"News\"</p></div></div>")
    doc = clean_html(page(f"<article><div class='entry'>{paragraphs(4)}{related}</div></article>"))
    assert doc.text.count(STORY) == 4 and "Stack Overflow" not in doc.text


def test_related_posts_block_on_real_page():
    assert f1("wptavern_2017_stack-overflow-jobs-react__moz") >= 0.97


def test_json_ld_article_body_is_the_fallback_for_a_script_rendered_page():
    ld = {"@type": "NewsArticle", "headline": "Bridge vote", "articleBody": f"{STORY}\n{STORY} Second part.\n{STORY} End."}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    doc = clean_html(page("<div id='root'><a href='/'>Home</a></div><script src='/app.js'></script>", head))
    assert doc.text.split("\n\n") == [STORY, f"{STORY} Second part.", f"{STORY} End."]


# --- list- and table-shaped stories ------------------------------------------------------------------


def test_story_that_is_a_list_is_found():
    items = "".join(f"<li><strong>{i}. Film number {i}</strong> – a time-loop story where the hero relives the "
                    "same day, told with wit and a twist at the end.</li>" for i in range(1, 11))
    html = page(f"<nav><ul><li><a href='/'>Home</a></li><li><a href='/a'>About</a></li></ul></nav>"
                f"<div class='content'><h1>Time-loop films</h1><p>Intro.</p><ol>{items}</ol></div>"
                "<footer><p>Contact us at the address below for questions.</p></footer>")
    doc = clean_html(html)
    assert doc.text.count("time-loop story") == 10 and "Contact us" not in doc.text


def test_story_that_is_a_table_is_found():
    rows = "".join(f"<tr><td>{i}</td><td><a href='/t{i}'>Team {i}</a></td><td>{30 - i}</td><td>{60 - 2 * i}</td></tr>"
                   for i in range(1, 19))
    html = page(f"<nav><a href='/'>Home</a></nav><div class='main'><h1>League table</h1><table><tr><th>Pos</th>"
                f"<th>Team</th><th>Games</th><th>Points</th></tr>{rows}</table></div>"
                "<div class='box'><p>Read our briefing every morning with the best of the day.</p></div>")
    doc = clean_html(html)
    assert doc.text.startswith("Pos | Team | Games | Points\n1 | Team 1 | 29 | 58\n")
    assert doc.text.count("\n") == 18 and "briefing" not in doc.text


def test_text_dump_whose_body_is_a_table_starts_at_the_table():
    dump = ("Daily Markets\nHome\nMarkets\nStocks at a glance\nMarkets 15:41 March 3, 2025\n"
            "Index\tClose\tChange\nKOSPI\t2,500.12\t+10.50\nKOSDAQ\t800.20\t-1.20\n(END)\nShare\n")
    doc = clean_document(RawDocument("table.txt", dump.encode(), content_type="text/plain"))
    assert doc.text == "Index | Close | Change\nKOSPI | 2,500.12 | +10.50\nKOSDAQ | 800.20 | -1.20"


def test_standfirst_repeating_the_declared_description_wins_over_a_block_named_summary():
    dek = "The council approved the bridge after a year of debate, and work starts in the spring."
    head = f"<meta name='description' content='{dek}'>"
    html = page(f"<header><h1>Bridge vote</h1><h2 class='voc-subtitle'>{dek}</h2>"
                "<div class='summary-link'><a href='/other'>Another story: the mayor opens a new library downtown</a></div>"
                f"</header><article>{paragraphs(4)}</article>", head)
    doc = clean_html(html)
    assert doc.text.split("\n\n")[0] == dek and "library" not in doc.text


@pytest.mark.parametrize(
    "case_id",
    ["abc_2024-12-02_detenido-policia-por-abusar__fundus",
     "tagesanzeiger_2026-05-18_trump-plant-helikopterlandeplatz-wahrend__fundus"],
)
def test_declared_standfirst_on_real_pages(case_id):
    body, doc = corpus_page(case_id)
    assert doc.text.split("\n\n")[0] == body.split("\n\n")[0]


def test_one_line_note_is_its_own_body():
    doc = clean_document(RawDocument("note.txt", b"The council met on Monday and approved the budget.\n", content_type="text/plain"))
    assert doc.text == "The council met on Monday and approved the budget." and doc.error is None


def test_a_list_item_repeated_under_two_entries_stays_under_each():
    """A roundup gives each entry a list of facts, and two entries share one ("Price: Free / In-app purchases" under
    Android Authority's apps, "Toyota Corolla: 22.129 unidades" in Xataka's yearly lists): a repeated line read as a
    caption, so the first went to the captions and the second was dropped as a duplicate."""
    price = "Price: Free / In-app purchases"
    entries = "".join(f"<h2>App {name}</h2>{paragraphs(2, start=at * 2)}<ul><li>{price}</li><li>Size: {at + 20} MB</li>"
                      f"<li>Rating: {at + 3}.5 stars</li></ul>" for at, name in enumerate(["One", "Two"]))
    doc = clean_html(page(f"<article>{paragraphs(2, start=10)}{entries}</article>"))
    assert doc.text.count(price) == 2
