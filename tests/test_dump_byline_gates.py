"""The cheap gates of the dump byline readers (speed333) answer as the full checks they stand before."""
import re

from extractors.clean import widgets
from extractors.clean.metadata import unglued_byline


def _byline_labels() -> list[str]:
    alternation = re.search(r"\^\(\?:([^)]*)\)", widgets.BYLINE.pattern).group(1)
    return alternation.split("|")


def test_byline_opening_gate_admits_every_byline_label_glued_or_spaced():
    for label in _byline_labels():
        for line in (f"{label} Jane Doe", f"{label.upper()}Jane Doe", f"{label.title()}: Jane Doe"):
            if widgets.is_byline(unglued_byline(line)):
                assert widgets.BYLINE_OPENING.match(line), line


def test_byline_opening_gate_turns_away_lines_opening_on_no_label():
    for line in ("Jane Doe", "Updated 7 hours ago", "Share this article", "  Mehr zum Thema"):
        assert not widgets.BYLINE_OPENING.match(line)
        assert not widgets.is_byline(unglued_byline(line))

