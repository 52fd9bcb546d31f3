"""Issue 12, dumpsK275: a Chinese or Japanese line breaking off on the full-width comma or semicolon ("，", "；")
goes on into the next line: prose copied a clause a line, not a box's furniture. Xueqiu's valuation steps (dev
page, excerpt) and a line in woshipm's shape (text written for the test) stay in the story."""
from __future__ import annotations

import pytest

from extractors.clean import document
from extractors.clean.text_regions import line_kind

_XUEQIU_STEPS = (
    "1：自由现金流＝经营现金流—长期资本支出，通过已有的财报数据可以计算出过去的和目前的自由现金流；",
    "2：在一定的预测期内计算，计算时间通常为未来10年，预测期间的增长率；",
    "3：计算未来增长之后的每年自由现金流量水平；",
    "4：把计算后的结果按照确定的折现率折现；",
    "5：计算永续价值折现值。",
)
_CLAUSES = (
    "按照15%的增速计算，",
    "未来第一年自由现金流10亿*1.15＝11.5亿，",
    "第二年自由现金流＝11.5亿*1.15＝13.2亿，",
    "第三年自由现金流＝13.2亿*1.15＝15.1亿，",
)
_STORY = (
    ("我们做股票投资在给予企业估值的时候总会用到一些指标或者公式，最常用的是市盈率、市净率、市现率、PEG和股息率等。"
     "另外，很多价值投资者也会用到自由现金流折现估值法，来计算企业的内在价值。"),
    "自由现金流估值首先需要设定最基本的几点：企业目前的自由现金流、未来增长率、折现率，然后按照下面的步骤一步一步地计算。",
    "好吧，大概就是这么个过程吧。严不严谨我不知道，肯定有人会跳出来说这块该如何如何，但是简单的方法往往更加有效。",
    "既然我知道了企业质地不错，也了解了企业的其它方面，目前的经营现金流和增长率都能预测，就可以用市现率给出一个价值区间。",
)


@pytest.mark.parametrize("line", [*_XUEQIU_STEPS[:4], *_CLAUSES, "2004年，可口可乐在中国提出全新品牌主张“要爽由自己”；"])
def test_a_cjk_line_breaking_off_on_a_clause_mark_is_no_furniture(line):
    assert line_kind(line) != "furniture"


@pytest.mark.parametrize("run", [_XUEQIU_STEPS, _CLAUSES])
def test_cjk_lines_broken_off_on_clause_marks_stay_in_the_story(run):
    dump = "\n\n".join(("首页", "行情", "登录", _STORY[0], _STORY[1], "\n".join(run), _STORY[2], _STORY[3]))
    text = document.clean_text(dump).text or ""
    for line in run:
        assert line in text
