"""A short label an HTML story still ends with once the steps after ``finish_paragraphs`` have run is furniture
(issue 12, order208).

``finish_paragraphs`` pops a page's trailing labels (``text._is_trailing_label``) before its own closing steps
(references, disclaimers, addresses) and before ``clean_html``'s (contacts, run-together repeats, unrelated lines,
site appeals); those take the box under the story and leave the label that headed it closing the text. The label
rule runs again on the finished paragraphs, as on a dump since carry197: USA Today's "See photos of: General Motors"
over its corrections note, Blister's "Deep Dive: Line Outline" over its member appeal, HuffPost's
"*************************" (and the "READ Hoenig's full remarks:" above it) over its reporter's note, the LTO's "Zitiervorschlag" over its citation, Verfassungsblog's
"All the best, Max Steinbeis" over its suggested citation, Berlin Art Link's "info heading" over its writer box. No
reference keeps them.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "label", "story"), [
    ("usatoday_2010-08-18_gm-files-for-ipo-taxpayers__snk2", "See photos of: General Motors",
     "But for the U.S. government -- taxpayers -- to get back"),
    ("blisterreview_2019-04-09_line-outline-ski-review__pl2", "Deep Dive: Line Outline",
     "The Line Outline seems to embody"),
    ("huffingtonpost_2010-08-13_hoenig-dangerous-gamble__gsl", "*************************",
     "I wish free money was really free"),
    ("lto_2025-10-20_waffenlieferungen-israel-verfassungsbeschwerde-eingelegt__fundus", "Zitiervorschlag",
     "Allzu schnell vom Tisch wischen wird das BVerfG"),
    ("verfassungsblog_2019-07-13_the-first-decade__hd", "All the best, Max Steinbeis", "Congrats!"),
    ("berlinartlink_2015-12-02_tomas-saraceno-studio__sfm", "info heading", "Tomás Saraceno: ‘Aerocene’"),
])
def test_a_dev_page_drops_a_label_left_at_its_end_by_the_late_steps(case_id, label, story):
    expected, doc = dev_page(case_id)
    assert label not in expected["body"]
    assert story in doc.text
    assert label not in doc.text
