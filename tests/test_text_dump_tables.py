"""Issue 12: market price tables that are a copied wire story's body (our own wording, in English and Korean): a row
per line with its cells separated, under the story's one-sentence intro."""
from __future__ import annotations

import re

import pytest

from extractors.clean import text as text_clean
from extractors.clean import text_regions
from tests.test_clean_text import clean_dump, paragraphs

EN_INTRO = "LONDON, Dec. 2 (Reuters) - Base metal and oil prices closed mixed on Wednesday, traders said."
KO_INTRO = "(서울=연합뉴스) 홍길동 기자 = 2일 국제 원자재 가격은 다음과 같다."


@pytest.mark.parametrize(
    ("intro", "rows", "table"),
    [
        (EN_INTRO,
         ["Commodity\tLast\tChange", "Metals", "Copper\t9,120.50\t+12.00", "Aluminium\t2,410.00\t-3.50", "Energy",
          "Brent\t71.20\t+0.40", "WTI\t68.10\t+0.35"],
         ("Commodity | Last | Change\nMetals\nCopper | 9,120.50 | +12.00\nAluminium | 2,410.00 | -3.50\nEnergy\n"
         "Brent | 71.20 | +0.40\nWTI | 68.10 | +0.35")),
        (KO_INTRO,
         ["품목\t가격\t전일대비", "금속", "구리\t9,120.50\t+12.00", "알루미늄\t2,410.00\t-3.50", "에너지",
          "브렌트유\t71.20\t+0.40"],
         "품목 | 가격 | 전일대비\n금속\n구리 | 9,120.50 | +12.00\n알루미늄 | 2,410.00 | -3.50\n에너지\n브렌트유 | 71.20 | +0.40"),
    ],
)
def test_one_cell_row_naming_a_group_keeps_a_tabbed_table_whole_with_its_header(intro, rows, table):
    """A row spanning the table ("Metals") copies as a line with no tab; it used to cut the table in two, leaving
    the header row alone and so joined by spaces."""
    text = clean_dump("\n".join(["Menu", "Markets", intro, *rows, "(END)", "Send Feedback"])).text
    assert text.split("\n\n") == [intro, table]


def test_a_sentence_between_tabbed_rows_still_ends_the_table():
    note = "Prices are set at the close of the London session."
    dump = f"Name\tValue\nCopper\t9,120.50\n{note}\nBrent\t71.20\nWTI\t68.10"
    assert text_clean.split_lines(dump) == ["Name | Value\nCopper | 9,120.50", note, "Brent | 71.20\nWTI | 68.10"]


@pytest.mark.parametrize(
    ("intro", "rows", "table"),
    [
        ("SEOUL, Dec. 2 (Yonhap) -- The won closed lower against the U.S. dollar on Wednesday, dealers said.",
         ["\tBuy\tSell", "USD\t1,402.10\t1,375.90", "EUR\t1,520.30\t1,489.70"],
         " | Buy | Sell\nUSD | 1,402.10 | 1,375.90\nEUR | 1,520.30 | 1,489.70"),
        ("(서울=뉴스1) 김민수 기자 = 2일 원/달러 환율은 전날보다 내린 채 마감했다.",
         ["\t살 때\t팔 때", "미국 달러\t1,402.10\t1,375.90", "유로\t1,520.30\t1,489.70"],
         " | 살 때 | 팔 때\n미국 달러 | 1,402.10 | 1,375.90\n유로 | 1,520.30 | 1,489.70"),
    ],
)
def test_empty_first_header_cell_keeps_the_header_over_its_columns(intro, rows, table):
    text = clean_dump("\n".join(["Menu", "Exchange rates", intro, *rows, "(END)", "Send Feedback"])).text
    assert text.split("\n\n") == [intro, table]


def test_a_tab_indenting_every_row_adds_no_empty_column():
    text = clean_dump("\tStock\tClose\n\tApple\t234.10\n\tNvidia\t140.10").text
    assert text == "Stock | Close\nApple | 234.10\nNvidia | 140.10"


