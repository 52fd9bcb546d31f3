"""HTML cleaning: widgets out, captions apart, JSON-LD preferred when sane, every language kept."""
from __future__ import annotations

import json
from datetime import UTC

from extractors.clean import clean_document, clean_html
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


def test_clean_html_drops_cloudflare_email_placeholder_and_end_marker():
    html = page(
        f"<article>{story_paragraphs(4)}<p>Contact: <a class='__cf_email__'>[email&#160;protected]</a></p>"
        "<p>(END)</p><p>Most viewed: another story with a long title that keeps going and going.</p></article>"
    )
    doc = clean_html(html)
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
