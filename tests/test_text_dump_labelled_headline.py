"""A story region opening one line above a section label and the story's headline (issue 12, dumpsT293).

The region of a dump can open on a line that is no part of the story: the page's summary printed over the header
(NPR's "Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way A jury ..."), a rail's teaser (al-Madenah),
a teaser over the section name (the Hamburger Abendblatt's), an affiliate notice (Vogue's). Under it stand the
section's label ("The Two-Way" / "America", "عربي ودولي", "UN-Generalversammlung"), the headline, and the header's
byline, date or share bar; the title candidates above the region gave a menu line as the dump's title, and the
line above the label was kept as the story's first paragraph. The headline under the label is the title, and the
story starts under it. Synthetic dumps in that shape.
"""
from extractors.clean.text import clean_text_dump

MENU = ["Home", "World", "Business", "Sport", "Culture", "About us", "Contact the newsroom today"]
SUMMARY = ("Harbour strike ends after nine days : The Wire The dock workers of the port voted on Sunday to go back to "
           "work after the company agreed to a raise of four percent over two years.")
LABELS = ["The Wire", "Business"]
HEADLINE = "Dock workers vote to end the harbour strike"
HEADER = ["Facebook", "Twitter", "Email"]
BODY = tuple(
    f"Paragraph {n} of the report tells how the dock workers of the port voted on Sunday to end the strike, what "
    f"the company offered and what the union leaders said after {n} days of talks."
    for n in ("one", "two", "three", "four", "five", "six")
)
FOOT = ["Search", "Copyright © 2024 Example Media. All Rights Reserved"]


def _dump(labels: list[str], header: list[str]):
    return clean_text_dump("\n\n".join([*MENU, SUMMARY, *labels, HEADLINE, *header, *BODY, *FOOT]))


def test_headline_under_a_section_label_is_the_title():
    dump = _dump(LABELS, HEADER)
    assert dump.title == HEADLINE
    assert SUMMARY not in dump.paragraphs
    assert dump.paragraphs[0] == BODY[0]


def test_headline_with_no_header_under_it_is_left_alone():
    dump = _dump(LABELS, [])
    assert dump.title != HEADLINE
