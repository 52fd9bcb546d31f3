"""Issue 12, dumps72: a post pager's labels in Japanese and Chinese ("≫次の記事" / "≪前の記事", "上一篇文章" /
"下一篇文章"), and the neighbouring stories' headlines under them leaving the story (Publickey, a dev page of
``benchmarks/corpus``)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PAGER_LABEL, pager_headlines
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", ["≫次の記事", "≪前の記事", "次の記事を読む", "上一篇文章", "下一篇文章", "阅读下一篇"])
def test_japanese_and_chinese_pager_labels_are_pager_labels(line):
    assert PAGER_LABEL.fullmatch(line)


@pytest.mark.parametrize("line", ["次の記事では詳しく解説します。", "下一篇文章将介绍具体做法。"])
def test_story_sentences_naming_the_next_article_are_no_pager_labels(line):
    assert not PAGER_LABEL.fullmatch(line)


def test_the_headlines_under_a_pagers_two_labels_go():
    lines = ["本文の段落です。", "≫次の記事", "次の記事の見出し", "≪前の記事", "前の記事の見出し", "タグ"]
    assert pager_headlines(lines, 0, len(lines)) == frozenset({2, 4})


def test_a_lone_label_makes_no_pager():
    lines = ["本文の段落です。", "次の記事を読む", "別の記事の見出し", "タグ"]
    assert pager_headlines(lines, 0, len(lines)) == frozenset()


def test_publickey_story_loses_its_pagers_headlines():
    _body, dump = copied_page("publickey_2019-04-04_intel-ssd-1-petabyte__pl")
    assert "Stack Overflowが新社長を募集中" not in clean_dump(dump).text
