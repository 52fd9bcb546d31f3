"""A block whose class or id says "disclaimer" is furniture (``widgets.BOILERPLATE_TOKENS``).

An affiliate note inside the story ("PostDisclaimer" on LittleThings), comment rules ("disclaimer" on Nature), sign-up
consent, terms of use: the blocks so named on 32 dev publishers hold no reference text.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from extractors.clean.widgets import is_boilerplate_attr
from tests.clean_helpers import SENTENCES, dev_page

AFFILIATE = ("*Psst: if you choose to purchase an item from this post, the site may receive a small cut. Each item and "
             "price is up to date at the time of publication, and every product was picked by our editors.")


def _page(box_class: str) -> str:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return (f"<html><body><article>{story}<div class='{box_class}'><p>{AFFILIATE}</p></div>{story}</article>"
            "</body></html>")


def test_a_box_named_disclaimer_goes():
    text = clean_html(_page("PostDisclaimer__ScWrapper-jh2k1i-4")).text
    assert "Psst" not in text
    assert SENTENCES[-1] in text


def test_the_same_box_named_otherwise_stays():
    assert "Psst" in clean_html(_page("PostAside__ScWrapper-jh2k1i-4")).text


def test_disclaimer_is_a_widget_word_but_a_disclaimer_in_the_story_body_is_not():
    assert is_boilerplate_attr("footer__disclaimer")
    assert not is_boilerplate_attr("article-body disclaimer")


def test_a_dev_story_drops_its_affiliate_disclaimer():
    expected, doc = dev_page("littlethings_2022-10-19_amazon-aplenty-fall-products__pl2")
    assert "Psst" not in expected["body"]
    assert "Psst" not in doc.text
    assert "Aplenty" in doc.text
