"""Text-dump cleaning: the seed (a copied Yonhap page without URL), dev pages copied as text, plain clean text."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from benchmarks.extraction import page_f1, score_page
from benchmarks.splits import load_split
from benchmarks.text_dumps import render, render_bytes
from extractors.clean import clean_document, text_regions, widgets
from extractors.clean import text as text_clean
from extractors.clean.text_regions import AUTHOR_NOTE, line_kind, rebuild_tables
from extractors.records import RawDocument

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_83c1c1272eb04a66.txt"
WIDGET_TEXT = (
    "Go to Contents", "Send Feedback", "How can we improve?", "Thanks for your feedback!",
    "Keywords", "HOME TOP", "(END)", "[email protected]", "email\u00a0protected",
)


STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."


def seed_document():
    return clean_document(RawDocument(str(SEED), SEED.read_bytes(), content_type="text/plain"))


def test_text_dump_reads_headline_section_and_zoned_timestamp():
    doc = seed_document()
    assert doc.title == "N. Korea sent over 13,000 containers suspected of carrying arms to Russia: lawmaker"
    assert doc.section == "North Korea"
    assert doc.published.isoformat() == "2024-08-27T18:05:00+09:00"
    assert doc.language == "en"


def test_text_dump_body_runs_from_dateline_to_last_paragraph():
    doc = seed_document()
    assert doc.text.startswith("SEOUL, Aug. 27 (Yonhap) --")
    assert doc.text.endswith("President Vladimir Putin.")
    assert doc.title not in doc.text
    assert "\n\n\n" not in doc.text and all(p.strip() for p in doc.text.split("\n\n"))


def test_text_dump_drops_widget_lines():
    doc = seed_document()
    for widget in WIDGET_TEXT:
        assert widget not in doc.text, widget


def test_text_dump_folds_repeated_caption_into_captions_once():
    doc = seed_document()
    assert len(doc.captions) == 1
    assert doc.captions[0].startswith("This composite image, provided by Yonhap News TV")
    assert doc.captions[0] not in doc.text


def test_text_dump_without_dateline_starts_at_first_prose_line():
    dump = (
        "Menu\nSearch\n\nCity council approves bridge budget\n\nLocal 09:30 May 2, 2024\n\n"
        "The city council on Thursday approved a budget of 40 million dollars for the new bridge over the river.\n\n"
        "Construction is expected to start next spring and to last about two years, officials said.\n\n"
        "Share\nPrint\n"
    )
    doc = clean_document(RawDocument("dump.txt", dump.encode(), content_type="text/plain"))
    assert doc.title == "City council approves bridge budget"
    assert doc.section == "Local"
    assert doc.text.split("\n\n") == [
        "The city council on Thursday approved a budget of 40 million dollars for the new bridge over the river.",
        "Construction is expected to start next spring and to last about two years, officials said.",
    ]
    assert doc.published.tzinfo is not None  # no profile: the stated time is taken as UTC


def test_plain_text_is_kept_as_clean_body():
    text = "First paragraph,\r\nwith a line break.\r\n\r\n\r\n\r\nSecond   paragraph.\r\n"
    doc = clean_document(RawDocument("a.txt", text.encode(), content_type="text/plain"), plain=True)
    assert doc.text == "First paragraph,\nwith a line break.\n\nSecond paragraph."
    assert doc.captions == ()


# --- pages copied as text: the story among the page's furniture (issue 12) ---------------------------

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "pages"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def copied_page(case_id: str) -> tuple[str, str]:
    """(reference body, the page as a browser's select-all copy) for a dev page of the repo corpus."""
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    meta = json.loads((CORPUS / f"{case_id}.json").read_text(encoding="utf-8"))
    return meta["expected"]["body"], render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))


def clean_dump(text: str):
    return clean_document(RawDocument("dump.txt", text.encode(), content_type="text/plain"))


@pytest.mark.parametrize(
    "case_id",
    [
        "webmd_peanut-allergy__moz",  # mega-menus of short lines before the story
        "liberation_2015_troisieme-francais__moz",  # a live ticker after it
        "br_2024-04-22_evangelische-kirche-landeskirche-will__fundus",  # a teaser rail after it
        "ilanga_2024-11-05_ikhansela-lisola-uthishanhloko-ngezimbuzi__fundus",  # a teaser rail after it
    ],
)
def test_copied_page_yields_its_story_without_the_furniture_around_it(case_id):
    body, dump = copied_page(case_id)
    uncleaned = page_f1(score_page(case_id, dump, body))
    assert uncleaned < 0.8  # the copy holds a lot of furniture
    assert page_f1(score_page(case_id, clean_dump(dump).text, body)) >= 0.9


@pytest.mark.parametrize(
    "case_id",
    [
        "perriault_frontend-code-coverage__moz",  # code and numbered lists inside the story
        "tumblr-mcupdate_2014_minecraft-18__moz",  # a story that is a bulleted list
    ],
)
def test_lists_and_code_inside_a_copied_story_do_not_end_it(case_id):
    body, dump = copied_page(case_id)
    assert score_page(case_id, clean_dump(dump).text, body).recall >= 0.95


def test_teaser_rail_after_the_story_is_cut():
    _, dump = copied_page("br_2024-04-22_evangelische-kirche-landeskirche-will__fundus")
    teaser = "Harmoniezwang? Wie die evangelische Kirche mit Missbrauch umgeht"
    assert teaser in dump and teaser not in clean_dump(dump).text


def test_label_repeated_between_paragraphs_is_dropped_and_does_not_split_the_story():
    paragraphs = [f"{STORY} Paragraph {i} adds a detail." for i in range(6)]
    inserts = ["Article content", "Advertisement", "Story continues below", "Read more", "Article content"]
    lines = ["Menu", "Bridge vote passes"]
    for i, para in enumerate(paragraphs):
        lines += [para, "Article content"] + (inserts if i == 2 else [])
    doc = clean_dump("\n".join(lines + ["Share", "Facebook", "Twitter", "Most read", "Other story", "Contact us"]))
    assert doc.text.split("\n\n") == paragraphs


