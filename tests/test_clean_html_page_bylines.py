"""The writers of an HTML page that declares none and marks no byline element: the dump path's readers over the
page's lines (``text.page_byline``, round htmlM362)."""
import gzip

import pytest

from extractors.clean.document import clean_html
from extractors.clean.text import page_byline

STORY = (
    "The harbour board voted on Tuesday to close the old ferry pier for two years while engineers replace its piles.",
    "Residents of the island said the closing would add an hour to their daily commute into the city centre.",
    "The board said the work would cost about twelve million dollars and would be paid from the port's reserves.",
    "A temporary landing north of the marina will take the morning boats from the first week of next month.",
)


def _page(*header: str, meta: str = "") -> str:
    head = "".join(f"<div>{line}</div>" for line in header)
    story = "".join(f"<p>{para}</p>" for para in STORY)
    return (f"<html><head><title>Harbour board shuts the old ferry pier</title>{meta}</head><body>"
            "<nav><ul><li>Home</li><li>News</li></ul></nav>"
            f"<article><h1>Harbour board shuts the old ferry pier</h1>{head}{story}</article>"
            "<footer>Contact us</footer></body></html>")


def test_a_name_and_a_place_over_the_story_give_its_writer():
    """"Ángeles Escrivá | Madrid" over the date (El Mundo), as "Mehmet Can Toptaş | 03.04.2025" (Anadolu)."""
    doc = clean_html(_page("Marta Lindqvist | Madrid", "12/03/2024 10:15"))
    assert doc.authors == ("Marta Lindqvist",)


def test_a_name_and_a_handle_over_the_story_give_its_writer():
    """"Jon Fingas, @jonfingas" (Engadget)."""
    doc = clean_html(_page("Owen Pryce, @owenpryce", "March 12, 2024"))
    assert doc.authors == ("Owen Pryce",)


def test_a_declared_writer_is_not_replaced_by_the_page_lines():
    doc = clean_html(_page("Owen Pryce, @owenpryce", meta='<meta name="author" content="Marta Lindqvist">'))
    assert doc.authors == ("Marta Lindqvist",)


def test_a_heading_over_the_date_names_no_writer():
    """A section's heading over the date is no name over a date on a whole page ("Front Page" on the Taipei Times,
    "Anadolu Ajansı" on Habertürk): ``_name_over_date`` is not among the page's readers."""
    doc = clean_html(_page("Front Page", "Wed, Oct 16, 2024"))
    assert doc.authors == ()


def test_words_before_a_stamp_name_no_writer():
    """A dateline before a stamp (El Mercurio's "Santiago de Chile. Ju 2/3/2017") names no one on a page's lines."""
    doc = clean_html(_page("Santiago de Chile. Ju 2/3/2017 15:14"))
    assert doc.authors == ()


def test_no_story_line_among_the_page_lines_gives_no_writer():
    assert page_byline(["Marta Lindqvist | Madrid", "12/03/2024 10:15", "Some other text"], "Not on the page") == ()
    assert page_byline(["Marta Lindqvist | Madrid"], "") == ()


def test_a_sentence_after_a_label_word_names_no_writer():
    """"Por su parte, el alcalde celebró la votación." opens on a label word; its words in lower case are no names."""
    lines = ["Council funds the bridge", "Por su parte, el alcalde celebró la votación.", STORY[0], STORY[1]]
    assert page_byline(lines, STORY[0]) == ()


@pytest.mark.parametrize("case_id, writer", [
    ("anadoluajansi_2025-05-04_turkiyede-elektrikli-arac-sarj__fundus", "Sehernur Karsu"),
    ("elmundo-es_2012-10-28_izaskun-lesaka-eta-detenida__g3", "Ángeles Escrivá"),
    ("qbitai_2025-02-23_zhongke-wenge-x-agent-launch__pool1", "明敏"),
])
def test_dev_pages_name_the_writer_their_lines_print(case_id, writer):
    """Dev pages of the repo's corpus (``benchmarks/corpus/pages``)."""
    from benchmarks.extraction import CORPUS_PAGES

    found = [p for p in (CORPUS_PAGES / f"{case_id}.html", CORPUS_PAGES / f"{case_id}.html.gz") if p.exists()]
    if not found:
        pytest.skip(f"{case_id} is not in {CORPUS_PAGES}")
    data = found[0].read_bytes()
    html = (gzip.decompress(data) if found[0].suffix == ".gz" else data).decode("utf-8")
    assert clean_html(html).authors == (writer,)


@pytest.mark.parametrize("line", ["Owen Pryce – Feb 10, 2025 4:20 pm | 104", "Owen Pryce 8/17/13 11:04am"])
def test_a_name_before_a_stamp_with_a_clock_gives_the_writer(line):
    """"John Timmer – Feb 10, 2025 4:20 pm | 104" (Ars Technica), "Andrew Tarantola 8/17/13 11:04am" (Gizmodo)."""
    assert clean_html(_page(line)).authors == ("Owen Pryce",)


def test_words_before_a_date_with_no_clock_name_no_writer():
    """An audio clip's credit before its date (SRF's "Aus SRF 4 News aktuell vom 15.04.2024") names no one."""
    assert clean_html(_page("Aus SRF 4 News aktuell vom 15.04.2024")).authors == ()


@pytest.mark.parametrize(
    "case_id",
    ["arstechnica_2025-02-10_22-states-sue-nih-funding__jmp2", "gizmodo_2013-08-17_gear-apps-next-semester__unf"],
)
def test_dev_pages_name_the_writer_before_the_stamp(case_id):
    from tests.clean_helpers import dev_page

    expected, doc = dev_page(case_id, with_url=False)
    assert set(doc.authors) == set(expected["authors"])
