"""Walks that replaced XPaths over the whole page select what those XPaths selected, on real pages.

The cleaner reads the byline candidates and the visible text of a page by walking its tree (cheaper than
libxml2's XPath, see ``marks.find_marks`` and ``document._visible_pieces``); a walk that drifted from
the XPath it stands for would change authors and page flags silently. Dev pages of the repo corpus only.
"""
from __future__ import annotations

import gzip
from urllib.parse import urlsplit

import pytest
from lxml import etree

from benchmarks.splits import load_split
from extractors.clean import html as html_clean
from extractors.clean.document import _visible_pieces
from extractors.clean.dom import norm
from extractors.clean.marks import find_marks
from extractors.clean.metadata import _head_tags
from extractors.clean.page_dates import _date_classed, _page_text, _time_elements, page_text_nodes
from extractors.clean.teaser_cards import _holds_text, _shows_text, site_host
from extractors.formats.encoding import decode_bytes
from tests.clean_helpers import CORPUS

_BYLINE_XPATH = etree.XPath(
    '//*[@rel="author" or @itemprop="author" or contains(@class, "author") or contains(@class, "byline")]'
)
_FOLDED_XPATH = etree.XPath('//*[contains(local-name(), "collaps") or contains(@class, "ollaps")]')
#: The date-classed elements ``page_dates._visible_date`` reads, as it selected them before ``_date_classed``.
_DATE_CLASS_XPATH = etree.XPath(
    '//*[contains(@class, "date") or contains(@class, "time") or contains(@class, "publish")][not(self::script)]'
    '[not(ancestor-or-self::*[contains(translate(@style, " ", ""), "display:none") or @hidden])]'
)
_VISIBLE_XPATH = etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)
#: Every fifth dev page of the repo corpus (about 60 publishers), sorted for a stable sample.
DEV_PAGES = sorted(case for case, entry in load_split().items()
                   if entry["split"] == "dev" and (CORPUS / f"{case}.html.gz").exists())[::5]


def _page(case_id: str):
    text, _ = decode_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()), "text/html")
    return html_clean.parse_html(text)


@pytest.mark.parametrize("case_id", DEV_PAGES)
def test_byline_walk_selects_the_elements_the_byline_xpath_selects(case_id: str) -> None:
    root = _page(case_id)
    assert list(find_marks(root).bylines) == _BYLINE_XPATH(root)


@pytest.mark.parametrize("case_id", [*DEV_PAGES, "mdr_2019-04-23_algorithmus-google-facebook-alltag__sfm2a"])
def test_folded_walk_selects_the_elements_the_folded_xpath_selects(case_id: str) -> None:
    root = _page(case_id)
    assert list(find_marks(root).folded) == _FOLDED_XPATH(root)


@pytest.mark.parametrize("case_id", DEV_PAGES)
def test_visible_text_walk_gives_the_text_nodes_of_the_xpath_in_order(case_id: str) -> None:
    root = _page(case_id)
    assert list(_visible_pieces(root)) == [str(piece) for piece in _VISIBLE_XPATH(root)]


def test_visible_text_skips_scripts_styles_and_templates_but_keeps_the_text_after_them() -> None:
    root = html_clean.parse_html(
        "<html><head><title>Head</title></head><body>one<script>var x;</script>two<noscript>no <b>js</b></noscript>"
        "three<template><p>later</p></template><style>p{}</style><p>four <i>five</i></p>six</body></html>"
    )
    pieces = list(_visible_pieces(root))
    assert pieces == [str(piece) for piece in _VISIBLE_XPATH(root)]
    assert [p.strip() for p in pieces] == ["one", "two", "three", "four", "five", "six"]


@pytest.mark.parametrize("case_id", DEV_PAGES)
def test_page_text_by_xslt_is_the_text_nodes_walk_joined(case_id: str) -> None:
    root = _page(case_id)
    assert _page_text(root) == " ".join(page_text_nodes(root))


def test_page_text_skips_the_text_right_inside_unseen_elements_but_reads_their_children() -> None:
    root = html_clean.parse_html(
        "<html><head><title>Head</title></head><body>one<script>var x;</script>two<noscript>no <b>js</b> tail</noscript>"
        "three<!-- note -->3<template><p>later</p> gone</template><style>p{}</style><p>four <i>five</i></p>six</body>"
        "</html>"
    )
    assert _page_text(root) == " ".join(page_text_nodes(root)) == "one two js three3 later four five six"


@pytest.mark.parametrize("case_id", DEV_PAGES)
def test_date_class_walk_selects_the_elements_the_date_class_xpath_selects(case_id: str) -> None:
    root = _page(case_id)
    assert list(_date_classed(root)) == _DATE_CLASS_XPATH(root)


def test_date_class_walk_skips_scripts_and_hidden_elements_and_boxes() -> None:
    root = html_clean.parse_html(
        "<html><body><!-- date --><span class='post-date'>1 May 2020</span><script class='date'>x</script>"
        "<p class='Date'>case as written</p><div hidden><span class='date'>hidden box</span></div>"
        "<div style='color: red; display : none'><time class='publish-time'>styled away</time></div>"
        "<div style='display:\tnone'><b class='timestamp'>a tab is no space</b></div>"
        "<span class='dateline' hidden=''>hidden itself</span><em class='published'>shown</em></body></html>"
    )
    found = list(_date_classed(root))
    assert found == _DATE_CLASS_XPATH(root)
    assert [el.text for el in found] == ["1 May 2020", "a tab is no space", "shown"]