def with_rows(rows: list[str]) -> str:
    """The seed (a copied Yonhap story) with a table after its last paragraph."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    end = lines.index("(END)")
    return "\n".join(lines[: end - 3] + ["The following are the closing prices:"] + rows + lines[end - 3 :])


def test_text_dump_keeps_rows_of_figures_after_the_story():
    rows = ["KOSPI 2,500.12 +10.50", "KOSDAQ 800.20 -1.20", "Samsung Electronics 70,000 +1.2%"]
    doc = clean_dump(with_rows(rows))
    assert doc.text.split("\n\n")[-2:] == ["The following are the closing prices:", "\n".join(rows)]


def test_text_dump_regroups_a_table_copied_a_cell_per_line():
    cells = ["Index", "Close", "Change", "KOSPI", "2,500.12", "+10.50", "KOSDAQ", "800.20", "-1.20",
             "Won/dollar", "1,320.5", "-2.3"]
    doc = clean_dump(with_rows(cells))
    assert doc.text.split("\n\n")[-1] == (
        "Index | Close | Change\nKOSPI | 2,500.12 | +10.50\nKOSDAQ | 800.20 | -1.20\nWon/dollar | 1,320.5 | -2.3"
    )


def test_copied_page_keeps_its_table_as_rows_of_cells():
    _, dump = copied_page("android-developers-blog_saving-data__moz")
    tables = [p for p in clean_dump(dump).text.split("\n\n") if " | " in p]
    assert any("\nGoogle Maps | 32.7 MB | 17.5 MB (-46%) | 9.6 MB (-71%)\n" in t for t in tables)


@pytest.mark.parametrize(
    "case_id",
    ["heise_1password-mac__moz",  # below the breadcrumb, pager and date lines
     "ndr_2025-06-17_forscher-aus-osnabruck-warnt__fundus"],  # below the menus of regional studios
)
def test_copied_page_headline_is_the_headline_shaped_line_nearest_the_story(case_id):
    meta = json.loads((CORPUS / f"{case_id}.json").read_text(encoding="utf-8"))
    _, dump = copied_page(case_id)
    assert clean_dump(dump).title == meta["expected"]["title"]


@pytest.mark.parametrize(
    "line", ["Artikel teilen", "Das könnte Sie auch interessieren", "Anzeige", "Lo más leído", "Etiquetas",
             "Partager", "Publicité", "Annons"],
)
def test_share_rail_and_ad_lines_of_other_languages_are_widget_lines(line):
    assert widgets.is_widget_line(line)
    sentence = f"{line}, sagte sie, sei nicht genug für die vielen Leser der Zeitung am Montag."
    assert not widgets.is_widget_line(sentence)


def test_comment_section_after_a_copied_story_is_cut():
    body, dump = copied_page("wptavern_2017_stack-overflow-jobs-react__moz")
    text = clean_dump(dump).text
    assert "There are 13 comments" in dump and "I would not be so busy" in dump  # a reader's comment
    assert "I would not be so busy" not in text
    assert page_f1(score_page("wptavern", text, body)) >= 0.95


def test_comment_count_link_in_the_byline_does_not_end_the_story():
    paragraphs = [f"{STORY} Paragraph {i} adds a detail." for i in range(5)]
    lines = ["Bridge vote passes", paragraphs[0], "By Jane Roe", "3 Comments", "14:00, 28 Apr 2024", paragraphs[1],
             "16:05 Update", *paragraphs[2:]]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == paragraphs


def test_copied_yonhap_page_headline_is_the_line_above_its_date_not_the_toolbar():
    data = gzip.decompress((PAGES / "yonhap-en_2017-06-01_sistar-lonely__goosescala.html.gz").read_bytes())
    dump = render_bytes(data)
    assert "Pinterest" in dump and "(ATTN: UPDATES with quotes at bottom)" in dump
    assert clean_dump(dump).title == "(LEAD) Sistar tops music charts with swansong track"


def test_wire_story_runs_from_dateline_to_end_marker_without_the_box_inside_it():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("The military has been tracking"))
    box = ["Related articles", "N. Korea fires missiles", "S. Korea, U.S. hold drills", "Putin visits Pyongyang",
           "Kim inspects factory", "Seoul stocks close higher", "Won falls"]
    doc = clean_dump("\n".join(lines[:at] + box + lines[at:]))
    assert doc.text == seed_document().text


def test_table_rows_that_look_like_counters_or_stamps_stay_in_a_copied_story():
    ranked = ["1", "Samsung Electronics", "70,000", "2", "SK hynix", "180,500", "3", "LG Energy", "402,000"]
    assert clean_dump(with_rows(ranked)).text.split("\n\n")[-1] == (
        "1 | Samsung Electronics | 70,000\n2 | SK hynix | 180,500\n3 | LG Energy | 402,000"
    )
    decimal_first = ["10.25 KOSPI up 0.5%", "12.30 KOSDAQ down 1.2%"]
    assert clean_dump(with_rows(decimal_first)).text.split("\n\n")[-1] == "\n".join(decimal_first)


def test_two_lines_of_labels_and_a_figure_are_not_a_table():
    lines = ["Daily Markets", "Home", "Seoul 2,500", "Index", "Close", "KOSPI 800.20", "The council met on Monday."]
    assert rebuild_tables(lines) == lines
    rows = ["KOSPI", "2,500.12", "KOSDAQ", "800.20", "Won/dollar", "1,320.5"]
    assert rebuild_tables(rows) == ["KOSPI | 2,500.12\nKOSDAQ | 800.20\nWon/dollar | 1,320.5"]


def fixture_copy(case_id: str) -> tuple[str, str]:
    """(reference body, the page as a browser's select-all copy) for a dev page of the test fixtures."""
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    meta = json.loads((PAGES / f"{case_id}.json").read_text(encoding="utf-8"))
    return meta["expected"]["body"], render_bytes(gzip.decompress((PAGES / f"{case_id}.html.gz").read_bytes()))


@pytest.mark.parametrize(
    ("case_id", "caption"),
    [
        ("express_2024-07-18_whingers-harry-meghan-won__fundus",
         "Meghan Markle reportedly hissed at a staff member while on a royal tour (Image: Getty)"),
        ("hamburgerabendblatt_2024-04-28_kinder-marathon-am-sonnabend__fundus",
         "Benjamin Franke ist der beste Hamburger beim Haspa-Marathon 2024. © Witters"),
        ("dw_2024-01-30_russland-wahl-nadeschdin-setzt__fundus",
         ("Gilt als einziger Antikriegskandidat für die russische Präsidentschaftswahl: Boris NadeschdinBild: "
         "Mikhail Sinitsyn/TASS/dpa/picture alliance")),
        ("landesspiegel_2025-06-30_rotary-club-liechtenstein-eschnerberg__fundus",
         "Rainer de Meijer, Irene Lingg, Angelika Stöckel, Philipp Marxer | Foto: Zvg."),
        ("publico_2025-05-29_vecinos-carabanchel-exigen-cambios__fundus",
         ("Cientos de personas en la pradera de San Isidro, a 15 de mayo de 2025, en Madrid (España)."
          "Gustavo Valiente / Europa Press")),
        ("elpais_2024-10-15_bruselas-sondea-apertura-centros__fundus",
         ("Agentes de la policía italiana en el campamento para migrantes de Gjadër (Albania), el 11 de octubre. "
         "Florion Goga (REUTERS)")),
    ],
)
def test_copied_caption_closing_with_its_photo_credit_goes_to_captions(case_id, caption):
    copy = copied_page if (CORPUS / f"{case_id}.json").exists() else fixture_copy
    _, dump = copy(case_id)
    doc = clean_dump(dump)
    assert caption in dump
    assert caption not in doc.text and caption in doc.captions


@pytest.mark.parametrize(
    "line",
    [
        "The company confirmed the figures on Tuesday, a spokesman told Reuters.",  # a sentence citing an agency
        "Photo: AFP",  # a credit alone: the other rules decide
        "The minister (Photo: dpa) spoke first, and the crowd fell silent for a long while after that.",
    ],
)
def test_sentences_and_bare_credits_are_not_credited_captions(line):
    assert not text_clean.is_credited_caption(line)


def test_post_embedded_from_x_and_its_signature_are_dropped_from_a_copied_story():
    body, dump = fixture_copy("gatewaypundit_2026-07-19_protests-grow-dismissal-defense__fundus")
    text = clean_dump(dump).text
    signature = "— RT (@RT_com) July 16, 2026"
    post = "Zelensky ultimately backed Syrsky and showed Fedorov the door"
    story = "Dmytro Koziatynskyi, a military veteran who organised the demonstrations"
    assert signature in dump and post in dump
    assert signature not in text and post not in text
    assert story in text and story in body  # the story's paragraph right above the post stays


def test_date_line_at_the_top_of_a_copied_story_is_metadata():
    _, dump = fixture_copy("express_2024-07-18_whingers-harry-meghan-won__fundus")
    stamp = "11:48, Thu, Jul 18, 2024 | UPDATED: 11:50, Thu, Jul 18, 2024"
    assert stamp in dump and stamp not in clean_dump(dump).text


@pytest.mark.parametrize(
    ("case_id", "heading", "note"),
    [
        ("netzpolitikorg_2024-04-28_breakpoint-hilfe-fundis-kommen__fundus", "Über die Autor:in", "Carla Siepmann"),
    ],
)
def test_note_about_the_author_after_a_copied_story_is_cut(case_id, heading, note):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert f"\n{heading}\n" in dump and note in dump
    assert heading not in text and note not in text
    assert score_page(case_id, text, body).recall >= 0.95


@pytest.mark.parametrize(
    ("case_id", "notice"),
    [
        ("waz_2025-11-05_unbekannte-maya-stadte-werfen__fundus",
         "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu."),
        ("diezeit_2023-04-28_basketball-euroleague-nach-massenschlagerei__fundus",
         "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden."),
        ("tagesspiegel_2024-04-29_eskalation-nordatlantik-wenn-ozeane__fundus",
         "An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt"),
        ("tagesschau_2023-04-28_ausschuss-zur-ahrtal-flut__fundus",  # a teaser with its "more" link
         "der Rücktritt ihres Innenministers. mehr"),
        ("wdr_2024-04-22_feuerwehrleute-sollen-spater-pension__fundus",
         "Mahnwache am Landtag: Feuerwehr protestiert 24 Stunden gegen höheres Pensionsalter | mehr"),
    ],
)
def test_sign_up_consent_and_teaser_lines_are_dropped_from_a_copied_story(case_id, notice):
    _, dump = copied_page(case_id)
    assert notice in dump and notice not in clean_dump(dump).text


BSZ_EMBED = "bsz_2024-01-29_heide-park-eroeffnungstermin-attraktion__fdh2"
#: The FUNKE papers' blocked Instagram embed: its placeholder and label, worded as ZEIT's and the Tagesspiegel's.
BSZ_PLACEHOLDER = ("An dieser Stelle befindet sich ein externer Inhalt von Instagram, der von unserer Redaktion "
                   "empfohlen wird.")


@pytest.mark.parametrize(
    "line",
    [BSZ_PLACEHOLDER + " Er ergänzt den Artikel und kann mit einem Klick angezeigt und wieder ausgeblendet werden.",
     "An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt.", "Externer Inhalt",
     "Externer Inhalt Datenschutzerklärung", "Externen Inhalt anzeigen"],
)
def test_a_blocked_embeds_placeholder_and_label_are_promo_lines(line):
    assert text_regions.PROMO_LINE.fullmatch(line)


def test_a_story_line_about_external_content_is_no_promo_line():
    assert not text_regions.PROMO_LINE.fullmatch("Externer Inhalt ist für die Redaktion ein wachsendes Problem.")


def test_a_blocked_embeds_placeholder_leaves_the_copied_story_and_the_page():
    body, dump = copied_page(BSZ_EMBED)
    page = clean_document(RawDocument(BSZ_EMBED, gzip.decompress((CORPUS / f"{BSZ_EMBED}.html.gz").read_bytes()),
                                      content_type="text/html"))
    story = "Mit Videos und absolut kryptischen Texten"  # the paragraph under the box, in the reference
    assert story in body and BSZ_PLACEHOLDER in dump and "\nExterner Inhalt\n" in dump
    for text in (clean_dump(dump).text, page.text):
        assert BSZ_PLACEHOLDER not in text and "Externer Inhalt" not in text
        assert story in text


@pytest.mark.parametrize(
    "line",
    [
        "By signing up you consent to receive the above newsletter from Postmedia Network Inc.",
        "Add Global News as a Preferred Source on Google to see more of our stories in your search results.",
    ],
)
def test_english_sign_up_notices_are_promo_lines(line):
    assert text_regions.PROMO_LINE.fullmatch(line)
    assert not text_regions.PROMO_LINE.fullmatch("By signing up for the course, students agreed to share their grades.")


@pytest.mark.parametrize(
    ("case_id", "box_line", "resumed"),
    [
        ("lavanguardia_2026-07-10_al-menos-12-fallecidos__fundus",
         "Los bomberos alertan del riesgo prolongado y acumulativo de incendios",
         "La tragedia ha provocado una inmediata cascada de condolencias"),
        ("intercept_2024-02-28_aaron-bushnell-self-immolated__fundus",
         "How the ADL’s Anti-Palestinian Advocacy Helped Shape U.S. Terror Laws",
         "The Intercept analysis linked the acebush1 Reddit account to Bushnell"),
    ],
)
def test_copied_story_resumes_after_a_box_set_inside_it(case_id, box_line, resumed):
    copy = copied_page if (CORPUS / f"{case_id}.json").exists() else fixture_copy
    body, dump = copy(case_id)
    text = clean_dump(dump).text
    assert box_line in dump and box_line not in text
    assert resumed in text and resumed in body
    assert score_page(case_id, text, body).recall >= 0.95


def test_copied_story_does_not_run_on_into_a_dated_story_after_a_box():
    paragraphs = [f"{STORY} Paragraph {i} adds a detail about the cost, the timetable and the objections."
                  for i in range(6)]
    box = ["Most Read", "Bridge closed for repairs", "Mayor opens new library", "Storm damages school roof",
           "Jane Roe", "14:00, 28 Apr 2024"]
    later = [f"Another council, in another town, met on Wednesday and heard item {i} of a long agenda, which "
             f"ran late into the evening as residents queued to speak." for i in range(8)]
    text = clean_dump("\n".join([*paragraphs, *box, *later])).text
    assert text.split("\n\n") == paragraphs


def test_headline_heading_a_copied_story_becomes_its_title_not_its_first_paragraph():
    body, dump = copied_page("derstandard_2024-05-03_nach-kalifat-rufen-hamburg__fundus")
    headline = "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?"
    doc = clean_dump(dump)
    assert headline in dump and headline not in body
    assert doc.title == headline
    assert not doc.text.startswith(headline)


def test_lead_paragraph_ending_with_a_full_stop_is_not_taken_for_a_headline():
    paragraphs = [STORY, f"{STORY} It took six hours.", f"{STORY} It will open in May."]  # a lead of 21 words
    assert clean_dump("\n".join(paragraphs)).text.split("\n\n") == paragraphs


@pytest.mark.parametrize(
    ("case_id", "card", "last_paragraph"),
    [
        ("tageblatt_2025-06-28_nationale-demo-9-juli__fundus",
         "Luxemburg / Wohnungsmarkt stottert im ersten Quartal 2025", "Arm in Arm laufen OGBL und LCGB am 28. Juni"),
        ("stern_2024-11-05_warum-kritik-trumps-charakter__fundus",
         "Republikaner sähen Zweifel Wie US-Behörden gegen Verschwörungsmärchen ankämpfen",
         "Schon in Kürze werden wir herausfinden, ob Trumps Glück endgültig vorbei ist."),
    ],
)
def test_rail_of_dated_cards_after_a_copied_story_is_cut(case_id, card, last_paragraph):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert card in dump and card not in text
    assert last_paragraph in text and last_paragraph in body


def test_stamped_entries_of_a_copied_live_ticker_stay():
    body, dump = copied_page("nzz_2023-10-07_israel-gaza-news-entwicklungen__fundus")
    text = clean_dump(dump).text
    entry = "11.04 Uhr: Israelische Drohne tötet offenbar libanesischen Extremisten"
    assert entry in text and entry in body
    assert "Jonas Roth 13.12.2023 4 min" in dump and "Jonas Roth 13.12.2023" not in text  # a card after the ticker


@pytest.mark.parametrize(
    ("case_id", "date_line"),
    [
        ("eldiario_2025-05-25_albares-defiende-embargo-armas__fundus", "25 de mayo de 2025 16:51 h"),
        ("afpfaktencheck_2026-05-13_angst-vor-hantavirus-lasst__fundus", "Veröffentlicht am 13. Mai 2026 um 15:44"),
    ],
)
def test_date_line_of_any_language_in_a_copied_story_is_dropped(case_id, date_line):
    _, dump = copied_page(case_id)
    assert date_line in dump and date_line not in clean_dump(dump).text


def test_rows_of_a_drawn_table_with_timestamps_stay_in_a_copied_story():
    body, dump = copied_page("hakibenita_2020_sql-anomaly-detection__moz")
    row = "2020-08-01 18:00:00+00"
    assert row in body and row in clean_dump(dump).text


def test_name_under_a_lone_byline_word_is_dropped_from_a_copied_story():
    body, dump = copied_page("br_2024-04-22_evangelische-kirche-landeskirche-will__fundus")
    assert "\nVon\n" in dump and "Jasper Riemann" in dump and "Jasper Riemann" not in body
    assert "Jasper Riemann" not in clean_dump(dump).text


def test_line_after_a_lone_byline_word_stays_when_it_is_a_sentence():
    paragraphs = [STORY, "By", f"{STORY} It took six hours.", f"{STORY} It will open in May."]
    assert clean_dump("\n".join(paragraphs)).text.split("\n\n") == [paragraphs[0], *paragraphs[2:]]


@pytest.mark.parametrize("line", ["Reduces ironing time", "Follows the money trail", "Registers every step"])
def test_a_verb_s_third_person_opening_a_line_is_no_control(line):
    """"Reduce" is a font-size button and "Follow" a prompt, but "Reduces ..." opens a feature bullet or a subheading."""
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize("line", ["Reduce", "Follow", "Tags", "Photos", "Watch: the storm hits the coast"])
def test_bare_control_words_and_plural_labels_stay_widget_lines(line):
    assert widgets.is_widget_line(line)


def test_feature_bullets_do_not_cut_a_copied_review():
    """A product card's feature bullets ("Reduces ironing time", the Telegraph's reviews) read as controls made a run
    of furniture with a widget line inside, which ended the copied story after its first product."""
    para = ("The second airer we tested dried a full load of shirts overnight, and it folded flat enough to slide "
            "behind a door, which matters in a small flat.")
    card = ["£79.99, Lakeland", "Best value heated clothes airer, 9/10", "We like: massively reduces ironing time",
            "Lakeland: half-way between a tumble dryer and an airer", "Holds 10kg of washing on 12 hangers",
            "Three year guarantee", "Reduces ironing time"]
    last = "Rather than heated rungs, this airer has a fan that circulates warm air around the clothes, quietly."
    dump = "\n".join(["Best heated clothes airers", para, para.replace("second", "first"), *card, last, last + " Again."])
    assert last in clean_dump(dump).text


# --- issue 12, cleaning: boxes, galleries, rails and tables in a copied story --------------------------

PARAGRAPH = ("The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river, "
             "and the mayor said work would start in spring.")


def paragraphs(count: int, topic: str) -> list[str]:
    """Story paragraphs of 30 words or more, each told apart by its topic and number."""
    return [f"{PARAGRAPH} {topic} point {i} was raised by residents at the meeting." for i in range(count)]


def test_photo_gallery_of_credited_captions_inside_a_copied_story_does_not_end_it():
    body, dump = copied_page("berlinermorgenpost_2024-05-03_brand-betrieb-lichterfelde-starke__fundus")
    caption = "Rund 170 Feuerwehrleute sind vor Ort. © DPA Images | Christoph Soeder"
    after_gallery = "Über Warnapps wird offiziell vor giftigen Rauchgasen"
    text = clean_dump(dump).text
    assert caption in dump and caption not in text
    assert after_gallery in body and after_gallery in text
    assert line_kind(caption) == "neutral"


def test_ad_slot_placeholder_is_a_widget_line():
    assert widgets.is_widget_line("This advertisement has not loaded yet, but your article continues below.")
    assert not widgets.is_widget_line("The river continues below the dam for ten miles, the council said on Monday.")


def test_copied_story_resumes_after_a_box_of_ad_slots_and_headlines():
    """A Postmedia-style box: ad placeholders and "Story continues below" around five headlines (the box is
    eleven lines long, but only its headlines count against ``BOX_LINES``)."""
    first, rest = paragraphs(3, "Cost"), paragraphs(6, "Timetable")
    box = ["Advertisement 1", "This advertisement has not loaded yet.", "Trending", "Mayor opens new library",
           "Storm damages school roof", "Advertisement 2", "Story continues below",
           "This advertisement has not loaded yet, but your article continues below.", "Bridge closed for repairs",
           "Council tax to rise", "Library hours extended"]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *first, *box, *rest, "Share", "Contact us"])).text
    assert text.split("\n\n") == first + rest


