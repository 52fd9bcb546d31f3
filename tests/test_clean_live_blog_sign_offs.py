"""A live blog whose entries close with their reporters' sign-offs ("– David Jackson", "–Chelsea Curtis, The Arizona
Republic") loses those lines, on a page and in a copied page: USA TODAY's Phoenix rally coverage and the Las Vegas
Sun's Yucca Mountain blog. Lines that all name one person stay: a post's closing signature, or the attribution under
the quotes of one speaker.

The real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html, clean_text
from extractors.clean.text import _is_sign_off
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize("line", [
    "– David Jackson",
    "--Michael Collins",
    "–Chelsea Curtis, The Arizona Republic",
    "–Michael Collins of USA Today and Bree Burkitt of The Arizona Republic",
    "-- James R. Healey/Drive On",
])
def test_a_dash_before_names_is_a_sign_off(line):
    assert _is_sign_off(line)


@pytest.mark.parametrize("line", [
    "- Jane Roe",  # a lone hyphen is a list's bullet
    "– Ta tillbaka honom! skanderade de.",
    "— 7 (@McgeeSeven) February 16, 2020",
    "– The vote is on Tuesday.",
])
def test_a_dialogue_line_a_bullet_or_a_tweet_credit_is_no_sign_off(line):
    assert not _is_sign_off(line)


def _live_blog(signers: list[str]) -> str:
    entries = "".join(f"<h2>Update {i}</h2><p>{SENTENCES[i % 4]}</p><p>{signer}</p>" for i, signer in enumerate(signers))
    return (f"<html lang='en'><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>"
            f"{entries}</article></body></html>")


def test_sign_offs_of_different_reporters_leave_a_page():
    text = clean_html(_live_blog(["– Jane Roe", "–John Doe", "– Jane Roe", "–Mary Major, The Daily Bugle"])).text
    assert SENTENCES[0] in text
    assert "Jane Roe" not in text and "John Doe" not in text and "Mary Major" not in text


def test_sign_offs_of_different_reporters_leave_a_copied_page():
    signers = ["– Jane Roe", "–John Doe", "– Mary Major"]
    entries = "\n\n".join(f"{SENTENCES[i]}\n\n{signer}" for i, signer in enumerate(signers))
    text = clean_text(f"Bridge vote\n\n{entries}\n\n{SENTENCES[3]}\n").text
    assert SENTENCES[1] in text and SENTENCES[3] in text
    assert "Jane Roe" not in text and "John Doe" not in text


def test_lines_naming_one_person_stay():
    text = clean_html(_live_blog(["– Jane Roe", "– Jane Roe"])).text
    assert text.count("– Jane Roe") == 2


def test_the_usatoday_live_blog_drops_its_entry_sign_offs():
    expected, doc = dev_page("usatoday_2020-02-19_trump-phoenix-rally-live__brv")
    assert "– David Jackson" not in expected["body"]
    assert "Trump finished his Phoenix speech" in doc.text
    assert "– David Jackson" not in doc.text
    assert "–Chelsea Curtis, The Arizona Republic" not in doc.text
