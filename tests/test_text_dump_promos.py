"""Issue 12, second round: house promotions and broadcast notes copied with a page (bookmark notices, messenger-channel
and app pitches) that the cleaners drop as whole lines, from dev misses; and story
sentences on the same topics that stay."""
from __future__ import annotations

import pytest

from extractors.clean.text import PROMO_LINE
from tests.test_clean_text import clean_dump, paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Story Saved",  # Daily Star, Mirror
        "You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.",
        ("Eine Newsübersicht am Morgen und zum Feierabend: Abonniere den Whatsapp-Kanal von 20 Minuten und du bekommst "
         "regelmässige Updates direkt auf dein Handy."),  # 20 Minuten
        "Jetzt App herunterladen!",  # Freie Presse
        "Die Tagesspiegel-App Aktuelle Nachrichten direkt auf Ihr Smartphone. Hier gratis herunterladen.",  # Tagesspiegel
    ],
)
def test_bookmark_notice_and_messenger_or_app_pitch_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nutzer können die neue Version ab sofort hier herunterladen.",
        "Die Regierung hat einen Whatsapp-Kanal gestartet, dem bereits 10.000 Menschen folgen.",
        "The story was saved by an editor who found the draft in her bookmarks.",
    ],
)
def test_story_sentence_about_apps_channels_or_bookmarks_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


def test_app_pitch_inside_a_copied_story_is_dropped():
    story = paragraphs(6, "Bridge")
    pitch = "Die Stadt-App: Aktuelle Nachrichten direkt auf Ihr Smartphone. Hier gratis herunterladen."
    text = clean_dump("\n".join(["Menu", "Bridge vote passes", *story[:3], pitch, *story[3:], "Share"])).text
    assert text.split("\n\n") == story
