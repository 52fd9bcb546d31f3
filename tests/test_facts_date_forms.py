"""Date forms news writes that the first rules missed: each test is a sentence in the project's own wording
(from the date probes, benchmarks/date_probes_gold) or a dev gold fragment, with the publisher named."""

from __future__ import annotations

from datetime import datetime

import pytest

from extractors.facts.dates import extract_dates
from tests.facts_helpers import parse

WEDNESDAY = datetime.fromisoformat("2024-06-12T10:00:00+00:00")


def dated(text: str, published: datetime | None = WEDNESDAY) -> list[tuple[str, str | None]]:
    """(text, value) of the calendar dates found, durations left out."""
    doc, sentences = parse(text)
    return [
        (d.text, d.value) for d in extract_dates(doc, published, sentences) if d.granularity != "duration"
    ]


def durations(text: str) -> list[str]:
    doc, sentences = parse(text)
    return [d.text for d in extract_dates(doc, WEDNESDAY, sentences) if d.granularity == "duration"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Voters in the region go to the polls on Sunday, June 16.", [("Sunday, June 16", "2024-06-16")]),
        ("The results were announced on Friday, May 31.", [("Friday, May 31", "2024-05-31")]),
        ("The hearing took place on Wednesday 12 June.", [("Wednesday 12 June", "2024-06-12")]),
    ],
)
def test_a_weekday_beside_a_date_is_one_day_whose_weekday_picks_the_year(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("The board meets this Friday to pick a new chief.", "2024-06-14"),
        ("This Monday, the shop reopened its doors.", "2024-06-10"),
    ],
)
def test_this_weekday_is_the_day_of_the_current_week(text, value):
    assert [v for _, v in dated(text)] == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Six months ago, the town had no clinic.", "2023-12"),
        ("Nine months ago, the president seemed like a spent force.", "2023-09"),
    ],
)
def test_a_count_ago_written_with_a_capital_resolves(text, value):
    assert [v for _, v in dated(text)] == [value]


def test_a_capitalised_count_makes_a_duration():
    # Accountancy Age, 2011-09-26 (dev gold accountancyage_2011-09-26_ifrs-big-bang): a subheading
    assert durations("Seven-year itch") == ["Seven-year"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He moved to London in the '90s.", [("the '90s", "1990s")]),
        ("Rock bands of the 1960s and ’70s drew huge crowds.", [("the 1960s", "1960s"), ("’70s", "1970s")]),
    ],
)
def test_a_two_digit_decade_is_a_decade(text, expected):
    assert dated(text) == expected


def test_would_further_up_the_sentence_leaves_a_date_in_the_past():
    # Taipei Times, 2024-10-16 (dev gold taipeitimes_2024-10-16)
    text = (
        "Beijing considers Taiwan part of its territory and has vowed it would never rule out using force to "
        "take it, calling Monday’s drills a “stern warning” to “separatist” forces in Taiwan."
    )
    assert dated(text, datetime.fromisoformat("2024-10-16T08:00:00+08:00")) == [("Monday", "2024-10-14")]


def test_the_future_includes_the_current_month():
    assert dated("Prices will rise again in June, the bank said.") == [("June", "2024-06")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fourth-quarter sales fell 3%, the company said.", ("Fourth-quarter", "2023-Q4")),
        ("The firm expects revenue to grow in Q3.", ("Q3", "2024-Q3")),
    ],
)
def test_quarters_as_business_news_writes_them(text, expected):
    assert dated(text) == [expected]


def test_a_q_code_after_a_name_is_a_model():
    assert dated("She drives an Audi Q3 to work.") == []


def test_a_season_keeps_the_word_written():
    # Engadget, 2017-11-03 (dev gold engadget_2017-11-03_xbox-one-x-review): 'this fall' -> 2017-fall
    assert dated("The console launched last fall.") == [("last fall", "2023-fall")]


@pytest.mark.parametrize(
    "text",
    [
        "The company raised its outlook for fiscal 2025.",
        "The club finished third in the 2023-24 season.",
    ],
)
def test_fiscal_and_season_years_are_no_dates(text):
    assert dated(text) == []


def test_a_span_of_full_years_is_two_years():
    assert dated("The company lost money in 2019-2021.") == [("2019", "2019"), ("2021", "2021")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Applications close on 2024-07-01.", "2024-07-01"),
        ("The notice gave a deadline of 15/3/2024.", "2024-03-15"),
        ("The notice gave a deadline of 3/15/2024.", "2024-03-15"),
        ("On 5 March the notice gave a deadline of 3/4/2024.", "2024-04-03"),
        ("On March 5 the notice gave a deadline of 3/4/2024.", "2024-03-04"),
    ],
)
def test_numeric_days_read_in_the_order_that_exists_or_the_article_uses(text, value):
    assert value in [v for _, v in dated(text)]


