"""A quotation set in a <blockquote> among the story's paragraphs is the story's, whatever its class says (issue 12,
htmlR310): NPR marks the passages it quotes from a source with ``<blockquote class="edTag">``, and "tag" read as a
widget word took them in ``prune`` (both dev pages' references keep them). A blockquote named a pull quote, or one
with links (an embed), is still judged by its class."""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES

QUOTE = ('<blockquote class="edTag"><p>"One day the student came back and said one of these grains is something '
         'completely different, so he showed me the grains and we were completely puzzled by them."</p></blockquote>')


def page(block: str) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES[:2]) + block + "".join(
        f"<p>{sentence}</p>" for sentence in SENTENCES[2:])
    return f"<html><head><title>Bridge vote</title></head><body><article>{story}</article></body></html>"


def test_a_quoted_passage_with_a_widget_word_in_its_class_stays():
    doc = clean_html(page(QUOTE))
    assert "completely puzzled by them" in doc.text

