"""A heading a standfirst class names is the dek even when its header box was pruned (issue 12, HTML recall).

Marked standfirst candidates were judged on what survived pruning, since a ``<div>`` named "lead" is often the lead
picture's box. A heading (``<h2>`` to ``<h6>``) so named is a line, never a picture's wrapper: autoindustriya's ``<h2
class="subtitle">`` and The Washington Post's 2020 ``<h2 class="font--subhead">`` sit in header boxes the pruning
drops, and both references keep them. A marked line that is a printed date and nothing else (the Post's ``<div
class="font--subhead">February 19, 2020 at 7:00 AM EST</div>`` under its dek) is no standfirst: taken as the last
marked line, it stood in for the dek and then went as a date line.
Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page, headed_story_page

#: A dek in the story's words, with no full stop (``unmarked_lead`` would not take it unmarked).
DEK = "The council twice refused to pay for the bridge that residents had waited ten years for"


@pytest.mark.parametrize(
    ("case_id", "dek"),
    [
        ("autoindustriya_2019-11-20_all-new-2020-nissan-sentra__n4k2",
         "Next-generation Nissan Sentra makes global debut in Los Angeles"),
        ("washingtonpost_2020-02-19_how-coronavirus-kills__brv",
         "Most cases are mild, but the new virus is also proving lethal in some"),
    ],
)
def test_a_marked_dek_heading_in_a_pruned_header_is_kept_on_real_pages(case_id, dek):
    expected, doc = dev_page(case_id)
    assert dek in expected["body"]
    assert dek in doc.text


def test_a_marked_date_line_under_the_dek_does_not_stand_in_for_it():
    html = headed_story_page(f"<h1>Bridge vote</h1><h2 class='subhead'>{DEK}</h2>"
                "<div class='subhead'>February 19, 2020 at 7:00 AM EST</div>")
    assert clean_html(html).text.split("\n\n")[0] == DEK
