"""Issue 12: lines of pages copied as text that the dump cleaner lost or kept, from dev misses (fragments of dev pages
or our own wording in their shape)."""
from __future__ import annotations

import pytest

from extractors.clean import text as text_clean
from extractors.clean import text_regions, widgets
from tests.test_clean_text import clean_dump, paragraphs

PARAGRAPH_OF_50_WORDS = " ".join(["The council met again on Tuesday and the mayor spoke about the bridge."] * 4)


@pytest.mark.parametrize(
    "line",
    [
        # author's initials closing the last paragraph (Merkur, Freie Presse, heise, Libération)
        "Ob sich seine Vorhersagen bestätigen, wird Reading aber nicht mehr erfahren. Der Autor ist 2017 verstorben. (nz)",
        "Los geht es am Freitag um 17 Uhr. Der Eintritt zum Hutfestival ist frei. (kas)",
        "The trailer above gives away nearly every action scene of the film, so watch it with care. (A.H.)",
        # a sentence in brackets (Salon, Het Nieuwsblad)
        "Uber slashes drivers' rates, while claiming they don't need to unionize. (The Teamsters disagree.)",
        "De overstromingen in Wallonië grijpen haar zwaar aan. (Tekst gaat verder onder de foto.)",
        # "File-" as a word, not the agencies' "FILE - " caption opening (Android Developers Blog)
        "File-by-File patching is based on detecting changes in the uncompressed data of the two files.",
    ],
)
def test_paragraph_closing_with_initials_or_a_bracketed_sentence_is_no_caption(line):
    assert not widgets.is_caption_line(line)


@pytest.mark.parametrize(
    "caption",
    [
        "Police stand guard outside the court on Monday. (AFP)",
        "Hamas leader Yahya Sinwar speaks at his office in Gaza City in April 2022. (Adel Hana/The Associated Press)",
        "FILE - Protesters gather outside the parliament building in the capital on Monday.",
    ],
)
def test_captions_closing_with_a_named_credit_stay_captions(caption):
    assert widgets.is_caption_line(caption)


def test_signed_last_paragraph_of_a_copied_story_stays_in_its_body():
    story = paragraphs(5, "Cost")
    signed = "The festival opens on Friday at five, and entry to all three days of the hat festival is free. (kas)"
    text = clean_dump("\n".join(["Menu", "Hat festival returns", *story, signed, "Share", "Contact us"])).text
    assert text.split("\n\n") == [*story, signed]


def test_list_a_sentence_introduces_does_not_cut_a_copied_story():
    """A list copied a line per item without its bullets (the BBC, Fox Business): its items are short lines that
    would otherwise make a run of furniture and split the story, losing its first paragraphs."""
    first, rest = paragraphs(3, "Cost"), paragraphs(8, "Timetable")
    intro = "In a long interview on Friday, the mayor also said:"
    items = ["The bridge must be finished before the winter", "Tolls will not rise next year",
             "The old ferry will keep running on weekends", "Cyclists get their own lane",
             "The river path reopens in May", "Read the full transcript of the interview"]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *first, intro, *items, *rest, "Share"])).text
    assert text.split("\n\n") == [*first, intro, *items, *rest]


def test_label_with_a_colon_over_a_byline_box_is_no_list():
    lines = ["Author of the article:", "Jane Roe", "Published May 7, 2025", "Join the conversation",
             *paragraphs(4, "Cost")]
    assert not text_regions.list_items(lines)


def test_footer_of_sites_with_blurbs_is_not_taken_for_a_short_story():
    """The Yomiuri's footer lists the group's sites, each a name and a one-sentence blurb: more prose than its short
    story, but no paragraph follows another."""
    story = paragraphs(5, "Cost")
    sites = [line for i in range(40) for line in (f"Group site {i}", (f"Site {i} gathers the group's reviews of "
                                                  f"concerts, films and plays across the whole country every week."))]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, "Share", "Print", "Save", "Login", "Register",
                                 "Our sites", *sites, "Contact us"])).text
    assert text.split("\n\n") == story


