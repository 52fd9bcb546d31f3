"""The zero-width non-joiner and joiner are spelling and stay; only zero-width spaces, word joiners and BOMs go.

Persian writes "می‌آمد" with a non-joiner (U+200C) between its parts; run together without it, the words read
wrong and score as other words. The dev pages that showed it: Varzesh3, Aryanews, YJC (Persian); Jagran writes Hindi
conjuncts with the joiner (U+200D).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.dom import norm
from tests.clean_helpers import dev_page

ZWNJ, ZWJ = "\u200c", "\u200d"
PERSIAN = f"اشک{ZWNJ}های او بند نمی{ZWNJ}آمد و بازیکنان با چشمانی اشک{ZWNJ}بار زمین را ترک کردند"


@pytest.mark.parametrize("word", [f"نمی{ZWNJ}آمد", f"उपाध्{ZWJ}यक्ष", f"\U0001f469{ZWJ}\U0001f4bb"])
def test_norm_keeps_non_joiners_and_joiners_inside_words(word):
    assert norm(f" {word}  x ") == f"{word} x"


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff"])
def test_norm_drops_zero_width_spaces_word_joiners_and_boms(mark):
    assert norm(f"{mark}bridge{mark} vote") == "bridge vote"


def test_a_persian_page_keeps_its_non_joiners_in_body_and_title():
    story = "".join(f"<p>{PERSIAN} و این جمله شماره {i} است.</p>" for i in range(5))
    html = (f"<html lang='fa' dir='rtl'><head><title>خداحافظی اشک{ZWNJ}بار</title>"
            f"<meta property='og:title' content='خداحافظی اشک{ZWNJ}بار'></head>"
            f"<body><h1>خداحافظی اشک{ZWNJ}بار</h1><article>{story}</article></body></html>")
    doc = clean_html(html)
    assert f"نمی{ZWNJ}آمد" in doc.text
    assert doc.title == f"خداحافظی اشک{ZWNJ}بار"


def test_varzesh3_body_keeps_the_non_joiners_of_its_reference():
    expected, doc = dev_page("varzesh3-fa_2024-05-13_taremi-porto-farewell__mgh")
    words = {w for w in expected["body"].split() if ZWNJ in w}
    assert words
    assert words <= set(doc.text.split())
