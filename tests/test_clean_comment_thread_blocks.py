"""A block whose class name joins "article" to "comments" holds reader comments, however long the thread.

A story word counts for the story wrapper only in a name of its own: "article_footer_comments" (Slate.fr),
"articleCommentsAjaxContainer" (the Motley Fool), "article-single__comments" (The Local) and
"post-page-root-comment-list" (Substack) name the article's comments. Slate.fr's ten comments (25 paragraphs) had
outweighed its short story and stayed whole. "comments-enabled article" (TimesLIVE) still names a story wrapper.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import clean_document
from extractors.clean.widgets import comment_story_words
from extractors.records import RawDocument
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("attrs", "words"), [
    ("article_footer_comments ", {"article"}),
    ("component articleCommentsAjaxContainer", {"article"}),
    ("article-single__comments article-comments", {"article"}),
    ("comment-list post-page-root-comment-list ", {"post"}),
    ("None comments-enabled article", set()),
    ("article-reader-comments article-id-8297417 reader-comments", set()),
    ("entry-content", set()),
])
def test_story_words_joined_to_a_comment_word_name_only_comments(attrs, words):
    assert comment_story_words(attrs) == words


def _page(comments_class: str) -> bytes:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES[:2])
    comment = ("I have lived by this river for forty years and I still do not believe that the bridge will be built on "
               "time, whatever the council promises this week.")
    thread = "".join(f'<div class="item"><p>{comment} ({n})</p></div>' for n in range(12))
    return (f'<html><body><div class="story">{story}</div><div class="{comments_class}">{thread}</div>'
            "</body></html>").encode()


def test_a_thread_named_after_the_articles_comments_goes_though_it_outweighs_the_story():
    doc = clean_document(RawDocument("t", _page("article_footer_comments"), content_type="text/html"))
    assert SENTENCES[0] in doc.text
    assert "forty years" not in doc.text


def test_a_story_word_in_a_name_of_its_own_keeps_the_block():
    doc = clean_document(RawDocument("t", _page("comments-enabled article"), content_type="text/html"))
    assert "forty years" in doc.text


def test_slate_fr_drops_its_reader_comments_and_keeps_its_story():
    expected, doc = dev_page("slate-fr_2012_tapie-mougeotte-la-provence__unf")
    assert "Nissarte" not in expected["body"]
    assert "Nissarte" not in doc.text
    assert "rachat de la presse régionale" in doc.text
