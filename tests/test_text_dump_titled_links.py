"""Issue 12, cjk111: links to other stories copied with their page's title, "<headline> | <site>", whose tail the page
closes three lines or more with (BUZZAP!'s related stories under its story; ``text._without_titled_links``)."""
from __future__ import annotations

from extractors.clean.text import _without_titled_links
from extractors.clean.widgets import is_widget_line
from tests.test_clean_text import clean_dump, copied_page

SITE = " | BUZZAP！（バザップ！）"
LINKS = ("店先ベンチで食べても外食扱いで10％、食品への消費税軽減税率が酷いことに" + SITE,
         "コンビニ・スーパーのイートイン、消費増税の「軽減税率」のせいで利便性が崩壊" + SITE,
         "電気ガス水道は対象外の軽減税率、なぜか新聞が優先して適用へ" + SITE)
STORY = ("今年10月に迫ってきた10％への消費増税。軽減税率やポイント還元制度が入り乱れるなど、企業にとっても消費者にとっても"
         "極めて分かりにくいものになっています。")


def test_related_links_closed_by_their_site_name_leave_a_copied_story():
    body, dump = copied_page("buzzap_2019-03-02_reduced-tax-rate-benefit__lang1")
    text = clean_dump(dump).text
    assert STORY in body and STORY in text
    for link in LINKS:
        assert link in dump and link not in text


def test_titled_lines_the_page_closes_three_times_go():
    assert _without_titled_links((STORY, *LINKS), [STORY, *LINKS]) == (STORY,)


def test_a_tail_closing_fewer_lines_or_a_table_row_stays():
    """A story names a site once or twice ("... | Reuters" quoted); a table's rows are one paragraph of lines."""
    kept = (STORY, LINKS[0], LINKS[1])
    assert _without_titled_links(kept, list(kept)) == kept
    table = "\n".join(LINKS)
    assert _without_titled_links((STORY, table), [STORY, *LINKS]) == (STORY, table)


def test_the_related_label_after_a_list_bullet_over_them_goes():
    """"・関連記事" over BUZZAP!'s links is the label "関連記事" (Nikkei, Mainichi, Yomiuri) after a list's bullet."""
    _, dump = copied_page("buzzap_2019-03-02_reduced-tax-rate-benefit__lang1")
    assert "・関連記事" in dump and "関連記事" not in clean_dump(dump).text
    assert is_widget_line("・関連記事")
