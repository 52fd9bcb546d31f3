"""An emoji, a symbol or an invisible character after a sentence's full stop leaves the sentence closed
(``text_regions.without_end_marks``).

inessential's last paragraph closes "... paying attention to performance continuously. 🍕": read as closing no
sentence, it was a furniture line, and over the post's date line a teaser card's headline (``dated_teasers``).
"""
from __future__ import annotations

from extractors.clean.dated_teasers import dated_teasers
from extractors.clean.text_regions import closes_sentence, line_kind, without_end_marks

LAST = ("There’s no silver bullet. Making an app fast means doing a bunch of different things — and it means paying "
        "attention to performance continuously. 🍕")


def test_sentence_closed_before_an_emoji_reads_as_prose():
    assert line_kind(LAST) == "prose"


def test_symbols_and_invisible_characters_after_a_full_stop_close_the_sentence():
    assert closes_sentence("The ice had a little time left. ♦")
    assert closes_sentence("The service will be available in Q3 as well. ®")
    assert closes_sentence("Emerging markets face talent deficits.\u200b")
    assert closes_sentence("The agenda is live! 🎉\ufe0f")
    assert not closes_sentence("Our favourite pizza places 🍕")


def test_paragraph_closed_by_an_emoji_over_a_date_is_no_teaser_headline():
    lines = ["A first paragraph of the post that runs long enough to be the story's prose, as posts do.",
             LAST, "18 May 2020"]
    assert 1 not in dated_teasers(lines, 0, len(lines))
    assert dated_teasers(["Our favourite pizza places in the city 🍕", "18 May 2020"], 0, 2) == {0}


def test_a_footnote_mark_closing_the_line_goes_before_its_end_is_read():
    # IIJ's back-link and Takagi's note number (audit138); ``$`` stands before a final line break too
    assert without_end_marks("それぞれ公開されている。 ↩") == "それぞれ公開されている。"
    assert without_end_marks("該当性が決まるのである。*7") == "該当性が決まるのである。"
    assert without_end_marks("The vote was close. *12\n") == "The vote was close."
    assert closes_sentence("The vote was close. ↩\n")
    for line in ("Results for 2024", "A 3*123", "Rated *5 stars", "12"):  # no mark closing them: left as they are
        assert without_end_marks(line) == line