@pytest.mark.parametrize(
    "intro",
    ["(서울=연합뉴스) 홍길동 기자 = 2일 국제 금값이 소폭 올랐다.",  # Yonhap
     "(서울=뉴스1) 김민수 기자 = 2일 국제 금값이 소폭 올랐다.",  # News1
     "[서울=뉴시스]2일 국제 금값이 소폭 올랐다."],  # Newsis
)
def test_korean_agency_dateline_opening_a_one_sentence_intro_above_a_table_is_no_code(intro):
    rows = ["품목\t가격\t전일대비", "금\t2,650.30\t+12.40", "은\t31.20\t-0.15", "구리\t9,120.50\t+12.00"]
    dump = "\n".join(["메뉴", "경제", "국제", "원자재 시세", intro, *rows, "기사제보", "많이 본 뉴스", "로그인"])
    assert not text_regions.is_code(intro)
    assert clean_dump(dump).text.split("\n\n") == [intro, "\n".join(row.replace("\t", " | ") for row in rows)]


def test_assignment_after_a_bracket_is_still_code():
    assert text_regions.is_code("(x=1) total = price * 2;")


@pytest.mark.parametrize(
    ("notice", "intro", "rows"),
    [
        (("We use cookies to improve your experience on our site. By continuing to browse you agree to our use of "
          "cookies. Read our cookie policy."),
         "Closing prices of the most traded stocks on Wednesday.",
         ["Stock\tClose\tChange", "Apple\t234.10\t+1.20", "Microsoft\t420.50\t-2.10", "Alphabet\t170.30\t+0.40",
          "Nvidia\t140.10\t-1.60"]),
        ("이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.",
         "(서울=뉴시스) 2일 주요 종목의 종가는 다음과 같다.",
         ["종목\t종가\t전일대비", "삼성전자\t55,300\t+400", "SK하이닉스\t172,000\t-1,500", "현대차\t210,500\t+2,000",
          "네이버\t190,100\t-900"]),
    ],
)
def test_consent_notice_above_a_story_that_is_a_table_is_not_the_story(notice, intro, rows):
    """The table counts half its words, so the notice above it held more prose and was taken for the story."""
    dump = "\n".join(["Menu", "Home", "World", "Business", notice, "Accept", "Manage settings", "Reject all",
                      "Markets", "Latest", "Opinion", "Video", intro, *rows, "Share", "Contact us", "About",
                      "Privacy", "Terms", "Careers"])
    assert clean_dump(dump).text.split("\n\n") == [intro, "\n".join(row.replace("\t", " | ") for row in rows)]


def test_a_story_of_paragraphs_above_a_market_table_in_a_sidebar_stays_the_story():
    story = paragraphs(3, "Cost")
    rows = ["Stock\tClose\tChange", "Apple\t234.10\t+1.20", "Microsoft\t420.50\t-2.10", "Alphabet\t170.30\t+0.40"]
    dump = "\n".join(["Menu", "Bridge vote passes", *story, "Share", "Print", "Save", "Login", "Register", "Markets",
                      "Most read", *rows, "Contact us"])
    assert clean_dump(dump).text.split("\n\n") == story


#: Rows of tables in dev stories (Super Biznes's pension dates, Wccftech's event dates), and a lead paragraph.
PENSION_ROWS = ["Termin płatności\tRealna data wyplaty\tKiedy ZUS przekaże pieniądze na Pocztę",
                "1.03.2025 r.(sobota)\t28.02.2025 r.\t25.02.2025 r.",
                "6.03.2025 r.(czwartek)\t6.03.2025 r.\t3.03.2025 r.",
                "10.03.2025 r.(poniedziałek)\t10.03.2025 r.\t5.03.2025 r."]
EVENT_ROWS = ["Paris\tApril 4th – 6th", "London\tApril 11th – 13th", "Milan\tApril 25th – 27th",
              "Berlin\tApril 25th – 27th"]


#: Rows of a listing aligned with spaces (InfoQ's budgets of Chrome's Never-Slow Mode).
BUDGET_ROWS = ["Per-image max size:        1MiB", "Total image budget:        2MiB", "Per-script max size:      50KiB"]


