"""Issue 12, dumpsB342: a headline the text-dump cleaner reads off the story region's first line (``story_titles.
opening_headline``, when the title picked above the region is a menu's line) leaves the story's paragraphs. A headline
of several sentences reads as prose to the regions, so the region opens on it; it was the record's title and its
first paragraph at once (La Repubblica's "Morte Carter, le reazioni. Biden: “...”. E ordina funerali di Stato. Trump:
“...”", Il Fatto Quotidiano's "Def, Giorgetti: “Flat tax finanziata con aumenti Iva? ...”", RedState's "Did Sen.
Chris Coons Let the Cat Out of the Bag? 'Any Action' ...", antyweb's "... W końcu…" on dev dumps; no reference keeps
it). The menu, headline and story are written for the test in La Repubblica's shape."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

MENU = ["Home", "News", "Politics", "Weather", "Sport", "Dictionaries", "", "Italian dictionary", "English dictionary",
        "Discount codes", "", "Discount code Harbour Shoes", "Discount code Riverside Books",
        "Discount code City Rail Pass", "Our staff", "Write to us", "World", "", "World", ""]
HEADLINE = ("Harbour bridge closes, the reactions. Mayor: “A sad day for the city”. And he orders ferries for all. "
            "Shops: “A debt we cannot pay”")
STORY = [
    ("Harbour - The harbour bridge closes to all traffic for two years from March, and the reactions came within the "
    "hour. The mayor called it “a sad day for the city” and ordered ferries for all who cross it."),
    ("The shops near the bridge spoke of “a debt we cannot pay” and asked the city for help with their rents during "
    "the works."),
    "Engineers found cracks in three of the bridge's steel piers last month; the repairs will cost about 40 million.",
    ("“There is no other way to save the bridge,” the mayor told reporters, adding that the ferries would run every "
    "twenty minutes."),
]


def test_a_headline_read_off_the_regions_first_line_is_no_paragraph():
    text = "\n".join(MENU) + "\n" + HEADLINE + "\n\n\t\tby Anna Berg\t\n(reuters)\n" \
        "30 December 2024 Updated at 02:50 3 minutes read\n\n" + "\n\n".join(STORY) + "\n\nShare\n"
    article = clean_dump(text)
    assert article.title == HEADLINE
    assert HEADLINE not in article.text
    assert all(para in article.text for para in STORY)
