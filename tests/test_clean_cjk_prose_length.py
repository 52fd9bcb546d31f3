"""A Chinese or Japanese paragraph is measured as the prose it is, not by its few characters.

A subheading set as an ``<h1>`` inside the story (``keep_block`` drops an ``<h1>`` as the headline) is kept when a
paragraph of the story's prose follows it (``html._with_subheadings``), a paragraph of at least ``PROSE_PARAGRAPH``
(80) characters. That length was set on spaced text: think IT's Japanese subheadings, "HDFS / HBase / Kudu の比較"
over "Hadoop向けのデータストアである、HDFS、HBase、Kuduの比較を以下に示します。" (45 characters, a full sentence), were
lost, which its reference keeps. ``html.prose_length`` counts a Chinese or Japanese character as three, as
``widgets.word_count`` makes two of them a word.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from extractors.clean.html import PROSE_PARAGRAPH, prose_length
from tests.clean_helpers import SENTENCES, dev_page

_JA = ("東京都は火曜日、長い議論の末に、川に架かる新しい橋の建設費を予算に計上することを決めた。"
       "工事は春に始まり、橋が開通するまで古い渡し船は運航を続けると知事は述べた。")


def test_a_japanese_sentence_is_prose_length_at_a_third_of_the_characters_of_a_spaced_one():
    sentence = "新しい橋の費用は国と都が半分ずつ分担すると、都の担当者が火曜日の会見で発表した。"
    assert len(sentence) < PROSE_PARAGRAPH <= prose_length(sentence)
    assert prose_length("The cost will be shared, the mayor said.") == len("The cost will be shared, the mayor said.")


def test_a_japanese_subheading_over_a_short_sentence_stays():
    page = ("<html lang='ja'><head><title>新しい橋</title></head><body><article>"
            + "".join(f"<p>{_JA}（{i}）</p>" for i in range(3))
            + "<h1>費用の分担</h1><p>新しい橋の費用は国と都が半分ずつ分担すると、都の担当者が火曜日の会見で発表した。</p>"
            + f"<p>{_JA}</p></article></body></html>")
    doc = clean_html(page)
    assert "費用の分担" in doc.text


def test_an_english_subheading_over_a_short_line_still_goes():
    page = ("<html lang='en'><head><title>Bridge vote</title></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
            + "<h1>Who pays</h1><p>The cost will be shared.</p>"
            + f"<p>{SENTENCES[3]}</p></article></body></html>")
    doc = clean_html(page)
    assert "Who pays" not in doc.text


def test_a_dev_japanese_story_keeps_its_h1_subheadings():
    expected, doc = dev_page("thinkit-ja_2019-03-29_apache-kudu-usecases__kik")
    for heading in ("ビッグデータ関連データストアにおけるKuduの位置づけ", "HDFS / HBase / Kudu の比較"):
        assert heading in expected["body"]
        assert heading in doc.text
