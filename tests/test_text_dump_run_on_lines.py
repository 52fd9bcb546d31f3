"""A short line whose sentence runs on into the line under it is the story's, not a loose line set in from elsewhere
(issue 12, dumpsR277).

``drop_unrelated_lines`` drops a short line closing no sentence that shares no content word with the story; a
sentence broken over two lines (Karussell's "A second important thing" over "you’ll otherwise miss is that ...",
Actu's "pièges à eau" over "etc…" on the dev dumps) ends its first line on a word in lower case and opens the next in
lower case. A name over a menu's lower-case entry ("Dave Steer" over GitLab's "developer survey") ends on a capital.
Synthetic dumps in that shape.
"""
from extractors.clean.text import clean_text_dump

PROSE = (
    ("When I started the project I read the terms of the service twice, and still I missed the two rules that "
     "matter most for anyone who wants to build something useful on top of the public data."),
    ("The first one is about the display of the messages: every message you show must carry the name and the "
     "picture of its author, and it must link back to the original page where it was published."),
    ("Returning the data through an interface of your own is not allowed, neither for commercial services nor for "
     "independent ones, which rules out most of what I had planned for the next release."),
    ("So the project will keep its search page, but the small interface it offered to other developers goes away "
     "at the end of the month, and I have written to everyone who used it to explain why."),
)
RUN_ON = (
    "A second important thing",
    ("you will otherwise miss is that you are not allowed to offer such an interface to other people, even if your "
     "project is open source!"),
)


def _dump(lines: list[str]) -> str:
    return "\n\n".join(["Home", "About", "The service and me", "March 7, 2011", *lines, "Comments", "Archives"])


def test_line_running_on_into_a_lower_case_line_is_kept():
    paragraphs = clean_text_dump(_dump([*PROSE[:2], *RUN_ON, *PROSE[2:]])).paragraphs
    assert RUN_ON[0] in paragraphs
    assert RUN_ON[1] in paragraphs


def test_name_over_a_lower_case_line_still_goes():
    lines = [*PROSE[:2], "Dave Steer", "developer survey and other findings of the year", *PROSE[2:]]
    paragraphs = clean_text_dump(_dump(lines)).paragraphs
    assert "Dave Steer" not in paragraphs
    assert PROSE[2] in paragraphs
