"""HTML cleaning: widgets out, captions apart, JSON-LD preferred when sane, every language kept."""
from __future__ import annotations

import json
from datetime import UTC

from extractors.clean.document import clean_document, clean_html
from extractors.records import RawDocument

STORY = " ".join(
    f"Paragraph {i} of the story reports that the council voted, after a long debate, to fund the new bridge."
    for i in range(3)
)


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head><title>Bridge vote | Daily</title>{head}</head><body>{body}</body></html>"


_counter = iter(range(10**6))


def story_paragraphs(n: int = 6) -> str:
    """Distinct paragraphs (repeated paragraphs are folded by design)."""
    return "".join(f"<p>{STORY} Detail number {next(_counter)}, with commas, numbers and names.</p>" for _ in range(n))


def test_clean_html_removes_share_and_newsletter_widgets():
    html = page(
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>Bridge vote</h1>{story_paragraphs(4)}"
        "<div class='share-bar'><a>Share on Facebook</a><a>Tweet</a></div>"
        "<div class='newsletter-signup'><p>Sign up for our morning briefing, every day in your inbox for free.</p></div>"
        f"{story_paragraphs(2)}</article>"
        "<div class='related-stories'><p>Another story about a completely different topic, with a long teaser text.</p></div>"
    )
    doc = clean_html(html)
    assert "Share on Facebook" not in doc.text
    assert "Sign up" not in doc.text
    assert "different topic" not in doc.text
    assert "Home" not in doc.text
    assert doc.text.count("Paragraph 0 of the story") == 6


def test_clean_html_moves_figure_caption_to_captions():
    html = page(
        f"<article>{story_paragraphs(3)}<figure><img src='a.jpg'>"
        "<figcaption>The mayor opens the bridge on Monday. (Photo: City Hall)</figcaption></figure>"
        f"{story_paragraphs(3)}</article>"
    )
    doc = clean_html(html)
    assert doc.captions == ("The mayor opens the bridge on Monday. (Photo: City Hall)",)
    assert "mayor opens" not in doc.text


def test_clean_html_paragraphs_are_separated_by_one_blank_line():
    doc = clean_html(page(f"<article>{story_paragraphs(3)}<h2>What comes next</h2>{story_paragraphs(3)}</article>"))
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 7
    assert "What comes next" in paragraphs
    assert "\n\n\n" not in doc.text


def test_clean_html_prefers_sane_json_ld_metadata():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council funds the bridge",
        "datePublished": "2024-08-27T18:05:00+09:00",
        "author": [{"@type": "Person", "name": "Kim Min-ji"}, {"@type": "Organization", "name": "Daily"}],
        "articleSection": "Local",
    }
    head = (
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<meta property='og:title' content='OG title loses'>"
        "<meta property='article:published_time' content='2020-01-01T00:00:00Z'>"
    )
    doc = clean_html(page(f"<article>{story_paragraphs(4)}</article>", head))
    assert doc.title == "Council funds the bridge"
    assert doc.published.isoformat() == "2024-08-27T18:05:00+09:00"
    assert doc.authors == ("Kim Min-ji",)
    assert doc.section == "Local"
    assert doc.language == "en"


def test_clean_html_uses_json_ld_article_body_to_find_the_story():
    story = [f"Fact {i}: the harbour authority confirmed, on Tuesday, that berth {i} reopens next month." for i in range(8)]
    teasers = "".join(
        f"<div class='card'><p>Unrelated teaser {i}, a long enough paragraph with commas, words, and more words here.</p></div>"
        for i in range(12)
    )
    ld = {"@type": "NewsArticle", "headline": "Harbour", "articleBody": " ".join(story)}
    html = page(
        f"<div class='grid'>{teasers}</div><div class='x'>{''.join(f'<p>{s}</p>' for s in story)}</div>",
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>",
    )
    doc = clean_html(html)
    assert doc.text.split("\n\n") == story


def test_clean_html_drops_cloudflare_email_placeholder_and_ends_at_the_profile_end_mark():
    """Yonhap's "(END)" is in its site profile (``end_lines``): on its pages the story ends above the mark."""
    html = page(
        f"<article>{story_paragraphs(4)}<p>Contact: <a class='__cf_email__'>[email&#160;protected]</a></p>"
        "<p>(END)</p><p>Most viewed: another story with a long title that keeps going and going.</p></article>"
    )
    doc = clean_html(html, url="https://en.yna.co.kr/view/AEN20240827005400315")
    assert "protected" not in doc.text
    assert "(END)" not in doc.text
    assert "Most viewed" not in doc.text


def test_clean_html_keeps_cjk_text():
    sentences = "".join(f"<p>서울시는 27일 새 다리 건설 예산을 승인했다고 밝혔다. 시의회는 {i}번째 회의에서 이를 의결했다.</p>" for i in range(6))
    doc = clean_document(RawDocument("ko.html", page(f"<article>{sentences}</article>").replace("lang='en'", "").encode("utf-8")))
    assert "서울시는 27일" in doc.text
    assert doc.language == "ko"


