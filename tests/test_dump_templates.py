"""The template measure's siblings (benchmarks/dump_templates.py, round dumpsX386): same publisher, same split only."""
from benchmarks.dump_templates import _run_start, line_key, sibling_groups

ASSIGNMENT = {
    "pub-a_2024-01-01_one": {"publisher": "pub-a", "split": "dev"},
    "pub-a_2024-02-01_two": {"publisher": "pub-a", "split": "dev"},
    "pub-a_2019-02-01_old": {"publisher": "pub-a", "split": "dev"},
    "pub-a_2024-03-01_held": {"publisher": "pub-a", "split": "test"},
    "pub-b_2024-01-01_alone": {"publisher": "pub-b", "split": "dev"},
}


def test_siblings_share_publisher_and_split_never_test_with_dev():
    groups = sibling_groups(ASSIGNMENT, ASSIGNMENT)
    assert set(groups["pub-a_2024-01-01_one"]) == {"pub-a_2024-02-01_two", "pub-a_2019-02-01_old"}
    assert groups["pub-a_2024-03-01_held"] == ()
    assert all("held" not in other for case, others in groups.items() if "held" not in case for other in others)
    assert groups["pub-b_2024-01-01_alone"] == ()


def test_same_year_siblings_leave_out_other_years():
    groups = sibling_groups(ASSIGNMENT, ASSIGNMENT, same_year=True)
    assert groups["pub-a_2024-01-01_one"] == ("pub-a_2024-02-01_two",)
    assert groups["pub-a_2019-02-01_old"] == ()


def test_only_listed_cases_are_siblings():
    groups = sibling_groups(ASSIGNMENT, ["pub-a_2024-01-01_one", "pub-a_2024-03-01_held"])
    assert groups == {"pub-a_2024-01-01_one": (), "pub-a_2024-03-01_held": ()}


def test_line_key_ignores_case_spacing_and_punctuation_not_words():
    assert line_key("  Sign up for our NEWSLETTER! ") == line_key("sign up for our newsletter")
    assert line_key("Sign up for our newsletter") != line_key("Sign up for our podcast")


def test_run_start_needs_consecutive_recurring_lines_blank_lines_aside():
    lines = ["story", "share", "", "email", "story two", "share", "email", "print"]
    recurring = {"share", "email", "print"}
    assert _run_start(lines, 0, recurring, 2) == 1
    assert _run_start(lines, 0, recurring, 3) == 5
    assert _run_start(lines, 0, recurring, 4) is None
