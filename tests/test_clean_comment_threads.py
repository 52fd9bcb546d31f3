"""Reader comment threads known by their items' links to themselves, whatever their class words (issue 12,
scramble201: Second Avenue Sagas, The Verge, Pew Research, Boing Boing with their class words scrambled)."""
from __future__ import annotations

import gzip

import lxml.html
import pytest

from benchmarks.class_words import VARIANTS, scramble
from benchmarks.splits import load_split
from extractors.clean import clean_document
from extractors.clean.comment_threads import comment_threads
from extractors.records import RawDocument
from tests.clean_helpers import CORPUS, SENTENCES

COMMENT = ("I have ridden that line every weekend for ten years and the service has only become worse since the "
           "changes began, whatever the agency says about it.")


@pytest.mark.parametrize(("case_id", "comment"), [
    ("secondavenuesagas_2017-03-05_uber-weekend-ridership__mpf", "100 percent correct, Ben!"),
    ("theverge_2016-10-19_zuckerberg-thiel-trump-memo__epb", "Very diplomatic."),
    ("pewresearch_2014-11-20_those-from-mexico-will__n3k", "hopefully not!!"),
])
def test_items_linking_to_their_own_anchors_under_a_story_are_a_thread_whatever_their_class(case_id, comment):
    assert load_split()[case_id]["split"] == "dev"
    data = scramble(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()), VARIANTS["class"])
    text = clean_document(RawDocument(case_id, data, content_type="text/html")).text
    assert comment not in text and len(text) > 1000


def test_footnotes_linking_back_into_the_story_are_no_thread():
    notes = "".join(f'<li id="fn{i}"><p>{COMMENT} Note {i}. <a href="#ref{i}">back</a></p></li>' for i in range(5))
    refs = "".join(f'<p>{sentence} <a id="ref{i}" href="#fn{i}">{i}</a></p>' for i, sentence in enumerate(SENTENCES))
    body = lxml.html.document_fromstring(f"<html><body><div>{refs}</div><ol>{notes}</ol></body></html>").find("body")
    assert comment_threads(body) == []


def test_posts_linking_to_themselves_with_no_story_above_them_are_no_thread():
    posts = "".join(f'<article id="p{i}"><a href="#p{i}">10:3{i}</a><p>{SENTENCES[i % 4]} Update {i}.</p></article>'
                    for i in range(5))
    body = lxml.html.document_fromstring(f"<html><body><div>{posts}</div></body></html>").find("body")
    assert comment_threads(body) == []
    story = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES) * 2
    body = lxml.html.document_fromstring(f"<html><body><div>{story}</div><div>{posts}</div></body></html>").find("body")
    assert len(comment_threads(body)) == 1  # the same posts under a story are a thread
