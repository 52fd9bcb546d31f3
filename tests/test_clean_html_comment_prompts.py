"""A prompt to comment, or a comment section's house rules, in an HTML story's box ends the story there.

The text dumps' story ends above such a prompt (``data/<language>/comment_prompts.txt``, each wording seen on two
publishers or more); the HTML cleaner's ``before_end`` cuts at the same prompts. Nature's 2011 page leaves its comment
rules ("This is a public forum. Please keep to our Community Guidelines. ...") under its last paragraph, in the story's
box; its reference ends with that paragraph. As in a dump, a prompt with less than a quarter of the story above it
opens a box set inside the story, which goes on.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean import clean_document
from extractors.records import RawDocument
from tests.clean_helpers import SENTENCES, dev_page

_RULES = ("This is a public forum. Please keep to our Community Guidelines. You can be controversial, but please "
          "don't get personal or offensive and do keep it brief.")


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{body}</article></body></html>"


def _text(paragraphs: list[str]) -> str:
    raw = RawDocument(source="page.html", data=_page(paragraphs).encode(), content_type="text/html")
    return clean_document(raw).text


def test_comment_house_rules_under_an_html_story_end_it():
    text = _text([*SENTENCES, _RULES, "Posted by a reader: the ferry was fine."])
    assert SENTENCES[-1] in text
    assert "public forum" not in text
    assert "Posted by a reader" not in text


def test_a_prompt_near_the_top_of_an_html_story_does_not_end_it():
    prompt = "Join the conversation in our comments section below."
    text = _text([SENTENCES[0], prompt, *SENTENCES[1:], *SENTENCES])
    assert SENTENCES[-1] in text


def test_a_story_sentence_about_comments_is_no_prompt():
    line = "The mayor would not comment on this story's figures, which the region disputes."
    text = _text([*SENTENCES[:2], line, *SENTENCES[2:]])
    assert line in text
    assert SENTENCES[-1] in text


def test_nature_2011_story_ends_above_its_comment_rules():
    expected, doc = dev_page("nature_2011-04-11_fukushima-epic-clean-up__snk")
    assert "public forum" not in expected["body"]
    assert "Bottling it up and leaving it" in doc.text
    assert "This is a public forum" not in doc.text