@pytest.mark.parametrize(
    ("case_id", "before_box", "after_box", "box_line"),
    [
        # nine lines of "Mehr zum Thema" teasers (headlines, authors, comment counts) inside the story
        ("faz_2017-11-25_bmw-batteriezelle-kompetenzzentrum__r4j", "Anders als beim Verbrennungsmotor",
         "Entwicklungsvorstand Fröhlich glaubt", "Aufholjagd deutscher Autobauer"),
        # a 63-line "Top 60 US Online Retailers" list inside the story
        ("motherjones_2012-02-27_warehouse-wage-slave__grb", "The place is immense.",
         "Plenty of things can hurt my goals.", "Victoria Secret and Bath & Body Works"),
    ],
)
def test_copied_story_resumes_after_a_long_box_inside_it(case_id, before_box, after_box, box_line):
    """A box longer than ``BOX_LINES`` (up to ``RESUME_BOX_LINES``) cut these stories in two and the part after it
    was lost; the story resumes below it with two paragraphs, so the part after the box is the story's."""
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert before_box in body and after_box in body and box_line in dump and box_line not in body
    assert before_box in text and after_box in text
    assert box_line not in text


def test_copied_story_resumes_after_a_sign_in_box_with_a_subheading_first():
    body, dump = copied_page("lemonde_2023-08-30_sophie-binet-met-garde__fundus")
    text = clean_dump(dump).text
    assert "on peut parler de rupture" in body and "on peut parler de rupture" in text
    assert "Vous possédez déjà un compte" in dump and "Vous possédez déjà un compte" not in text


