"""Issue 12: lines of a text dump ending with the same credit after their last sentence are photo captions
(``caption_tails.captions_with_shared_credit``)."""
from __future__ import annotations

import pytest

from extractors.clean.caption_tails import captions_with_shared_credit, twinned_captions
from tests.test_clean_text import clean_dump, copied_page, paragraphs


@pytest.mark.parametrize(
    ("case_id", "caption", "paragraph"),
    [
        # a gallery above the story, each caption glued to "Leah Millis/The Chronicle", two of them over 40 words
        ("sfchronicle_2016-04-25_nasdaq-center-free-classes__mtsc",
         "From left, Deborah Gage with the Wall Street Journal interviews Jessica Straus",
         "When most people hear Nasdaq, they think “hot tech companies.”"),
        # the site's photos credited "SIA/EFAK/YPPOA" inside the story
        ("observer_2016-12-16_lost-city-greek-mountain__pl",
         "Fortress walls, towers and city gates are clearly visible from the air.",
         "An international team of Swedish and Greek archaeologists discovered the remains"),
    ],
)
def test_captions_sharing_a_credit_leave_the_copied_story(case_id, caption, paragraph):
    body, dump = copied_page(case_id)
    text = clean_dump(dump).text
    assert caption in dump and caption not in body and caption not in text
    assert paragraph in body and paragraph in text


def test_paragraphs_ending_alike_are_no_captions():
    """Quotes closing paragraphs, a site's name as a domain ("... sur Liberation.fr" on Libération's reviews) and a
    single credited line share no credit after a sentence."""
    lines = [
        "The mayor said the bridge would open in spring, and that the ferry would run until then.”",
        "Residents welcomed the decision, which had been debated for years in the council chamber.”",
        "Lire la suite de la critique de Marcos Uzal sur Liberation.fr",
        "Lire la suite de la critique de Jérémy Piette sur Liberation.fr",
        "Workers lay the first stone of the new bridge over the river on Monday morning. AP",
    ]
    assert captions_with_shared_credit(lines) == frozenset()


def test_bare_caption_printed_again_with_its_credit_is_a_caption():
    bare = "Attorney General William Barr speaks to ABC News' Pierre Thomas during an interview on Feb. 13, 2020."
    story = "Four line prosecutors who had been in charge of the case withdrew in protest over the intervention, court papers showed."
    lines = [story, bare, bare + "ABC News", story]
    assert twinned_captions(lines, 0, len(lines)) == frozenset({1})


def test_caption_twin_credit_may_follow_or_hold_an_initial():
    bare = "Office buildings await future tenants in Duqm’s special economic zone."
    other = "Ryan Newman wrecks during the last lap of the Daytona 500 in Daytona Beach, Florida."
    story = "Duqm has seen a burst of construction as part of a drive to attract new tech-focused industries, officials said."
    lines = [story, bare + " Tara Atkinson for Rest of World", bare, other, other + "Jared C. Tilton/Getty Images"]
    assert twinned_captions(lines, 0, len(lines)) == frozenset({2, 3})


def test_lead_repeated_by_the_photo_caption_above_it_stays():
    lead = ("The food delivery app Just Eat is set to vanish from the Danish market after the company announced it "
            "will discontinue operations in the country.")
    lines = [lead + " File photo: Phil Noble/Reuters/Ritzau Scanpix", lead, "Advertisement", "Some 280 employees lose jobs."]
    assert twinned_captions(lines, 0, len(lines)) == frozenset()


def test_line_repeated_with_a_sentence_or_a_short_word_after_it_is_no_caption():
    lines = ["Queries over the logs tell which anomalies we would have found, as the earlier chapters showed us.",
             "Anomaly in status code 400", "Anomaly in status code 400 at 17:59: we also found that one earlier.",
             "Windows Server 2012", "Windows Server 2012 R2"]
    assert twinned_captions(lines, 0, len(lines)) == frozenset()


def test_caption_twin_leaves_a_copied_story():
    story = paragraphs(6, "Daytona")
    bare = "Safety crews respond to a wreck involving Ryan Newman after the Daytona 500 in Daytona Beach, Florida."
    text = clean_dump("\n".join(["Menu", "Newman awake after crash", *story[:3], bare, bare + "Mike Ehrmann/Getty Images",
                                 *story[3:]])).text
    assert bare not in text
    assert all(para in text for para in story)


def test_lines_closing_on_the_same_credit_after_by_are_captions():
    rendering = "Rendering of Fulton Bond by KPF and ParkFowler Plus"
    site_map = "Site map of 1325 W Fulton Street by KPF and ParkFowler Plus"
    lines = [rendering, "Efforts for the project are being led by Sulo Development, which works with KPF.", site_map,
             "Written by Ian Achong"]
    assert captions_with_shared_credit(lines) == frozenset({rendering, site_map})


def test_sentence_or_single_line_closing_on_a_credit_after_by_is_no_caption():
    lines = ["The project was designed over two years by KPF and ParkFowler Plus.",
             "The first tower of the scheme was designed by KPF and ParkFowler Plus", "Efforts are led by Sulo."]
    assert captions_with_shared_credit(lines) == frozenset()
