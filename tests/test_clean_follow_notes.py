"""A story closing with where its author or publication posts is the story's note, not a call to follow the site.

``PROMO_LINE`` reads "Follow us on Twitter" as the site's call, whatever its length. The dev references keep a
closing note naming the author or the publication instead ("Follow Tia Ghose on Twitter and Google+. ..." on Live
Science, "Follow ONE Esports on Facebook and Twitter for more LoL news, guides, and highlights."); a call for the
site itself ("Follow us ...", "Follow our live updates", the Mirror's "Follow along with the latest updates
below.") still goes. ONE Esports' closing note names the site of its copyright notice ("© ONE Esports") and goes with
its affiliate notice as the site's appeal in both cleaners (``site_names``; carry196 on pages), a loss its dev page
takes against five publishers' appeals gone, so only Live Science's page is pinned here.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from tests.clean_helpers import dev_page


@pytest.mark.parametrize("line", [
    "Follow Tia Ghose on Twitter and Google+. Follow Live Science @livescience, Facebook & Google+.",
    "Follow ONE Esports on Facebook and Twitter for more LoL news, guides, and highlights.",
])
def test_a_closing_note_naming_the_author_or_publication_is_no_promo_line(line):
    assert not widgets.PROMO_LINE.match(line)
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize("line", [
    "Follow us on Twitter, Facebook and Instagram for the latest news from the city.",
    "Follow our live updates on the vote on Telegram.",
    "Follow along with the latest updates below.",
])
def test_a_call_to_follow_the_site_is_a_promo_line(line):
    assert widgets.PROMO_LINE.match(line)


@pytest.mark.parametrize(("case_id", "note"), [
    ("livescience_magic-mushrooms-change-brain__n3k", "Follow Tia Ghose on Twitter and Google+."),
])
def test_a_dev_story_keeps_its_closing_follow_note(case_id, note):
    expected, doc = dev_page(case_id)
    assert note in expected["body"]
    assert note in doc.text
