"""A summary line set as an ``<h1>`` is the story's dek, not its headline (issue 12, HTML recall).

The Economist sets its dek as ``<h1 class="rubric">`` under a smaller headline, Slate as ``<h1
class="sl-art-head-dek">`` (its headline is only the page title). Taken for the headline, the dek was dropped
with it, and the standfirst search began after it. An ``<h1>`` whose class names a title as well
("lead-content__title" on mirror.co.uk, "story-lead-headline" on orf.at) is still the headline.
Real pages are dev pages of ``benchmarks/corpus``; each behaviour also has a small synthetic page.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."
#: A dek in the story's words ("council"): a short line sharing none goes (``html.without_unrelated_lines``).
DEK = "Residents waited ten years for a crossing that the council twice refused to pay for"


def page(header: str) -> str:
    paragraphs = "".join(f"<p>{STORY} Detail {i}, with names and numbers.</p>" for i in range(4))
    return (
        "<html lang='en'><head><title>Bridge vote</title></head><body>"
        f"<div class='top'>{header}</div><div class='story'>{paragraphs}</div></body></html>"
    )


@pytest.mark.parametrize(
    "case_id",
    [
        "economist_2014-12-13_policing-dont-shoot__kml",  # <h1 class="rubric"> under the <h2> headline
        "economist_2011-01-20_cigarettes-films-smoked-out__snk",  # the same, after a section <h1>
        "slate_2011-10-25_jobs-the-jerk-isaacson__nrd",  # <h1 class="sl-art-head-dek">, the only <h1>
    ],
)
def test_a_dek_set_as_h1_leads_the_body_on_real_pages(case_id):
    expected, doc = dev_page(case_id)
    dek = expected["body"].split("\n\n")[0]
    assert doc.text.split("\n\n")[0] == dek


@pytest.mark.parametrize("klass", ["rubric", "article-dek"])
def test_an_h1_classed_as_a_dek_under_the_headline_is_kept(klass):
    html = page(f"<h2 class='headline'>Bridge vote</h2><h1 class='{klass}'>{DEK}</h1>")
    assert clean_html(html).text.split("\n\n")[0] == DEK


def test_an_h1_classed_as_a_dek_is_kept_when_it_is_the_only_h1():
    html = page(f"<h1 class='art-head-dek'>{DEK}</h1>")
    assert clean_html(html).text.split("\n\n")[0] == DEK


def test_an_h1_whose_class_also_names_a_title_is_still_the_headline():
    html = page(f"<h1 class='lead-content__title'>{DEK}</h1>")
    assert DEK not in clean_html(html).text
