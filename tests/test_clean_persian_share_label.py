"""The Persian share bar's label "اشتراک گذاری" ("share") is a widget line (``data/fa/widget_lines.txt``, vocab215):
seen on a Varzesh3 page of the unlabelled vocabulary pool (``docs/vocabulary_sources.md``) and on YJC's and
Varzesh3's dev pages, whose references keep none.
"""
from __future__ import annotations

from extractors.clean import widgets


def test_the_persian_share_label_is_a_widget_line():
    assert widgets.is_widget_line("اشتراک گذاری")


def test_a_persian_sentence_about_sharing_stays():
    assert not widgets.is_widget_line("اشتراک گذاری اطلاعات میان دو کشور از ماه آینده آغاز می‌شود.")
