"""Issue 12, round new147: notices closing a story that both cleaners drop (``text_regions.is_promo``,
``widgets.is_widget_line``), each entry seen on dev pages of two publishers (named in the data files): a pitch for
readers' money naming its smallest gift (``data/en/promo_lines.txt``), a Chinese copyright notice so labelled and a
note banning reprints of an original post (``data/zh/promo_lines.txt``), a Spanish footer's terms link
(``data/es/widget_lines.txt``). The stories are our own sentences; story sentences with the same words stay.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.text_regions import is_promo
from tests.clean_helpers import DUMP_STORY, dev_page
from tests.test_clean_cjk_furniture import ZH_STORY
from tests.test_clean_text import clean_dump


@pytest.mark.parametrize(
    "line",
    [
        ("If our services have assisted you, our work would be much more secure with your help - For as little as £5, "
         "you can support ZimEye – and it only takes a minute."),  # zimeye
        "You can support us for as little as $1 via PayPal at office@jewishbusinessnews.com.",  # jewishbusinessnews
    ],
)
def test_a_pitch_naming_its_smallest_gift_leaves_the_story(line):
    assert is_promo(line)
    text = clean_dump("\n\n".join(["Menu", *DUMP_STORY, line, "About us"])).text
    assert DUMP_STORY[-1] in text and line not in text


def test_a_story_sentence_on_a_small_sum_stays():
    line = "For as little as $5 a month, residents can ride the new bus route to the hospital, the mayor said."
    assert not is_promo(line)


def test_the_donation_appeal_under_a_dev_story_is_dropped():
    expected, doc = dev_page("zimeye_2020-03-23_doctors-threaten-down-tools__hd10")
    assert "you can support ZimEye" not in expected["body"]
    assert "you can support ZimEye" not in doc.text
    assert "Another patient is suspected to have been infected with the novel coronavirus" in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",  # csdn
        "版权声明：转载须经版权人书面授权并注明来源",  # gmw
        "本文原创发布于人人都是产品经理，未经作者许可，禁止转载",  # woshipm
    ],
)
def test_a_chinese_copyright_or_reprint_notice_leaves_the_story(line):
    assert is_promo(line)
    text = clean_dump("\n".join(["首页", *ZH_STORY, line])).text
    assert ZH_STORY[-1] in text and line not in text


def test_a_chinese_story_sentence_on_copyright_stays():
    assert not is_promo("法院认为，版权声明的效力需要结合合同条款具体判断，双方都应遵守约定。")


@pytest.mark.parametrize(
    "line",
    [
        "Términos y condiciones de uso",  # elmundo
        "Términos y condiciones de los servicios ® 2011. Empresa El Mercurio S.A.P.",  # elmercurio
    ],
)
def test_a_spanish_footers_terms_link_is_a_widget_line(line):
    assert widgets.is_widget_line(line)


def test_a_spanish_sentence_on_terms_and_conditions_is_no_widget_line():
    assert not widgets.is_widget_line("Los términos y condiciones del contrato se revisarán en marzo.")
