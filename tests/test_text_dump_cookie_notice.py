"""Issue 12, round new147: a cookie notice copied after a page's footer is no text dump's story, whatever heading
names its cookies (``data/en/consent_headings.txt``: a short heading holding the word "cookie(s)").

TODAY's dump prints NBCUniversal's "Cookie Notice" (1,300 words: "Types of Cookies", "First-party Cookies",
"COOKIE MANAGEMENT", ...) after the footer, and its region outweighed the 450-word story: the dump's story was the
notice (F1 0.000). OneTrust's tabs ("Functional Cookies", "Performance Cookies") head the same paragraphs on The New
Republic, NPR, Tech Monitor and Variety.
"""
from __future__ import annotations

from extractors.clean.consent import consent_headings
from tests.test_clean_text import clean_dump, copied_page


def test_a_cookie_notice_printed_after_the_footer_is_not_the_story():
    body, dump = copied_page("today_2024-05-20_caitlin-clark-wnba-mantra__mgh6")
    opening = "Caitlin Clark has adopted a new mentality for her time in the WNBA."
    notice = "This Cookie Notice (“Notice”) explains how NBCUniversal and its affiliates"
    text = clean_dump(dump).text
    assert opening in body and opening in text
    assert notice in dump and notice not in text


def test_a_short_heading_naming_cookies_heads_a_dialog():
    lines = ["Cookie Notice", "Types of Cookies", "First-party Cookies", "Functional Cookies",
             "Chocolate chip cookies baked in an hour by the whole class"]  # a sentence, no heading
    assert consent_headings(lines) == (0, 1, 2, 3)


def test_a_story_under_a_heading_naming_cookies_stays_when_no_consent_sentence_follows():
    """A dialog opens with a consent sentence under its heading; a story's section on baking does not, and the story
    goes on under it (the short heading itself is left to the line rules)."""
    story = [
        ("The school fair raised more money this year than ever before, the organisers said on Sunday, thanks to a "
         "bake sale run by the parents of the youngest pupils and a raffle of donated prizes."),
        "Cookies at the fair",
        ("Volunteers sold oatmeal biscuits and brownies from a long table by the gate, and the queue reached the "
         "street before noon on both days of the fair, with some families coming back twice."),
        ("The head teacher thanked the volunteers and said the money would pay for new books for the library and a "
         "trip to the science museum for the two oldest classes in the spring."),
    ]
    text = clean_dump("\n\n".join(["Menu", "Search", *story, "About us"])).text
    assert all(paragraph in text for paragraph in story if paragraph != story[1])
