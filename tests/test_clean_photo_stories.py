"""A story told in the captions under its photos keeps them as its text (issue 12, dev recall).

A photo story has no text but its lede and its captions: vnexpress.net's 2014 photo stories set every paragraph
after the lede in the caption cell under a photo, popsugar.com's slideshows each slide's text in its
``<figcaption>``. Captions beside a story's text stay captions; a page whose paragraph-long captions hold far more
prose than the text found (1.5 times, three captions or more) tells its story in them.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>{body}</body></html>"


def figure(text: str) -> str:
    return f"<figure><img src='a.jpg'><figcaption>{text}</figcaption></figure>"


def test_the_captions_of_a_dev_photo_story_are_its_text():
    expected, doc = dev_page("vnexpress-vi_2014-05-02_khanh-ly-vieng-mo-trinh-cong-son__goo")
    caption = "Cô cũng chọn một chiếc áo dài màu tím nền nã để đến viếng thăm người bạn tri kỷ của mình."
    assert caption in expected["body"].split("\n\n")
    assert caption in doc.text.split("\n\n")
    assert "13/10/1988" not in doc.text  # the sidebar's birthday list the page fell back to without them


def test_the_slide_captions_of_a_dev_slideshow_are_its_text():
    expected, doc = dev_page("popsugar_2016-12-19_millennial-decorating-mistakes__pl")
    opening = "Sasha recommends you go big or go home when it comes to your interior design."
    assert opening in expected["body"]
    assert opening in doc.text
    assert opening not in " ".join(doc.captions)


def test_a_slideshow_told_in_its_captions_keeps_them_in_page_order():
    html = page("<p class='lede'>Three views of the river crossing the council voted to fund.</p>"
                + "".join(figure(s) for s in SENTENCES[1:]))
    paragraphs = clean_html(html).text.split("\n\n")
    assert paragraphs[-3:] == list(SENTENCES[1:])


def test_long_captions_beside_a_story_of_their_length_stay_captions():
    """The other side: a story with as much text as its captions is told in its paragraphs."""
    html = page("".join(f"<p>{s}</p>" for s in SENTENCES) + "".join(figure(s[::-1]) for s in SENTENCES[:3]))
    doc = clean_html(html)
    assert SENTENCES[0][::-1] not in doc.text
    assert SENTENCES[0][::-1] in doc.captions


def test_the_dated_cards_of_a_dev_stream_below_the_story_stay_captions():
    # UOL's "Futebol" stream sets each card in caption markup, each with its date ("... 21/05/2020 19h03"), as the
    # shared corpus's Independent page sets its "UK news in pictures" gallery, each slide with its day
    expected, doc = dev_page("uol_2020-05-21_witzel-treinos-responsabilidade-clubes__hd7")
    card = "Menos 12 pontos: 12 campeões não subiriam"
    assert card not in expected["body"]
    assert card not in doc.text
    assert expected["body"].split("\n\n")[-1] in doc.text


def test_captions_that_share_one_date_are_a_feed_not_a_photo_story():
    cards = "".join(figure(f"{SENTENCES[i % 4]} Story number {i} of the city desk. 21/05/2020 19h03") for i in range(4))
    doc = clean_html(page(f"<article><p>{SENTENCES[0][:60]}</p></article>{cards}"))
    assert "Story number 2" not in doc.text
