"""Page shapes learnt from the worst new dev pages of issue 12 (Omnivore's readability test pages): a story set
as bare text between ``<br>`` tags, and tweets embedded as plain ``<div class="tweet">`` cards.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``);
each behaviour also has a small synthetic page that shows the rule alone.
"""
from __future__ import annotations

from extractors.clean import html as html_clean
from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body>{body}</body></html>"


# --- a story set as text between <br> tags is prose -----------------------------------------------


def test_text_between_br_tags_counts_as_prose():
    holder = html_clean.parse_html(page(f"<div>{'<br><br>'.join(SENTENCES)}</div>")).find("body/div")
    assert html_clean.prose_chars(holder) == sum(len(s) for s in SENTENCES)


def test_short_lines_between_br_tags_are_no_prose():
    """An address block or a list of links cut by ``<br>`` is not a story."""
    holder = html_clean.parse_html(page("<div>Town Hall<br>1 Main Street<br>Springfield</div>")).find("body/div")
    assert html_clean.prose_chars(holder) == 0


def test_a_br_story_in_a_wrapper_named_like_a_sidebar_is_kept():
    """habr.com wraps its ``<br>``-only story in ``tm-page__main_has-sidebar``: with no ``<p>``, the wrapper
    weighed as holding no prose and was pruned as a sidebar, leaving an app-promo card as the body."""
    html = page(
        "<div class='page-main has-sidebar'><div class='post'>"
        f"{'<br><br>'.join(SENTENCES)}</div></div>"
        "<div class='apps'><p>The app to watch and manage your servers from a phone.</p></div>"
    )
    text = clean_html(html).text
    assert all(sentence in text for sentence in SENTENCES)
    assert "app to watch" not in text


def test_a_br_only_story_on_a_dev_page_is_found():
    expected, doc = dev_page("habr-ru_2023-01-24_js-tricks-benchmarks__omni", with_url=False)
    sentence = "Скорость парсинга кода тоже входит в бенчмарк, поэтому браузер с быстрым парсером будет впереди."
    assert sentence in expected["body"]
    assert sentence in doc.text


# --- an embedded tweet card is not the story ------------------------------------------------------


def test_an_embedded_tweet_card_is_left_out():
    """Substack embeds tweets as ``<div class="tweet">`` (Libération's live pages as ``live-item-tweet``):
    the dev references leave embedded tweets out, as they do ``blockquote.twitter-tweet`` ones."""
    tweet = ("Honestly this bridge is the best news our town has had in years, and I say that as someone who has "
             "taken the old ferry across the river twice a day, in every kind of weather, since 2009.")
    html = page(
        f"<article><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"
        f"<div class='tweet'><a href='https://twitter.com/x/status/1'><div class='tweet-header'>"
        f"Jane Roe @janeroe</div>{tweet}</a><div class='tweet-footer'><p class='tweet-date'>June 12th 2022</p>"
        f"</div></div><p>{SENTENCES[2]}</p><p>{SENTENCES[3]}</p></article>"
    )
    text = clean_html(html).text
    assert tweet not in text
    assert SENTENCES[2] in text


def test_embedded_tweets_on_a_dev_page_are_left_out():
    expected, doc = dev_page("garymarcus-substack_2022-06-12_nonsense-on-stilts__omni")
    tweet = "honestly if this system wasn’t just a stupid statistical pattern associator"
    assert tweet not in expected["body"]
    assert tweet not in doc.text