def test_a_story_of_short_paragraphs_under_subheadings_is_no_rail():
    lines = [line for i in range(6) for line in (f"Part {i}", PARAGRAPH_OF_50_WORDS)]
    region = text_regions.Region(0, len(lines), 300.0)
    assert not text_regions._is_rail(lines, region, frozenset())


@pytest.mark.parametrize(
    "line",
    ["ログイン", "新規登録", "はてなブックマーク", "記事を保存する", "印刷する", "フォローする", "関連キーワード",
     "アクセスランキング", "【関連記事】東京女子医大、理事長「1強体制」だったガバナンス見直しへ",  # ja
     "分享到", "分享到微信", "我要分享", "收藏文章", "首页"],  # zh
)
def test_japanese_and_chinese_controls_are_widget_lines(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    ["韓国の尹錫悦大統領は３日夜、緊急談話を出し、「非常戒厳」を宣言した。",  # a sentence of a Yomiuri story
     "ログインした利用者の情報が流出した恐れがあると発表した。",  # a sentence opening with a control word
     "谷歌在2014年收购的人工智能公司开发出一款计算机。"],
)
def test_japanese_and_chinese_sentences_are_no_widget_lines(line):
    assert not widgets.is_widget_line(line)


def test_japanese_read_also_heading_after_a_copied_story_ends_it():
    story = [f"韓国の大統領は{i}日夜、緊急談話を出し、野党が国政をまひさせているとして非常戒厳を宣言した。" * 3
             for i in range(1, 6)]
    rail = ["あわせて読みたい", "国境の２離島が消失か、存在を確認できず",
            "日本を「敵性国家」とする大統領候補「韓国は警戒心を持たずにいられない」"]
    text = clean_dump("\n".join(["ログイン", "国際", *story, *rail, "関連キーワード", "サイトマップ"])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    "note",
    [
        "Korrespondent Ulrich Exner ist bei WELT für landespolitische Themen zuständig.",  # Die Welt
        "Redakteur in der Rhein-Main-Zeitung, verantwortlich für den Rhein-Main-Teil der Sonntagszeitung.",  # FAZ
        "Redactor y portadista en el equipo de Última hora, y también cronista de conciertos para Cultura.",
        "Es jefa de la delegación de Bruselas. Antes, en Moscú, se ocupó de Rusia y Ucrania.",  # El País
    ],
)
def test_german_and_spanish_note_about_the_author_after_a_copied_story_is_cut(note):
    story = paragraphs(6, "Cost")
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, "Jane Roe", note, "Share"])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    "line",
    ["Reporter im Einsatz berichteten von schweren Schäden an der Brücke, sagte die Polizei.",
     "Periodistas y fotógrafos esperaban frente al tribunal desde primera hora."],
)
def test_a_sentence_about_reporters_is_no_note_about_the_author(line):
    assert not text_regions.AUTHOR_NOTE.fullmatch(line)


@pytest.mark.parametrize(
    "caption",
    [
        "Pro Stunde werden in Schmalkalden etwa 45 Schweine geschlachtet. Bildrechte: MDR/David Straub",  # MDR
        "Schwarzer Badeanzug von ISABEL MARANT, über Matchesfashion.com.Foto: Nikolai von Bismarck",  # Vogue
    ],
)
def test_captions_closing_with_a_credit_after_a_full_stop_or_in_brackets_are_credited_captions(caption):
    assert text_regions.is_credited_caption(caption)


def test_a_sentence_naming_its_source_is_no_credited_caption():
    assert not text_regions.is_credited_caption("Die Zahl stammt aus einer Umfrage. Quelle: eigene Berechnungen, sagte er!")


