"""Issue 12, round dumpsD324: a text dump's local time under a site profile that names no zone.

A copied page's printed time without a zone is read in its language's one civil time (``zoned_by_language``), but
only when no site profile matched the copy: the profiles of the Hamburger Abendblatt, SRF, Bild and Die Zeit part
their copies and name no zone, so "15.05.2020, 07:11" under the Abendblatt's headline was taken as 07:11 UTC. A
profile without a zone now leaves the language's zone; one with a zone keeps its own.
"""
from __future__ import annotations

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.profiles import profile_for_text
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


@pytest.mark.parametrize("case_id", [
    "hamburgerabendblatt_2020-05-15_mangos-papayas-teurer__pl",  # "15.05.2020, 07:11"
    "srf_2025-01-05_drusen-fordern-teilhabe-statt__fundus",  # "05.01.2025, 15:23"
    "bild_2023-05-15_bubi-bomber-wieder-da__fundus",  # "15.05.2023 - 13:52 Uhr"
])
def test_zoneless_profile_leaves_the_language_zone(case_id):
    published, dump = copied(case_id)
    profile = profile_for_text(dump)
    assert profile is not None and profile.timezone is None  # the case this test is about
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)

