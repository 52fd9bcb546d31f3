"""Issue 12, second round: photo captions a copied page prints as a line with their credit glued after the last
sentence, and French rail headings after the story, from dev misses (fragments of dev pages or our own wording in
their shape)."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import captions_above_credits, has_trailing_credit, is_credited_caption
from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize(
    "caption",
    [
        "Siham Zein ad-Din mit ihrem Ehemann auf dem Karama-Platz in Sweidah. SRF",  # SRF
        "The golf course was restored during the property's restoration. Supplied",  # Canada.com
        "Trump only stayed in the court for about an hour. AP",  # 9News
        "The team and their rocket at the launch site. Advanced Rocket Technologies",  # Rest of World
        "Viel Ruhe, Schlaf und Erholung helfen, wieder zu Kräften zu kommen.Unsplash/Kelly Sikkema",  # 20 Minuten
        "Mæðgurnar Fjóla og Eydís í dómshúsinu í gær, mánudag. Ljósmynd/Aðsend",  # Morgunblaðið
        "The city's acropolis is barely visible during a cloudy day on the plains. SIA/EFAK/YPPOA",  # Observer
        "Security forces secure the area after gunmen attacked the museum. Fethi Belaid/AFP/Getty Images",  # WaPo
        "Palestinos buscan supervivientes bajo los escombros de un edificio en Jabalia. EFE/EPA/HAITHAM IMAD",  # elDiario
        "The attorney general speaks during an interview on Feb. 13, 2020.ABC News",  # ABC News: a dated photo
        "Vottar á fundi trúfélagsins í Madríd árið 2023. Skjáskot/Dagen",  # Morgunblaðið
    ],
)
def test_caption_with_a_credit_after_its_last_sentence_is_recognised(caption):
    assert has_trailing_credit(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "The basement at 80 New York. (Scott Heins/Gothamist)",  # Gothamist
        "A researcher works on a sample inside a secure laboratory. (Robert Haupt/University of Maryland)",  # WaPo
        "Uhm Ki Joon mengumumkan akan segera menikah di akhir tahun ini.(Instagram.com/@werther777)",  # Liputan6
        "Unggahan Uhm Ki Joon tentang rencana pernikahan. (Instagram.com/@werther777)",  # Liputan6
    ],
)
def test_caption_with_a_bracketed_slashed_credit_after_its_last_sentence_is_recognised(caption):
    """dumps144: the photographer and outlet, or the post a picture is taken from, in brackets after the caption's
    last sentence."""
    assert has_trailing_credit(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Das Programm kostet knapp 50 Euro und setzt mindestens OS X 10.10 voraus. (bsc)",  # an author's sign-off
        "Pereira won the women's 200m on Monday (Photo by the federation)",  # no sentence closed before the bracket
        "The race ran from 2016 to 2019, with 188 cm skis (16/17–18/19)",  # a range, no sentence before it
        "The council met again on Tuesday. (The mayor/council) It went on to vote.",  # a bracket inside the line
    ],
)
def test_bracket_without_a_slash_or_a_closed_sentence_before_it_is_no_bracketed_credit(line):
    assert not has_trailing_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "The whoring bed, Nymphomaniac, Vol. I",  # an abbreviation, no sentence, before the capital
        "Nicholas St. Fleur",  # a name
        "The clerks counted the ballots for hours and found 3500. Reuters",  # a count, no year: a sentence goes on
        "The council will vote on the bridge again next week, the mayor said.",  # a sentence, nothing after it
        "Rocket. Etlaq",  # too little caption before the credit
        "Applications are open on the foundation's site. Apply at artswing.org/program/the-webber-initiative/apply",
        " ".join(["The council met again on Tuesday and the mayor spoke about the bridge."] * 4) + " Reuters",
    ],
)
def test_sentence_without_a_glued_credit_or_a_long_paragraph_is_no_credited_caption(line):
    assert not has_trailing_credit(line)


@pytest.mark.parametrize(
    "caption",
    [
        "Festnahme beim Einsatz der Nationalpolizei gegen den Pablo-Clan in Palma / Lorenzo Marina",  # Mallorca Zeitung
        "Erik Cruz Rodríguez, graduado con título de Oro/ Foto Pedro L. Rodríguez Gil",  # Tele Pinar
        "Screenshot by Amanda Tan/ONE Esports",  # ONE Esports
    ],
)
def test_caption_closing_on_a_photographer_after_a_slash_is_recognised(caption):
    assert has_trailing_credit(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Hilary Swift / The New York Times",  # a credit alone: no caption before it
        "Shape / Rocker Profile",  # a heading's two parts
        "Groups will bring more than 5,900 people together next month in Huntsville/Madison County.",  # a sentence
        "The patch notes list the new bosses and two maps [MP2 / MP2 SP",  # no name after a letter
    ],
)
def test_line_without_a_caption_before_a_slashed_name_is_no_credited_caption(line):
    assert not has_trailing_credit(line)


def test_caption_closing_on_a_slashed_photographer_inside_a_copied_story_goes_to_captions():
    story = paragraphs(6, "Bridge")
    caption = "The mayor on the old bridge in the rain on Monday / Anna Berg"
    doc = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:3], caption, *story[3:], "Share"]))
    assert doc.text.split("\n\n") == story
    assert caption in doc.captions


def test_credited_caption_inside_a_copied_story_goes_to_captions():
    story = paragraphs(6, "Bridge")
    caption = "The mayor stands on the old bridge in the rain on Monday. Supplied"
    doc = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:3], caption, *story[3:], "Share"]))
    assert doc.text.split("\n\n") == story
    assert caption in doc.captions


def test_last_paragraph_closing_with_an_agency_sign_off_stays_in_the_body():
    """A story's last paragraph may end with its agency's sign-off after the last sentence ("... he said. DM" on
    Daily Maverick): it is the story's, not a caption."""
    story = paragraphs(6, "Bridge")
    signed = ("The bridge will reopen in May once the last inspections are done, and tolls will stay as they are until "
              "the end of next year at the earliest, the transport minister said on Friday. DM")
    doc = clean_dump("\n".join(["Menu", "Bridge vote passes", *story, signed, "Share", "Contact us"]))
    assert doc.text.split("\n\n") == [*story, signed]


