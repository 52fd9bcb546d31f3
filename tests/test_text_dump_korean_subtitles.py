"""Issue 12: the two to four subtitle lines a Korean story sets above its lead photo stay in a copied page's story
(``extractors/clean/korean_subtitles.py``), on Hankook Ilbo's and Newsis's (on Daum) dev pages; a block of more lines,
or of lines that do not speak of the story, is no subtitle block. Three of them inside the story's region, under a line
of prose (Dailian's on Daum), are a summary's points, their Korean stems read as ``hangul.hangul_stems`` reads them
(``text_regions._summary_points``)."""
from __future__ import annotations

import pytest

from extractors.clean.korean_subtitles import korean_subtitles
from extractors.clean.text_regions import drop_boxes
from tests.test_clean_text import clean_dump, copied_page

STORY = [
    ("더불어민주당 지도부가 전당대회 당대표 선거에 선호투표제를 도입하는 방안을 논의했으나 또다시 결론을 내지 못했다. "
     "친명계와 친청계가 당규 개정안 상정을 두고 최고위원회의에서 맞섰고 당헌 위반 논란도 이어졌다."),
    ("최고위원회의는 두 시간 만에 끝났고 지도부는 다음 최고위에서 개정안을 다시 논의하기로 했다. "
     "후보 등록을 앞두고 선호투표제 도입 여부가 정해지지 않아 당 안팎의 반발이 커지고 있다."),
]


@pytest.mark.parametrize(
    ("case_id", "subtitles"),
    [
        ("daum-ko_2024-05-22_kang-hyung-wook-lee-kyung-kyu__mgh",
         ["지난해 11월 이경규 유튜브 채널 강형욱 출연", "이경규, \"안락사 언급 후 견주 울어…노래 불렀다\" 발언"]),

        # Dailian's on Daum: three subtitles inside the region, under the portal's font-size sample sentence
        ("daum-ko_2024-05-13_seoul-central-prosecutor-lee-chang-soo__mgh4",
         ["노정연, 한석리 사의 표명하며 조만간 검찰 검사장급 인사 전망…16일 혹은 20일 설 파다",
          "차기 서울중앙지검장에 이창수 전주지검장 거론…尹대통령 검찰총장 당시 대변인, 찐윤",
          "성남지청장 재직시 이재명 더불어민주당 대표 기소…전주지검장 가서는 文 전 대통령의 전 사위 수사"]),
    ],
)
def test_korean_subtitles_above_the_lead_photo_stay_in_the_story(case_id, subtitles):
    body, dump = copied_page(case_id)
    paragraphs = clean_dump(dump).text.split("\n\n")
    for line in subtitles:
        assert line in body
        assert line in paragraphs


def test_korean_subtitles_over_a_photo_caption_are_read_above_the_story():
    """Hankook Ilbo's shape (its dev page lies in the shared corpus, outside the repo): subtitles, the photo's
    enlarge label and its credited caption, then the story; two of its subtitles here."""
    block = ["2시간 반 만에 끝난 '빈손' 최고위", "선호투표제 당규 개정안 상정에"]
    lines = ["박준석 기자", *block, "이미지 확대보기", "지도부가 회의를 마치고 입장을 밝히고 있다. 연합뉴스", *STORY]
    assert korean_subtitles(lines, 5, len(lines)) == block


def test_more_lines_than_a_subtitle_block_are_no_subtitles():
    rail = ["최고위원회의 선호투표제 논의 결론 못내", "친명계 당규 개정안 상정 반발 확산", "당헌 위반 논란 최고위 다시 열려",
            "전당대회 후보 등록 앞두고 지도부 고심", "선호투표제 도입 여부 다음 최고위서 결정"]
    lines = [*rail, *STORY]
    assert korean_subtitles(lines, len(rail), len(lines)) == []


def test_korean_lines_not_speaking_of_the_story_are_no_subtitles():
    teasers = ["강지환 사건 현장 CCTV 공개 파문", "프로야구 노경은 여덟 번째 승리 눈앞"]
    lines = [*teasers, *STORY]
    assert korean_subtitles(lines, len(teasers), len(lines)) == []


def test_a_subtitle_sharing_its_words_only_with_a_subheading_of_the_story_keeps_its_block():
    """Hankook Ilbo's fourth subtitle, "15일 최고위가 사실상 마지노선", shares "사실상" with the story's subheading
    "사실상 10분 만에 끝난 최고위" and "최고" with its prose: the subheading's words are the story's too."""
    block = ["2시간 반 만에 끝난 '빈손' 최고위", "선호투표제 당규 개정안 상정에", "15일 최고위가 사실상 마지노선"]
    lines = ["박준석 기자", *block, "이미지 확대보기", "지도부가 회의를 마치고 입장을 밝히고 있다. 연합뉴스",
             STORY[0], "사실상 10분 만에 끝난 최고위", STORY[1]]
    assert korean_subtitles(lines, 6, len(lines)) == block


def test_korean_subtitles_under_a_first_line_of_prose_are_summary_points():
    """Three subtitles under one line of prose (a portal's sample sentence on Daum) read as a cluster of short lines
    (``drop_boxes``); sharing two-syllable stems with the story ("선호", "투표", "최고", "개정"), not words of four
    letters, they are the story's summary points and stay."""
    sample = "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요. 다음뉴스는 국내외 주요이슈를 전달합니다."
    block = ["지도부 선호투표 도입 결론 못내고 최고위 끝나", "친명계 당규 개정안 상정에 친청계 당헌 위반 반대",
             "후보 등록 앞두고 선호투표 도입 여부 또다시 미뤄"]
    assert drop_boxes([sample, "닫기", "인쇄하기", *block, *STORY]) == [sample, *block, *STORY]


def test_korean_lines_of_another_story_under_a_first_line_of_prose_still_go():
    sample = "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요. 다음뉴스는 국내외 주요이슈를 전달합니다."
    teasers = ["강지환 사건 현장 CCTV 공개 피해자 진술 파문", "프로야구 노경은 여덟 번째 승리 눈앞 롯데 연승",
               "부산 해운대 해수욕장 개장 첫 주말 인파 몰려"]
    kept = drop_boxes([sample, "닫기", "인쇄하기", *teasers, *STORY])
    assert not set(teasers[:-1]) & set(kept)
