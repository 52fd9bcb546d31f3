"""A description list's terms over values that are only links or buttons go (``extractors.clean.link_records``, issue
12, round html142).

IIJ closes its Security Diary posts on "カテゴリー :", "タグ :" and "この記事のURL :" over links, BE-PAL heads its
interviews with "Text" and "Source" over buttons; no dev reference keeps such a term. Real pages are dev pages of
``benchmarks/corpus``; the synthetic pages pin the rule's bounds.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


def page(record: str) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
    return (f"<html lang='en'><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>{story}"
            f"{record}</article></body></html>")


@pytest.mark.parametrize(
    "record",
    [
        # the post's facts over links: its category, its tag, its own address
        ("<dl class='entryfoot'><dt>Category :</dt><dd><a href='/cat/city'>City hall</a></dd>"
         "<dt>Tags :</dt><dd><a href='/tag/bridge'>bridge</a> <a href='/tag/ferry'>ferry</a></dd>"
         "<dt>This post's URL :</dt><dd><a href='/2024/bridge'>https://example.org/2024/bridge</a></dd></dl>"),
        # credits over buttons that open a profile
        "<dl class='credit-list'><div><dt>Text</dt><dd><button type='button'>Newsroom</button></dd></div></dl>",
    ],
)
def test_a_term_whose_values_are_only_links_or_buttons_goes(record):
    text = clean_html(page(record)).text
    for term in ("Category", "Tags", "URL", "Text"):
        assert term not in text
    assert SENTENCES[3] in text


@pytest.mark.parametrize(
    ("record", "kept"),
    [
        # a record of facts in words of its own
        ("<dl><dt>Founded</dt><dd>1871, as a ferry company</dd><dt>Staff</dt><dd>about 40</dd></dl>", "Founded"),
        # a value with a link inside a sentence of its own words
        ("<dl><dt>Source</dt><dd>The council's <a href='/minutes'>minutes</a> of 12 March</dd></dl>", "Source"),
    ],
)
def test_a_term_over_words_of_its_own_stays(record, kept):
    assert kept in clean_html(page(record)).text


@pytest.mark.parametrize(
    ("case_id", "terms"),
    [
        ("iij-sect_2019-02-13_masscan-zmap-scan-chigai__pl3b", ("タグ :", "この記事のURL :")),
        ("bepal_2026-06-13_kobayashi-genki-interview-shinyu__swr", ("Text", "Source")),
    ],
)
def test_link_record_terms_go_on_real_pages(case_id, terms):
    expected, doc = dev_page(case_id)
    lines = doc.text.split("\n")
    for term in terms:
        assert term not in expected["body"].split("\n")
        assert term not in lines
