"""Issue 12: a story's closing list of references, a short heading over bibliography entries, is back matter both
cleaners leave out (``references.without_closing_references``): The Huffington Post Japan's "参考文献" over seven
numbered papers, History Today's "Further Reading:" over six books, Psychology Today's "Source:" over its study. A
closing subheading over a paragraph that names a year in prose stays.
"""
from __future__ import annotations

import pytest

from tests.clean_helpers import DUMP_STORY, dev_page
from tests.test_clean_text import clean_dump, copied_page

HEADLINE = "Council passes budget after long night"
ENTRIES = (
    "M.W. Dols, The Black Death in the Middle East (Princeton, 1970)",
    "Wotipka, C. D., & High, A. C. (2016). An idealized self or the real me? Communication Research.",
    "2. Tsubokura M, Gilmour S, Takahashi K. Internal radiation exposure. JAMA. 2012 Aug 15;308(7):669-70",
)


def _dump(*tail: str) -> str:
    return clean_dump("\n\n".join([HEADLINE, *DUMP_STORY, *tail]) + "\n").text


@pytest.mark.parametrize(
    ("case_id", "heading", "entry", "last"),
    [
        ("huffingtonpost-jp_2016-06-18_fukushima-art-of-knowing__epb2", "参考文献", "Tsubokura",
         "他の人たちももっと知りたいと思ってくれることを願っている。"),
        ("historytoday_2005_black-death-greatest-catastrophe__epb", "Further Reading:", "Boydell",
         "Emeritus Professor of History"),
        ("psychologytoday_2016-07-23_online-dating-quit-bragging__epb2", "Source:", "Wotipka", "with links to prove it!"),
    ],
)
def test_reference_list_closing_a_page_leaves_the_story(case_id, heading, entry, last):
    _, doc = dev_page(case_id)
    assert heading not in doc.text.splitlines() and entry not in doc.text and last in doc.text


def test_reference_list_closing_a_copied_page_leaves_the_story():
    _, dump = copied_page("huffingtonpost-jp_2016-06-18_fukushima-art-of-knowing__epb2")
    text = clean_dump(dump).text
    assert "参考文献" not in text and "Tsubokura" not in text and "もっと知りたかったから福島に移り住んだ" in text


def test_reference_list_closing_a_copied_story_leaves_it():
    text = _dump("Further Reading:", *ENTRIES)
    assert "Further Reading" not in text and "Dols" not in text and "Wotipka" not in text and DUMP_STORY[-1] in text


def test_closing_subheading_over_prose_naming_a_year_stays():
    last = ("The site will stay online, a spokesman said, and its archive of posts from 2009 to 2017 will be kept "
            "by the National Archives (NARA) for good.")
    text = _dump("What happens next", last)
    assert "What happens next" in text and last in text