def test_clean_document_makes_naive_dates_timezone_aware():
    head = "<meta property='article:published_time' content='2024-05-01 10:00'>"
    doc = clean_document(RawDocument("a.html", page(f"<article>{story_paragraphs(3)}</article>", head).encode()))
    assert doc.published.tzinfo is not None
    assert doc.published.utcoffset() == UTC.utcoffset(None)


def test_clean_document_empty_page_gives_empty_text():
    doc = clean_document(RawDocument("empty.html", b"<html><body></body></html>", content_type="text/html"))
    assert doc.text == ""
    assert doc.captions == ()


def test_clean_html_keeps_declared_standfirst_from_a_pruned_header():
    summary = "The council approved the money after a year of delays and a heated public consultation."
    html = page(
        f"<article><div class='sidebar-grid'><header class='sidebar-grid__header'><h1>Bridge vote</h1>"
        f"<p class='hero__excerpt'>{summary}</p></header>{story_paragraphs(4)}</div></article>",
        head=f"<meta property='og:description' content='{summary}'>",
    )
    assert clean_html(html).text.split("\n\n")[0] == summary


def test_clean_html_standfirst_skips_photo_credits_and_lead_art():
    html = page(
        "<article><h1>Bridge vote</h1><div class='lead-art'><figure><img src='a.jpg'>"
        "<figcaption>The new bridge at dusk, seen from the river bank.</figcaption></figure></div>"
        f"<span class='lead-credit'>(Image: Getty Images/Example RF)</span>{story_paragraphs(4)}</article>"
    )
    doc = clean_html(html)
    assert doc.text.startswith("Paragraph 0")
    assert "Getty" not in doc.text and "dusk" not in doc.text


def test_clean_html_keeps_a_sentence_that_is_mostly_a_link_but_drops_link_labels():
    html = page(
        f"<article><h1>Bridge vote</h1>{story_paragraphs(2)}"
        "<p>Why did the <a href='/x'>old crossing close after the spring floods</a>?</p>"
        "<p>Our Standards: <a href='/trust'>The Example Trust Principles.</a></p>"
        "<ul><li><a href='/a'>Council backs new tram line</a></li><li><a href='/b'>Mayor visits flood zone</a></li></ul>"
        f"{story_paragraphs(2)}</article>"
    )
    doc = clean_html(html)
    assert "Why did the old crossing close after the spring floods?" in doc.text.split("\n\n")
    assert "Our Standards" not in doc.text and "tram line" not in doc.text


def test_clean_html_drops_pull_quotes_video_rails_and_counters():
    html = page(
        f"<article><h1>Bridge vote</h1>{story_paragraphs(2)}"
        "<blockquote class='Pullquote'><div>“We waited ten years for this bridge,” said the mayor.</div></blockquote>"
        "<div class='c-video__data'><time>2:34</time><span>Council debates bridge budget in marathon session</span></div>"
        "<p>1</p><p>2</p>"
        f"{story_paragraphs(2)}</article>"
    )
    doc = clean_html(html)
    assert "waited ten years" not in doc.text and "marathon" not in doc.text
    assert "1" not in doc.text.split("\n\n") and "2:34" not in doc.text


def test_clean_html_drops_byline_blocks_and_bare_author_names():
    html = page(
        "<article><h1>Bridge vote</h1><p>Jane Roe/John Doe</p>"
        "<p>By Daily Staff,<br>in News, Local ·<br>31 Jan 2025, 20:02<br>· 0 Comments</p>"
        f"{story_paragraphs(4)}</article>",
        head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge vote",'
        ' "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}]}</script>',
    )
    doc = clean_html(html)
    assert doc.authors == ("Jane Roe", "John Doe")
    assert doc.text.startswith("Paragraph 0") and "Comments" not in doc.text


def test_clean_html_title_prefers_confirmed_headline_and_drops_site_name():
    head = (
        "<meta property='og:site_name' content='Daily'><meta property='og:title' content='Council votes for bridge - Daily'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge vote: council says yes"}</script>'
    )
    confirmed = clean_html(page(f"<article><h1>Council votes for bridge - Daily</h1>{story_paragraphs(2)}</article>", head))
    unconfirmed = clean_html(page(f"<article><h1>Local news</h1>{story_paragraphs(2)}</article>", head))
    assert confirmed.title == "Council votes for bridge"
    assert unconfirmed.title == "Bridge vote: council says yes"


def test_clean_html_title_skips_undeclared_h1_sharing_no_word_with_page_title():
    """With no declared title, a site or section name in ``<h1>`` gives way to ``<title>``; a story's ``<h1>`` stays."""
    logo = clean_html(page(f"<header><h1>Health Center</h1></header><article>{story_paragraphs(2)}</article>"))
    story = clean_html(page(f"<article><h1>Council funds the bridge</h1>{story_paragraphs(2)}</article>"))
    assert logo.title == "Bridge vote"
    assert story.title == "Council funds the bridge"


