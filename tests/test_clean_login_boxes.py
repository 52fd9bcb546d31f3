"""A block whose class or id says "login" is a sign-in box (``widgets.BOILERPLATE_TOKENS``).

channelpartner.de's tab "Kein Log-In? Dann jetzt kostenlos registrieren." (``<div class="tab-pane" id="tabLogin">``)
and USA TODAY's reader-upload flyout ("ugc-upload-form-view-login-required") sit beside or inside the story's box; no
dev reference holds text under a block so named.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from extractors.clean.widgets import is_boilerplate_attr
from tests.clean_helpers import SENTENCES, dev_page

PROMPT = "Sign in here to comment on the council's bridge decision and to read the city's documents on the river."


def _page(box_class: str) -> str:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return (f"<html><body><article>{story}<div class='{box_class}'><p>{PROMPT}</p></div>{story}</article>"
            "</body></html>")


def test_a_box_named_login_goes():
    text = clean_html(_page("tab-pane' id='tabLogin")).text
    assert PROMPT not in text
    assert SENTENCES[-1] in text


def test_the_same_box_named_otherwise_stays():
    assert PROMPT in clean_html(_page("tab-pane' id='tabPassword")).text


def test_login_is_a_widget_word_but_not_in_a_story_body():
    assert is_boilerplate_attr("tab-pane tabLogin")
    assert not is_boilerplate_attr("article-body login")


def test_a_dev_story_drops_its_sign_in_flyout():
    expected, doc = dev_page("usatoday_2014-01-25_namm-ik-multimedia-irings__unf")
    assert "Add Videos or Photos" not in expected["body"]
    assert "Add Videos or Photos" not in doc.text
    assert "iRing" in doc.text
