"""Issue 12, dumps32: page controls copied as one- or two-word lines ("Bookmark", "Reprints", "Spenden", "16
Komentar") and a gallery's slide counters ("1/14") leave a text dump, while story lines with the same words or
figures stay.

Each entry of ``extractors/clean/data/<language>/widget_lines.txt`` was seen on dev pages of two publishers or more
(named in the data files); the real pages here are dev pages of ``benchmarks/corpus``.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE
from extractors.clean.widgets import is_slide_counter, is_widget_line
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    "line",
    ["Bookmark", "Copy", "Transcript", "Reprints", "Shop", "Next", "See all", "Spenden",
     "16 Komentar", "Komentar:", "KOMENTAR"],
)
def test_control_labels_alone_on_a_line_are_widget_lines(line):
    assert is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    ["We noticed you’re blocking ads!", "We noticed you're using an ad blocker.",
     "For your security, we need to re-authenticate you.", "Author of the article:", "Filed under:", "Published",
     "Advertise with CryptoSlate", "Reviews", "More News", "Shopping", "Recommend", "Nachrichten", "专题", "相关推荐",
     "A link has been sent to your friend's email address.", "Creative Commons", "Advertorial", "Especiales", "ニュース",
     "You are using an older browser version. Please use a supported version for the best MSN experience.",
     "You are using an outdated browser.", "Please upgrade your browser"],
)
def test_notices_labels_and_menu_sections_are_widget_lines(line):
    assert is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Next year the shop will copy its rival's transcript service.",
        "Spenden sammelte der Verein vor allem im Dezember.",
        "Komentar presiden itu memicu perdebatan di parlemen.",
        "Next steps",
        "We noticed you were blocking the road, the officer told him.",
        "Published in 1998, the novel sold poorly.",
        "Advertise with care, the regulator warned.",
        "Reviews of the plan were mixed.",
        "Nachrichten aus Kiew erreichten die Stadt erst am Abend.",
        "News of the deal reached the council late on Friday.",
    ],
)
def test_story_lines_with_the_same_words_are_no_widget_lines(line):
    assert not is_widget_line(line)


@pytest.mark.parametrize("line", ["1/14", "14/14", "3 / 11", "1/2"])
def test_a_slide_number_over_the_slide_count_is_a_counter(line):
    assert is_slide_counter(line)


@pytest.mark.parametrize("line", ["175/8", "0 / 5", "24/7", "09/07", "1/14 slides", "2024/25"])
def test_scores_ratings_dates_and_longer_lines_are_no_slide_counters(line):
    assert not is_slide_counter(line)
    assert not is_widget_line(line)


def test_aftonbladet_gallery_counters_leave_the_story():
    """Aftonbladet's two galleries copy "1/2" and "1/3" between the story's paragraphs; the reference keeps neither."""
    body, dump = copied_page("aftonbladet_2026-08-02_vadjar-efter-attackerna-kritiskt__fundus")
    paragraphs = clean_dump(dump).text.split("\n\n")
    for counter in ("1/2", "1/3"):
        assert counter in dump.splitlines() and counter not in body.split("\n\n")
        assert counter not in paragraphs


def test_economist_reprints_link_leaves_the_story():
    body, dump = copied_page("economist_2015-06-20_egypt-health-care-dirty-sheets__kml")
    assert "Reprints" in dump.splitlines() and "Reprints" not in body
    assert "Reprints" not in clean_dump(dump).text.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.",
        "Receive weekly engineering insights to level up your leadership approach.",
        "RECEIVE TOPICAL SEO TIPS",
        "Click to share on Twitter (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Click the link we sent to , or click here to log in.",  # Substack's sign-in notice (zeynep, garymarcus)
        "Click the link we sent to , or click here to sign in.",
    ],
)
def test_newsletter_blurbs_and_share_buttons_are_dump_promotions(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "The company mails a weekly newsletter to its members, she said.",
        "Patients receive weekly updates from their doctors, the study found.",
        "Click to share on Twitter and the post goes out to everyone.",
        "Click the link we sent to your phone, she told him, or click here to log in later.",
    ],
)
def test_story_sentences_on_newsletters_updates_and_sharing_are_no_promotions(line):
    assert not DUMP_PROMO_LINE.fullmatch(line)


def test_modern_diplomacy_share_bar_ends_the_first_story():
    """Modern Diplomacy copies a share bar ("Click to share on Twitter (Opens in new window)", ...) under each story of
    the page; the reference is the first story, which the bar ends (the next story's Mongla Port paragraphs were read
    as the story before)."""
    body, dump = copied_page("moderndiplomacy_2023-03-14_war-bangladesh-economy__omni")
    assert "Click to share on Twitter (Opens in new window)" in dump.splitlines()
    paragraphs = clean_dump(dump).text.split("\n\n")
    assert not any("Click to share on" in para or "Mongla Port" in para for para in paragraphs)
    assert "Mongla Port" not in body
    assert paragraphs[-1].startswith("Under this geopolitical rubble, Bangladesh has been maneuvering")


def test_story_section_label_news_leaves_the_copied_story():
    """BET prints its section "News" over the headline and again under the dek, over the byline; Dizindaba over
    its headline. A line of its own, it read as the story's first short paragraph (no dev reference keeps one)."""
    body, dump = copied_page("bet_2023-12-22_huntington-beach-cancels-black-history-month__atf2")
    assert dump.splitlines().count("News") == 2 and "News" not in body.splitlines()
    assert "News" not in clean_dump(dump).text.split("\n\n")


