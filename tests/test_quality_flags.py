"""Quality flags: real pages and small synthetic ones get the flag that says what they are, normal stories none."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from extractors.clean.document import clean_document, clean_html, clean_text
from extractors.pipeline import PipelineOptions, process, wants_facts
from extractors.records import NO_FACTS_FLAGS, QUALITY_FLAGS, Article, InputError, RawDocument

PAGES = Path(__file__).parent / "fixtures" / "pages"
SENTENCE = ("The council voted on Tuesday, after a long and heated debate, to fund the new bridge across the river, "
            "officials said.")


def fixture(case_id: str) -> RawDocument:
    meta = json.loads((PAGES / f"{case_id}.json").read_text(encoding="utf-8"))
    return RawDocument(case_id, gzip.decompress((PAGES / f"{case_id}.html.gz").read_bytes()), url=meta["url"])


def story(n: int = 6) -> str:
    return "".join(f"<p>{SENTENCE} Detail {i} follows, with names and numbers.</p>" for i in range(n))


def page(body: str, head: str = "", lang: str = "en") -> str:
    return f"<html lang='{lang}'><head><title>Bridge vote</title>{head}</head><body>{body}</body></html>"


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


# -- real pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("case_id", [
    "apnews_2023-04-28_mexico-economy__fundus",
    "voanews_2024-04-28_child-care__fundus",
    "washingtontimes_2023-04-28_indiana-governor-endorses-revised__fundus",
    "kbsworld-en_2023-11-07_cold-wave__traf",
])
def test_full_news_stories_carry_no_flags(case_id):
    assert clean_document(fixture(case_id)).flags == ()


def test_live_blog_page_is_flagged_live_blog():
    doc = clean_document(fixture("express_2024-07-18_whingers-harry-meghan-won__fundus"))
    assert "live_blog" in doc.flags


def test_paywall_teaser_cut_with_an_ellipsis_is_truncated():
    doc = clean_document(fixture("nikkei-ja_2018-06-19_trump-kim-hotline__n4k"))
    assert "truncated" in doc.flags and "mojibake" not in doc.flags


def test_published_days_after_last_modification_is_flagged_date_order():
    doc = clean_document(fixture("nation_2023-05-15_inside-teamster-rebellion-union__fundus"))
    assert doc.published > doc.dates.modified
    assert "date_order" in doc.flags


# -- synthetic pages ---------------------------------------------------------------------------


def test_cookie_consent_wall_is_flagged_and_gets_no_facts():
    html = page("<div class='consent'><h2>We value your privacy</h2><p>We and our partners use cookies to store "
                "and/or access information on a device. You can accept all or manage preferences.</p>"
                "<button>Accept all</button><button>Reject all</button></div>")
    article = next(process([RawDocument("wall.html", html.encode(), content_type="text/html")], PipelineOptions()))
    assert "consent_wall" in article.flags
    assert article.facts == [] and article.error is None


BANNER = ("<div id='cookie-banner' class='cookie-consent'><p>We use cookies to personalise content. Manage "
          "preferences or accept all.</p><button>Accept all</button></div>")


def test_consent_banner_pruned_from_an_empty_page_is_still_a_wall_but_not_over_a_story():
    wall = clean_html(page(BANNER + "<div id='app'></div>"))
    assert "consent_wall" in wall.flags
    story_with_banner = clean_html(page(BANNER + f"<article><h1>Bridge vote</h1>{story(4)}</article>"))
    assert "consent_wall" not in story_with_banner.flags


def test_bot_check_interstitial_is_a_wall():
    doc = clean_text("Checking your browser before accessing example.com.\n\nPlease enable JavaScript and cookies "
                     "to continue. This process is automatic.")
    assert "consent_wall" in doc.flags


def test_subscribe_to_continue_teaser_is_truncated():
    html = page(f"<article><h1>Bridge vote</h1>{story(2)}<p>Subscribe to continue reading this article.</p></article>")
    assert "truncated" in clean_html(html).flags


def test_paywall_box_beside_a_teaser_marks_it_truncated_but_not_a_full_story():
    box = "<div class='paywall'><p>Already a subscriber? Log in. Subscribe to continue reading.</p></div>"
    teaser = clean_html(page(f"<article><h1>Bridge vote</h1>{story(2)}</article>{box}"))
    assert "truncated" in teaser.flags
    full = clean_html(page(f"<header>{box}</header><article><h1>Bridge vote</h1>{story(12)}</article>"))
    assert "truncated" not in full.flags
    gated = clean_html(page(f"<article><h1>Bridge vote</h1>{story(2)}</article>",
                            head=ld({"@type": "NewsArticle", "headline": "Bridge vote", "isAccessibleForFree": False})))
    assert "truncated" in gated.flags


def test_text_that_stops_mid_sentence_is_truncated():
    cut = clean_text(f"Bridge vote\n\n{SENTENCE}\n\n{SENTENCE} The mayor, who had opposed the plan for years, told "
                     "reporters outside the hall that the money would come from")
    assert "truncated" in cut.flags
    whole = clean_text(f"Bridge vote\n\n{SENTENCE}\n\n{SENTENCE}")
    assert "truncated" not in whole.flags


def test_clipped_warc_record_is_truncated():
    html = page(f"<article><h1>Bridge vote</h1>{story(3)}</article>").encode()
    doc = clean_document(RawDocument("x.warc#u", html, content_type="text/html", incomplete=True))
    assert "truncated" in doc.flags


def test_live_updates_headline_is_a_live_blog():
    html = page(f"<article><h1>Storm hits the coast – live updates</h1>{story(3)}</article>",
                head="<meta property='og:title' content='Storm hits the coast – live updates'>")
    assert "live_blog" in clean_html(html).flags


def test_phrases_match_whole_words_only():
    html = page(f"<article><h1>Setback in the title race - Liverpool lose at Everton</h1>{story(3)}</article>",
                head="<meta property='og:title' content='Setback in the title race - Liverpool lose at Everton'>")
    assert "live_blog" not in clean_html(html).flags


def test_long_post_ending_with_an_ellipsis_or_a_sign_off_is_not_truncated():
    ellipsis = clean_text("Bridge vote\n\n" + "\n\n".join(f"{SENTENCE} Detail {i}." for i in range(12))
                          + "\n\nIf you are in the market for one, "
                          "go and check it out, there is more to come...")
    assert "truncated" not in ellipsis.flags
    sign_off = clean_text(f"Bridge vote\n\n{SENTENCE}\n\n{SENTENCE} There were five arrests at the site on "
                          "Monday evening, the police said. / ab")
    assert "truncated" not in sign_off.flags


def test_tag_page_and_collection_page_and_teaser_list_are_not_articles():
    teasers = "".join(f"<h2><a href='/news/{i}'>Headline number {i} about the bridge</a></h2><p>Short teaser.</p>"
                      for i in range(10))
    assert "not_article" in clean_html(page(teasers)).flags
    cards = "".join(f"<article class='card'><a href='/n/{i}'><h3>Headline {i} about the bridge vote</h3></a>"
                    f"<p>{SENTENCE}</p></article>" for i in range(12))
    assert "not_article" in clean_html(page(cards)).flags
    link_list = "<ul>" + "".join(f"<li><a href='/n/{i}'>Council votes on the bridge, and story number {i} follows</a></li>"
                                 for i in range(20)) + "</ul>"
    assert "not_article" in clean_html(page(link_list)).flags
    assert "not_article" in clean_html(page(story(3)), url="https://example.com/tag/bridges").flags
    collection = page(story(3), head=ld({"@type": "CollectionPage", "name": "Bridges"}))
    assert "not_article" in clean_html(collection).flags
    assert "not_article" not in clean_html(page(story(3)), url="https://example.com/news/2024/bridge-vote").flags
    assert "not_article" not in clean_html(page(story(3)), url="https://example.org/archive/63076").flags


def test_feed_served_as_html_is_not_an_article():
    rss = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title><item><title>One</title>"
           b"<description>" + SENTENCE.encode() + b"</description></item></channel></rss>")
    article = next(process([RawDocument("feed", rss, content_type="text/html")], PipelineOptions()))
    assert "not_article" in article.flags and article.facts == []


def test_market_table_page_is_table_only():
    rows = "".join(f"<tr><td>Stock {i}</td><td>{100 + i}.25</td><td>+{i}.5%</td><td>{i * 1000:,}</td></tr>"
                   for i in range(15))
    html = page(f"<article><h1>Closing prices</h1><table>{rows}</table></article>")
    assert "table_only" in clean_html(html).flags
    assert "table_only" not in clean_html(page(f"<article>{story(4)}</article>")).flags


def test_double_encoded_utf8_is_mojibake():
    text = ("Le prÃ©sident a dÃ©clarÃ© que lâ€™accord Ã©tait signÃ©. " * 3 + SENTENCE).encode("utf-8")
    doc = clean_document(RawDocument("x.html", page(f"<p>{text.decode()}</p>").encode(), content_type="text/html"))
    assert "mojibake" in doc.flags


def test_utf16_bom_over_broken_bytes_is_refused_and_one_bad_unit_is_mojibake():
    broken = b"\xff\xfe" + bytes(range(0x80, 0xa0)) * 2 + b"\xc3\x28abc"
    with pytest.raises(InputError, match="byte-order mark"):
        clean_document(RawDocument("odd.txt", broken, content_type="text/plain"))
    text = f"Bridge vote\n\n{SENTENCE} {SENTENCE}\n\n{SENTENCE} {SENTENCE}".encode("utf-16-le")
    one_bad = b"\xff\xfe" + text[:200] + b"\x00\xd8" + text[200:]  # a lone surrogate inside a valid text
    doc = clean_document(RawDocument("odd.txt", one_bad, content_type="text/plain"))
    assert doc.text and "mojibake" in doc.flags


def test_korean_page_saved_after_a_wrong_decoding_is_mojibake():
    korean = "서울시는 화요일 오랜 논쟁 끝에 강을 가로지르는 새 다리 건설에 예산을 배정하기로 의결했다고 밝혔다. " * 8
    garbled = korean.encode("euc-kr").decode("latin-1")  # what a Latin-1 reader saved, now valid UTF-8
    html = f"<html lang='ko'><head><meta charset='utf-8'><title>x</title></head><body><p>{garbled}</p></body></html>"
    assert "mojibake" in clean_document(RawDocument("ko.html", html.encode("utf-8"))).flags
    right = f"<html lang='ko'><head><meta charset='utf-8'><title>x</title></head><body><p>{korean}</p></body></html>"
    assert "mojibake" not in clean_document(RawDocument("ko.html", right.encode("utf-8"))).flags


def test_empty_and_short_bodies_are_flagged():
    empty = clean_html(page("<nav><a href='/'>Home</a></nav>"))
    assert "empty_body" in empty.flags
    short = clean_html(page(f"<article><h1>Bridge vote</h1><p>{SENTENCE}</p></article>"))
    assert "short_body" in short.flags and "empty_body" not in short.flags


def test_implausible_dates_are_flagged_not_dropped():
    future = clean_html(page(story(3), head=ld({"@type": "NewsArticle", "headline": "Bridge vote",
                                                 "datePublished": "2099-01-01T10:00:00Z"})))
    assert "date_in_future" in future.flags and future.published.year == 2099
    old = clean_html(page(story(3), head=ld({"@type": "NewsArticle", "headline": "Bridge vote",
                                              "datePublished": "1985-05-01T10:00:00Z"})))
    assert "date_too_old" in old.flags


def test_article_in_a_language_without_a_pack_is_flagged_no_facts_language():
    german = ("Der Stadtrat hat am Dienstag nach einer langen Debatte beschlossen, die neue Brücke über den Fluss "
              "zu finanzieren, und die Arbeiten sollen im Frühjahr beginnen. ") * 4
    article = next(process([RawDocument("de.txt", german.encode(), plain=True)], PipelineOptions()))
    assert article.language == "de"
    assert "no_facts_language" in article.flags and article.facts_language is None


def test_flags_come_from_the_vocabulary_and_block_facts_only_for_non_stories():
    assert set(NO_FACTS_FLAGS) <= set(QUALITY_FLAGS)
    assert not wants_facts(Article("x", text="Some text.", flags=["consent_wall"]))
    assert wants_facts(Article("x", text="Some text.", flags=["short_body", "live_blog"]))
