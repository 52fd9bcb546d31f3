"""Issue 12, round dumpsD347: site profiles name a zone with summer time (an IANA name), and copies carry it.

A profile's zone was a fixed offset ("+09:00"), which cannot place a British, Spanish or Australian clock: the Mirror
prints "14:00, 28 Apr 2024" (13:00 UTC) and "08:39, 06 Jan 2026" (08:39 UTC). A profile now names its zone
("Europe/London") and each date takes the offset in force on its day. Dev copies: the Mirror, the Daily Star, the
Sun (Europe/London), 9News (Australia/Sydney), La Vanguardia and El País (Europe/Madrid), Rzeczpospolita
(Europe/Warsaw), Expressen (Europe/Stockholm), Le Monde (Europe/Paris), the Gateway Pundit (America/Chicago), the
Motley Fool and Kotaku (America/New_York), UOL (America/Sao_Paulo), CNA (+08:00).
"""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from benchmarks.extraction import same_instant
from extractors.clean.profiles import ProfileError, SiteProfile, _build_registry, localize, profile_for_text
from tests.test_clean_text import clean_dump
from tests.test_text_dump_dates import copied


def test_a_named_zone_takes_the_offset_of_each_day():
    profile = SiteProfile(name="x", domains=("x.co.uk",), timezone="Europe/London")
    _build_registry((profile,))
    summer = localize(datetime(2024, 4, 28, 14, 0), profile)
    winter = localize(datetime(2026, 1, 6, 8, 39), profile)
    assert summer.astimezone(UTC) == datetime(2024, 4, 28, 13, 0, tzinfo=UTC)
    assert winter.astimezone(UTC) == datetime(2026, 1, 6, 8, 39, tzinfo=UTC)


def test_a_fixed_offset_still_reads():
    profile = SiteProfile(name="x", domains=("x.co.za",), timezone="+02:00")
    _build_registry((profile,))
    assert localize(datetime(2025, 5, 21, 14, 19), profile).isoformat() == "2025-05-21T14:19:00+02:00"


@pytest.mark.parametrize("name", ["Europe/Nowhere", "BST", "UTC+1", "../etc/passwd"])
def test_an_unknown_zone_name_is_refused(name):
    with pytest.raises(ProfileError, match="Europe/London"):
        _build_registry((SiteProfile(name="x", domains=("x.com",), timezone=name),))


def test_a_copy_under_a_seasonal_profile_reads_summer_time():
    text = (
        "Gorgeous houseplants\n\nBy Jane Doe\n\n14:00, 28 Apr 2024\n\n"
        + "The plants need little light and little water, and they last for years in a cool room. " * 4
        + "\n\nSubscribe to Daily Mirror and Sunday Mirror newspapers\n"
    )
    assert profile_for_text(text).name == "mirror"
    doc = clean_dump(text)
    assert doc.published is not None and doc.published.astimezone(UTC) == datetime(2024, 4, 28, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize("case_id, profile", [
    ("mirror_2024-04-28_gorgeous-houseplants-get-rid__fundus", "mirror"),  # "14:00, 28 Apr 2024" (summer)
    ("mirror_2026-01-06_man-kept-six-women__fundus", "mirror"),  # "08:39, 06 Jan 2026Updated ..." (winter)
    ("dailystar_2026-04-20_epstein-raped-girl-model__fundus", "dailystar"),  # "12:43, 20 Apr 2026Updated ..."
    ("nine-au_2024-01-07_nearly-3000-pages-jeffrey__fundus", "9news"),  # "12:20pm Jan 7, 2024" (summer, +11)
    ("nine-au_2024-04-26_wa-news-girrawheen-home__fdh", "9news"),  # "11:34pm Apr 26, 2024" (winter, +10)
    ("lavanguardia_2025-01-13_juez-cita-como-investigado__fundus", "lavanguardia"),  # "13/01/2025 10:22" (+01)
    ("lavanguardia_2024-10-15_catalunya-dara-ayudas-jovenes__fdh", "lavanguardia"),  # "15/10/2024 14:04" (+02)
    ("uol_2020-05-21_witzel-treinos-responsabilidade-clubes__hd7", "uol"),  # "21/05/2020 17h29" (-03)
    ("channelnewsasia_2025-01-17_six-arrested-ica-address-changes__jmp2", "cna"),  # "17 Jan 2025 09:06PM" (+08)
    ("kotaku_2013_metroid-story__moz", "kotaku"),  # "9/11/13 10:00AM" (-04)
])
def test_a_dev_copy_reads_its_publishers_clock(case_id, profile):
    published, dump = copied(case_id)
    assert profile_for_text(dump).name == profile
    doc = clean_dump(dump)
    assert doc.published is not None and same_instant(doc.published.isoformat(), published)
