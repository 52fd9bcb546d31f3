"""A header line giving a time, a short date or the story's age is no title candidate (issue 12, dumpsT293).

A dump's title is the last headline-shaped line over the story when no date line follows one; header lines the stamp
pattern does not read ("Updated 5/17/19, 9:51 AM CET" on Politico, "June 15, 20165:04 PM ET" on NPR, "Last updated
15 hours ago" on the Financial Post, "Published 20 hours ago" on TopSpeed) stood nearest the story and were
taken for the headline. Synthetic dumps in that shape.
"""
import pytest

from extractors.clean.text import clean_text_dump

MENU = ["Home", "World", "Business", "Sport", "Culture", "About us"]
HEADLINE = "Dock workers vote to end the harbour strike"
BODY = tuple(
    f"Paragraph {n} of the report tells how the dock workers of the port voted on Sunday to end the strike, what "
    f"the company offered and what the union leaders said after {n} days of talks."
    for n in ("one", "two", "three", "four", "five", "six")
)


@pytest.mark.parametrize("header", ["Updated 5/17/19, 9:51 AM CET", "Last updated 15 hours ago", "Published 20 hours ago"])
def test_dated_header_line_is_no_title(header):
    dump = clean_text_dump("\n\n".join([*MENU, HEADLINE, header, *BODY]))
    assert dump.title == HEADLINE
    assert dump.paragraphs[0] == BODY[0]


@pytest.mark.parametrize("header", ["By Jane Roe and John Doe", "Updated 5/17/19, 9:51 AM CET"])
def test_headline_over_a_byline_is_the_title_not_the_line_under_it(header):
    """A headline right over its byline or an unread date line is the title, as one over a read date line is: not
    the section label, caption or toolbar line left under the header ("Myndskeið og þættir", "Mudar de Utilizador")."""
    under = "Pictures and videos from the harbour"
    dump = clean_text_dump("\n\n".join([*MENU, HEADLINE, header, under, *BODY]))
    assert dump.title == HEADLINE
