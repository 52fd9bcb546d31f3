"""A subheading set right before a video player titles the clip, not a section of the story.

DW sets each embedded clip under its own ``<h2>`` ("Wie häufig sind Impfschäden?" over a ``<video>``), the
Hamburger Abendblatt an ``<h3>`` over its "video-inline" figure, Telepinar "En Video: ..." over a YouTube player.
The player goes as a widget; its title stayed, read as the subheading of the next paragraph, and no dev reference
keeps it (``html.drop_player_titles``). A gallery's title stays (references keep Engadget's "Gallery: ..."), and so
does a subheading over the story's paragraphs.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "title", "story"), [
    ("dw_2023-06-13_post-vac-syndrom-nach__fundus", "Wie häufig sind Impfschäden?", "Post-Vac"),
    ("hamburgerabendblatt_2020-05-15_mangos-papayas-teurer__pl", "Corona-Lockerungen: Das ist wieder erlaubt",
     "Großmarkt"),
    ("telepinar_2020-07-23_licenciados-educacion-primaria-consolacion__hd3",
     "En Video: Nuevos Licenciados en Educación Primaria", "Licenciados"),
])
def test_a_dev_story_drops_the_title_over_its_video_player(case_id, title, story):
    expected, doc = dev_page(case_id)
    assert title not in expected["body"]
    assert story in doc.text
    assert title not in doc.text


def _page(after_heading: str) -> str:
    return ("<html><body><article><h1>Die Brücke kommt</h1>" + f"<p>{SENTENCES[0]}</p>"
            + f"<h2>The vote in pictures and words</h2>{after_heading}"
            + "".join(f"<p>{s}</p>" for s in SENTENCES[1:]) + "</article></body></html>")


@pytest.mark.parametrize("player", [
    '<video src="/clip.mp4"></video>',
    '<div class="video-inline"><span>0:42</span></div>',
    '<div class="rll-youtube-player"></div>',
])
def test_a_heading_over_a_player_goes(player):
    text = clean_html(_page(player)).text
    assert SENTENCES[1] in text
    assert "The vote in pictures and words" not in text


@pytest.mark.parametrize("after_heading", ["", '<div class="gallery"><img src="/a.jpg" alt=""></div>'])
def test_a_heading_over_prose_or_a_gallery_stays(after_heading):
    assert "The vote in pictures and words" in clean_html(_page(after_heading)).text