@pytest.mark.parametrize(
    "text, published, value",
    [
        ("Shops were closed on Christmas Day.", "2024-06-12T10:00:00+00:00", "2023-12-25"),
        ("The new rules will apply from New Year’s Day.", "2024-06-12T10:00:00+00:00", "2025-01-01"),
        ("The couple married on Christmas Eve.", "2025-01-05T09:00:00+00:00", "2024-12-24"),
    ],
)
def test_fixed_date_holidays_resolve_like_their_day(text, published, value):
    assert [v for _, v in dated(text, datetime.fromisoformat(published))] == [value]


def test_a_new_years_resolution_is_no_date():
    # Fox 13, 2013-12-30 (dev gold fox13now_2013-12-30_new-year-new-laws)
    assert dated("Not everyone subscribes to a New Year’s resolution.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The exhibition will run from 14 to 28 July.", [("14", "2024-07-14"), ("28 July", "2024-07-28")]),
        ("The summit was held on May 2-4 in Tokyo.", [("May 2", "2024-05-02"), ("4", "2024-05-04")]),
    ],
)
def test_a_range_of_days_dates_both_ends(text, expected):
    assert dated(text) == expected


def test_a_day_after_a_counted_noun_is_a_rate():
    assert durations("By the end of 2025, the line will carry 50,000 passengers a day.") == []


def test_a_year_after_an_uncounted_noun_stays_a_duration():
    # Fox 13, 2013-12-30 (dev gold fox13now_2013-12-30_new-year-new-laws)
    text = "While no national legislation was approved to tighten gun laws a year after the Newtown school shooting."
    assert durations(text) == ["a year"]


def test_a_comma_before_a_month_after_is_no_count_of_a_rate():
    # Nine News, 2024-01-07 (corpus nine-au_2024-01-07_nearly-3000-pages-jeffrey): a duration, as the dev gold
    # marks "about a month after" (Ottawa Citizen)
    assert durations("The death, a month after he was arrested, has fueled conspiracy theories.") == ["a month"]


def test_a_number_before_a_month_still_makes_a_rate():
    assert durations("Tenants pay 1,200 a month for the flat.") == []


def test_a_simple_past_set_is_no_future():
    # The Intercept: "who set himself on fire Sunday" is the Sunday before publication
    assert dated("A man who set himself on fire Sunday died of his injuries.") == [("Sunday", "2024-06-09")]


def test_set_to_still_looks_ahead():
    assert dated("The talks are set to resume on Friday.") == [("Friday", "2024-06-14")]


def test_a_fiscal_year_with_its_bracketed_abbreviation_is_no_date():
    # Modern Diplomacy: "fiscal year (FY) 2022-2023"
    assert dated("Spending rose in fiscal year (FY) 2022-2023, the ministry said.") == []


@pytest.mark.parametrize(
    "text, year",
    [
        # US News, 2014-10-31: "scoping out their 2016 prospects"
        ("Candidates began scoping out their 2016 prospects with visits.", "2016"),
        # West Australian, 2024-11-26 (dev gold): "its 2030 emissions reduction target"
        ("The government is on track to hit its 2030 emissions reduction target.", "2030"),
        # Vox, 2017: "all the 2017 conversations"
        ("It is a reminder of all the 2017 conversations I have had.", "2017"),
    ],
)
def test_a_year_between_a_determiner_and_a_plural_noun_is_a_year(text, year):
    assert dated(text) == [(year, year)]


def test_a_round_hundred_before_a_plural_noun_stays_a_count():
    assert dated("The 2000 troops crossed the river.") == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # Deadline, 2019-04-15 (dev gold deadline_2019-04-15_trump-boeing-rebrand-tweet)
        ("Southwest canceled its Max flights through 5 August.", "2019-04-15T08:00:00-04:00", [("5 August", "2019-08-05")]),
        # Fox News, 2023-04-26 (dev gold foxnews_2023-04-26_house-china-committee-demands)
        ("They asked for answers no later than May 10.", "2023-04-26T08:00:00-04:00", [("May 10", "2023-05-10")]),
    ],
)
def test_the_end_of_a_span_or_a_deadline_without_a_year_lies_ahead(text, published, expected):
    assert dated(text, datetime.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Fox News, 2023-04-26 (dev gold): a late start, in the past
        ("The FBI didn't search the station until October.", [("October", "2023-10")]),
        ("Data from January through March show a decline.", [("January", "2024-01"), ("March", "2024-03")]),
    ],
)
def test_until_and_the_end_of_a_closed_range_keep_the_past_reading(text, expected):
    assert dated(text) == expected


