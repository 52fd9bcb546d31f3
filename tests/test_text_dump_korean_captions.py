"""Issue 12: Korean photo captions copied as text close their one sentence ("... 하고 있다.") with their wire agency's
name, spaced or glued after the copyright sign (``data/ko/caption_credits.txt``), seen on Hankook Ilbo's and Dailian's
dev pages; fragments of those pages' captions or our own wording in their shape."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import is_credited_caption


@pytest.mark.parametrize(
    "caption",
    [
        "더불어민주당 최고위원이 10일 국회에서 열린 최고위원회의를 마치고 입장을 밝히고 있다. 연합뉴스",  # Hankook Ilbo
        "대선 후보가 15일 경남 하동군 화개장터 입구에서 유튜브 라이브를 하고 있다. 뉴시스",  # Hankook Ilbo
        "검사장이 지난해 10월 20일 국회 법제사법위원회 국정감사에서 업무보고를 하고 있다.ⓒ연합뉴스",  # Dailian
    ],
)
def test_korean_caption_closing_with_its_wire_agency_is_a_credited_caption(caption):
    assert is_credited_caption(caption)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a story's last line signed by its reporter (Sports Chosun's shape), no agency after the sentence
        "박시영은 변상권을 2루수 땅볼로 유도해 병살타로 처리했다.부산=선수민 기자",
        # the agency named inside a sentence, not after its close
        "이 소식은 연합뉴스가 처음 보도했으며 정부는 다음 주에 입장을 밝힐 예정이라고 전했다",
    ],
)
def test_korean_paragraph_without_an_agency_after_its_last_sentence_is_no_credited_caption(paragraph):
    assert not is_credited_caption(paragraph)
