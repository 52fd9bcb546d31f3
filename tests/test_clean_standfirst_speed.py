"""The standfirst reader's cheap tests give what the costly ones gave (issue 12, speed).

``standfirst._names_standfirst`` tests a class-and-id string for the standfirst words' substrings on the string
lower-cased when it is ASCII, instead of by a case-insensitive pattern: the same strings must pass. The class
strings are ones of dev publishers' headers, and written for the test.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.dom import TOKENS
from extractors.clean.standfirst import _STANDFIRST_HINT, _names_standfirst, repeats_description


@pytest.mark.parametrize(
    "attrs, named",
    [
        ("c-article-dek ", True),  # a dek in any case
        ("ArticleDek headline", True),  # camel case splits into "dek"
        ("STANDFIRST ", True),
        ("article__summary summary", True),
        ("Subtitle-Box ", True),
        ("résumé lead", True),  # beyond ASCII: the case-insensitive pattern reads it
        ("c-subscribe newsletter", False),  # "sub", but no standfirst word
        ("decoration ", False),  # "dec"
        ("leaderboard ad", False),  # "lead" inside another word
        ("", False),
    ],
)
def test_names_standfirst_reads_classes_in_any_case(attrs: str, named: bool) -> None:
    assert _names_standfirst(attrs) is named
    # the same verdict as the case-insensitive pattern and the tokens
    assert named == (bool(_STANDFIRST_HINT.search(attrs)) and bool(widgets.attr_tokens(attrs) & widgets.STANDFIRST_TOKENS))


def test_repeats_description_with_words_given() -> None:
    text = "Residents waited ten years for a crossing that the council twice refused to pay for."
    description = "Residents waited ten years for a crossing that the council twice refused to pay for"
    wanted = " ".join(TOKENS.findall(description.lower()))
    mine = " ".join(TOKENS.findall(text.lower()))
    assert repeats_description(text, description, wanted, mine) is repeats_description(text, description, wanted) is True