#: The ``<time>`` elements ``page_dates.read_dates`` reads, as it selected them before ``_time_elements``.
_TIME_XPATHS = (
    etree.XPath("//time[@datetime]"),
    etree.XPath(
        '//time[@datetime][@itemprop="dateModified" or contains(@class, "updated") or contains(@class, "modified")]'
    ),
    etree.XPath(
        '//time[@datetime][@itemprop="datePublished"]'
        '|//time[@datetime][not(@itemprop="dateModified")][not(contains(@class, "updated") or contains(@class, '
        '"modified")) or contains(@class, "publish")]'
    ),
)


def _time_xpaths(root) -> tuple[list, list, list]:
    return tuple(xpath(root) for xpath in _TIME_XPATHS)


@pytest.mark.parametrize("case_id", DEV_PAGES)
def test_time_walk_selects_the_elements_the_time_xpaths_select(case_id: str) -> None:
    root = _page(case_id)
    times = _time_elements(root)
    assert (list(times.dated), list(times.modified), list(times.published)) == _time_xpaths(root)


def test_time_walk_reads_datetime_itemprop_and_class_words_as_the_xpaths_did() -> None:
    root = html_clean.parse_html(
        "<html><head><time datetime='2020-01-01'>in the head</time></head><body>"
        "<time>no datetime</time><time datetime=''>empty datetime</time>"
        "<time datetime='2020-01-02' itemprop='dateModified' class='published'>modified, class publish</time>"
        "<time datetime='2020-01-03' class='entry-date published updated'>updated and publish</time>"
        "<time datetime='2020-01-04' class='last-modified'>modified class</time>"
        "<p><time datetime='2020-01-05' itemprop='datePublished' class='updated'>published itemprop"
        "<time datetime='2020-01-06'>nested</time></time></p><TIME DATETIME='2020-01-07' CLASS='Updated'>case</TIME>"
        "</body></html>"
    )
    times = _time_elements(root)
    assert (list(times.dated), list(times.modified), list(times.published)) == _time_xpaths(root)
    assert [el.get("datetime") for el in times.modified] == ["2020-01-02", "2020-01-03", "2020-01-04", "2020-01-05"]
    assert [el.get("datetime") for el in times.published] == [
        "2020-01-01", "", "2020-01-03", "2020-01-05", "2020-01-06", "2020-01-07"
    ]
    assert _time_elements(root.find(".//p")).dated == times.dated  # the whole document, as ``//`` reads it


_LD_XPATH = etree.XPath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]')
_META_XPATH = etree.XPath("//meta[@content or @value]")
_CANONICAL_XPATH = etree.XPath("//link[@rel='canonical']/@href")
_OG_URL_XPATH = etree.XPath("//meta[@property='og:url']/@content")


@pytest.mark.parametrize("case_id", DEV_PAGES)
def test_head_tags_walk_selects_the_json_ld_meta_and_rel_link_elements_of_the_xpaths(case_id: str) -> None:
    root = _page(case_id)
    assert _head_tags(root) == (_LD_XPATH(root), _META_XPATH(root), list(root.iterfind(".//link[@rel]")))


def test_head_tags_walk_reads_types_in_any_case_value_only_metas_and_tags_in_the_body() -> None:
    root = html_clean.parse_html(
        "<html><head><script type='Application/LD+JSON'>{}</script><script>var x;</script><meta charset='utf-8'>"
        "<meta name='a' content=''><meta name='b' value='v'><link rel='stylesheet' href='s.css'><link href='x'>"
        "</head><body><script type='application/ld+json;charset=utf-8'>[]</script><meta property='c' content='d'>"
        "<link rel='canonical' href='https://example.org/a'></body></html>"
    )
    scripts, metas, links = _head_tags(root)
    assert (scripts, metas, links) == (_LD_XPATH(root), _META_XPATH(root), list(root.iterfind(".//link[@rel]")))
    assert [len(scripts), len(metas), len(links)] == [2, 3, 2]


def _host_by_xpath(root) -> str | None:
    """``teaser_cards.site_host`` as it read the URLs before its walk."""
    for url in (*_CANONICAL_XPATH(root), *_OG_URL_XPATH(root)):
        if host := urlsplit(url.strip()).hostname:
            return host.removeprefix("www.")
    return None


@pytest.mark.parametrize("case_id", DEV_PAGES)
def test_site_host_walk_finds_the_host_the_xpaths_found(case_id: str) -> None:
    root = _page(case_id)
    assert site_host(root) == _host_by_xpath(root)


@pytest.mark.parametrize("head", [
    "<meta property='og:url' content='https://og.example.com/a'><link rel='canonical' href='https://www.canon.example/a'>",
    "<link rel='canonical' href='/relative'><meta property='og:url' content='https://www.og.example.com/a'>",
    "<meta property='og:url' content=' '><link rel='canonical' href=''>",
])
def test_site_host_prefers_a_canonical_link_naming_a_host_to_an_earlier_og_url(head: str) -> None:
    root = html_clean.parse_html(f"<html><head>{head}</head><body><p>text</p></body></html>")
    assert site_host(root) == _host_by_xpath(root)


@pytest.mark.parametrize("text", ["", " \n\t", "\u200b \u2060\ufeff", "a", " \u200bword ", "\xa0x\xa0"])
def test_shows_text_says_whether_the_collapsed_text_is_empty(text: str) -> None:
    assert _shows_text(text) == bool(norm(text))


def test_holds_text_reads_the_first_text_node_and_else_the_whole_paragraph() -> None:
    root = html_clean.parse_html(
        "<html><body><p>word <b>bold</b></p><p><b>bold only</b></p><p> \u200b<span>\u2060</span> </p>"
        "<p>\u200b<i>late</i></p><p></p><p>\xa0</p></body></html>"
    )
    held = [_holds_text(p) for p in root.iter("p")]
    assert held == [bool(norm(p.text_content())) for p in root.iter("p")] == [True, True, False, True, False, False]
