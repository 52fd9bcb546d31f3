"""Page shapes learnt from the worst new dev pages of issue 12 (postlight/parser's saved pages, ``__pl``): a
``<br>``-cut story beside an author box of ``<p>``s, quoted paragraphs counted twice when widening, an
ad-blocker notice, meta tags stored with ``value`` instead of ``content``, and a summary box repeating the
story's first paragraph.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``);
each behaviour also has a small synthetic page that shows the rule alone.
"""
from __future__ import annotations

from extractors.clean import html as html_clean
from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

BIO = (
    "Jane Roe is the principal author of the site, which she founded in 2004, and has written more than "
    "20,000 articles on bridges, ferries, tunnels, roads, rails, and other topics of public works."
)


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body>{body}</body></html>"


# --- a story cut by <br> tags holds its paragraphs like <p>s ---------------------------------------


def test_a_br_cut_story_outscores_an_author_box_of_paragraphs():
    """Scored as one text credited to its parent, the ``<br>`` story weighed less than a one-``<p>`` bio."""
    html = page(
        f"<article><h1>Bridge vote</h1><div class='content'>{'<br><br>'.join(SENTENCES)}</div></article>"
        f"<div id='about'><div class='text'><p>{BIO}</p></div></div>"
    )
    text = clean_html(html).text
    assert all(sentence in text for sentence in SENTENCES)
    assert "principal author" not in text


def test_a_br_story_on_a_dev_page_is_chosen_over_its_author_box():
    expected, doc = dev_page("phoronix_2019-06-01_steam-linux-marketshare-may__pl")
    sentence = "Windows comes in at 95.9% for May's usage on Steam while macOS is at 3.26%."
    assert sentence in expected["body"] and sentence in doc.text
    assert "principal author of Phoronix.com" not in doc.text


# --- quoted paragraphs count once when the container is widened --------------------------------------


def test_a_quote_of_paragraphs_does_not_widen_the_container_to_the_page_end():
    """A ``<blockquote>`` of ``<p>``s counted whole and again per paragraph made every climb look free."""
    quote = "<blockquote><p>" + "</p><p>".join(SENTENCES[:2]) + "</p></blockquote>"
    html = page(
        "<div class='site'><div class='main'><div class='entry'>"
        f"<p>{SENTENCES[2]}</p>{quote}<p>{SENTENCES[3]}</p></div></div>"
        "<div class='prompt'><p>Tap here to add the Bridge Gazette to your home screen today.</p></div></div>"
    )
    text = clean_html(html).text
    assert all(sentence in text for sentence in SENTENCES)
    assert "home screen" not in text


def test_a_dev_page_quoting_paragraphs_ends_with_its_story():
    expected, doc = dev_page("thefederalistpapers_2016-12-21_failure-public-schooling__pl")
    assert "home screen" not in expected["body"]
    assert "Tap here to add The Western Journal to your home screen." not in doc.text


# --- an ad-blocker notice is furniture ------------------------------------------------------------


def test_an_ad_blocker_notice_is_pruned():
    html = page(
        f"<div class='post'>{''.join(f'<p>{s}</p>' for s in SENTENCES)}</div>"
        "<div class='adb-notification'><h3>We noticed you're using an ad blocker.</h3>"
        "<p>Advertising revenue helps support our journalism, so please turn off your blocker.</p>"
        "<p>Click the blocker's button in your browser and select the option to allow this site.</p></div>"
    )
    text = clean_html(html).text
    assert SENTENCES[0] in text
    assert "ad blocker" not in text and "blocker's button" not in text


def test_the_ad_blocker_notice_of_a_dev_page_is_left_out():
    expected, doc = dev_page("observer_2016-12-16_lost-city-greek-mountain__pl")
    assert "ad blocker" not in expected["body"]
    assert "We noticed you're using an ad blocker." not in doc.text


# --- meta tags saved with value= (Mercury's normalizeMetaTags) ----------------------------------------


def test_a_meta_description_stored_as_value_finds_the_unmarked_standfirst():
    dek = "The city will spend 40 million euros on a bridge that residents have wanted since 2009"  # no full stop
    html = page(
        f"<article><h1>Bridge vote</h1><div class='x1'>{dek}</div>"
        f"<div class='text'>{''.join(f'<p>{s}</p>' for s in SENTENCES)}</div></article>",
        head=f"<meta name='description' value='{dek}'>",
    )
    assert clean_html(html).text.startswith(dek)


def test_a_dev_page_with_value_meta_tags_keeps_its_standfirst():
    expected, doc = dev_page("today_2016-12-22_zsa-zsa-gabor-palm-springs__pl")
    dek = "Legendary actress Zsa Zsa Gabor's Palm Springs home is on the market."
    assert expected["body"].startswith(dek)
    assert doc.text.startswith(dek)


def test_a_summary_box_repeating_the_first_paragraph_does_not_hide_the_dek():
    """The declared description is the story's opening paragraph again; the marked dek above it is the summary."""
    dek = "Average price of a bridge toll in the region was 4 euros in September"
    html = page(
        f"<article><h1>Bridge vote</h1><div class='detailSummary'>{SENTENCES[0]}</div>"
        f"<h2 class='deck'>{dek}</h2>"
        f"<div class='story'>{''.join(f'<p>{s}</p>' for s in SENTENCES)}</div></article>",
        head=f"<meta name='description' content='{SENTENCES[0]}'>",
    )
    text = clean_html(html).text
    assert text.startswith(dek)
    assert text.count(SENTENCES[0]) == 1


def test_scoring_credits_each_br_run_to_its_holder():
    """Each ``<br>`` run is a paragraph of the ``<div>``: the ``<div>`` itself is scored, not only its parent."""
    root = html_clean.parse_html(page(f"<section><div class='c'>{'<br><br>'.join(SENTENCES)}</div></section>"))
    assert html_clean.find_container(root).get("class") == "c"


# --- a block that repeats a caption is the caption again ------------------------------------------------


def test_a_paragraph_repeating_a_caption_is_left_out():
    """A video's title printed over its player and again as its caption (abendblatt.de) is no paragraph."""
    title = "The bridge vote in pictures"
    html = page(
        f"<article><div class='text'><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p><p><em>{title}</em></p>"
        f"<figure><img src='v.jpg'><figcaption>{title}</figcaption></figure>"
        f"<p>{SENTENCES[2]}</p><p>{SENTENCES[3]}</p></div></article>"
    )
    doc = clean_html(html)
    assert all(sentence in doc.text for sentence in SENTENCES)
    assert title not in doc.text and title in doc.captions


def test_a_gallery_title_repeating_its_caption_on_a_dev_page_is_left_out():
    expected, doc = dev_page("aol_2016-12-01_teddy-bears-dads-uniform__pl")
    title = "Son of slain police officer given teddy bears made from dad's uniform"
    assert title not in expected["body"]
    assert title not in doc.text.split("\n")
