"""Issue 12: house notices and markers a copy keeps around a story in Turkish, Urdu, Japanese and Greek (dumps78):
a wire agency's subscribers' notice, the house disowning its writer's opinions or reserving its rights
(``data/<language>/disclaimer_lines.txt``), a reprint offer (``data/ja/dump_promo_lines.txt``), "story continues"
markers (``data/<language>/widget_lines.txt``) and a comment form's heading (``data/el/comment_prompts.txt``).

Each case is a dev page of the repo corpus rendered as a select-all copy: the line is in the copy and not in the
page's reference, and the cleaned text leaves it out while still reading the story.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DISCLAIMER
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        ("anadoluajansi_2025-05-04_turkiyede-elektrikli-arac-sarj__fundus",
         "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek"),
        ("urdupoint-ur_2024-03-08_ravi-ki-kahani__mgh2", "ادارہ اردوپوائنٹ کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں"),
        ("urdupoint-ur_2024-05-12_pakistan-ireland-t20__mgh", "Reproduction without proper consent is not allowed."),
        ("nikkei_2025-01-14__fundus", "企業での記事共有や会議資料への転載・複製、注文印刷などをご希望の方は"),
        ("hurriyet-tr_2024-05-16_kadinlar-euroleague-yeni-format__mgh", "Haberin Devamı"),
        ("urdupoint-ur_2024-05-12_pakistan-ireland-t20__mgh", "(جاری ہے)"),
        ("haniotika-nea_2020-08-19_klopi-aytokinita-chania__hd3", "Όλα τα πεδία είναι υποχρεωτικα."),
    ],
)
def test_house_notice_or_marker_around_a_copied_story_goes(case_id, line):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert line in dump and line not in body
    assert line not in text
    assert any(paragraph in body for paragraph in text.split("\n\n"))  # the story itself is read


@pytest.mark.parametrize(
    "line",
    [
        "Yazar, abonelere sunulan haberler hakkında konuştu",  # no line of its own: a story's words, not the notice's
        "Kurul, yeniden üretim izni vermedi.",
    ],
)
def test_story_lines_are_no_house_notices(line):
    assert not DISCLAIMER.fullmatch(line)
