"""``find_stamps`` tries its pattern only where a stamp may begin, and finds what a scan of every position found."""
import pytest

from extractors.clean import date_stamps
from extractors.clean.date_stamps import _stamp_starts, find_stamps, month_names


def _scanned(text, slashed=False):
    """The stamps a ``finditer`` over each year's whole window gives (the reading before ``_stamp_starts``)."""
    found, pattern, last_end = [], date_stamps._stamp_pattern(slashed), 0
    for year in date_stamps._YEAR.finditer(text):
        if year.start() < last_end:
            continue
        start = max(last_end, year.start() - date_stamps._BEFORE_YEAR)
        for match in pattern.finditer(text, start, year.end() + date_stamps._AFTER_YEAR):
            if not match.start() <= year.start() < match.end():
                continue
            last_end = match.end()
            found.append((match.start(), match.end(), date_stamps._value(match)))
            break
    return found


def _read(text, slashed=False):
    return [(s.start, s.start + len(s.raw), s.value, s.has_time) for s in find_stamps(text, slashed=slashed)]


TEXTS = [
    "Samstag, 3. Dezember 2011, 11:51 Uhr GMT+7 — Aktualisiert am 4. Dezember 2011 um 09:00 Uhr",
    "Published March 3, 2025 09:41 AM EST. Updated Mar. 4, 2025, 10:02 a.m.",
    "The 2019-2020 season ended on 12.05.2020; the 2021 one on 2021-06-30 18:00.",
    "Publicado el 5 de mayo de 2020 às 14h30 · 22/11/2020 - 04:30",
    "الأربعاء، 15 أكتوبر 2025 - 10:30 م",
    "2024年8月27日 10時 配信、2024/08/28 更新",
    "© 2024 Example Media. All rights reserved. 1999 was the year; 2000 too.",
    "Le 1er janvier 2020 et le 2 février 2021 ; le ２０２１ ne compte pas, ٣ مايو 2022 non plus.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("slashed", [False, True])
def test_stamps_are_those_a_scan_of_every_position_finds(text, slashed):
    assert [(s, e) for s, e, v in _scanned(text, slashed) if v] == [(s, e) for s, e, _, _ in _read(text, slashed)]


def test_every_month_name_opens_a_stamp_in_any_case():
    names = sorted(month_names())
    assert names
    for name in names:
        for form in {name, name.capitalize(), name.upper()}:
            for text in (f"On {form} 3, 2021, at 10:15", f"am 3 {form} 2021 um 10:15"):
                assert _stamp_starts().match(form), form
                assert [(s, e) for s, e, v in _scanned(text) if v] == [(s, e) for s, e, _, _ in _read(text)], text


def test_starts_are_digits_and_month_initials():
    starts = _stamp_starts()
    assert starts.match("٣") and starts.match("7") and starts.match("D") and starts.match("d")
    assert not starts.match(" ") and not starts.match("-") and not starts.match("x")