def test_french_rail_heading_ends_a_copied_story():
    """"Sur le même sujet" over links to other stories (Le Monde, Libération) closes the story like "More from ..." does in English."""
    story = [f"La commission a présenté mardi son rapport sur la dette, point {i}, devant les députés réunis à Paris "
             f"pour une longue séance consacrée aux finances publiques et aux choix budgétaires de l'année." for i in range(6)]
    teasers = ["Universités : le défi de la rentrée 2018",
               "« Sans accord entre la France et l'Allemagne, il n'y aura pas d'avancée en Europe »",
               "Les marchés s'inquiètent de la dette grecque et attendent la réunion des ministres européens mardi."]
    text = clean_dump("\n".join(["Menu", "La dette en débat", *story, "Sur le même sujet", *teasers])).text
    assert text.split("\n\n") == story


@pytest.mark.parametrize(
    "caption",
    [
        "The leaders of seven parties, including President Shigeru Ishiba, center, take part in a debate in Tokyo.",
        "Commandant Arturo Roja, second left, and Colonel Stuart Glenn, left, attend the opening ceremony in Manila.",
        "Murder victims from left: Kaylee Goncalves, Ethan Chapin, Xana Kernodle, Maddie Mogen",
        "Starkes Trio seit 32 Jahren: Kerstin Wahala, Judy Lybke und Elke Hannemann (v.l.).",
        "Ehemalige Vorstandsmitglieder (li nach re): Alfred Psaier, Inge Müller, Hansjörg Gluderer",
    ],
)
def test_line_telling_where_the_people_pictured_stand_is_a_caption(caption):
    assert is_credited_caption(caption)


@pytest.mark.parametrize(
    "line",
    [
        "The party swung to the left, then back to the centre, over the past decade, its leader said on Monday.",
        "Von links und rechts kam Kritik an dem Plan der Regierung, die Steuern zu erhöhen.",
        "She left, and the meeting went on without her until late in the evening.",
    ],
)
def test_sentence_naming_left_or_right_in_passing_is_no_caption(line):
    assert not is_credited_caption(line)


def test_caption_telling_where_people_stand_goes_to_captions_of_a_copied_story():
    story = paragraphs(6, "Debate")
    caption = "The leaders of seven parties, including President Shigeru Ishiba, center, take part in a debate in Tokyo."
    doc = clean_dump("\n".join(["Menu", "Party leaders debate", *story[:3], caption, *story[3:], "Share"]))
    assert doc.text.split("\n\n") == story
    assert caption in doc.captions


def test_chinese_caption_closing_with_who_provided_the_photo_is_a_credited_caption():
    """Chinese captions close with "<who>供图" (photo provided by), maybe the releasing site after it: Ifeng's
    "... 小花母亲供图", NetEase's "... 沙坪坝区公安分局供图 华龙网发". Copied as a line between paragraphs they read as
    prose and stayed in the story."""
    assert is_credited_caption("小花母亲说，女儿的左眼被塞了不止几十块小纸片。 小花母亲供图")
    assert not is_credited_caption("警方表示，这些照片由家属供图后已经转交给学校，调查仍在进行。")  # credit mid-sentence
    body, dump = copied_page("netease-zh_2019-09-09_sos-paper-ball-tutoring__gne2")
    caption = "天降“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网发"
    doc = clean_dump(dump)
    assert caption in dump and caption not in body
    assert caption not in doc.text
    assert caption in doc.captions


