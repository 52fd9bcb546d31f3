"""Issue 12, dumps25: notes about where a copied story comes from (a news agency's take, the article's own history),
form and newsletter lines, footers' media registrations, stamps, captions dated or licensed, and read-also labels of
Spanish, French and Portuguese stories leave a text dump, while story sentences using the same words stay.

Each entry of ``extractors/clean/data/<language>/`` was seen on dev pages of two publishers or more (named in the data
files); the real pages here are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import DUMP_PROMO_LINE, drop_related_links, is_credited_caption
from extractors.clean.widgets import is_credit_line, is_widget_line
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    "line",
    [
        ("ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen "
         "Presse-Agentur (dpa) übernommen."),
        ("Mit Informationen der ARD-Korrespondentinnen und -Korrespondenten sowie der Nachrichtenagenturen AFP, AP, "
         "dpa, edp, KNA und Reuters. Zum Teil lassen sich die Angaben nicht unabhängig überprüfen."),
        "Dieser Artikel ist zuerst bei \"Capital\" erschienen.",
        ("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und unter dem Stichwort Arduino "
         "eingeordnet."),
        "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht und unter Cybercrime gespeichert.",
        "Original reporting. Fearless journalism. Delivered to you.",
        "Latest headlines delivered to you daily",
    ],
)
def test_notes_on_a_story_source_and_newsletter_blurbs_are_dump_promotions(line):
    assert DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Meldung wurde nach Angaben der Nachrichtenagentur dpa am Abend bestätigt.",
        "Dieser Beitrag ist für viele Familien kaum zu stemmen, sagte die Sprecherin am Montag.",
        "Dieser Artikel des Grundgesetzes schützt die Freiheit der Presse.",
        "The parcels were delivered to you by a courier, the company said.",
    ],
)
def test_story_sentences_on_agencies_articles_and_deliveries_are_no_promotions(line):
    assert not DUMP_PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "This field is for validation purposes and should be left unchanged.",
        "Leave this field blank",
        ("ТАСС, информационное агентство (св-во о регистрации СМИ №03247 выдано 02 апреля 1999 г. Государственным "
         "комитетом Российской Федерации по печати)."),
        "Publisert: 05.08.24 kl. 14:47",
        "Publisert 05.08.2024, kl. 13.05 Oppdatert 05.08.2024, kl. 13.52",
    ],
)
def test_honeypot_fields_media_registrations_and_norwegian_stamps_are_widget_lines(line):
    assert is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The agency said the field should be left fallow for a year.",
        "Издание сообщило о регистрации новых правил в министерстве.",
        "Publiseringen av rapporten ble utsatt til neste uke, opplyser departementet.",
    ],
)
def test_story_lines_with_the_same_words_are_no_widget_lines(line):
    assert not is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Dawn at the U.S. Capitol in Washington, Jan. 19, 2017.",
        ("President Joe Biden speaks about the student debt relief portal in the South Court Auditorium on the White "
         "House complex in Washington, Monday, Oct. 17, 2022."),
        "Firmen- und Beziehungsgeflecht der Cider Connection. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0",
    ],
)
def test_captions_closing_on_a_date_or_a_licence_are_captions(line):
    assert is_credited_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The trial is scheduled to begin Monday, Oct. 2, 2023.",
        "The law took effect on Jan. 1, 2025.",
        "Parse.ly, December 11, 2014",
        "Die Lizenz CC BY 2.0 erlaubt es, das Bild mit Nennung des Urhebers weiterzuverwenden.",
    ],
)
def test_sentences_naming_a_date_or_a_licence_are_no_captions(line):
    assert not is_credited_caption(line)


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Lee también", "2025, un año en el banquillo: de Ábalos a Gómez, García Ortiz o, tal vez, Mazón"),
        ("Noticia Relacionada", "Seis mujeres de Granada denuncian a su antiguo profesor de teatro"),
        ("À lire aussi :", "La natalité russe menacée d’effondrement"),
        ("Veja também", "Médico do Fla rechaça política e diz estar servindo população em reunião"),
    ],
)
def test_read_also_labels_of_other_languages_go_with_the_headline_under_them(label, headline):
    story = [f"El juez citó este lunes a declarar al fiscal general en calidad de investigado, punto {i}." * 2
             for i in range(4)]
    assert drop_related_links([*story[:2], label, headline, *story[2:]]) == story


def test_french_read_also_label_without_its_a_goes_with_the_headline_under_it():
    """Aleteia prints "Lire aussi :" alone over the linked headline (dumps133); Le Monde and actu.fr open a line with
    the same words."""
    story = [f"L’amitié est un lien unique entre deux personnes, une communion d’âmes, dit le saint, point {i}." * 2
             for i in range(4)]
    headline = "Pourquoi l’amitié est-elle le testament spirituel du Christ ?"
    assert drop_related_links([*story[:2], "Lire aussi :", headline, *story[2:]]) == story


def test_agency_note_leaves_a_copied_german_story():
    body, dump = copied_page("diezeit_2023-04-28_basketball-euroleague-nach-massenschlagerei__fundus")
    note = "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet."
    first = "Nach der Massenschlägerei beim Euroleague-Spiel zwischen Real Madrid und Partizan Belgrad"
    text = clean_dump(dump).text
    assert note in dump and note not in text
    assert first in body and first in text


def test_post_note_ends_a_copied_german_blog_post():
    body, dump = copied_page("hobbywerkstattblog_2015-12-14_arduino-virtual-wall-roomba__hd")
    text = clean_dump(dump).text
    assert "Dieser Artikel wurde am 14. Dezember 2015" in dump and "Dieser Artikel wurde am" not in text
    last = body.strip().splitlines()[-1]
    assert last in text


def test_read_also_box_leaves_a_copied_portuguese_story():
    body, dump = copied_page("uol_2020-05-21_witzel-treinos-responsabilidade-clubes__hd7")
    teaser = "Médico do Fla rechaça política e diz estar servindo população em reunião"
    text = clean_dump(dump).text
    assert teaser in dump and teaser not in text
    assert teaser not in body


@pytest.mark.parametrize("line", ["圖片來源：截自蔡英文臉書", "图片来源：摄图网"])
def test_chinese_picture_sources_in_either_script_are_credit_lines(line):
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ukrainische Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023",  # DW
        "Folgen eines russische Raketenangriffs auf die ukrainischen Stadt Uman, 28. April 2023",  # DW
        "Dieser Beitrag begleitet die Sendung Mittagsjournal, Ö1, 25. Oktober 2025.",  # ORF
    ],
)
def test_german_lines_closing_on_a_date_after_a_comma_are_captions(line):
    assert is_credited_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Frist für die Anträge endet am Dienstag, 5. März 2024.",
        "Der Prozess gegen die drei Angeklagten beginnt am Mittwoch, 2. Oktober 2023.",
        "Hamburg, 24. April 2023",
        "Das Gericht hat den Termin auf den 24. April 2023 verschoben.",
    ],
)
def test_german_sentences_dating_an_event_are_no_captions(line):
    assert not is_credited_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Eine Weiterverwendung und Reproduktion über den persönlichen Gebrauch hinaus ist nicht gestattet.",  # Standard
        "Vervielfältigung nur mit Genehmigung.",  # astronews, under its "Alle Rechte vorbehalten."
    ],
)
def test_german_rights_notices_are_widget_lines(line):
    assert is_widget_line(line)


def test_german_story_sentence_on_reproduction_rights_is_no_widget_line():
    line = "Der Verlag hat die Weiterverwendung der Fotos in anderen Zeitungen nicht gestattet, sagte eine Sprecherin."
    assert not is_widget_line(line)


def test_magazine_shoot_credits_run_together_are_a_credit_line():
    line = ("Styling: Ted Stafford. Styling assistance: Rachel Tubbs. Grooming: Sydney Sollod/The Wall Group. "
            "Prop styling: Wooden Ladder. Production: Crawford & Co.")  # Cosmopolitan
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "caption",
    [
        ("Bnxn wears a Polo Avenue Lagos suit and shoes and Swarovski jewelry.Creative Director: Ade Samuel. "
         "Photographer: Stephen Tayo"),  # Teen Vogue
        "(L-R): Victony, Ayra Starr, and Bnxn.Photographer: Stephen Tayo. Creative Director: Ade Samuel.",
    ],
)
def test_caption_closed_by_a_shoots_credits_is_a_credited_caption(caption):
    assert is_credited_caption(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Her work spans production and styling: she dressed the cast of three films before she turned thirty.",
        "Production: the plant turned out 4,000 cars a day last year, up from 3,100, the company said on Monday.",
    ],
)
def test_story_sentences_naming_shoot_roles_are_no_credits(line):
    assert not is_credit_line(line)
    assert not is_credited_caption(line)


@pytest.mark.parametrize(
    "line", ["Illustration by Kay Nielsen", "Illustration by Alexandra Angelich, University Communications"]
)
def test_illustration_credit_alone_on_its_line_is_a_credit_line(line):
    assert is_credit_line(line)


def test_sentence_about_an_illustration_is_no_credit_line():
    assert not is_credit_line("Illustration by hand is slower than the software, she said, but it still sells.")


@pytest.mark.parametrize(
    "caption",
    [
        "In this July 9, 2014, file photo, a sign warns of radioactivity on the Hanford Nuclear Reservation.",
        "This June 25, 2002, file photo shows the view from the summit ridge of the proposed repository site.",
        "Finance minister Enoch Godongwana with Sars commissioner Edward Kieswetter. File image",  # TimesLIVE
    ],
)
def test_captions_calling_their_picture_a_file_photo_are_captions(caption):
    assert is_credited_caption(caption)


@pytest.mark.parametrize(
    "line",
    [
        "The newspaper printed a file photo of the mayor next to the correction on Tuesday.",
        "File photos of the old harbour were handed to the court as evidence last week.",
    ],
)
def test_sentences_mentioning_file_photos_are_no_captions(line):
    assert not is_credited_caption(line)
