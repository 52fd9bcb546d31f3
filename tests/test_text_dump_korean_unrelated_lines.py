"""Issue 12 (dumpsL289): a Korean line inside a copied story is compared with the story by its Korean stems
(``hangul.hangul_stems``) too, as Korean words carry their particles glued on (``text_regions.drop_unrelated_lines``,
``KOREAN_SHARED``): a subheading sharing three or more stays, a teaser for another story sharing two goes."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import drop_unrelated_lines
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "line"),
    [
        # Hankook Ilbo's subheading: "국민", "다음", "민주", "정부", "호남" come back in the story
        ("hankookilbo_2025-05-15__fundus", "다음 정부는 '국민주권' 정부, 호남은 민주당의 본산"),
        # a blogger's aside between two paragraphs: "국가", "그건", "그리", "물론"
        ("pinegrosbiik-art-blog-ko_2020-03-19_great-depression-is-coming-1__ppl",
         "물론 그리스는 국가 단위로 분식회계를 하긴 했는데 그건 패스하구여"),
    ],
)
def test_korean_line_sharing_korean_stems_with_its_story_stays(case_id, line):
    body, dump = copied_page(case_id)
    assert line in body
    assert line in clean_dump(dump).text.split("\n\n")


def test_korean_teaser_sharing_two_stems_still_goes():
    """Hankyung's teaser for another story, set between two paragraphs, shares "도입" and "삼성" only."""
    body, dump = copied_page("hankyung-ko_2022-06-22_kim-kwang-kyo-semiconductor-warning__omp")
    teaser = "현대차·삼성전자도 앞다퉈 도입…'디지털 쪼가리' NFT의 반전"
    assert teaser in dump.splitlines() and teaser not in body
    assert teaser not in clean_dump(dump).text.split("\n\n")


STORY = [
    "민주당은 12일 오후 국회에서 최고위원회의를 열고 전당대회 규칙을 논의했지만 결론을 내리지 못했다.",
    "지도부 내부에서는 선거 방식을 두고 의견이 크게 엇갈렸으며 일부 최고위원은 회의 도중 자리를 떠났다.",
]


def test_korean_subheading_in_other_words_than_its_story_stays():
    """No word of the subheading reaches four letters in the story ("선거규칙", "정면충돌" do not recur), but
    "민주", "지도" and "선거" open the story's words."""
    subheading = "민주당 지도부 선거규칙 놓고 정면충돌"
    lines = [STORY[0], subheading, STORY[1]]
    assert drop_unrelated_lines(lines) == lines
    unrelated = "배우 김철수 새 영화 촬영현장 공개"
    assert drop_unrelated_lines([STORY[0], unrelated, STORY[1]]) == STORY