@pytest.mark.parametrize(
    "caption",
    [
        "Ditwan Morgan (Photo: Crime Stoppers of Michigan)",  # The Detroit News
        "Antonio Pierce (Photo: Dwayne Ong / SunDevilSource, 247Sports)",  # 247Sports
    ],
)
def test_portrait_name_before_a_bracketed_photo_credit_is_a_credited_caption(caption):
    assert is_credited_caption(caption)


def test_short_line_ending_in_a_bracketed_photo_credit_without_a_name_is_no_credited_caption():
    """Only a name of two or three capitalised words makes a short caption: a lower-case phrase or one word does not."""
    assert not is_credited_caption("see below (Photo: AP)")
    assert not is_credited_caption("Pierce (Photo: AP)")


def test_line_under_a_gallery_button_is_a_caption():
    caption = "Gary Heidnik and his lawyer attempted to get him declared legally insane at his trial"
    photo = ("Men generally prefer a lower temperature than women and, as this photo of a 1930s office worker shows, "
             "will sweat if it’s too high.")
    lines = ["View 3 Images", caption, "At his trial, the lawyer tried to prove it.", "View Images", photo]
    assert captions_above_credits(lines) == frozenset({caption, photo})


def test_paragraph_or_short_label_under_a_gallery_button_is_no_caption():
    paragraph = ("At his trial, Heidnik’s lawyer tried unsuccessfully to prove that he was legally insane. One thing "
                 "that counted against him was his wealth. He had made a fortune on the stock market.")
    lines = ["View 6 Images", paragraph, "Enlarge", "The alleged slasher fled the scene and later surrendered."]
    assert captions_above_credits(lines) == frozenset()


def test_caption_under_a_gallery_button_leaves_a_copied_story():
    story = paragraphs(6, "Heidnik")
    caption = "Gary Heidnik and his lawyer attempted to get him declared legally insane at his trial"
    text = clean_dump("\n".join(["Menu", "The killer who kept six women", *story[:3], "View 3 Images", caption,
                                 *story[3:]])).text
    assert caption not in text
    assert all(para in text for para in story)


@pytest.mark.parametrize(
    "caption",
    [
        ("James Zimring teaches a graduate-level course on critical scientific thinking and hopes to soon offer the "
         "course to undergraduates as well. (Photo by Dan Addison, University Communications)"),  # UVA Today
        "Rauw Alejandro and Bruna Marquezine are seen during a photoshoot in New York City. (Photo by Gotham/GC Images)",
        "The administration wants a consortium before pushing ahead with new standards. (Photo by Shutterstock)",
        "The president contrasts his reactions after mass shootings with gun ownership. (Video by David Botti)",
    ],
)
def test_caption_closing_on_a_bracketed_photo_by_credit_is_a_credited_caption(caption):
    """dumps174: "(Photo by <photographer>)" after the caption (UVA Today, HOLA!, Tech Monitor, Tribunnews; BBC's
    "(Video by ...)"), the credit naming who took the picture."""
    assert is_credited_caption(caption)


def test_caption_closing_on_a_bracketed_photo_by_credit_inside_a_copied_story_goes_to_captions():
    story = paragraphs(6, "Bridge")
    caption = "The mayor stands on the old bridge in the rain on Monday. (Photo by Anna Berg, City Communications)"
    doc = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:3], caption, *story[3:], "Share"]))
    assert doc.text.split("\n\n") == story
    assert caption in doc.captions


def test_sentence_mentioning_a_photo_by_someone_in_passing_is_no_credited_caption():
    """The credit closes the line in its own brackets: a sentence naming a photo by someone is story."""
    assert not is_credited_caption("The museum bought a photo by Dorothea Lange (her best known) for the new wing.")
    assert not is_credited_caption("The museum bought the famous photo by Dorothea Lange for its new wing last year.")


def test_caption_closed_by_a_bracketed_image_source_is_a_credited_caption():
    """newdev255: Lil'Log closes its figure captions with "(Image source: ...)", the label The Motley Fool and Popsugar
    print on a line of their own."""
    assert is_credited_caption("The dependency on reasoning is measured on two tasks. (Image source: Lanham et al. 2023)")
    assert not is_credited_caption("The source of the image was never found, the court heard (on Monday).")
