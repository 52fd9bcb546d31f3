"""A story whose only copy is a page's ``<noscript>`` fallback is read from there (issue 12, pages left empty).

A page built by script may hold the article only in its no-script fallback, which a browser without scripts
shows: fortune.com's 2015 pages keep the whole article under its ``<h1>`` in a ``<noscript>`` and leave the shown
``content-well`` empty, so the cleaner took the licensing notes of a reprint box; qualcomm.com's press releases keep
the release and its title there and came out empty. A ``<noscript>`` is unwrapped only when it holds the page's
headline and half its prose or more: the pixels, "JavaScript is disabled" notices and widget forms every other
``<noscript>`` holds stay unshown. Synthetic pages built on those shapes.
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES

TITLE = "Council funds the bridge"
STORY = "".join(f"<p>{s} {s}</p>" for s in SENTENCES)
#: The shown part of the page: a reprint box's numbered notes, the only paragraphs outside the ``<noscript>``.
REPRINTS = (
    "<div class='reprint-modal'><ul>"
    "<li>1. To license our articles for republication in books, newsletters and magazines, please email us.</li>"
    "<li>2. To order reprints of an article or a cover, please contact our reprints partner by phone.</li>"
    "</ul></div>"
)


def page(body: str) -> str:
    return (f"<html lang='en'><head><title>{TITLE} - Daily</title><meta property='og:title' content='{TITLE}'>"
            f"</head><body>{body}</body></html>")


def test_a_story_kept_only_in_a_noscript_fallback_under_its_headline_is_read():
    doc = clean_html(page(f"<noscript><div class='content-well'><h1>{TITLE}</h1>{STORY}</div></noscript>"
                          f"<div class='content-well'></div>{REPRINTS}"))
    assert SENTENCES[0] in doc.text
    assert SENTENCES[3] in doc.text
    assert "To license" not in doc.text


def test_a_noscript_notice_without_the_headline_stays_unshown():
    """bsky.app's shape: the notice holds all the page's prose (a script builds the post), but not its headline."""
    notice = ("<noscript><h1>JavaScript Required</h1><p>This is a heavily interactive web application, and "
              "JavaScript is required to read it. Simple HTML interfaces are possible, but that is not what this "
              "is.</p><p>Learn more about the network and its open protocol at its two home pages.</p></noscript>")
    doc = clean_html(page(f"{notice}<div id='root'></div>"))
    assert "JavaScript" not in doc.text


def test_a_noscript_in_the_story_with_a_small_share_of_its_prose_stays_unshown():
    """A ``<noscript>`` naming the headline beside a longer shown story is a fallback notice, not the story."""
    notice = (f"<noscript><p>Enable scripts to see the photos of {TITLE} and the map of the new crossing."
              "</p></noscript>")
    doc = clean_html(page(f"<article><h1>{TITLE}</h1>{STORY}{notice}</article>"))
    assert SENTENCES[0] in doc.text
    assert "Enable scripts" not in doc.text
