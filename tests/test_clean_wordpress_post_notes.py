"""WordPress's note under a post (where it is filed, how to follow its replies by feed) is furniture, not story.

German WordPress themes print it as one paragraph after the post: "Dieser Beitrag wurde ... veröffentlicht und unter
Cybercrime, Cyberterrorismus gespeichert. Sie können Kommentare zu diesem Eintrag über den RSS-2.0-Feed verfolgen.
..." (pbrunst), "Von israel news am 21/02/2021. Abgelegt unter Israel. Sie können alle Antworten zu diesem Eintrag
durch den RSS 2.0. ..." (Israel Nachrichten). Both dev references leave it out; ``PROMO_LINE``
(``data/de/promo_lines.txt``) drops it from HTML pages and text dumps alike.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize(("case_id", "note", "story"), [
    ("pbrunst_2011-12-03_kein-cyberterrorismus-diesmal__hd", "RSS-2.0-Feed", "Cyberterrorismus"),
    ("israelnachrichten_2021-02-21_bennett-ich-bin-nicht__fundus", "Abgelegt unter Israel", "Bennett"),
])
def test_a_dev_post_drops_its_wordpress_feed_note(case_id, note, story):
    expected, doc = dev_page(case_id)
    assert note not in expected["body"]
    assert story in doc.text
    assert note not in doc.text


def test_a_sentence_about_a_feed_is_no_post_note():
    assert not PROMO_LINE.fullmatch("Die Redaktion verfolgt die Kommentare über einen RSS-Feed und antwortet täglich.")
