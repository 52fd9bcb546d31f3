"""A notice set on its own ``<br>``-broken line under the story's last words is furniture, not story.

The block rules judge a block whole, so a copyright notice that a ``<br>`` hangs under the story's closing lines
stayed with them: "Copyright: Project Syndicate, 2025" under "Aus dem Englischen von Jan Doolan" (Die Presse), and
"© Quanta Magazine" above Spektrum's translation note. Their dev references leave the notice out.
``html._without_notice_lines`` drops such lines (``is_widget_line`` with no short-label allowance); a photo credit
under its caption stays (Space.com's reference keeps "Credit: NASA").

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "notice", "kept"), [
    ("diepresse_2025-06-05_nennen-wir-ihn-doch__fundus", "Copyright: Project Syndicate", "Realität"),
    ("spektrum_2022-07-19_geheimnis-parasitischen-rafflesien__pl", "© Quanta Magazine", "Rafflesia"),
])
def test_a_dev_story_drops_a_copyright_line_broken_under_its_last_lines(case_id, notice, kept):
    expected, doc = dev_page(case_id)
    assert notice not in expected["body"]
    assert kept in doc.text
    assert notice not in doc.text


def test_a_credit_line_under_its_caption_stays_with_it():
    page = ("<html><body><article>" + "<p>The agency asked for more money this year, its chief said on Monday.</p>" * 4
            + "<p>The logo of NASA, the space agency.<br>Credit: NASA</p></article></body></html>")
    assert "Credit: NASA" in clean_html(page).text


def test_preformatted_lines_keep_their_notices():
    page = ("<html><body><article>" + "<p>The agency asked for more money this year, its chief said on Monday.</p>" * 4
            + "<pre>print('x')\n# Copyright 2020 Example Corp\nprint('y')</pre></article></body></html>")
    assert "# Copyright 2020 Example Corp" in clean_html(page).text
