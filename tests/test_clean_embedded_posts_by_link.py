"""A post embedded from X/Twitter is known by its closing permalink, not only by its "twitter-tweet" class (issue 12,
scramble201): with their class words scrambled, The Week's, Deadline's and Gateway Pundit's embedded posts stayed."""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES

POST = ('<blockquote class="{cls}"><p lang="en" dir="ltr">The Fake News said I played golf today, and I did NOT! '
        '<a href="https://t.co/abc123">pic.twitter.com/abc123</a></p>&mdash; Donald J. Trump (@realDonaldTrump) '
        '<a href="{href}">January 2, 2020</a></blockquote>')


def page(block: str) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES[:2]) + block + "".join(
        f"<p>{sentence}</p>" for sentence in SENTENCES[2:])
    return f"<html><head><title>Bridge vote</title></head><body><article>{story}</article></body></html>"


@pytest.mark.parametrize("href", ["https://twitter.com/realDonaldTrump/status/1212817543406755841?ref_src=twsrc%5Etfw",
                                  "https://x.com/realDonaldTrump/status/1212817543406755841"])
def test_a_blockquote_closing_with_a_post_permalink_goes_whatever_its_class(href):
    doc = clean_html(page(POST.format(cls="z123456789", href=href)))
    assert doc.text.split("\n\n") == list(SENTENCES)


def test_a_quote_closing_with_another_link_stays():
    quote = ('<blockquote><p>The bridge will carry four lanes and a cycle path, the engineers wrote in their report to the '
             'council.</p><a href="https://example.org/report.pdf">The report</a></blockquote>')
    doc = clean_html(page(quote))
    assert "four lanes and a cycle path" in doc.text


def test_a_quote_holding_an_embedded_post_keeps_its_own_paragraph():
    """David Wolfe's shape: a reported passage quoted in a <blockquote> whose last child is an X post; the passage is
    the story's, the post inside it goes alone."""
    quote = ('<blockquote><p>His mother told investigators that her son had been treated for depression and had been '
             'taking medication, the report said.</p>'
             + POST.format(cls="twitter-tweet", href="https://twitter.com/realDonaldTrump/status/1212817543406755841")
             + '</blockquote>')
    doc = clean_html(page(quote))
    assert "had been treated for depression" in doc.text
    assert "played golf" not in doc.text