def test_a_paragraph_the_copy_repeats_is_kept_once():
    """A lead shown twice (Rzeczpospolita) or a pull quote repeating a paragraph (Daily Maverick) is the story's;
    a repeated short line stays a caption."""
    story = paragraphs(5, "Cost")
    caption = "The new bridge over the river at dusk."
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", story[0], caption, *story[:3], caption, *story[3:],
                                 "Share"]))
    assert text.text.split("\n\n") == story
    assert caption in text.captions


def test_headlines_after_the_last_paragraph_of_a_copied_story_are_cut():
    """Teaser headlines ending in a quote read as sentences (la Repubblica, Het Nieuwsblad, The Onion)."""
    story = paragraphs(5, "Cost")
    teasers = ["Premier De Wever sust in eerste Franstalig interview: “Jullie moeten je helemaal geen zorgen maken”",
               "Silvia Wang e il benessere mentale a portata di clic: “Ecco come è nata Serenis”",
               "The Onion Reviews 'The Hobbit: The Battle Of The Five Armies'"]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, *teasers])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    "last",
    ["„Wir freuen uns auf die neuen Projekte“, sagte der neue Präsident nach seiner Wahl.",
     "“We will build the bridge before the winter, whatever the council decides next week.”",
     "The app costs 50 euros and needs macOS 10.10 or later. (bsc)",
     "- Removed the old ferry timetable and the bus connections to the harbour"],
)
def test_a_copied_story_ending_with_a_sentence_a_sign_off_or_a_list_item_keeps_it(last):
    story = [*paragraphs(5, "Cost"), last]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, "Share", "Contact us"])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    "caption",
    ["(Symbolbild) Wenn Bus und Bahn stillstehen, wird der Arbeitsweg für viele zur Herausforderung.",  # BR24
     '"Marinera", vormals "Bella 1" (Archivbild): Russland entsandte eigene Kräfte, um das Schiff zu schützen.'],
)
def test_caption_naming_its_kind_of_picture_is_a_credited_caption(caption):
    assert text_regions.is_credited_caption(caption)


def test_a_paragraph_about_an_archive_picture_is_no_caption():
    line = ("Das Archivbild zeigt den Hafen im Jahr 1950, als noch täglich Dampfer anlegten und die Stadt vom Handel "
            "lebte; heute liegen dort nur noch Segelboote, und die alten Speicher sind zu Wohnungen umgebaut worden, "
            "die sich kaum jemand leisten kann.")
    assert not text_regions.is_credited_caption(line)


@pytest.mark.parametrize(
    ("mark", "notice"),
    [("Services Le Monde", ["Lecture du Monde en cours sur un autre appareil.",
      ("Parce qu’une autre personne (ou vous) est en train de lire Le Monde avec ce compte sur un autre appareil, "
      "ce message s’affiche sur les deux appareils."),
      ("Vous ne pouvez lire Le Monde que sur un seul appareil à la fois (ordinateur, téléphone ou tablette), mais "
      "vous pouvez vous connecter sur autant d’appareils que vous le souhaitez.")]),
     ("Canal EL PAÍS", ["Tu suscripción se está usando en otro dispositivo",
      ("Si quieres compartir tu cuenta, cambia tu suscripción a la modalidad Premium, así podrás añadir otro usuario "
      "y cada uno accederá con su propia cuenta."),
      ("Si decides continuar compartiendo tu cuenta, este mensaje se mostrará en tu dispositivo y en el de la otra "
      "persona que está usando tu cuenta.")])],
)
def test_notice_that_the_subscription_is_read_on_another_device_ends_a_copied_story(mark, notice):
    """The notice is the publisher's wording (Le Monde, El País): its site profile, found by a menu line of the
    copy (``text_mark``), ends the story there; without that line the copy is an unknown site's."""
    story = paragraphs(6, "Cost")
    text = clean_dump("\n".join(["Menu", mark, "Bridge vote passes", *story, *notice, "Contact us"])).text
    assert text.split("\n\n") == story
    unknown = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, *notice, "Contact us"])).text
    assert notice[1] in unknown


