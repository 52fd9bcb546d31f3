"""Issue 12: furniture a browser's copy keeps around a story, read from the dev dumps with the most precision lost:
notes about the author and their follow-me sign-offs (``data/en/author_notes.txt``, ``data/de/author_headings.txt``),
calls to subscribe (``data/<language>/dump_promo_lines.txt``), "Read also" links in Ukrainian and Russian, rails of
dated teaser cards (``text_regions.CARD_LINES``) and photo captions closed by their credit in Portuguese and Japanese
(``data/<language>/caption_credits.txt``), and "Photograph by" credit lines (``data/en/credit_lines.txt``).

Each case is a dev page of the repo corpus, rendered as a select-all copy: the line is in the copy, not in the page's
reference, and the cleaned text leaves it out while still reading the story.
"""
from __future__ import annotations

import gzip
import json

import pytest

from benchmarks.extraction import SHARED_PAGES
from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from extractors.clean.text_regions import AUTHOR_HEADING, AUTHOR_NOTE, DUMP_PROMO_LINE
from tests.test_clean_text import clean_dump, copied_page


def _story_read(body: str, text: str, paragraphs: int = 5) -> bool:
    """At least ``paragraphs`` of the cleaned paragraphs are the reference's own."""
    return sum(paragraph in body for paragraph in text.split("\n\n")) >= paragraphs


def _left_out(case_id: str, line: str) -> tuple[str, object]:
    body, dump = copied_page(case_id)
    assert line in " ".join(dump.replace("\u00a0", " ").split()) and line not in body
    return body, clean_dump(dump)


@pytest.mark.parametrize(
    ("case_id", "note"),
    [
        ("theverge_2016-05-24_apple-siri-speaker-echo__mtsc2", "By Nick Statt, is a Senior Producer on Decoder."),
        ("theverge_2023_apple-vision-pro__moz", "By Alex Heath, a deputy editor and author of the Command Line newsletter."),
        ("slate_2017-03-09_trump-promises-take-care__pl", "Jamelle Bouie is Slate’s chief political correspondent."),
        ("newyorker_2016-11-27_lessons-from-my-mother__pl2",
         "James Wood, a staff writer at The New Yorker since 2007, teaches at Harvard."),
    ],
)
def test_note_naming_the_authors_role_after_a_comma_or_as_the_publications_goes(case_id, note):
    """A note about the author sets the role after a comma ("James Wood, a staff writer at ..."), after "By" (The
    Verge) or as the publication's ("... is Slate’s chief political correspondent"); it ends the story like the notes
    the list already knew."""
    body, doc = _left_out(case_id, note)
    assert note not in doc.text
    assert _story_read(body, doc.text)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe, a nurse who treated him, said the reporter had been calm.",
        "Smith, a spokesman for the city, said the road would reopen on Monday.",
        "Maria Lopez is the city's longest-serving council member and a former teacher.",
    ],
)
def test_story_sentence_opening_with_a_name_and_its_role_is_no_author_note(line):
    """A story's line naming someone with a role is no note about its author: the role a note names is a newsroom's
    (writer, editor, reporter ...) within three words of the name."""
    assert not AUTHOR_NOTE.fullmatch(line)



def test_author_note_with_an_abbreviation_in_the_role_goes():
    """A full stop inside an abbreviation ("D.C.-based", NPR's note) is no sentence's end before the role; one that
    ends a sentence still keeps a story's line off the note."""
    assert AUTHOR_NOTE.fullmatch(
        "Jonathan Lambert is a Washington, D.C.-based freelance journalist who covers science, health and policy.")
    assert not AUTHOR_NOTE.fullmatch("Maria Lopez is a teacher. She met the reporter in May.")

@pytest.mark.parametrize(
    ("case_id", "sign_off"),
    [
        ("registerguard_2020-04-13_second-suspect-shooting-turns-himself-in__hd4",
         "Contact reporter Tatiana Parafiniuk-Talesnick at"),
        ("forbes_2020-05-15_drunkorexia-female-university-students__hd4", "Follow me on Twitter or LinkedIn."),
        ("newrepublic_2016-11-18_fantastic-beasts__pl", "Follow them on Twitter @griersonleitch"),
    ],
)
def test_authors_follow_me_sign_off_goes(case_id, sign_off):
    """An author's sign-off asking readers to follow them ("... and follow her on Twitter @...", "Follow me on
    Twitter or LinkedIn.") is the note's, not the story's."""
    body, doc = _left_out(case_id, sign_off)
    assert sign_off not in doc.text
    assert _story_read(body, doc.text, 4)  # the Register-Guard's story runs four paragraphs


