"""Bullet lines summing the story up under its headline are its standfirst (issue 12, dev recall).

elmundo.es sets them as ``<div class="subtitulo"><ul><li>`` under the ``<h1>``, xataka.com as ``<li><h2>`` lines in
its ``post-entradilla``: a box holding one list of clause-long, unlinked lines, between the headline and the story's
first paragraph. Their class names no summary a reader of markup knows, and the lines close on no full stop, so
neither the marked nor the unmarked standfirst rule took them. A list of links, of labels or of tools in the same
place is furniture and stays out.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

POINTS = (
    "The council approved the new bridge after a debate of six hours",
    "Work on both banks starts in spring and lasts three years",
    "The old ferry keeps running until the bridge opens to traffic",
)


def page(summary_box: str) -> str:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES * 2)
    return (
        "<html lang='en'><head><title>Bridge vote</title></head><body><h1>Bridge vote</h1>"
        f"{summary_box}<div class='story'>{story}</div></body></html>"
    )


def bullets(items, inner: str = "{}") -> str:
    return "<div class='points'><ul>" + "".join(f"<li>{inner.format(i)}</li>" for i in items) + "</ul></div>"


@pytest.mark.parametrize(
    ("case_id", "point"),
    [
        ("elmundo-es_2012-10-28_izaskun-lesaka-eta-detenida__g3",
         "Su pareja y lugarteniente, J. Iturbe, implicado en el atentado de la T4"),
        ("xataka_2025-01-08_coches-mas-vendidos-espana__grb",
         "El Dacia Sandero fue el coche más vendido de 2023, sumando 27.951 unidades"),
    ],
)
def test_summary_bullets_under_a_dev_headline_are_kept(case_id, point):
    expected, doc = dev_page(case_id)
    assert point in expected["body"]
    assert point in doc.text


def test_clause_long_bullets_under_the_headline_lead_the_body():
    text = clean_html(page(bullets(POINTS))).text
    assert text.split("\n\n")[:3] == list(POINTS)
    assert SENTENCES[0] in text


def test_bullet_lines_set_as_headings_lead_the_body():
    assert clean_html(page(bullets(POINTS, "<h2>{}</h2>"))).text.startswith(POINTS[0])


def test_linked_bullets_under_the_headline_are_related_stories_not_a_summary():
    text = clean_html(page(bullets(POINTS, "<a href='/other'>{}</a>"))).text
    assert not any(point in text for point in POINTS)


def test_short_labels_under_the_headline_are_no_summary():
    labels = ("Politics", "Local news", "Transport and roads")
    assert not any(label in clean_html(page(bullets(labels))).text for label in labels)