def test_first_paragraphs_of_a_copied_story_above_a_box_are_kept():
    """The story's second part is long enough that its first part alone is not "a big region"."""
    first, rest = paragraphs(5, "Cost"), paragraphs(14, "Timetable")
    box = ["Advertisement", "Most Read", "Mayor opens new library", "Storm damages school roof", "Council tax to rise",
           "Library hours extended", "Advertisement"]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *first, *box, *rest, "Share", "Contact us"])).text
    assert text.split("\n\n") == first + rest


def test_a_lone_promotion_above_a_box_is_not_taken_for_the_first_paragraphs():
    promo = ("Want to bookmark your favourite articles and stories to read or reference later? Start your Premium "
             "subscription today.")
    rest = paragraphs(8, "Timetable")
    box = ["Advertisement", "Most Read", "Mayor opens new library", "Storm damages school roof", "Council tax to rise",
           "Library hours extended", "Advertisement"]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", promo, *box, *rest, "Share", "Contact us"])).text
    assert text.split("\n\n") == rest


def test_rail_heading_after_a_copied_story_ends_it():
    body, dump = copied_page("mdr_2026-07-08_so-sind-straenbahnen-autobahnen__fundus")
    text = clean_dump(dump).text
    last = "Kauert sagte deswegen im Gespräch mit MDR SACHSEN-ANHALT"
    teaser = "Eine fünfköpfige Motoradstaffel der Johanniter"
    assert last in body and last in text
    assert "Mehr zum Thema Hitzeschäden" in dump and teaser in dump and teaser not in text


