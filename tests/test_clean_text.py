"""Text-dump cleaning: the seed (a copied Yonhap page without URL) and plain already-clean text."""
from __future__ import annotations

from pathlib import Path

from extractors.clean import clean_document
from extractors.records import RawDocument

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_83c1c1272eb04a66.txt"
WIDGET_TEXT = (
    "Go to Contents", "Send Feedback", "How can we improve?", "Thanks for your feedback!",
    "Keywords", "HOME TOP", "(END)", "[email protected]", "email\u00a0protected",
)


def seed_document():
    return clean_document(RawDocument(str(SEED), SEED.read_bytes(), content_type="text/plain"))


def test_text_dump_reads_headline_section_and_zoned_timestamp():
    doc = seed_document()
    assert doc.title == "N. Korea sent over 13,000 containers suspected of carrying arms to Russia: lawmaker"
    assert doc.section == "North Korea"
    assert doc.published.isoformat() == "2024-08-27T18:05:00+09:00"
    assert doc.language == "en"


def test_text_dump_body_runs_from_dateline_to_last_paragraph():
    doc = seed_document()
    assert doc.text.startswith("SEOUL, Aug. 27 (Yonhap) --")
    assert doc.text.endswith("President Vladimir Putin.")
    assert doc.title not in doc.text
    assert "\n\n\n" not in doc.text and all(p.strip() for p in doc.text.split("\n\n"))


def test_text_dump_drops_widget_lines():
    doc = seed_document()
    for widget in WIDGET_TEXT:
        assert widget not in doc.text, widget


def test_text_dump_folds_repeated_caption_into_captions_once():
    doc = seed_document()
    assert len(doc.captions) == 1
    assert doc.captions[0].startswith("This composite image, provided by Yonhap News TV")
    assert doc.captions[0] not in doc.text


def test_text_dump_without_dateline_starts_at_first_prose_line():
    dump = (
        "Menu\nSearch\n\nCity council approves bridge budget\n\nLocal 09:30 May 2, 2024\n\n"
        "The city council on Thursday approved a budget of 40 million dollars for the new bridge over the river.\n\n"
        "Construction is expected to start next spring and to last about two years, officials said.\n\n"
        "Share\nPrint\n"
    )
    doc = clean_document(RawDocument("dump.txt", dump.encode(), content_type="text/plain"))
    assert doc.title == "City council approves bridge budget"
    assert doc.section == "Local"
    assert doc.text.split("\n\n") == [
        "The city council on Thursday approved a budget of 40 million dollars for the new bridge over the river.",
        "Construction is expected to start next spring and to last about two years, officials said.",
    ]
    assert doc.published.tzinfo is not None  # no profile: the stated time is taken as UTC


def test_plain_text_is_kept_as_clean_body():
    text = "First paragraph,\r\nwith a line break.\r\n\r\n\r\n\r\nSecond   paragraph.\r\n"
    doc = clean_document(RawDocument("a.txt", text.encode(), content_type="text/plain"), plain=True)
    assert doc.text == "First paragraph,\nwith a line break.\n\nSecond paragraph."
    assert doc.captions == ()
