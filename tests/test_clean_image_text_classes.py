"""The text under a picture is a caption when its class names the picture and the text, whatever the word "caption".

Three dev publishers mark theirs so, and their references leave it out of the story: "detail-img__description" and
"lightbox__copyright" (freiepresse.de, "... Foto: Sebastian Christoph Gollnow/dpa"), "content-media__description"
(g1.globo.com, "... — Foto: Diêgo Holanda/G1"), "image_desc" (qq.com, "（某头部数据公司的部分报价单）").
``widgets.names_image_text`` reads the class; ``collect_captions`` moves the text to ``captions``. A bare "text" after
the picture is a story's prose beside it (eonline.com's "article-detail__photo-text"), so it stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page


@pytest.mark.parametrize(("case_id", "caption", "story"), [
    ("freiepresse_2024-11-29_niemand-glaubt-euch-totalschaden__fundus", "Foto: Sebastian Christoph Gollnow/dpa",
     "Djir-Sarai"),
    ("g1_2020-03-08_vaquinha-pitbull-abandonado__hd3", "Foto: Diêgo Holanda/G1", "Foca"),
    ("qq-zh_2019-09-23_data-industry-crackdown__gne", "某头部数据公司的部分报价单", "数据"),
])
def test_a_dev_picture_text_named_by_its_class_is_a_caption(case_id, caption, story):
    expected, doc = dev_page(case_id)
    assert caption not in expected["body"]
    assert story in doc.text
    assert caption not in doc.text
    assert any(caption in line for line in doc.captions)


def test_a_dev_story_set_beside_its_photo_stays_story():
    expected, doc = dev_page("eonline_2016-12-12_ryan-gosling-fatherhood__pl")
    paragraph = "turned his attention towards acting"
    assert paragraph in expected["body"]
    assert paragraph in doc.text


@pytest.mark.parametrize(("classes", "names"), [
    ("detail-img__description", True),
    ("lightbox__copyright", True),
    ("text image_desc", True),
    ("atc-ImageDescription", True),
    ("article-detail__photo-text article-detail__segment", False),
    ("wp-block-media-text", False),
    ("media-body", False),
    ("description", False),
])
def test_names_image_text_needs_a_picture_part_before_a_caption_part(classes, names):
    assert widgets.names_image_text(classes) is names


@pytest.mark.parametrize("classes", ["legend", "legende", "article__legend", "fig-media-legende", "cell legenda",
                                     "e-image-legend col-sm-6", "nota-leyenda"])
def test_a_class_ending_in_the_word_for_caption_names_a_caption(classes):
    """French, Portuguese, Italian and Spanish call a caption "légende", "legenda", "leyenda": no picture word needed."""
    assert widgets.names_caption(classes) is True


@pytest.mark.parametrize("classes", ["legendary-player", "legend-text", "legends-list", "caption"])
def test_a_class_only_starting_with_legend_names_no_caption(classes):
    assert widgets.names_caption(classes) is False


def test_a_legend_beside_a_picture_is_a_caption_and_a_form_legend_is_not():
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = (f"<html><body><article><h1>Bridge vote</h1>{story}"
            "<div class='wrapper-image'><img src='b.jpg'><span class='legend'>The bridge site at dawn (AFP)</span></div>"
            "<form><fieldset><span class='fieldset-legend'>Text formats options</span><input name='q'></fieldset></form>"
            "</article></body></html>")
    doc = clean_html(html)
    assert "The bridge site at dawn (AFP)" in doc.captions and "The bridge site at dawn" not in doc.text
    assert "Text formats options" not in doc.captions


def test_afp_fact_check_caption_classed_legend_is_a_caption():
    expected, doc = dev_page("afpfaktencheck_2026-05-13_angst-vor-hantavirus-lasst__fundus")
    caption = "ist Hantavirus keine Nebenwirkung der Covid-19-Impfstoffe von Pfizer (AFP"
    assert caption not in expected["body"]
    assert caption not in doc.text
    assert any(caption in line for line in doc.captions)
