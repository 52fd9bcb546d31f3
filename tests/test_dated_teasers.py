"""A teaser card set inside a copied story, its headline beside a date alone on its line, leaves the story; the
story's own subheadings and paragraphs stay (extractors/clean/dated_teasers.py)."""
from __future__ import annotations

from extractors.clean.dated_teasers import dated_teasers, more_cards, video_titles
from tests.test_clean_text import clean_dump, paragraphs


def test_headline_under_a_card_date_is_a_teaser():
    lines = ["Analyse 11.04.2022", "Spiegels Rücktritt Wenn der Gegenwind zu stark wird",
             "Bereits als Landesministerin war Spiegel durchaus umstritten - zuletzt hieß es oft, sie sei überfordert. mehr"]
    assert dated_teasers(lines, 0, len(lines)) == frozenset({1})


def test_headline_over_a_card_date_is_a_teaser():
    headline = "EU-Kommission Geld so schnell verschicken wie bei PayPal: Echtzeitüberweisungen sollen zum neuen EU-Standard"
    lines = [headline, "25.10.2022"]
    assert dated_teasers(lines, 0, len(lines)) == frozenset({0})


def test_headline_beside_a_date_written_out_is_a_teaser():
    lines = ["Aug 18, 2010", "GM files for IPO, but are taxpayers still on the hook?", "July 28, 2011",
             "How the brain assigns objects to categories"]
    assert dated_teasers(lines, 0, len(lines)) == frozenset({1, 3})


def test_headline_beside_a_card_date_with_its_time_is_a_teaser():
    lines = ["02. August 2023,17:31", ('Verein Mieter helfen Mieter "Das müssen Sie sich nicht gefallen lassen …" – '
                                      "was eine Anwältin für Mietrecht erlebt"), "von Helene Heins", "19.02.2023 - 14:00 Uhr",
             "Erneuerbare Energien Warum beim Heizen Verwirrung herrscht"]
    assert dated_teasers(lines, 0, len(lines)) == frozenset({1, 4})


def test_paragraph_or_subheading_without_a_card_date_is_no_teaser():
    lines = ["02.03.2025", "Frieden in der Ukraine werde erreicht, indem Russland den Krieg beende, sagte Scholz.",
             "Scholz fordert Ende russischer Bombardierungen", "Kurz vor 12 Uhr"]
    assert dated_teasers(lines, 0, len(lines)) == frozenset()


def test_dated_teaser_card_leaves_a_copied_story():
    story = paragraphs(6, "Gipfel")
    card = ["02.03.2025", 'Vor Ukraine-Konferenz in London "Koalition der Willigen" für eine Waffenruhe?',
            'Gemeinsam mit Frankreich "und möglicherweise weiteren Ländern" solle eine Waffenruhe geplant werden. mehr']
    subheading = "Residents want the bridge over the river sooner"
    text = clean_dump("\n".join(["Menu", "Koalition der Willigen in London", *story[:3], *card, subheading,
                                 *story[3:]])).text
    assert card[1] not in text.split("\n\n")
    assert subheading in text.split("\n\n")
    assert all(para in text.split("\n\n") for para in story)


def test_line_over_a_video_players_label_is_the_players_title():
    paragraph = "Zugleich aber muss sie neutral sein, ist allen 193 Mitgliedsstaaten verpflichtet."
    lines = [paragraph, "Baerbock sagt 300 Millionen Euro zusätzliche Hilfen für Syrien zu", "weitere Videos", paragraph]
    assert video_titles(lines, 0, len(lines)) == frozenset({1})


def test_line_under_a_labelled_video_length_is_the_videos_blurb():
    blurb = ("Yahya Sinwar has been promoted to Hamas political chief. Some Palestinians in Gaza fear his appointment "
             "will ruin ceasefire talks with Israel.")
    lines = ["14 hours ago", "Duration 1:30", blurb, "01:48 min", "Ergebnisse in Dixville Notch: Alle sechs Wähler"]
    assert video_titles(lines, 0, len(lines)) == frozenset({2, 4})


def test_line_under_a_bare_time_is_no_video_title():
    lines = ["02:05", "Annette Groeneveld is the President of the European Cabin Crew Association, and she spoke to us."]
    assert video_titles(lines, 0, len(lines)) == frozenset()


