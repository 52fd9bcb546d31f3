"""Issue 12: a teaser list a copied story's region runs into, where a headline asks or exclaims ("... ne çıktı?" under
another headline on Anadolu Ajansı, a poll's question under "Sonda" on Portal Obronny, "OVERZICHT. Wie zijn de
ministers ...?" on Het Nieuwsblad, recommended headlines closing "！" or "？" on Baijiahao and QQ), leaves the story
with the headlines and labels above it (``text._without_closing_teasers``); a story closing with its own questions
keeps them, and a Chinese story's last paragraph signed off in full-width brackets ("。（编译/林靖东）") ends a sentence.
"""
from __future__ import annotations

from extractors.clean.text import _is_trailing_headline
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump

STORY = list(DUMP_STORY)
HEADLINE = "Council passes budget after long night"


def _cleaned(*tail: str) -> str:
    return clean_dump("\n\n".join([HEADLINE, *STORY, *tail]) + "\n").text


def test_teaser_headlines_ending_in_a_question_leave_the_story():
    teasers = ["Mayor names new head of the parks department", "Will the bus route to the hospital open in spring?"]
    text = _cleaned(*teasers)
    assert all(teaser not in text for teaser in teasers)
    assert all(paragraph in text for paragraph in STORY)


def test_poll_under_its_label_leaves_the_story():
    text = _cleaned("Poll", "Should the city draw on its reserves to pay for the new bus route?")
    assert "draw on its reserves" not in text and STORY[-1] in text


def test_story_closing_with_its_own_questions_keeps_them():
    closing = ["Will the reserves really last until the council reviews the spending in the autumn, as promised?",
               "Nobody in the chamber could say for certain when we asked them late on Tuesday night!"]
    text = _cleaned(*closing)
    assert all(line in text for line in closing)


def test_chinese_sign_off_in_full_width_brackets_ends_a_sentence():
    assert not _is_trailing_headline("DeepMind希望DNC可以推动计算行业实现更多突破。（编译/林靖东）")
    assert _is_trailing_headline("全民微信时代，用语音功能发60秒是种怎样的体验（视频）")
