"""Issue 12: lines opening with a label the copied story repeats are the fields of its items, not a box of furniture
(``fields.field_lines``, used by ``text_regions.drop_boxes`` and the trailing-line rule of ``text.finish_paragraphs``).
"""
from __future__ import annotations

import gzip
import json

import pytest

from benchmarks.extraction import SHARED_PAGES
from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from extractors.clean.fields import field_lines
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page


def copied_shared_page(case_id: str) -> tuple[str, str]:
    """(reference body, the page as a browser's copy) for a dev page of the shared corpus beside the repo."""
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    meta, page = SHARED_PAGES / f"{case_id}.json", SHARED_PAGES / f"{case_id}.html.gz"
    if not page.exists():
        page = SHARED_PAGES / f"{case_id}.html"
    if not meta.exists() or not page.exists():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    data = page.read_bytes()
    data = gzip.decompress(data) if page.suffix == ".gz" else data
    return json.loads(meta.read_text(encoding="utf-8"))["expected"]["body"], render_bytes(data)


def test_a_buying_guides_verdict_fields_stay_in_the_copied_story():
    """The Telegraph's guide gives each product "We like: ..." and "We don't like: ..." lines between its price and
    its buttons: short lines in a run, which read as a cluster of furniture."""
    body, dump = copied_shared_page("telegraph_2023-08-30_best-heated-clothes-airers__fundus")
    fields = ["We like: the addition of a ventilated cover speeds up the drying process",
              "We don’t like: it’s large when deployed", "We like: the shoe racks at the bottom"]
    text = clean_dump(dump).text
    for field in fields:
        assert field in body and field in text


def test_a_blog_posts_records_of_br_lines_stay_to_the_story_end():
    """A goo blog post lists each winning horse as a block of ``<br>`` lines (its sale, price, owner, trainer,
    breeder): the story ended with such blocks, and the rule dropping short lines after a story took them back to the
    last sentence (recall 0.06). Its last horses are still cut by the dated-card rule (the race lines carry dates)."""
    body, dump = copied_page("umaichi_2020-07-12_jra-sale-graduates-winners__hd6")
    fields = ["落札価格：62,000,000円(税別)", "調教師：安田 隆行 氏", "販売者・生産牧場：(有)道見牧場"]
    text = clean_dump(dump).text
    for field in fields:
        assert field in body and field in text


def test_kickers_credits_and_times_are_no_fields():
    """A teaser's kicker over its headline ("Baufinanzierung: ..." three times in the Berliner Morgenpost's box), a
    photo credit ("Image: ...") and a live blog's time ("19:48Antony ...") open with a colon too."""
    lines = ["Baufinanzierung: Experte warnt vor teurem Fehler", "Baufinanzierung: Diese Zinsbindung bietet Zinsen",
             "Baufinanzierung: Frühindikator liefert Zins-Signal", "Image: PA", "Image: Getty", "Image: Reuters",
             "19:48Antony Clements-Thrower", "19:32Antony Clements-Thrower", "19:10Antony Clements-Thrower",
             "We like: the low energy consumption", "We like: the shoe racks", "We like: that it folds flat"]
    assert field_lines(lines) == frozenset({9, 10, 11})


def _sale_results(breeders: list[str]) -> str:
    """A copied blog post on the wins of horses sold at auction (our own wording, a goo blog's shape): a sentence on
    each win over its block of fields."""
    blocks = [
        f"{name}は{day}日の函館で未勝利戦を勝ち上がり、最後の直線で後続を突き放して2馬身差の完勝を収めた。\n"
        f"取引市場：2018年度セレクトセール1歳(No.{lot})\n落札価格：{price}円(税別)\n調教師：{trainer} 氏\n{breeder}"
        for name, day, lot, price, trainer, breeder in zip(
            ["ノーザンラーク", "シルバーコメット", "リバーダンス"], [11, 12, 13], [52, 119, 40],
            ["17,000,000", "92,000,000", "36,000,000"], ["長谷川 浩大", "菊沢 隆徳", "西村 真幸"], breeders, strict=True)
    ]
    return "\n".join(["ホーム", "競馬", "セール情報", DUMP_STORY[0], DUMP_STORY[1], *blocks, DUMP_STORY[2], DUMP_STORY[3],
                      "会社概要", "お問い合わせ"])


def test_a_field_repeated_under_two_items_stays_under_each_and_is_no_caption():
    """A line the dump repeats reads as a gallery's caption; a goo blog's sale results give four horses the same
    "販売者･生産牧場：社台ファーム" line (and Android Authority's and Xataka's pages repeat list items, "Price: Free /
    In-app purchases"), so a repeated field went to the captions and its item lost it."""
    breeder = "販売者･生産牧場：社台ファーム"
    document = clean_dump(_sale_results([breeder, "販売者･生産牧場：ノーザンファーム", breeder]))
    assert document.text.count(breeder) == 2
    assert breeder not in document.captions


def test_capitalised_fields_count_in_a_record_of_labels():
    """A list's items set out in fields whose values open with a capital ("Price: Free", "Developer: Appxplore" under
    each app on Android Authority, "Género: Crimen, Drama" over "Años: 2002-2008" on PCWorld) are fields: each line
    stands next to another label's. A kicker repeated over headlines in a run of its own is none."""
    lines = ["An app that sorts your photos by the faces in them.", "Price: Free", "Developer: Picto Labs",
             "A puzzle game with a hundred levels of sliding tiles.", "Price: Free / In-app purchases",
             "Developer: Tile Works", "A notes app that syncs with your watch.", "Price: Free", "Developer: Wrist Co",
             "Baufinanzierung: Experte warnt vor teurem Fehler", "Baufinanzierung: Diese Zinsbindung bietet Zinsen",
             "Baufinanzierung: Frühindikator liefert Zins-Signal"]
    assert field_lines(lines) == frozenset({1, 2, 4, 5, 7, 8})


def test_an_app_lists_price_and_developer_lines_stay_in_the_copied_story():
    """Android Authority's list of new apps gives each a "Price:" and a "Developer:" line: short lines in a run, read
    as a cluster of furniture while their capitalised values kept them from being fields."""
    body, dump = copied_page("androidauthority_2024-11-30_best-new-android-apps-december__jmp2")
    fields = ["Price: Free / Requires an active Netflix subscription", "Developer: Frosty Pop / Netflix"]
    text = clean_dump(dump).text
    for field in fields:
        assert field in body and field in text
