"""Issue 12: lines of a text dump ending with the same credit after their last sentence are photo captions
(``caption_tails.captions_with_shared_credit``)."""
from __future__ import annotations

import pytest

from extractors.clean.caption_tails import captions_with_shared_credit
from tests.test_clean_text import clean_dump, copied_page


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