def test_a_year_before_1800_needs_a_preposition_and_a_date_reading():
    # Atlas Obscura, 2015-07-10 (dev gold atlasobscura_2015-07-10_deck-cards-tarot-phenomenon)
    text = "The deck, which dates from around 1490, was extremely special."
    assert dated(text, None) == [("1490", "1490")]
    assert dated("Attendance rose from 1200 to 1500 people.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "The UN's Agenda 2030 sets out 17 goals.",
        "Tickets for Euro 2024 sold out within hours.",
        # Ottawa Citizen, 2026-05-25 (dev gold ottawacitizen_2026-05-25_ircc-gave-office-space)
        "PSPC committed to reducing the portfolio, and Budget 2024 set aside $1.1 billion for the purpose.",
    ],
)
def test_a_year_in_a_name_is_no_date(text):
    assert dated(text) == []


SATURDAY = datetime.fromisoformat("2025-03-01T12:00:00+00:00")


def test_a_half_code_is_a_half():
    assert dated("H1 2024 results beat forecasts.", SATURDAY) == [("H1 2024", "2024-H1")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Parliament returns from recess on March 10.", ("March 10", "2025-03-10")),
        ("The ban, announced in December, takes effect on Monday.", ("Monday", "2025-03-03")),
    ],
)
def test_a_present_tense_event_on_a_day_is_a_timetable(text, expected):
    assert expected in dated(text, SATURDAY)


def test_a_present_tense_clause_above_the_day_schedules_nothing():
    # CNET, 2017-01-18 (dev gold cnet_2017-01-18_zuckerberg-acquisition-strategies): testimony Tuesday -> 2017-01-17
    text = (
        "Zuckerberg offered a primer on the strategies he and his company employ when they see an attractive "
        "target during testimony Tuesday in a lawsuit with ZeniMax Media."
    )
    assert dated(text, datetime.fromisoformat("2017-01-18T23:00:00-08:00")) == [("Tuesday", "2017-01-17")]


SEPT_WEDNESDAY = datetime.fromisoformat("2024-09-18T09:00:00+01:00")


@pytest.mark.parametrize(
    "text",
    [
        "The Good Friday Agreement ended decades of conflict.",
        # The New Yorker, 2023-04-25 (dev corpus newyorker_2023-04-25_heat-shield-important-ice)
        "On Easter Sunday, Manzara put on some rubber boots.",
        "Black Friday sales rose 5%.",
    ],
)
def test_a_weekday_inside_a_name_is_no_date(text):
    assert dated(text, SEPT_WEDNESDAY) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Last year's parade on July 4 drew record crowds.", ("July 4", "2023-07-04")),
        # UPROXX, 2014 (dev corpus uproxx_2014_a-reddit-post-about)
        (
            (
                "Last year, director Chas Burns organized a stage show and the culmination was four sold-out "
                "shows in October and November."
            ),
            ("October", "2023-10"),
        ),
        ("In 2019, the firm was founded on March 3 in Leeds.", ("March 3", "2019-03-03")),
        ("The parade on July 4 last year drew record crowds.", ("July 4", "2023-07-04")),
    ],
)
def test_a_day_without_a_year_takes_the_year_its_sentence_names(text, expected):
    assert expected in dated(text, SEPT_WEDNESDAY)


def test_a_year_named_in_another_sentence_leaves_the_day_alone():
    found = dated("The firm was founded in 2019. The parade on July 4 drew record crowds.", SEPT_WEDNESDAY)
    assert ("July 4", "2024-07-04") in found


def test_a_year_inside_the_sentence_frames_only_its_own_clause():
    found = dated("Smith, who joined the firm in 2015, said in April that he would retire.", SEPT_WEDNESDAY)
    assert found == [("2015", "2015"), ("April", "2024-04")]


MARCH_THURSDAY = datetime.fromisoformat("2024-03-14T07:30:00+05:30")


@pytest.mark.parametrize(
    "text",
    ["Revenue grew in the fourth quarter of fiscal 2023.", "Sales fell in its fiscal fourth quarter."],
)
def test_a_fiscal_quarter_is_no_date(text):
    assert dated(text, MARCH_THURSDAY) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Published Mon, Jun 10, 2024 at 4:05 PM.", [("Mon, Jun 10, 2024", "2024-06-10")]),
        ("Updated: Tue 11 Jun 2024 14.05 BST", [("Tue 11 Jun 2024", "2024-06-11")]),
        ("Sales peaked in Mar 2024.", [("Mar 2024", "2024-03")]),
        ("Protests may mar the visit.", []),
    ],
)
def test_time_stamps_cut_weekdays_and_months_beside_a_number(text, expected):
    assert dated(text) == expected


def test_a_span_with_a_cut_end_year_is_a_range_unless_the_years_run_on():
    assert dated("Britain rationed food throughout the 1939-45 war.") == [("1939", "1939"), ("45", "1945")]
    assert dated("He was top scorer in 2023-24.") == []


