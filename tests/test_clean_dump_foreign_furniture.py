"""Issue 12, dumps16: furniture of German, French, Spanish, Japanese, Chinese and Polish pages that a copy keeps
inside the story — a bar of article tools on one line, relative stamps, an editors' note and its label, links to more
stories, a control to unfold a list, a call to give the story as a gift, newsletter pitches, links to the neighbouring
story, read-also labels over a headline, comment counters, recommendation headings over a rail — leaves it, while story
sentences using the same words stay.

Each entry of ``extractors/clean/data/<language>/`` was seen on dev pages of two publishers or more (named in the data
files); the real pages here are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE, RAIL_HEADING, drop_related_links
from extractors.clean.widgets import is_widget_line
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    "line",
    [
        "TeilenMerkenDrucken", "Teilen Twittern Senden", "Drucken & Archivieren", "vor 1 Std.", "vor 5 Min.",
        "Hinweis:", "Hinweis", "Mehr News", ">>> Mehr Gastkommentare",  # German
        "Afficher plus", "Voir plus", "Infolettre Info nationale", "Newsletter Politique",  # French
        "Regala esta noticia", "Regala elDiario.es",  # Spanish
        "≪前の記事", "≫次の記事", "次の記事を読む",  # Japanese
    ],
)
def test_foreign_furniture_line_is_a_widget_line(line):
    assert is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Teilen und Herrschen war seine Devise.",
        "Hinweis: Die Polizei bittet Zeugen, sich unter der Nummer 110 zu melden, wenn sie etwas gesehen haben.",
        "Mehr Nachrichten als je zuvor erreichten die Redaktion in dieser Woche.",
        "Voir plus loin que le prochain budget, a demandé le ministre aux députés.",
        "Regala flores a su madre cada domingo, contó el vecino.",
        "La newsletter du maire, envoyée chaque lundi, a été supprimée.",
        "次の記事では、新しいSSDの性能を詳しく紹介する。",
    ],
)
def test_story_sentences_with_the_same_words_are_no_widget_lines(line):
    assert not is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        ("Gastkommentare und Beiträge von externen Autorinnen und Autoren wie dieser hier müssen nicht der Meinung der "
         "Redaktion entsprechen."),
        "Leserkommentare geben nicht die Meinung der Redaktion wieder.",
        "Nouvelles, analyses, reportages : deux fois par jour, recevez l’essentiel de l’actualité.",
        "Recevez l'actu Libé tous les matins par email",
        "ニュースレターに登録して、“最新情報”を見逃さないようにしよう。",
        "ニュースレターを登録すると続きが読めます（無料）",
        ("Informieren Sie sich durch die junge Welt: Testen Sie für zwei Wochen die gedruckte Zeitung. Sie bekommen sie "
         "kostenlos in Ihren Briefkasten. Das Angebot endet automatisch und muss nicht abbestellt werden."),
        ("Melden Sie sich jetzt mit Ihrem bestehenden Account an oder testen Sie unser digitales Abo mit Zugang zu allen "
         "Artikeln."),
        "Um sich diesen Artikel anzuhören, melden Sie sich bitte an.",
    ],
)
def test_editors_notes_and_newsletter_pitches_are_dump_promotions(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Meinung der Redaktion ist klar: Das Gesetz kommt zu spät.",
        "Le ministre a dit : « Recevez ma démission », avant de quitter la salle du conseil.",
        "同社は昨年、顧客向けのニュースレターの発行をやめた。",
        "Testen Sie Ihr Wissen über die Geschichte der Stadt in unserem Quiz zum Jubiläum.",
        "Wer die Sitzung anhören will, muss sich bis Freitag beim Landratsamt anmelden, sagte der Sprecher der Behörde.",
    ],
)
def test_story_sentences_on_opinions_and_newsletters_are_no_promotions(line):
    assert not DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("label", ["Przeczytaj także:", "Polecany artykuł:", "Czytaj więcej"])
def test_polish_read_also_label_goes_with_the_headline_under_it(label):
    story = [f"Rząd przyjął w czwartek projekt ustawy, który trafi teraz do Sejmu i Senatu, punkt {i}." * 2
             for i in range(4)]
    headline = "Francuskie myśliwce przechwyciły rosyjski samolot nad Bałtykiem"
    assert drop_related_links([*story[:2], label, headline, *story[2:]]) == story


def test_read_also_boxes_leave_a_copied_polish_story():
    body, dump = copied_page("portalobronny_2025-02-11_su-24-przestrzen-powietrzna-polski__jmp")
    teaser = "Francuskie myśliwce przechwyciły rosyjski samolot nad Bałtykiem."
    after_box = "Jak informuje Dowództwo Operacyjne SZ w swoim komunikacie"
    text = clean_dump(dump).text
    assert "Polecany artykuł:" in dump and "Polecany artykuł:" not in text
    assert teaser in dump and teaser not in text
    assert after_box in body and after_box in text


def test_tool_bar_and_editors_note_leave_copied_german_stories():
    _, faz = copied_page("faz_2024-04-17_schweiz-ist-groer-tummelplatz__fundus")
    body, presse = copied_page("diepresse_2025-06-05_nennen-wir-ihn-doch__fundus")
    assert "TeilenMerkenDrucken" in faz and "TeilenMerkenDrucken" not in clean_dump(faz).text
    text = clean_dump(presse).text
    assert "Meinung der Redaktion" in presse and "Meinung der Redaktion" not in text
    assert ">>> Mehr Gastkommentare" not in text
    assert "Geografisch gesehen ist der Anspruch ein Unentschieden" in body
    assert "Geografisch gesehen ist der Anspruch ein Unentschieden" in text


@pytest.mark.parametrize("line", ["延伸 · 推荐", "为您推荐", "精彩推荐", "推荐", "推荐阅读相关主题："])
def test_chinese_recommendation_headings_are_rail_headings(line):
    assert RAIL_HEADING.fullmatch(line)


@pytest.mark.parametrize("line", ["他向记者推荐了三本关于教育的书。", "推荐信已经寄出"])
def test_chinese_story_lines_naming_a_recommendation_are_no_rail_headings(line):
    assert not RAIL_HEADING.fullmatch(line)


@pytest.mark.parametrize("line", ["57人参与11评论", "1032人参与308评论", "参与12934"])
def test_chinese_comment_counters_are_widget_lines(line):
    assert is_widget_line(line)


def test_recommended_teaser_leaves_a_copied_chinese_story():
    body, dump = copied_page("netease-zh_2019-09-07_policewoman-calls-line-cut__gne3")
    teaser = "女警一天打100电话被停机 电信:核实非诈骗后恢复"
    last = "归根结底，打击拦截电信诈骗也得精准拦截，在已有技术手段下尽量避免误伤。"
    text = clean_dump(dump).text
    assert teaser in dump and teaser not in text
    assert last in body and last in text
