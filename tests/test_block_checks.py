"""The derived block checks: a paragraph counts as kept only whole, furniture only when the reference lacks it."""
from benchmarks.block_checks import derive, outcomes, shares

BODY = (
    "The council approved the new budget on Tuesday after a long debate.\n"
    "Opposition members said the plan would raise local taxes for most families next year."
)
RENDERED = (
    "Home News Sport Weather\n"
    "Share this article on Facebook\n"
    "The council approved the new budget on Tuesday after a long debate.\n"
    "Opposition members said the plan would raise local taxes for most families next year.\n"
    "Read more: council budget approved on Tuesday after a long debate\n"
    "Share this article on Facebook\n"
)


def test_reference_paragraphs_are_keep_checks_and_unrelated_lines_drop_checks():
    checks = derive(BODY, RENDERED)
    assert len(checks.keep) == 2
    # "Read more ..." shares shingles with the body, so it is no drop check; the repeated share line counts once.
    assert checks.drop_lines == ("Home News Sport Weather", "Share this article on Facebook")


def test_a_paragraph_cut_short_fails_its_keep_check():
    checks = derive(BODY, RENDERED)
    cut = BODY.replace(" for most families next year.", ".")
    keep, drop = outcomes(checks, cut)
    assert keep == [True, False]
    assert drop == [True, True]


def test_furniture_left_in_fails_its_drop_check():
    checks = derive(BODY, RENDERED)
    keep, drop = outcomes(checks, "Share this article on Facebook\n" + BODY)
    assert keep == [True, True]
    assert drop == [True, False]
    assert shares([(keep, drop)]) == (1.0, 0.5, 0.75, 2, 2)


def test_token_runs_match_whole_words_only():
    checks = derive("Rain fell across the north on Monday night.", "Rain fell across the north on Monday night.\nNews Sport Weather Travel")
    _, drop = outcomes(checks, "Rain fell across the north on Monday night. Newsletters Sport Weather Travel")
    assert drop == [True]