def test_headline_shaped_line_under_a_video_mark_is_the_videos_title():
    """La Vanguardia: "Video" over "Homenaje a las víctimas del 7 de octubre en el lugar del atentado" between the
    story's paragraphs; a sentence under the mark is the story's."""
    paragraph = "La pugna por el control de la narrativa en torno al 7-O es muy intensa en todo el país."
    lines = [paragraph, "Video", "Homenaje a las víctimas del 7 de octubre en el lugar del atentado", paragraph,
             "Vídeo", paragraph]
    assert video_titles(lines, 0, len(lines)) == frozenset({2})


def test_video_blurb_under_its_length_leaves_a_copied_story():
    story = paragraphs(6, "Gaza")
    blurb = ("Tensions are escalating in the Middle East as both Hezbollah and Iran say they will retaliate against "
             "Israel for recent attacks in their regions.")
    text = clean_dump("\n".join(["Menu", "Who leads Hamas now", *story[:3], "1 day ago", "Duration 12:38", blurb,
                                 *story[3:]])).text
    assert blurb not in text
    assert all(para in text for para in story)


def test_card_closed_by_a_bare_more_link_is_a_teaser_with_its_headline_and_blurb():
    lines = ["Der Grünen-Politiker sprach von einem sehr bedenklichen Verfahren.", "Bildrechte: Colourbox.de",
             "13,5-Milliarden-Etat Landeshaushalt 2023: Finanzausschuss gibt grünes Licht",
             "Landeshaushalt 2023: Finanzausschuss gibt grünes Licht",
             "Der Landeshaushalt für 2023 hat am Donnerstagabend eine entscheidende Hürde genommen.", "mehr"]
    assert more_cards(lines, 0, len(lines)) == frozenset({1, 2, 3, 4, 5})


def test_card_blurb_over_a_photo_credit_and_more_link_is_a_teaser():
    lines = ["Für Vermieter wirkt das wie ein feuchter Traum.", "Grillen, Party, Sonnenbaden – was ist auf dem Balkon erlaubt?",
             "Party", "Abseits von Corona-Kontaktbeschränkungen darf man es beim Feiern nicht übertreiben.",
             "© Matt Campbell / DPA", "Mehr"]
    assert more_cards(lines, 0, len(lines)) == frozenset({1, 2, 3, 4, 5})


def test_last_card_whose_more_link_the_region_stops_at_is_a_teaser():
    lines = ["Zu den Vorwürfen der Grünen läuft eine Anfrage beim Finanzministerium.",
             "Nach Bildungsgipfel zum Lehrermangel: Beratungen für Etat 2023 vertagt",
             "Nach dem Bildungsgipfel hat der Finanzausschuss die Beratungen zum Bildungsetat verschoben.", "mehr"]
    assert more_cards(lines, 0, len(lines) - 1) == frozenset({1, 2, 3})


def test_story_paragraph_over_a_more_link_is_no_card():
    lines = ["Schlachtmengen sinken seit Jahren deutlich", "Derzeit gibt es 103 zugelassene Schlachtbetriebe in Thüringen.",
             "Beim Fleischkonsum gehört Thüringen bundesweit zu den Spitzenreitern.", "mehr"]
    assert more_cards(lines, 0, len(lines)) == frozenset()


def test_card_closed_by_a_more_link_leaves_a_copied_story():
    story = paragraphs(6, "Haushalt")
    card = ["Kulturpolitik Kultur in Sachsen-Anhalt bekommt mehr Geld", "Kultur in Sachsen-Anhalt bekommt mehr Geld",
            ("Sachsen-Anhalt baut seine Kulturförderung aus. Im laufenden Jahr sind dafür knapp 31 Millionen Euro mehr "
             "vorgesehen als im Vorjahr."), "mehr"]
    text = clean_dump("\n".join(["Menu", "Grüne mit heftiger Kritik am Haushalt", *story[:3], *card,
                                 *story[3:]])).text
    assert card[1] not in text.split("\n\n")
    assert card[2] not in text.split("\n\n")
    assert all(para in text.split("\n\n") for para in story)
