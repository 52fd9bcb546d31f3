"""Issue 12: a video player set inside a copied story (its heading, blurb, stamp closing with the video's length, a
link) is a box the story resumes after: its stamp is the video's, not a next story's (``text_regions._VIDEO_LENGTH``)."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

OPENING = (
    "Noch dampfen die Hälften in der Schlachthalle, um auf einer Schiene gleich zur nächsten Station gefahren zu "
    "werden, wo Männer mit Sägen und Messern sie weiter zerlegen und für den Verkauf in der Region vorbereiten.\n\n"
    "Der Geschäftsführer führt die Produktionskette entlang, vorbei an Männern mit Sägen, Messern oder "
    "Kontrollgeräten, und erklärt, warum der Betrieb trotz steigender Kosten weiter auf regionale Tiere setzt.\n\n"
    "Er hat den Betrieb vor einigen Jahren von seinem Vater übernommen und führt das Unternehmen mit seinen "
    "Mitarbeitern durch eine Zeit, in der die Branche unter großem Druck steht und viele Betriebe schließen.\n\n"
    "Neben der Fleischerlehre habe er damals ein Studium der Betriebswirtschaft gemacht und dann noch "
    "Lebensmitteltechnologie studiert, sagt er, denn ohne dieses Wissen sei ein solcher Betrieb heute kaum zu führen.\n\n"
    "Pro Stunde werden in dem Betrieb etwa 45 Schweine geschlachtet, die meisten stammen von Höfen aus der Umgebung, "
    "mit denen das Unternehmen seit vielen Jahren feste Verträge über Menge, Haltung und Preis geschlossen hat.\n"
)
VIDEO_BOX = (
    "1 min\nBildrechte: MDR/Foto\n1 min\nVideo Zu Besuch beim Schlachter\n\nThüringen: Vor diesen Herausforderungen "
    "stehen Schlachtbetriebe\n\nBeim Fleischkonsum gehört Thüringen zu den Spitzenreitern - doch tatsächlich geschlachtet "
    "werden im Freistaat immer weniger Tiere.\n\nDo 27.04.2023 15:17Uhr 01:00 min\n\nLink des Videos\n\n"
    "https://www.mdr.de/nachrichten/video-schlachtung100.html\nRechte: MITTELDEUTSCHER RUNDFUNK\n\nVideo\n"
    "Schlachtmengen sinken seit Jahren deutlich\n\n"
)
REST = "\n\n".join(
    f"Derzeit gibt es laut dem Ministerium im Land {n} zugelassene Betriebe, neben einigen kleinen, lokalen Metzgereien "
    "auch größere Unternehmen, die Schweine und Rinder für den Handel in der ganzen Region schlachten und verarbeiten."
    for n in range(100, 120)
)


def test_story_opening_above_a_video_player_with_its_length_is_kept():
    dump = f"Startseite\nNachrichten\n\nIst die Thüringer Bratwurst eine Illusion?\n\n{OPENING}\n{VIDEO_BOX}{REST}\n"
    text = clean_dump(dump).text
    assert "Noch dampfen die Hälften" in text
    assert "Derzeit gibt es laut dem Ministerium im Land 119" in text


def test_story_opening_above_a_box_with_a_next_storys_stamp_is_not_joined():
    """The same box stamped without a video's length is a next story's card: what stands above it stays apart."""
    box = VIDEO_BOX.replace("Do 27.04.2023 15:17Uhr 01:00 min", "Do 27.04.2023 15:17Uhr")
    dump = f"Startseite\nNachrichten\n\nIst die Thüringer Bratwurst eine Illusion?\n\n{OPENING}\n{box}{REST}\n"
    assert "Noch dampfen die Hälften" not in clean_dump(dump).text