def test_clean_html_reads_persons_from_visible_byline_and_organisations_apart():
    byline = page(f"<article><h1>Bridge vote</h1><span class='author-name'>By Jane Roe</span>{story_paragraphs(2)}</article>")
    org = page(
        f"<article><h1>Bridge vote</h1>{story_paragraphs(2)}</article>",
        head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge vote",'
        ' "author": {"@type": "Organization", "name": "Daily News"}}</script><meta name="author" content="No Author">',
    )
    assert clean_html(byline).authors == ("Jane Roe",)
    assert clean_html(org).authors == ()
    assert clean_html(org).author_orgs == ("Daily News",)


def test_clean_html_drops_an_unmarked_pull_quote_that_repeats_the_story():
    quote = "Nobody in this town has waited longer for a bridge than the people of the east bank"
    html = page(
        f"<article><h1>Bridge vote</h1>{story_paragraphs(2)}"
        f"<p>The mayor spoke after the vote. “{quote},” she said, to loud applause.</p>"
        f"<blockquote class='stylized pull-right'><p>“{quote}.”</p></blockquote>"
        f"{story_paragraphs(2)}<blockquote><p>A quoted letter from residents, never repeated anywhere else.</p></blockquote>"
        "</article>"
    )
    doc = clean_html(html)
    assert doc.text.count("waited longer") == 1
    assert "A quoted letter from residents" in doc.text


def test_clean_html_standfirst_before_a_story_written_with_line_breaks():
    summary = "The council approved the money after a year of delays and a heated public consultation."
    lines = "<br><br>".join(f"{STORY} Line {i}, with commas, numbers and names." for i in range(5))
    html = page(f"<h1>Bridge vote</h1><div class='art-synopsis'>{summary}</div><div class='story'>{lines}</div>")
    assert clean_html(html).text.split("\n\n")[0] == summary


def test_clean_html_reads_a_printed_date_and_a_body_byline_when_nothing_is_declared():
    html = page(
        "<article><h1>Bridge vote</h1><p class='date'>Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:00:00</p>"
        f"<p>By Jane Roe,<br>in News, Local</p>{story_paragraphs(3)}</article>"
    )
    doc = clean_html(html)
    assert doc.published.isoformat() == "2023-11-07T15:03:30+00:00"
    assert doc.authors == ("Jane Roe",)
    assert "Jane Roe" not in doc.text


def test_clean_html_drops_a_long_factbox_inserted_in_the_story_but_keeps_a_read_more_continuation():
    transcript = "".join(f"<p>Line {i} of the full transcript, read out in the chamber, word for word.</p>" for i in range(40))
    boxed = page(f"<article><h1>Bridge vote</h1>{story_paragraphs(4)}<div class='story-factbox'>{transcript}</div></article>")
    continued = page(f"<article><h1>Bridge vote</h1>{story_paragraphs(3)}<div class='read-more'>{story_paragraphs(5)}</div></article>")
    assert "transcript" not in clean_html(boxed).text
    assert clean_html(continued).text.count("Paragraph 0 of the story") == 8


def test_clean_html_moves_a_label_under_an_image_to_captions():
    html = page(
        f"<article><h1>Bridge vote</h1>{story_paragraphs(2)}"
        "<p><img src='mayor.jpg' width='800'><br><em>Mayor Ann Lee at the vote (R)</em></p>"
        "<p><img src='icon.png'> The vote passed by nine to two, the clerk said.</p>"
        f"{story_paragraphs(2)}</article>"
    )
    doc = clean_html(html)
    assert "Mayor Ann Lee at the vote (R)" in doc.captions
    assert "Mayor Ann Lee" not in doc.text
    assert "The vote passed by nine to two, the clerk said." in doc.text.split("\n\n")


def test_clean_html_prefers_a_visible_byline_over_the_site_name_as_author():
    html = page(
        f"<article><h1>Bridge vote</h1><a rel='author' href='/staff/jane'>Jane Roe</a>{story_paragraphs(2)}</article>",
        head="<meta property='og:site_name' content='Daily Example'><meta name='author' content='Daily Example'>",
    )
    assert clean_html(html).authors == ("Jane Roe",)


def test_hidden_date_element_is_not_the_publication_date():
    body = "".join(f"<p>Paragraph {i} of the story says something long enough to be kept as body text.</p>" for i in range(5))
    html = (
        "<html><body><div class='hdr_date' style='display: none'>2013-05-09 (Thursday)</div>"
        f"<div class='article'><p class='publish-time'>2019/03/04 09:15</p>{body}</div></body></html>"
    )
    doc = clean_html(html)
    assert doc.published is not None and doc.published.date().isoformat() == "2019-03-04"


def test_caption_and_credit_parts_make_one_caption():
    body = "".join(f"<p>Paragraph {i} of the story says something long enough to be kept as body text.</p>" for i in range(5))
    html = (
        f"<html><body><article>{body}<figure><img src='a.jpg'><figcaption class='caption'>"
        "<span class='caption__container'>Protesters gather in the square on Friday.</span>"
        "<span class='caption__source'>Jane Roe / Agency</span></figcaption></figure></article></body></html>"
    )
    doc = clean_html(html)
    assert doc.captions == ("Protesters gather in the square on Friday. Jane Roe / Agency",)
    assert "Protesters" not in doc.text
