"""A block whose class or id says "tabs" is a box of tabbed panes (``widgets.BOILERPLATE_TOKENS``).

channelpartner.de's login, password and reseller panes (``<div class="tabbable tabs-below">``) and TechCrunch's
CrunchBase company card (``<div class="container" id="tabs-crunchbase">``) sit in or beside the story; no dev
reference keeps their text. A bare "tab" stays story text: Daily Maverick sets its story in ``<div class="tab-content">``.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from extractors.clean.widgets import is_boilerplate_attr
from tests.clean_helpers import SENTENCES, dev_page

CARD = "Company: the bridge builder. Founded in 1976, the company built the river's first crossing and many more."


def _page(attrs: str) -> str:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return f"<html><body><article>{story}<div {attrs}><p>{CARD}</p></div>{story}</article></body></html>"


def test_a_box_of_tabs_goes():
    text = clean_html(_page("class='container' id='tabs-crunchbase'")).text
    assert CARD not in text
    assert SENTENCES[-1] in text


def test_a_single_tab_pane_stays():
    assert CARD in clean_html(_page("class='container' id='tab-crunchbase'")).text


def test_tabs_is_a_widget_word_but_tab_is_not():
    assert is_boilerplate_attr("tabbable tabs-below")
    assert not is_boilerplate_attr("tab-content")


def test_a_dev_story_drops_its_crunchbase_tabs():
    expected, doc = dev_page("techcrunch_2012-10-23_apple-fourth-generation-ipad__pmo")
    assert "apple.com" not in expected["body"]
    assert "Website: apple.com" not in doc.text
    assert "Lightning port" in doc.text