def test_story_reporting_a_call_to_follow_someone_keeps_it():
    """"... told supporters to follow him on Twitter" reports a call; a sign-off makes it, opening a sentence."""
    assert not AUTHOR_NOTE.fullmatch("The candidate told supporters to follow him on Twitter for updates.")
    assert AUTHOR_NOTE.fullmatch("Got a tip? Email the desk. Follow him on Twitter @desk.")


@pytest.mark.parametrize(
    ("case_id", "promo"),
    [
        ("slate_2017-03-09_trump-promises-take-care__pl", "Get Slate in your inbox."),
        ("thefederalistpapers_2016-12-21_failure-public-schooling__pl",
         "Stop the censors, sign up to get today's top stories delivered right to your inbox"),
        ("lemonde_2019-05-07_sombres-perspectives-economiques-commission__pl",
         "Abonnez-vous pour accéder à cet espace d’échange et contribuer à la discussion."),
    ],
)
def test_call_to_subscribe_or_get_mail_in_the_inbox_goes_from_a_copied_story(case_id, promo):
    """A newsletter's promotion naming the reader's inbox, a line opening "Subscribe to" / "Sign up to", and the French
    "Abonnez-vous" are a page's boxes, copied among the story's lines."""
    body, doc = _left_out(case_id, promo)
    assert promo not in doc.text
    assert _story_read(body, doc.text)


def test_story_lines_about_an_inbox_or_subscribers_stay():
    """A story's sentence about mail in an inbox calls to no sign-up; one about subscribers opens otherwise."""
    assert not DUMP_PROMO_LINE.fullmatch("Phishing mails that land in your inbox often copy a bank's logo.")
    assert not DUMP_PROMO_LINE.fullmatch("Subscribers to the service pay $10 a month, the company said.")
    assert not DUMP_PROMO_LINE.fullmatch("Les abonnés du service paient dix euros par mois.")


@pytest.mark.parametrize(
    ("case_id", "link"),
    [
        ("24tv_2020-09-21_venediktova-zahyshchala-nardepa__hd3", "Читайте також Прорив в українському правосудді"),
        ("ukrinform_2020-09-20_delo-minera-metro-v-sud__hd3", "Читайте также: Суд отправил за решетку"),
    ],
)
def test_read_also_link_in_ukrainian_or_russian_goes(case_id, link):
    """"Читайте також" (Ukrainian) / "Читайте также" (Russian) open a link to another story set between paragraphs."""
    body, doc = _left_out(case_id, link)
    assert link not in doc.text
    assert _story_read(body, doc.text, 3)  # short stories


@pytest.mark.parametrize(
    ("case_id", "teaser", "last_paragraph"),
    [
        ("rawstory_2016-12-22_celebrities-refusing-trump-inauguration__pl",
         "Chris Christie: FBI's raid on Trump's Palm Beach resort was 'fair game'",
         "Given his successful run on Dancing with the Stars"),
        ("vice_2016-05-26_google-wins-trial-against-oracle__mtsc",
         "Google Settles With 4 Engineers Over Complaint It Fired Them for Organizing",
         "but the verdict is in: Google's use is a fair use."),
    ],
)
def test_rail_of_dated_cards_five_or_six_lines_long_ends_the_story(case_id, teaser, last_paragraph):
    """Raw Story's cards run six lines (headline, author, date, two blurb paragraphs, "CONTINUE READING"), VICE's five
    (section, headline, blurb, author, date): their dates are that far apart, and the story ends above the rail with
    its own last paragraph."""
    body, doc = _left_out(case_id, teaser)
    assert teaser not in doc.text
    assert last_paragraph in body and last_paragraph in doc.text