def test_english_rail_heading_with_teaser_summaries_after_a_copied_story_ends_it():
    story = paragraphs(6, "Cost")
    rail = ["More from Global News", "Mayor opens new library",
            "The new library on Main Street opened on Saturday with a reading by local authors and a concert.",
            "Storm damages school roof",
            "A storm tore part of the roof off the primary school on Friday night, and classes were moved for a week."]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, *rail, "Contact us"])).text
    assert text.split("\n\n") == story


def test_rail_heading_over_a_box_inside_a_copied_story_does_not_end_it():
    body, dump = copied_page("tonline_2026-01-07_russlands-schattenflotte-usa-stoppen__fundus")
    resumed = "Eigentümer des Schiffes ist nach Angaben"
    assert "\nMehr aus dem Ressort\n" in dump
    assert resumed in body and resumed in clean_dump(dump).text


MARKET_ROWS = [("Wheat (Mar)", "207.49", "+6.25", "+1.06%", "16:26"), ("Corn (Mar)", "730.98", "-7.31", "-1.89%", "16:34"),
               ("Soybeans (Mar)", "313.06", "+5.43", "+0.36%", "16:16"), ("Barley (Mar)", "680.68", "+0.50", "+1.05%", "16:41"),
               ("Rice (May)", "467.68", "-3.78", "-1.91%", "16:45"), ("Coffee Arabica", "787.96", "-6.82", "-0.67%", "16:56")]
MARKET_HEADER = ("Commodity", "Last", "Change", "% Change", "Time")
MARKET_INTRO = ("Wheat and corn futures rose on Wednesday as export demand from North Africa picked up and dry weather "
                "threatened crops in the southern plains, traders said.")
MARKET_LEAD = "The following are the closing prices on the exchange, in dollars per tonne:"
MARKET_MENU = ["Home", "Markets", "Commodities", "Sign in", "Search", "Grain prices rise on export demand", "By Jane Roe"]
MARKET_FOOTER = ["Most read", "Stocks slip as rate fears return", "Oil rises on supply worries", "Gold steady ahead of Fed",
                 "About us", "Contact us", "Copyright 2025 Market News Ltd. All rights reserved."]


def market_page(table: list[str], intro: tuple[str, ...] = (MARKET_INTRO, MARKET_LEAD)) -> str:
    return "\n".join([*MARKET_MENU, *intro, *table, *MARKET_FOOTER])


def rows_block(rows: list[tuple[str, ...]]) -> str:
    return "\n".join(" | ".join(row) for row in rows)


def test_market_table_copied_a_cell_per_line_is_kept_one_row_per_line():
    """Its header row, five label cells on their own lines, is no menu, and its time cells are no stamps."""
    cells = [cell for row in [MARKET_HEADER, *MARKET_ROWS] for cell in row]
    text = clean_dump(market_page(cells)).text
    assert text.split("\n\n") == [MARKET_INTRO, MARKET_LEAD, rows_block([MARKET_HEADER, *MARKET_ROWS])]


def test_table_that_is_the_article_is_kept_after_a_one_sentence_intro():
    cells = [cell for row in [MARKET_HEADER, *MARKET_ROWS] for cell in row]
    intro = "Closing prices of grains and softs on Wednesday, in dollars per tonne."
    text = clean_dump(market_page(cells, (intro,))).text
    assert text.split("\n\n") == [intro, rows_block([MARKET_HEADER, *MARKET_ROWS])]


def test_dated_rows_of_a_price_table_copied_as_lines_are_kept():
    """"12.03.2025 2,594.69 -0.04 +0.88%" reads as a stamp and a card's date: in a run of rows it is neither."""
    rows = [f"{day:02d}.03.2025 2,5{day:02d}.10 +{day}.20 +0.{day:02d}%" for day in range(12, 0, -1)]
    text = clean_dump(market_page(rows)).text
    assert text.split("\n\n") == [MARKET_INTRO, MARKET_LEAD, "\n".join(rows)]


PRICE_ROWS = ["Gold 2,345.60 +12.30 +0.53%", "Silver 27.41 -0.12 -0.44%", "Platinum 968.20 +3.10 +0.32%",
              "Palladium 1,012.50 -8.40 -0.82%"]


def test_rows_of_prices_that_read_like_times_of_day_are_rebuilt_into_one_table():
    """"27.41", "0.12" and "0.44" read as times; with a sign and a percent they are prices, so the row is no date
    line ending the table (which left the rows above it to the furniture)."""
    assert rebuild_tables(PRICE_ROWS) == ["\n".join(PRICE_ROWS)]
    assert rebuild_tables(["Silver 27.41 -0.12 -0.44%", "Copper 48.10 +0.20 +0.4%"]) == [
        "Silver 27.41 -0.12 -0.44%\nCopper 48.10 +0.20 +0.4%"
    ]
    dates = ["Published: 22:04, 22 Apr 2024", "Publisert 05.08.2024, kl. 13.05", "Stand: 23.59 Uhr"]
    assert rebuild_tables(dates) == dates


def test_price_list_copied_a_row_per_line_under_a_one_sentence_intro_is_kept_whole():
    """A table that is the article, copied from a list or a grid of blocks: a row per line, cells between single
    spaces, under a sentence introducing it."""
    intro = "Precious metals prices at 0945 GMT on Monday, in dollars per ounce."
    text = clean_dump(market_page(PRICE_ROWS, (intro,))).text
    assert text.split("\n\n") == [intro, "\n".join(PRICE_ROWS)]


TICKER = "DOW\t38,996.39\t+0.2%\nS&P 500\t5,137.08\t+0.8%\nNASDAQ\t16,274.94\t+1.1%\nFTSE\t7,682.50\t-0.1%"
TICKER_ROWS = "DOW | 38,996.39 | +0.2%\nS&P 500 | 5,137.08 | +0.8%\nNASDAQ | 16,274.94 | +1.1%\nFTSE | 7,682.50 | -0.1%"
LINK_TABLE = "About us\tContact us\tCareers\nTerms of use\tPrivacy policy\tCookies\nAdvertise\tNewsletters\tArchive"


