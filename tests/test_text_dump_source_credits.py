"""Issue 12: a German caption closed by its credit in brackets after its full stop ("... Namen und Flagge. (Quelle:
IMAGO/...)", t-online) is a caption, not a paragraph (``data/de/caption_credits.txt``)."""
from __future__ import annotations

from tests.test_clean_text import clean_dump

STORY = "\n\n".join(
    f"US-Streitkräfte haben im Nordatlantik den {n}. Öltanker unter russischer Flagge beschlagnahmt, wie das "
    "Europakommando am Mittwoch mitteilte; der Tanker war zuvor unter anderem Namen bekannt gewesen."
    for n in range(1, 7)
)


def test_caption_closed_by_a_bracketed_source_credit_goes_to_captions():
    caption = ("US-Seemann beobachtet die flüchtige \"Marinera\": Das Schiff wechselte in der Vergangenheit mehrfach "
               "Namen und Flagge. (Quelle: IMAGO/U.S. European Command / X/imago)")
    first, rest = STORY.split("\n\n", 1)
    dump = f"Politik\n\nUSA stoppen Schattentanker\n\n{first}\n\n{caption}\n\n{rest}\n"
    cleaned = clean_dump(dump)
    assert caption not in cleaned.text
    assert "den 6. Öltanker" in cleaned.text


def test_paragraph_naming_its_source_in_brackets_inside_its_sentence_stays():
    line = ("Die Verbraucherpreise stiegen im März im Vergleich zum Vorjahresmonat um 2,2 Prozent und damit etwas "
            "stärker als erwartet (Quelle: Destatis)")
    first, rest = STORY.split("\n\n", 1)
    dump = f"Politik\n\nUSA stoppen Schattentanker\n\n{first}\n\n{line}\n\n{rest}\n"
    assert line in clean_dump(dump).text


def test_caption_closed_by_a_bracketed_picture_label_goes_to_captions():
    """heise's gallery caption closed by "(Bild: Fairphone)" (n-tv's "(Foto: REUTERS)" and the NZZ's "(Bild: ...)"
    close their captions the same way; dumpsL278)."""
    caption = ("Wie früher: Beim Fairphone 3 öffnet man die Rückseite, um an den austauschbaren Akku zu kommen. Nimmt "
               "man in heraus, hat man die zwei SIMs und die MicroSD im Zugriff. Diese Bauform kostet aber etwas "
               "Gewicht und Bauhöhe im Vergleich zu aktuellen Smartphones. (Bild:\xa0Fairphone)")
    first, rest = STORY.split("\n\n", 1)
    dump = f"Politik\n\nUSA stoppen Schattentanker\n\n{first}\n\n{caption}\n\n{rest}\n"
    cleaned = clean_dump(dump)
    assert "Wie früher" not in cleaned.text
    assert "den 6. Öltanker" in cleaned.text
