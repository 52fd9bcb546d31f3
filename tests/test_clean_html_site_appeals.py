"""Issue 12: an HTML story's closing paragraphs that name the site itself are its appeals and house blurbs.

The text dumps' rule (``site_names``) carried to pages: the site's name is read off the copyright notice under the
story ("© 2022 BLISTER", "Terms of Use © 1995 - 2015 The Motley Fool. All rights reserved.", "© 2011 GigaOM"), in
the page's footer, which pruning would drop, so it is read before; the paragraphs closing the story that name it go,
in any language. A "©" above the story's last line is a photo's credit, and a story naming its own site in its
middle stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import clean_document
from extractors.clean.html import page_lines, parse_html, without_appeals
from extractors.records import RawDocument
from tests.clean_helpers import SENTENCES, dev_page

_TOLD = "The mayor told the Riverside Courier on Monday that the bridge would open in spring, as planned."
_PITCH = "The Riverside Courier has covered the city and its people since 1901, from its newsroom on Main Street."


def _text(paragraphs: list[str], footer: str, *, credit: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{credit}{body}</article>"
            f"<footer><p>{footer}</p></footer></body></html>")
    return clean_document(RawDocument(source="page.html", data=page.encode(), content_type="text/html")).text


@pytest.mark.parametrize(
    ("case_id", "appeal"),
    [
        ("blisterreview_2019-04-09_line-outline-ski-review__pl2", "Become a Blister Member or Deep Dive subscriber"),
        ("fool_2014-12-22_7-top-stocks-to__n3k", "1 great stock to buy for 2015 and beyond"),
    ],
)
def test_appeal_closing_an_html_story_that_names_the_site_of_its_copyright_notice_goes(case_id, appeal):
    """Blister's member pitch ("© 2022 BLISTER") and the Motley Fool's report pitch ("© 1995 - 2015 The Motley
    Fool") under their stories; neither reference keeps them."""
    expected, doc = dev_page(case_id)
    assert appeal not in expected["body"]
    assert appeal not in doc.text
    assert sum(paragraph in expected["body"] for paragraph in doc.text.split("\n\n")) >= 3


def test_closing_paragraph_naming_the_site_goes_and_the_story_naming_it_inside_stays():
    text = _text([SENTENCES[0], _TOLD, *SENTENCES[1:], _PITCH], "© 2024 Riverside Courier")
    assert _TOLD in text
    assert SENTENCES[-1] in text
    assert _PITCH not in text


def test_a_credit_above_the_story_names_no_site():
    credit = "<p>© 2024 Riverside Courier / Jane Smith</p>"
    text = _text([*SENTENCES, _PITCH], "© 2024 City Press", credit=credit)
    assert _PITCH in text


def test_page_lines_keep_the_footer_a_line_per_block():
    root = parse_html("<html><body><p>One <b>bold</b> line<br>Two</p><script>var a;</script>"
                      "<footer><div>© 2024 <a href='/'>Riverside Courier</a></div></footer></body></html>")
    assert page_lines(root) == ["One bold line", "Two", "© 2024 Riverside Courier"]


def test_page_lines_split_preformatted_text_at_its_line_breaks():
    """A listing's licence header ("# Copyright 2020 Example Corp") is a line of the story's listing, not a notice
    under the story (``tests/test_clean_notice_lines.py``)."""
    root = parse_html("<html><body><pre>print('x')\n# Copyright 2020 Example Corp\nprint('y')</pre></body></html>")
    assert page_lines(root) == ["print('x')", "# Copyright 2020 Example Corp", "print('y')"]


def test_page_lines_come_as_read_and_without_appeals_collapses_those_under_the_story():
    """Speed: only the lines under the story are ever compared, so ``page_lines`` leaves the whitespace of every line
    as read (a blank block a line of spaces) and ``without_appeals`` collapses the ones it reads, from the page's end."""
    root = parse_html("<html><body><p> Two\n  words </p><div> </div></body></html>")
    assert page_lines(root) == [" Two\n  words ", " "]
    paragraphs = (*SENTENCES[:4], _PITCH)
    lines = [" ", *(f"  {para}\n" for para in paragraphs), "\n", "\u00a9 2024\n   Riverside  Courier "]
    assert without_appeals(paragraphs, lines) == paragraphs[:-1]
