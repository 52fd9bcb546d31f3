"""A block whose class or id says "affiliate" is a shop's price box or an affiliate notice
(``widgets.BOILERPLATE_TOKENS``).

The Telegraph's product cards set each pick's price and shop ("£205 Buy now Price at Lakeland") in
``<div class="product-card__affiliate">``; VGC's "affiliate-notice", 9to5Google's "disclaimer-affiliate", Bukvy's
"Partnered Material" labels and the Daily Star's "article-information affiliate" byline row are so named too. No dev
reference keeps text under such a block.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from extractors.clean.widgets import is_boilerplate_attr
from tests.clean_helpers import SENTENCES

BOX = "Price at Lakeland. Buy now while the heated airer is on offer, with free delivery on every order over fifty pounds."


def _page(attrs: str) -> str:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return f"<html><body><article>{story}<div {attrs}><p>{BOX}</p></div>{story}</article></body></html>"


def test_an_affiliate_price_box_goes():
    text = clean_html(_page("class='product-card__affiliate grid'")).text
    assert BOX not in text
    assert SENTENCES[-1] in text


def test_a_box_named_otherwise_stays():
    assert BOX in clean_html(_page("class='product-card__summary grid'")).text


def test_affiliate_is_a_widget_word():
    assert is_boilerplate_attr("affiliate-notice")
    assert not is_boilerplate_attr("article-body affiliate")
