"""A short label a dump's story still ends with once the late line rules have run is furniture (issue 12).

``finish_paragraphs`` pops a dump's trailing labels first; the rules that run after it (rail twins, teaser cards,
site appeals, ...) then take lines from under the story's last paragraph and leave the label above them closing
the text. The HTML cleaner's trailing-label rule (``text._is_trailing_label``, ``text._is_credit_block``) now runs
on the dump's finished paragraphs too: BUZZAP!'s "Amazon.co.jpで詳細を見る" and "注目のタグ" under a book card,
woshipm's "#专栏作家#" over its author box, the Daily Mail's video player's "Loaded: 0%" / "Progress: 0%". None of
the three references keeps them.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(("case_id", "label", "story"), [
    ("buzzap_2019-03-02_reduced-tax-rate-benefit__lang1", "注目のタグ", "文字通りの本末転倒と言うしかなさそうですが"),
    ("woshipm-zh_2021-03-02_xie-hao-wenan-yi-zi-jiu-gou__mpf", "#专栏作家#", "所以文案的价值不在于他能写很多字"),
    ("dailymail_2020-11-02_mcphee-foster-montecito__omni", "Progress: 0%", "McPhee recently resumed filming"),
])
def test_a_dev_dump_drops_a_label_left_at_its_end(case_id, label, story):
    body, dump = copied_page(case_id)
    assert label in dump and label not in body and story in body
    text = clean_dump(dump).text
    assert story in text
    assert label not in text