@pytest.mark.parametrize(
    "date_line",
    ["April 28 2023, 3:54 p.m.",  # The Intercept
     "posted on April 21, 2015, at 11:29 a.m.",  # BuzzFeed
     "By C. Ryanne Laratonda | Posted Feb. 27, 2014, 5:17 p.m."],  # Backstage
)
def test_date_line_ending_with_a_m_or_p_m_is_dropped_from_a_copied_story(date_line):
    story = paragraphs(5, "Cost")
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", story[0], date_line, *story[1:], "Share"])).text
    assert text.split("\n\n") == story


def test_sentence_with_a_date_ending_with_p_m_stays_in_a_copied_story():
    """A date line is short; a sentence naming the day and hour of an event runs longer."""
    story = [*paragraphs(3, "Cost"), ("The council said it will vote on the new bridge again on Tuesday, May 6, 2025, "
                                     "at 7:30 p.m."),
             *paragraphs(3, "Timetable")]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, "Share"])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    "promo",
    ["I would like to be emailed about offers, event and updates from Evening Standard. Read our privacy notice.",
     ("Our community members are treated to special offers, promotions, and adverts from us and our partners. You can "
     "check out at any time. Read our Privacy Policy"),
     "Interested in more newsletters? Browse here.",
     ("Mit „Zehn vor Zwölf“ bekommst du jeden Mittwoch deinen politischen Mittags-Snack in den Posteingang. "
     "Jetzt anmelden!"),
     "Jetzt abonnierenSie können sich jederzeit wieder abmelden, wenn Sie das möchten."],
)
def test_newsletter_consent_and_pitch_lines_are_promo_lines(promo):
    assert text_regions.PROMO_LINE.fullmatch(promo)


@pytest.mark.parametrize(
    "line",
    ["Bürger können sich ab sofort online anmelden, sagte die Stadt; jetzt anmelden lohne sich besonders.",
     "The company said users can read our privacy policy experts' report on its website."],
)
def test_sentences_about_signing_up_or_privacy_are_no_promo_lines(line):
    assert not text_regions.PROMO_LINE.fullmatch(line)


def test_fixed_width_table_keeps_its_header_row_and_cells_separated():
    """A listing aligned with runs of spaces: its header row of labels stays with the rows, a row per line."""
    lines = ["Menu", "Bond yields", "SEOUL, Dec. 2 (Yonhap) -- Bond yields closed mixed on Wednesday.",
             "Tenor       Yield     Change", "3-year      2.851     -0.012", "5-year      2.903     -0.008",
             "10-year     2.998     +0.004", "(END)", "Send Feedback"]
    dump = "\n".join(lines)
    text = clean_dump(dump).text
    assert "Tenor | Yield | Change\n3-year | 2.851 | -0.012\n5-year | 2.903 | -0.008\n10-year | 2.998 | +0.004" in text


def test_two_aligned_lines_of_words_are_no_table():
    assert text_clean.split_lines("Name     Role\nJane Roe     Mayor") == ["Name Role", "Jane Roe Mayor"]


@pytest.mark.parametrize(
    ("mark", "notice"),
    [("Services Le Monde", "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés."),
     ("日本経済新聞", "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。")],
)
def test_notice_that_the_rest_of_the_story_is_for_subscribers_ends_a_copied_story(mark, notice):
    story = paragraphs(6, "Cost")
    rest = [("Vous ne pouvez lire ce journal que sur un seul appareil à la fois, ordinateur, téléphone ou tablette, "
            "mais vous pouvez vous connecter sur autant d’appareils que vous le souhaitez.")] * 2
    lines = ["Menu", mark, "Bridge vote passes", *story, notice, rest[0], "Abonnez-vous", rest[1]]
    text = clean_dump("\n".join(lines)).text
    assert text.split("\n\n") == story