@pytest.mark.parametrize(
    "line",
    ["Share on Facebook (opens in a new window)", "Share on Hacker News (opens in a new window)",
     "Share on Reddit (Opens in new window)"],
)
def test_share_buttons_with_their_window_note_and_no_click_prompt_are_dump_promotions(line):
    """ExtremeTech reads its share bar out as "Share on Facebook (opens in a new window)": seven words or more, past
    the short labels ``is_widget_line`` reads, the same button as Modern Diplomacy's "Click to share on ..."."""
    assert DUMP_PROMO_LINE.fullmatch(line)
    assert not DUMP_PROMO_LINE.fullmatch("Share on Facebook what you saw, the police asked (in a new statement)")


def test_extremetech_share_bar_leaves_the_story():
    body, dump = copied_page("extremetech_2023-12-22_windows-10-eol-240-million-devices__atf2")
    assert "Share on Hacker News (opens in a new window)" in dump.splitlines()
    assert "Share on" not in body
    assert not any(para.startswith("Share on") for para in clean_dump(dump).text.split("\n\n"))


def test_lone_byline_label_is_a_widget_line_and_a_sentence_with_von_is_not():
    """BR24's "Von" over its authors' names (BR, 20 Minuten, heise): the label stayed in the story when the name
    under it went."""
    assert is_widget_line("Von")
    assert not is_widget_line("Von der Leyen sprach am Montag in Brüssel über die neuen Zölle.")


@pytest.mark.parametrize(
    "line",
    [("Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
      "Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D"),
     "Cek berita dan artikel yg lain di Google News dan dan ikuti WhatsApp channel mediaindonesia.com"],
)
def test_indonesian_calls_to_follow_a_whatsapp_channel_are_dump_promotions(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


def test_story_sentence_naming_a_whatsapp_channel_is_no_promotion():
    assert not DUMP_PROMO_LINE.fullmatch("Pemerintah menyebarkan informasi itu melalui WhatsApp channel resmi.")


def test_a_share_button_naming_the_story_it_shares_leaves_a_copied_story():
    """Vox Media's share button (The Verge, SB Nation, Vox) copies with the headline it shares."""
    expected, dump = copied_page("theverge_2016-11-29_att-war-open-internet__pl")
    button = "Share All sharing options for: AT&T just declared war on an open internet (and\xa0us)"
    assert button in dump and button not in expected
    assert is_widget_line("Share All sharing options")
    assert "Share All sharing options" not in clean_dump(dump).text
