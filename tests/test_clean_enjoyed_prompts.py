"""A closing "Enjoyed this article?" prompt under a story is furniture, alone or over a call to follow the site.

Huck closes its features with "Enjoyed this article? Like Huck on Facebook or follow us on Twitter.", 9to5Linux its
posts with "Enjoyed the article?" above its share row; both were kept as the story's last line. ``PROMO_LINE``
(``data/en/promo_lines.txt``) drops them. A story's question about enjoying something goes on.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize("line", [
    "Enjoyed this article? Like Huck on Facebook or follow us on Twitter.",
    "Enjoyed the article?",
    "Enjoyed this story? Subscribe to our newsletter.",
])
def test_an_enjoyed_the_article_prompt_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "Who enjoyed the article? Mostly readers over 60, the survey found.",
    "Enjoyed the article? He asked, and nobody answered.",
    "Readers enjoyed the article, the editor said.",
])
def test_a_story_sentence_about_enjoying_an_article_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(("case_id", "prompt", "story"), [
    ("huckmag_2019-05-17_gavin-watson-skinheads-photos__sfm", "Enjoyed this article?", "Woolworths"),
    ("9to5linux_2026-02-11_openvpn-2-7-released-dco__jmp2", "Enjoyed the article?", "OpenVPN"),
])
def test_a_dev_story_drops_its_enjoyed_the_article_prompt(case_id, prompt, story):
    expected, doc = dev_page(case_id)
    assert prompt not in expected["body"]
    assert story in doc.text
    assert prompt not in doc.text
