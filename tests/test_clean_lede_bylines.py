"""A header box named like a lede that holds the byline is no standfirst (issue 12, html18: dev recall).

``pick_standfirst`` takes the last block under the headline whose class names a summary ("lede", "dek", ...). A
header's boxes are named so too and hold the date, the headline again and the author: vulture.com's
"lede-wrapper" ("Sept. 7, 2016 The Secret to Superhero TV By Abraham Riesman") below its "lede-feature-teaser",
theverge.com's "standard-lede-bottom" (the author's follow box) above its unmarked summary line. A block holding
a byline element (a class naming the byline or author, or a ``rel=author`` link) is passed over.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES

SUMMARY = "The city will fund a bridge over the river, ending a decade of petitions from both banks."


def _page(header: str) -> str:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return (f"<html lang='en'><head><title>Bridge vote</title></head><body><header><h1>Bridge vote</h1>{header}"
            f"</header><article><div class='story'>{story}</div></article></body></html>")


def test_the_summary_is_kept_over_a_lede_box_holding_the_byline():
    html = _page(f"<p class='lede-teaser'>{SUMMARY}</p>"
                 "<div class='lede-wrapper'>Sept. 7, 2016 Bridge vote <span class='byline'>By "
                 "<a href='/jane' rel='author'>Jane Roe</a></span></div>")
    paragraphs = clean_html(html).text.split("\n\n")
    assert paragraphs[0] == SUMMARY
    assert not any("Sept. 7" in p for p in paragraphs)


def test_a_lede_box_without_a_byline_is_still_the_standfirst():
    html = _page(f"<div class='lede-wrapper'>{SUMMARY}</div>")
    assert clean_html(html).text.split("\n\n")[0] == SUMMARY