def test_market_table_between_story_paragraphs_is_kept_and_a_table_of_links_in_the_footer_goes():
    story = paragraphs(4, "Cost")
    lines = ["Home", "Markets", "Sign in", "Gold climbs to a record", "By Jane Roe", *story[:2], TICKER, *story[2:],
             LINK_TABLE, "Copyright 2025 Market News Ltd. All rights reserved."]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == [*story[:2], TICKER_ROWS, *story[2:]]


def test_ticker_table_above_the_headline_is_furniture_and_one_under_it_is_the_story():
    """A markets ticker copied with tabs above the story's header (its headline, byline and date) is the page's; the
    same table right under the header opens the story."""
    story = paragraphs(4, "Cost")
    header = ["Gold climbs to a record as investors seek safety", "By Jane Roe", "March 3, 2025 09:41 GMT"]
    doc = clean_dump("\n".join(["Home", "Markets", "Sign in", TICKER, *header, *story, "Contact us"]))
    assert doc.text.split("\n\n") == story
    assert doc.title == header[0]
    doc = clean_dump("\n".join(["Home", "Markets", "Sign in", *header, TICKER, *story, "Contact us"]))
    assert doc.text.split("\n\n") == [TICKER_ROWS, *story]


@pytest.mark.parametrize(
    "box",
    [["NP Posted", "Get a dash of perspective along with the trending news of the day in a very readable format.",
      "Sign Up"],
     ["Ein FUNKE Liebe", "Alle zwei Wochen sonntags: Antworten auf Beziehungsfragen – ehrlich, nah und alltagstauglich.",
      "Jetzt Anmelden!"],
     ["Newsletter: Sport inside", "Jeden Montag die Topstorys der Woche aus der Sportredaktion",
      "Jetzt abonnierenSie können sich jederzeit wieder abmelden, wenn Sie das möchten."],
     ["Tech Today", "Our Tech Today newsletter is a daily briefing of the newest stories, five days a week.",
      "Subscribe"]],
)
def test_newsletter_box_inside_a_copied_story_goes_with_its_name_and_blurb(box):
    story = paragraphs(6, "Cost")
    lines = ["Menu", "Bridge vote passes", *story[:3], *box, *story[3:], "Contact us"]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == story


def test_newsletter_box_right_after_a_copied_story_goes_and_the_last_paragraph_stays():
    """The box closes the story's region; its button lies past it. The last paragraph, signed off in brackets right
    after its closing quote, is no trailing headline."""
    story = [*paragraphs(5, "Cost"), "A reader summed it up: „Kommunikativer Totalschaden. Isch over.“(phy)"]
    box = ["„Zehn vor Zwölf“", "Mit „Zehn vor Zwölf“ bekommst du jeden Mittwoch deinen politischen Snack.",
           "Ich akzeptiere die AGB und nehme den Datenschutzhinweis zur Kenntnis.", "Jetzt anmelden"]
    lines = ["Menu", "Bridge vote passes", *story, *box, "Das könnte Sie auch interessieren", "Contact us"]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == story


@pytest.mark.parametrize(
    "box",
    [["„Was jetzt?“ – Der tägliche Morgenüberblick",
      "Starten Sie mit unserem sehr kurzen Nachrichten-Newsletter in den Tag.", "Registrieren",
      "Mit Ihrer Registrierung nehmen Sie die Datenschutzerklärung zur Kenntnis."],
     ["The Daily Brief", "The news, but shorter, delivered straight to you every morning.", "Subscribe",
      "By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy."]],
)
def test_newsletter_box_whose_button_sits_over_a_consent_notice_goes_whole(box):
    """The button's word is no sign-up call of its own ("Registrieren", "Subscribe"): the consent notice under it
    tells it is one, and the box's name and blurb go with both."""
    story = paragraphs(6, "Cost")
    lines = ["Menu", "Bridge vote passes", *story[:3], *box, *story[3:], "Contact us"]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == story


def test_sign_up_button_under_a_paragraph_takes_no_line_of_the_story():
    """No name label above the lines before the button: what precedes it is the story's."""
    short = "Work on the bridge starts in May, and the council expects the first cars to cross it in 2027."
    story = [*paragraphs(3, "Cost"), short, *paragraphs(3, "Timetable")]
    lines = ["Menu", "Bridge vote passes", *story[:4], "Sign Up", *story[4:], "Contact us"]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == story


def test_layout_table_of_a_byline_copied_with_tabs_is_read_as_lines_not_kept_as_a_table():
    """Nested boxes copy a tab per cell, most of them empty: the byline and date lines they hold go like any byline
    and date line, instead of staying as a table of the story."""
    layout = "\t\t\tBy\t\t\t\tJane Roe\t\t\t\t\tFollow\n\t\t\tMarch 3, 2025 09:41\t\t\t\tComments (25)"
    assert text_clean.split_lines(layout) == ["By Jane Roe Follow", "March 3, 2025 09:41 Comments (25)"]
    story = paragraphs(4, "Cost")
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", layout, *story, "Contact us"])).text
    assert text.split("\n\n") == story
    sparse = "Metal\tBuy\tSell\nGold\t2,345.60\t\nSilver\t27.41\t27.10"
    assert text_clean.split_lines(sparse) == ["Metal | Buy | Sell\nGold | 2,345.60\nSilver | 27.41 | 27.10"]
    spacers = "\t\tBuy\t\t\tSell\nMetals\nGold\t\t\t2,345.60\t\t\t2,340.10\nEnergy\nBrent\t\t\t82.30\t\t\t82.10"
    assert len(text_clean.split_lines(spacers)) == 1  # empty spacer columns, but figures in its rows: a data table


CALENDAR = ["Jan. 1-3: UAH Charger Hockey, Chargers vs. Anchorage, Von Braun Center, 200",
            "Jan. 15-18: BK Productions, 2015 Boat Show, Von Braun Center, 500",
            "Jan. 16-19: North Alabama Hockey Association, Freedom Tournament, Hilton Garden Inn, 800",
            "Jan. 23-25: Huntsville Track Club, Mountain Mist Trail Run, Embassy Suites, 300"]


def test_list_of_data_closing_a_short_story_is_kept_as_rows():
    """A story of two paragraphs whose list of events closes it: the rows, each with figures, under the sentence
    introducing them with a colon, are the story's, so its region outweighs a weather box's notice above it."""
    lead = ("HUNTSVILLE, Alabama - Hockey players, boat dealers and runners are among the groups expected to bring "
            "more than 3,000 visitors to the city in January.")
    intro = ("Here is the visitors bureau's calendar of January events and conventions, with host hotel and "
             "estimated attendance:")
    lines = ["Weather", "Set Your Location (Enter City and State or Zip Code)", "Congratulations!",
             "Your weather is set to . You can change the location at any time.", "News", "Sports", "Business",
             "Politics", "Entertainment", "Obituaries",
             "Opinion", "Hockey, boat show and trail run bring visitors in January", "By Jane Roe", lead, intro,
             *CALENDAR, "View/Post Comments", "Related Stories", "Business resources", "Contact us"]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == [lead, intro, "\n".join(CALENDAR)]


def test_list_of_links_under_a_colon_after_the_story_is_no_list_of_data():
    story = paragraphs(4, "Cost")
    links = ["Council approves new budget", "Mayor opens library", "Storm damages school roof", "Bridge closed"]
    lines = ["Menu", "Bridge vote passes", *story, "Read more stories from our newsroom on this topic:", *links,
             "Contact us"]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == story


