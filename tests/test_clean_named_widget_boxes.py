"""A block whose class or id holds one of the widget words "login", "tabs" or "affiliate" is page furniture
(``widgets.BOILERPLATE_TOKENS``); no dev reference holds text under a block so named.

- "login": channelpartner.de's tab "Kein Log-In? Dann jetzt kostenlos registrieren." (``<div class="tab-pane"
  id="tabLogin">``) and USA TODAY's reader-upload flyout ("ugc-upload-form-view-login-required").
- "tabs": channelpartner.de's login, password and reseller panes (``<div class="tabbable tabs-below">``) and
  TechCrunch's CrunchBase company card (``id="tabs-crunchbase"``). A bare "tab" stays story text: Daily Maverick sets
  its story in ``<div class="tab-content">``.
- "affiliate": the Telegraph's product cards ("£205 Buy now Price at Lakeland" in ``product-card__affiliate``), VGC's
  "affiliate-notice", 9to5Google's "disclaimer-affiliate", Bukvy's "Partnered Material" labels and the Daily Star's
  "article-information affiliate" byline row.

A story body's own class keeps it whatever else the class says ("article-body login").
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.widgets import is_boilerplate_attr
from tests.clean_helpers import SENTENCES, dev_page

BOX = "Sign in here to comment on the council's bridge decision and to read the city's documents on the river."

#: (the box's attributes, the same box named otherwise)
NAMED = [
    ("class='tab-pane' id='tabLogin'", "class='tab-pane' id='tabPassword'"),
    ("class='container' id='tabs-crunchbase'", "class='container' id='tab-crunchbase'"),
    ("class='product-card__affiliate grid'", "class='product-card__summary grid'"),
]


def _page(attrs: str) -> str:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return f"<html><body><article>{story}<div {attrs}><p>{BOX}</p></div>{story}</article></body></html>"


@pytest.mark.parametrize(("named", "otherwise"), NAMED)
def test_a_box_named_with_a_widget_word_goes_and_the_same_box_named_otherwise_stays(named, otherwise):
    text = clean_html(_page(named)).text
    assert BOX not in text
    assert SENTENCES[-1] in text
    assert BOX in clean_html(_page(otherwise)).text


@pytest.mark.parametrize("attr", ["tab-pane tabLogin", "tabbable tabs-below", "affiliate-notice"])
def test_the_widget_words_mark_a_block(attr):
    assert is_boilerplate_attr(attr)


@pytest.mark.parametrize("attr", ["article-body login", "tab-content", "article-body affiliate"])
def test_a_story_body_or_a_single_tab_is_no_widget(attr):
    assert not is_boilerplate_attr(attr)


@pytest.mark.parametrize(("case_id", "furniture", "story"), [
    ("usatoday_2014-01-25_namm-ik-multimedia-irings__unf", "Add Videos or Photos", "iRing"),
    ("techcrunch_2012-10-23_apple-fourth-generation-ipad__pmo", "Website: apple.com", "Lightning port"),
])
def test_a_dev_story_drops_its_named_box(case_id, furniture, story):
    expected, doc = dev_page(case_id)
    assert furniture not in expected["body"]
    assert furniture not in doc.text
    assert story in doc.text