@pytest.mark.parametrize(
    ("case_id", "caption"),
    [
        ("g1_2020-03-08_vaquinha-pitbull-abandonado__hd3",
         "Benjamin com a nova dona, Michele Taborga, que deu um lar ao cachorro. — Foto: Michele Taborga/Arquivo Pessoal"),
        ("uol_2019-05-27_gabriel-diniz-acidente-aviao__mtsc2",
         "Avião em que estava Gabriel Diniz não estava autorizado a fazer táxi aéreo Imagem: Reprodução"),
        ("tokyoshimbun_2025-01-13_1-2__fundus", "移送のため警視庁を出る岩本絹子容疑者＝13日、東京・霞ケ関で（潟沼義樹撮影）"),
        ("yomiurishimbun_2024-12-03__fundus", "尹大統領の発言をテレビで見る国民（ソウルで、３日）＝ＡＰ"),
    ],
)
def test_caption_closed_by_a_portuguese_or_japanese_credit_goes_to_captions(case_id, caption):
    """"— Foto: ..." and "Imagem: ..." close Brazilian captions, "（…撮影）" (photographed by) and "＝ＡＰ" Japanese ones:
    the line is a photo's caption, kept apart from the story."""
    body, doc = _left_out(case_id, caption)
    assert caption not in doc.text
    assert caption in doc.captions
    assert _story_read(body, doc.text, 3)


@pytest.mark.parametrize(
    ("case_id", "heading"),
    [
        ("diepresse_2025-06-05_nennen-wir-ihn-doch__fundus", "Die Autorin"),
        ("netzpolitik_2016-06-23_cider-connection-abmahnungen__hd", "Über den Autor/ die Autorin"),
    ],
)
def test_author_heading_with_its_article_ends_a_copied_story(case_id, heading):
    """"Die Autorin" and "Über den Autor/ die Autorin" head the note about the author after the story."""
    body, doc = _left_out(case_id, heading)
    assert AUTHOR_HEADING.fullmatch(heading)
    assert heading not in doc.text.split("\n\n")
    assert _story_read(body, doc.text)


def test_photograph_by_line_is_a_credit():
    """"Photograph by H. Armstrong Roberts, ClassicStock/Corbis" (National Geographic) is a photo's credit, the
    initial's full stop and all."""
    case_id = "natgeo_2015-08-03_office-temperature-gender-bias__pl"
    credit = "Photograph by H. Armstrong Roberts, ClassicStock/Corbis"
    body, doc = _left_out(case_id, credit)
    assert credit not in doc.text and credit in doc.captions
    assert _story_read(body, doc.text)


def test_consent_notice_standing_in_for_an_embed_goes():
    """An embed blocked by the reader's consent choices copies as a notice naming their privacy settings (Engadget);
    a story's sentence about privacy settings names no reader's."""
    case_id = "engadget_2019-01-07_github-free-private-repositories__mtsc2"
    notice = "This content is not available due to your privacy preferences. Update your settings here, then reload the page to see it."
    body, doc = _left_out(case_id, notice)
    assert notice not in doc.text
    assert _story_read(body, doc.text, 3)
    assert not DUMP_PROMO_LINE.fullmatch("Facebook said users could change the privacy settings of old posts in bulk.")


def test_lede_above_a_failed_video_player_is_the_storys():
    """Postmedia's video player copies, when it fails, as "We apologize, but this video has failed to load." / "Try
    refreshing your browser, or" / "tap here to see other videos from our team.": all widget lines, so the lede above
    the player stays the story's first paragraph, under its dek (the National Post, a page of the shared corpus)."""
    case_id = "nationalpost_2025-05-07_india-fires-missiles-pakistani__fundus"
    if not (SHARED_PAGES / f"{case_id}.json").is_file():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    assert load_split()[case_id]["split"] == "dev", "rules and their tests use dev pages only"
    body = json.loads((SHARED_PAGES / f"{case_id}.json").read_text(encoding="utf-8"))["expected"]["body"]
    page = next(SHARED_PAGES / f"{case_id}{suffix}" for suffix in (".html", ".html.gz")
                if (SHARED_PAGES / f"{case_id}{suffix}").is_file())
    data = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
    lede = "India fired missiles into Pakistani-controlled territory in several locations early Wednesday"
    assert lede in body
    # the dek over the byline opens the reference and the copy (``text._dek_of_story``, dumps62), the lede next
    dek, first = clean_dump(render_bytes(data)).text.split("\n\n")[:2]
    assert dek == body.split("\n\n")[0]
    assert first.startswith(lede)
