"""A list the story introduces with a colon, whose items run longer than a short line (issue 12, dumpsR253): noun
phrases of 16 to 29 words that close no sentence are its items, not a box of furniture. Dev pages of ZimEye and
Data Therapy lost theirs; a rail of teasers glued to their blurbs under a label with a colon stays out."""
from __future__ import annotations

import pytest

from extractors.clean import text_regions
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "item"),
    [
        ("zimeye_2020-03-23_doctors-threaten-down-tools__hd10",
         "Mandatory screening ar all points if entry to include purpose of visit to limit traffic"),
        ("zimeye_2020-03-23_doctors-threaten-down-tools__hd10", "Separate entry and exit points for health workers"),
        ("datatherapy_2019-03-13_aligning-data-methods-mission__mcm",
         "Extractive collection– the data is pulled from the subjects and their community by those outside of it"),
    ],
)
def test_long_items_of_a_list_under_a_colon_stay_on_real_pages(case_id, item):
    body, dump = copied_page(case_id)
    assert item in body and item in dump
    assert item in clean_dump(dump).text


def test_long_items_of_a_list_under_a_colon_are_its_items():
    lines = [
        "The council met on Monday and agreed a plan to cut the waiting times at the city's three hospitals this year.",
        "The plan sets out these steps:",
        "Extra nurses for the emergency wards of the two largest hospitals in the city from the start of next month",
        "Longer opening hours for the clinics",
        "A new booking system for outpatients",
        "The council will review the plan in the autumn, when the first figures on waiting times are due to be published.",
    ]
    assert text_regions.list_items(lines) == frozenset({2, 3, 4})


def test_teasers_glued_to_their_blurbs_are_no_long_items():
    lines = [
        "The council met on Monday and agreed a plan to cut the waiting times at the city's three hospitals this year.",
        "Temas en esta nota:",
        "Artificial intelligenceBeauty contests",
        "Court casesPrison reform",
        "Protesters block the main bridge for a third dayPolice say the march will go on through the weekend and beyond",
        "The council will review the plan in the autumn, when the first figures on waiting times are due to be published.",
    ]
    assert text_regions.list_items(lines) == frozenset()
