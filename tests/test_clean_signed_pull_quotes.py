"""Pull quotes signed by their speaker under them (issue 12, round html40): the quote, trimmed from a sentence of the
story, goes with its signature ("Name, role"), as the dev references of the Tagesspiegel and the Tageblatt leave
them out. The real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

SAID = ("„Wir wissen aber, dass hohe Temperaturen an der Meeresoberfläche zusätzliche Feuchtigkeit in die Atmosphäre "
        "abgeben“, sagte Samantha Burgess dem Blatt am Montag.")
TRIMMED = "Wir wissen, dass hohe Temperaturen an der Meeresoberfläche zusätzliche Feuchtigkeit in die Atmosphäre abgeben."
SIGNATURE = "Samantha Burgess, Universität Leipzig"


def page(quote_box: str) -> str:
    story = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
    return (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{story}{quote_box}"
            f"<p>{SAID}</p>{story}</article></body></html>")


def test_trimmed_pull_quote_signed_under_it_goes_with_its_signature():
    doc = clean_html(page(f"<blockquote><p>{TRIMMED}</p></blockquote><p>{SIGNATURE}</p>"))
    assert TRIMMED not in doc.text and SIGNATURE not in doc.text
    assert SAID in doc.text


def test_pull_quote_said_in_full_takes_its_signature_along():
    quote = "Wir wissen aber, dass hohe Temperaturen an der Meeresoberfläche zusätzliche Feuchtigkeit in die Atmosphäre abgeben"
    doc = clean_html(page(f"<blockquote><p>{quote}</p></blockquote><p>{SIGNATURE}</p>"))
    assert SIGNATURE not in doc.text and doc.text.count(quote) == 1


@pytest.mark.parametrize(
    ("quote_box", "kept"),
    [
        (f"<blockquote><p>{TRIMMED}</p></blockquote>", TRIMMED),  # unsigned: trimmed is not said again
        (f"<blockquote><p>{TRIMMED}</p></blockquote><h2>Warme Meere</h2>", TRIMMED),  # a subheading signs nothing
        (("<blockquote><p>Nach dem Rennen fuhr das ganze Team gemeinsam zurück nach Luxemburg.</p></blockquote>"
          f"<p>{SIGNATURE}</p>"), SIGNATURE),  # signed, but no paragraph says it again
    ],
)
def test_quote_unsigned_or_not_said_again_stays(quote_box, kept):
    assert kept in clean_html(page(quote_box)).text


@pytest.mark.parametrize(
    ("case_id", "signatures"),
    [
        ("tagesspiegel_2024-04-29_eskalation-nordatlantik-wenn-ozeane__fundus",
         ("Karsten Haustein, Universität Leipzig", "Samantha Burgess, stellvertretende Direktorin")),
        ("tageblatt_2025-06-28_nationale-demo-9-juli__fundus", ("Patrick Dury, LCGB-Präsident", "Nora Back, OGBL")),
    ],
)
def test_signed_pull_quotes_leave_real_pages(case_id, signatures):
    expected, doc = dev_page(case_id)
    for signature in signatures:
        assert signature not in expected["body"] and signature not in doc.text