@pytest.mark.parametrize("rows", [PENSION_ROWS, EVENT_ROWS, BUDGET_ROWS])
def test_a_copy_doubling_its_line_breaks_keeps_a_tabbed_table_whole(rows):
    """A paste with a blank line after every line (``COPY_STYLES["spaced"]``) put one between the table's rows: each
    row read as a lone row of a box laid out side by side and went."""
    story = paragraphs(3, "Dates")
    dump = "\n\n".join(["Menu", "Bridge vote passes", *story[:2], *rows, story[2], "Share", "Contact us"])
    table = "\n".join(" | ".join(re.split(r"\t| {3,}", row)) for row in rows)
    assert table in text_clean.split_lines(dump)
    assert text_clean.card_rows(dump) == frozenset()
    assert clean_dump(dump).text.split("\n\n") == [*story[:2], table, story[2]]


def test_a_blank_line_between_two_rows_of_a_browser_copy_still_parts_them():
    """Where other lines touch, a blank line between two rows is the page's: two boxes laid out side by side (Rest of
    World's captions beside their credits)."""
    rows = ["\t\tEtlaq’s current mission control with the spaceport still under construction.\t\tEtlaq",
            "\t\tThe SatMena offices in Muscat.\t\tEman Ali for Rest of World"]
    dump = "\n".join(["Menu", "Home", rows[0], "", rows[1], "Share"])
    caption = "Etlaq’s current mission control with the spaceport still under construction. Etlaq"
    assert text_clean.card_rows(dump) == {caption, "The SatMena offices in Muscat. Eman Ali for Rest of World"}


@pytest.mark.parametrize(
    ("rows", "table"),
    [
        # a spec table's cell over three lines (ASCII's bands, Impress Watch's interfaces)
        (["対応バンド\tLTE：1/3/7/8/20", "W-CDMA：1/2/5/8", "4バンドGSM", "重量\t62.5g"],
         "対応バンド | LTE：1/3/7/8/20\nW-CDMA：1/2/5/8\n4バンドGSM\n重量 | 62.5g"),
        (["インターフェイス\tUSB 3.1 Type-C×2(内一つ電源と共通)、", "イーサネット拡張コネクター2、USB 3.0×2、",
          "HD対応Webカメラ(ThinkShutter付)、音声入出力、", "指紋センサー、microSDメディアカードリーダ", "価格\t212,000円"],
         ("インターフェイス | USB 3.1 Type-C×2(内一つ電源と共通)、\nイーサネット拡張コネクター2、USB 3.0×2、\n"
          "HD対応Webカメラ(ThinkShutter付)、音声入出力、\n指紋センサー、microSDメディアカードリーダ\n価格 | 212,000円")),
        # a group's label of five words (ADAC's child seats by age)
        (["Britax Römer Dualfix M i-Size\t470 €\tja\t2,1", "ca. 1 bis 12 Jahre", "Cybex Pallas S-Fix\t300 €\tja\t2,1"],
         "Britax Römer Dualfix M i-Size | 470 € | ja | 2,1\nca. 1 bis 12 Jahre\nCybex Pallas S-Fix | 300 € | ja | 2,1"),
    ],
)
def test_lines_of_a_cell_or_a_long_group_label_keep_a_tabbed_table_whole(rows, table):
    """A cell holding line breaks copies its next lines alone, with no tab; they used to cut the table and read as a
    box of short lines, which went."""
    assert text_clean.split_lines("\n".join(rows)) == [table]


def test_four_one_cell_lines_between_tabbed_rows_end_the_table():
    """A cell's lines come three at most under its row: more is text of the page between two tables."""
    lines = ["Umfang", "Gewicht", "Preis", "Farbe"]
    dump = "\n".join(["Name\tWert", "Kupfer\t9,120.50", *lines, "Brent\t71.20", "WTI\t68.10"])
    assert text_clean.split_lines(dump) == ["Name | Wert\nKupfer | 9,120.50", *lines, "Brent | 71.20\nWTI | 68.10"]


def test_a_headline_between_rows_of_a_layout_table_stays_out_of_it():
    """A header bar copied from nested boxes leaves cells empty; in a copy without blank lines the headline between
    two of its rows (actualno's) had joined the bar as one of its rows."""
    headline = "Община Хасково осигури компютри и таблети на деца в социални общежития"
    dump = f"\t\tДнес 155\t\tВчера 181\n{headline}\n15.10.2020 21:55\t\t\t\t78"
    assert headline in text_clean.split_lines(dump)