def test_links_copied_side_by_side_on_one_line_after_a_copied_story_go():
    story = paragraphs(5, "Cost")
    rows = ["Branding · Terms · Privacy · Twitter · Edit this page on GitHub",
            "Chi Siamo | Dichiarazione di accessibilità | The Trust Project"]
    lines = ["Menu", "Bridge vote passes", *story[:4], rows[1], story[4], *rows]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == story
    assert not text_clean.is_link_row("Lena deCasparis | Contributing Writer | 5 days ago")
    assert not text_clean.is_link_row("Red, white and blue · the colours of the flag · were chosen in 1777.")


def test_lone_row_copied_with_tabs_inside_a_copied_story_is_a_box_not_the_story():
    """A caption beside its credit, a teaser's headline beside its subline: one row of cells with no row around it.
    A paragraph beside its dateline's box stays."""
    story = paragraphs(5, "Cost")
    caption = "A sign for the new bridge along the river road.\t\tJane Roe for the Gazette"
    teaser = "Hedge cutting banned since March\t\t\tHeavy fines for breaking the rule"
    lines = ["Menu", "Bridge vote passes", *story[:2], caption, *story[2:4], teaser, story[4], "Contact us"]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == story
    lead = f"Berlin.\t{story[0]}"
    assert text_clean.card_rows("\n".join([lead, *story[1:]])) == frozenset()
    assert clean_dump("\n".join(["Menu", "Bridge vote passes", lead, *story[1:], "Contact us"])).text.split(
        "\n\n") == [f"Berlin. {story[0]}", *story[1:]]


def test_a_most_read_list_after_the_story_is_not_taken_for_a_table_that_extends_it():
    story = paragraphs(5, "Cost")
    sidebar = ["Share", "Print", "Comments", "Newsletter", "Most read", "11.14 News", "Bridge closed for repairs",
               "07.06 News", "Mayor opens new library", "14.14 News", "Storm damages school roof", "09.26 News",
               "Council tax to rise"]
    assert clean_dump("\n".join(["Menu", "Bridge vote passes", *story, *sidebar])).text.split("\n\n") == story


def test_cluster_of_short_lines_inside_a_copied_story_is_dropped_but_its_last_line_above_a_paragraph_stays():
    """A teaser headline, a photo credit and a caption sit above a subheading (the ORF copies this way): the
    cluster goes, its last line stays, since a paragraph follows it; a cluster with no paragraph after it goes
    whole."""
    first, rest = paragraphs(3, "Cost"), paragraphs(3, "Timetable")
    cluster = ["Gaetz withdraws from the race", "IMAGO/ZUMA Press", "Bondi and Trump in Florida in 2016",
               "Bondi has long been in Trump's orbit"]
    tail = ["Jane Roe", "Reporter", "Tags"]
    text = clean_dump("\n".join([*first, *cluster, *rest, *tail])).text
    assert text.split("\n\n") == [*first, "Bondi has long been in Trump's orbit", *rest]


def test_interview_exchange_of_short_answers_inside_a_copied_story_is_no_cluster():
    """An interview's short questions and answers each close a sentence (or break off with a dash): GQ's "“Yes.”",
    "“He's expressing himself.”", The New Yorker's "Is it a tool?" "A vessel?". They stay; a cluster of furniture
    closes no sentence on every line."""
    first, rest = paragraphs(3, "Cost"), paragraphs(3, "Timetable")
    exchange = ["“Yes.”", "“He doesn't cross the line?”", "“He's expressing himself.”", "“Hate the water.”",
                "In terms of the bridge, which the council voted for after a debate—", "A vessel?"]
    text = clean_dump("\n".join([*first, *exchange, *rest])).text
    assert text.split("\n\n") == [*first, *exchange, *rest]


def test_quote_closing_with_a_low_quote_mark_is_no_furniture_line():
    """German quotes open low and close with “: such a line is a short sentence, never part of a cluster. (The name
    above them goes as a line the story never mentions, ``drop_unrelated_lines``; the quotes stay.)"""
    quote = "„Ich werde nicht Netanyahus Boxsack sein“"
    assert line_kind(quote) == "neutral"
    first, rest = paragraphs(3, "Cost"), paragraphs(3, "Timetable")
    lines = [*first, "Jane Roe", quote, "„Smotrich sagt, er gehe mit Netanyahu“", *rest]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == [*first, quote,
                                                              "„Smotrich sagt, er gehe mit Netanyahu“", *rest]


@pytest.mark.parametrize(
    "prompt",
    ["Join the Conversation", "You must be logged in to join the discussion or read more comments.",
     "Deine Meinung zählt", "Comments"],
)
def test_prompt_to_comment_after_a_copied_story_ends_it(prompt):
    """The comments did not load, so no dated posts follow the prompt; the forum's rules (prose) go with it."""
    story = paragraphs(6, "Cost")
    rules = ("Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments "
             "relevant and respectful. Comments may take up to an hour to appear on the site.")
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, prompt, rules, "Contact us"])).text
    assert text.split("\n\n") == story


def test_note_about_the_author_without_a_heading_after_a_copied_story_is_cut():
    story = paragraphs(6, "Cost")
    note = ("Mark di Stefano is a breaking news reporter for BuzzFeed News and is based in Sydney, Australia, where "
            "he covers politics and the courts.")
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, "Mark di Stefano", note, "Contact us"])).text
    assert text.split("\n\n") == story
    sentence = f"{PARAGRAPH} Jane Roe is a reporter who covered the vote, and she said the result surprised her."
    assert not AUTHOR_NOTE.fullmatch(sentence)


def test_short_lede_sentences_right_above_a_copied_story_open_it():
    lede = ["18-year-old Hanna went missing in Uddevalla on Tuesday.", "The police have now opened a special inquiry."]
    story = paragraphs(5, "Search")
    lines = ["Menu", "Search", "Share", "Print", "Subscribe", "Missing teenager: clothes found", "By Jane Roe", *lede,
             *story, "Contact us"]
    assert clean_dump("\n".join(lines)).text.split("\n\n") == [*lede, *story]


@pytest.mark.parametrize(
    "line",
    ["Read more: GNU MPs’ ‘fact-finding’ trip to Israel likely to deepen political tensions",
     "READ MORE: Europe's lesser-known theme park has terrifying rollercoasters and tickets from £7",
     "READ MORE Post-COVID-19: The future of Nigeria economy",
     "READ MORE Get 75% off annual subscription to Emily Ferguson's exclusive royal newsletter",
     "À lire aussi La natalité russe menacée d’effondrement",
     "Lesen Sie auch: Annalena Baerbock: Kinder, Ausbildung, Politik – alle wichtigen Infos",
     "Zum Artikel: Tarifrunde im ÖPNV: Das wird verhandelt"],
)
def test_link_to_another_story_inside_a_copied_story_is_a_promo_line(line):
    assert text_regions.PROMO_LINE.fullmatch(line)
    story = paragraphs(4, "Cost")
    assert clean_dump("\n".join([*story[:2], line, *story[2:]])).text.split("\n\n") == story


def test_sentence_inviting_to_read_on_is_no_promo_line():
    assert not text_regions.PROMO_LINE.fullmatch("Read more about ad blocking here.")


