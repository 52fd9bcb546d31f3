"""How the HTML page becomes text: markup whose words a plain-text rendering must keep or drop (audit203)."""
from __future__ import annotations

from extractors.clean.document import clean_html

_STORY = (
    "<p>阪神は１３日、クライマックスシリーズで敗退し、球団は次期監督の人選を急いでいると関係者が明らかにした。</p>"
    "<p>藤川氏は１９９９年、高知商高からドラフト１位で阪神に入団し、救援投手として長く活躍した。</p>"
    "<p>２０年の現役引退後は球団フロントに加わり、外国人選手の補強などに関わってきたという。</p>"
)


def _page(paragraph: str) -> str:
    return f"<html lang='ja'><head><title>阪神</title></head><body><article>{paragraph}{_STORY}</article></body></html>"


def test_ruby_reading_with_fallback_brackets_is_kept_in_brackets():
    # Yomiuri's furigana: <rp> is the page's own rendering of the reading where ruby cannot be shown, as in text
    text = clean_html(_page(
        "<p>岡田<ruby><rb>彰布</rb><rp>（</rp><rt>あきのぶ</rt><rp>）</rp></ruby>監督は今季で退任する見通しとなった。</p>"
    )).text
    assert "岡田彰布（あきのぶ）監督は今季で退任する" in text


def test_ruby_reading_without_fallback_brackets_is_dropped():
    # without <rp> the reading would be glued to its base ("漢字かんじ"), another word: the base alone is read
    text = clean_html(_page("<p>岡田<ruby>彰布<rt>あきのぶ</rt></ruby>監督は今季で退任する見通しとなった。</p>")).text
    assert "岡田彰布監督は今季で退任する" in text
