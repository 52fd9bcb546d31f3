"""The story is taken from the ``<article>`` of the page's headline when the best-scored block lies outside it
(issue 12, dev pages that lost the whole story).

newsgram.com's infinite scroll appends more stories, each an ``<article>`` under its own ``<h1>``, and a longer
one won; baon.hu's sidebar slider of obituary notices outweighed the short story in the one ``<article>`` after
the headline. The headline's ``<article>``s are the one holding the ``<h1>`` that says the page's title and those
after it before any other ``<h1>``.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

LONG = [f"{s} {s}" for s in SENTENCES] * 3


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body>{body}</body></html>"


def test_the_first_story_of_a_dev_infinite_scroll_is_the_pages():
    expected, doc = dev_page("newsgram_2020-03-24_coronavirus-anxiety-stress-sperm__snk3")
    opening = "Prolonged fear and anxiety owing to stressors like the novel coronavirus (COVID-19) pandemic"
    assert opening in expected["body"]
    assert opening in doc.text
    assert "For Heart Patients" not in doc.text  # the fourth story, longer, that won the container


def test_a_short_dev_story_in_its_article_beats_a_sidebar_of_notices():
    expected, doc = dev_page("baon_2020-08-18_kronikus-faradtsag-koronavirus__hd3")
    line = "Felidézte, hogy korábban két hasonló koronavírus-fertőzés volt a világon: a SARS és a MERS."
    assert line in expected["body"]
    assert line in doc.text
    assert "A gyászoló család." not in doc.text  # the obituary slider


def test_a_story_cut_into_two_articles_under_its_headline_keeps_its_scored_half():
    """The other side: the ``<article>``s after the headline, before another ``<h1>``, are all the headline's."""
    html = page(f"<div><h1>Bridge vote</h1><article><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"
                f"<p>{SENTENCES[2]}</p><p>{SENTENCES[3]}</p></article>"
                "<article>" + "".join(f"<p>{s}</p>" for s in LONG) + "</article></div>")
    assert LONG[-1] in clean_html(html).text
