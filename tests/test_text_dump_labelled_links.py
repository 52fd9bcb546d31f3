"""Issue 12, dumps62: links to other stories set on a line after a label the story repeats (ABC News' "MORE:", The
Atlantic's "Read:", ZDNet's "Also:", Eyethu News' "FUNDA OLUNYE UDABA LAPHA |"; ``text._without_labelled_links``)."""
from __future__ import annotations

import pytest

from extractors.clean.text import _without_labelled_links
from tests.test_clean_text import clean_dump, paragraphs

LINKS = ["FUNDA OLUNYE UDABA LAPHA | Kuboshwe abahlanu besolwa ngokugwaza umfundi eThekwini",
         "FUNDA OLUNYE UDABA LAPHA | Uboshiwe osolwa ngokugenca isoka eMgungundlovu namhlanje"]


def test_links_after_a_label_the_story_repeats_leave_the_copied_story():
    """ABC News' links share the story's words: the rule for short lines sharing none does not take them."""
    story = paragraphs(6, "Cruise")
    links = ["MORE: Cruise residents raised a new point at the meeting", "MORE: Residents at the Cruise meeting test"]
    dump = "\n".join(["Menu", "Cruise ship passengers face new travel restrictions", *story[:2], links[0], *story[2:4],
                      links[1], *story[4:]])
    assert clean_dump(dump).text.split("\n\n") == story


def test_one_labelled_headline_is_left_to_the_other_rules():
    kept = ("Story paragraph.", LINKS[0], "Another paragraph.")
    assert _without_labelled_links(kept) == kept


@pytest.mark.parametrize(
    "lines",
    [
        ("ELLESA THROWDEN: Do you think this is punishment for what occurred in London?",
         "ELLESA THROWDEN: Some might say the poor showing in London was the reason for it all?"),  # interview
        ("Género: Drama, Misterio, Ciencia ficción", "Género: Documental, Crimen, Derecho"),  # fields
        ("We like: the addition of a ventilated cover speeds up drying", "We like: the low energy consumption of it"),
        ("How to learn Swift: Getting started", "How to learn Swift: Third-party online courses"),  # subheadings
    ],
)
def test_labelled_lines_of_the_story_itself_stay(lines):
    assert _without_labelled_links(lines) == lines


def test_labelled_links_in_a_script_without_capitals_leave_the_story():
    """Arabic writes no capitals, so a headline there opens with a caseless letter: Akhbar el-Yom's two links under its
    section label "محافظات:" between the story and its footer go as ABC News' "MORE:" ones do (dumps159)."""
    links = ("محافظات: زراعة المنوفية تبحث التوسع في صناعة منتجات الحرير من دودة القز",
             "محافظات: محافظ البحيرة يتابع أعمال تطوير الطرق في مراكز المحافظة")
    story = ("رحلت الفنانة نعيمة عاكف في سن مبكرة بعد صراع مع المرض.",)
    assert _without_labelled_links((*story, *links)) == story
    # a lower-case headline is still no link (a review's "We like: ..." fields above)
    assert _without_labelled_links(("We like: the low energy consumption of it", "We like: the addition of a cover")) \
        == ("We like: the low energy consumption of it", "We like: the addition of a cover")
