"""A dump's label-sized lines (``text_regions._is_label_sized``): at most ``LABEL_WORDS`` words once the dashes
standing as words are left out, on one line; the dashes are counted only where they can matter."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import LABEL_WORDS, _is_label_sized


@pytest.mark.parametrize("line", [
    "Advertisement - story continues below",  # five words, one a dash (The Federalist Papers)
    "News – Sport – Weather",  # three words and two dashes
    "Share",
    "Most read this week",
])
def test_a_short_line_once_its_dashes_are_left_out_is_label_sized(line: str) -> None:
    assert _is_label_sized(line)


@pytest.mark.parametrize("line", [
    "The council voted on Tuesday to fund the new bridge.",
    "Advertisement - story continues below the fold",  # a dash, still six words
    "e-mail self-service check-in well-known long-term",  # dashes inside words are no dash words
    "Share\nTweet",
])
def test_a_longer_or_multi_line_text_is_not_label_sized(line: str) -> None:
    assert LABEL_WORDS == 4 and not _is_label_sized(line)