def test_caption_whose_credit_names_a_photographer_by_an_initial_is_a_credited_caption():
    """The full stop of an initial ("R.Schmitt", "C. Schlippes") ends no sentence after the copyright sign."""
    assert text_clean.is_credited_caption(
        "Katharina Steinruck musste nach 20 Kilometern aufgeben. © IMAGO/Beautiful Sports/ R.Schmitt")
    assert text_clean.is_credited_caption("Die Karte zeigt die Ausbreitung der Rauchwolke. © Morgenpost Infografik/OSM"
                                          " | C. Schlippes /Berliner Morgenpost Infografik OSM Datawrapper")
    assert not text_clean.is_credited_caption("The © sign marks the owner of the photograph. He took it in May.")


def test_caption_closing_with_an_agency_and_its_photographer_is_a_credited_caption():
    assert text_clean.is_credited_caption("El ministro de Exteriores de Portugal, Paulo Rangel. EFE/ J.J. Guillén")
    assert not text_clean.is_credited_caption("The minister said the deal with the AFP/Reuters pool was fair.")


RATES = [("US Dollar", "1,320.50", "+2.30", "+0.17%"), ("Euro", "1,441.20", "-1.10", "-0.08%"),
         ("Japanese Yen (100)", "885.40", "+0.60", "+0.07%"), ("Chinese Yuan", "182.30", "+0.20", "+0.11%")]


def rates_page(cell: str) -> str:
    """A page whose article is a table of rates under a one-sentence intro; ``cell`` wraps each cell's text."""
    menu = "".join(f"<li><a href='/'>{item}</a></li>" for item in ("Home", "News", "Markets", "Currencies", "Video"))
    head = "<tr>" + "".join(f"<th>{name}</th>" for name in ("Currency", "Rate", "Change", "% Change")) + "</tr>"
    rows = "".join("<tr>" + "".join(f"<td>{cell.format(value)}</td>" for value in row) + "</tr>" for row in RATES)
    return (f"<body><nav><ul>{menu}</ul></nav><h1>Won weakens against the dollar</h1><p>By Jane Roe</p>"
            f"<p>Closing rates in Seoul on Wednesday.</p><table>{head}{rows}</table>"
            "<footer><p>Most read</p><ul><li>Stocks slip</li><li>Oil rises</li></ul><p>Contact us</p></footer></body>")


@pytest.mark.parametrize("cell", ["{}", "<p>{}</p>", "<div>{}</div>"])
def test_table_that_is_the_article_is_kept_whatever_its_cells_hold(cell):
    """Cells holding blocks copy a cell per line: the table is rebuilt, and as it follows a sentence introducing
    it, it is the story even with no paragraph around it."""
    lines = clean_dump(render(rates_page(cell))).text.split("\n")
    for row in RATES:
        assert " | ".join(row) in lines


def test_prices_with_a_currency_sign_copied_a_cell_per_line_are_rebuilt_into_a_table():
    cells = ["Metal", "Price", "Change", "Gold", "$2,345.60", "+$12.30", "Silver", "$28.40", "-$0.12",
             "Copper", "$4.51", "+$0.03"]
    assert rebuild_tables(cells) == [
        "Metal | Price | Change\nGold | $2,345.60 | +$12.30\nSilver | $28.40 | -$0.12\nCopper | $4.51 | +$0.03"
    ]


def test_table_of_words_copied_with_tabs_between_short_lines_stays_in_a_copied_story():
    """A table with no figures reads as furniture, but a table it is: no cluster of short lines takes it away."""
    story = paragraphs(4, "Cost")
    table = "Name\tParty\tRole\nJane Roe\tGreens\tChair\nJohn Doe\tLabour\tTreasurer\nMary Major\tLiberal\tSecretary"
    dump = "\n".join([*story[:2], "The new committee", "Members", table, "Appointed", *story[2:]])
    assert "Jane Roe | Greens | Chair\nJohn Doe | Labour | Treasurer" in clean_dump(dump).text


def test_date_lines_one_under_the_other_are_not_rebuilt_into_a_table():
    dates = ["Published: 22:04, 22 Apr 2024", "Updated: 22:05, 22 Apr 2024"]
    assert rebuild_tables(dates) == dates
    rows = ["12.03.2025 2,594.69 -0.04 +0.88%", "11.03.2025 2,478.67 +21.20 -0.04%"]
    assert rebuild_tables(rows) == ["\n".join(rows)]


def sections(count: int) -> list[str]:
    """A subheading and one paragraph longer than a teaser's blurb per section, each a word longer than the last."""
    lines = []
    for i in range(count):
        lines += [f"Lesson {i} for the council", " ".join([PARAGRAPH, STORY, *["Residents"] * i, f"asked for lesson {i}."])]
    return lines


def test_sections_of_one_long_paragraph_under_subheadings_stay_in_a_copied_story():
    story = paragraphs(3, "Cost") + sections(4)
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, "Contact us"])).text
    assert all(line in text for line in story[4::2])


def test_headlines_over_excerpts_cut_to_one_length_after_a_copied_story_are_cut():
    story = paragraphs(3, "Cost")
    rail = [line for i in range(4) for line in (f"Lesson {i} for the council", f"{PARAGRAPH} {STORY} Lesson {i} repeats.")]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, *rail, "Contact us"])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    "case_id",
    [
        "miamiherald_2016_ceos-public-transit__pl",  # answers, each above its speaker's name
        "popsugar_2016-12-19_millennial-decorating-mistakes__pl",  # one paragraph per subheading
    ],
)
def test_long_paragraphs_each_after_a_short_line_are_no_teaser_rail(case_id):
    body, dump = copied_page(case_id)
    assert score_page(case_id, clean_dump(dump).text, body).recall >= 0.95


@pytest.mark.parametrize("heading", ["More Alabama news", "More top stories", "More in Local News"])
def test_more_news_heading_after_a_copied_story_ends_it(heading):
    story = paragraphs(6, "Cost")
    footer = ["Note to readers: if you purchase something through one of our links we may earn a commission.",
              "Disclaimer",
              ("Registration on or use of this site constitutes acceptance of our User Agreement, Privacy Policy and "
               "Cookie Statement, and Your California Privacy Rights, which were all updated at the start of the year."),
              "Community Rules apply to all content you upload or otherwise submit to this site."]
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, heading, *footer, "Ad Choices"])).text
    assert text.split("\n\n") == story


def test_ad_label_with_a_dash_repeated_between_paragraphs_does_not_split_the_story():
    """Five ad slots' label around a box of four links: with the label counted as furniture the box ran six lines
    and cut the story's short tail off."""
    ad = "Advertisement - story continues below"
    story = paragraphs(5, "Cost")
    box = ["READ MORE:", "Foundation Weekly: The failure of bridges in one chart",
           "City Journal: New results on river crossings", "Daily Record: The scandal of ferries",
           "Policy Institute: More money, same problems"]
    tail = ["The river crossing is not only a problem of the poor districts, the mayor said, and both banks agree.",
            "And that, said the mayor to the residents of both banks, is the bridge."]
    lines = ["Menu", "Bridge vote passes", story[0], ad, *story[1:4], ad, story[4], ad, *box, tail[0], ad, ad, tail[1],
             ad, "Submit a Correction"]
    text = clean_dump("\n".join(lines)).text
    assert ad not in text and all(para in text for para in story + tail)
