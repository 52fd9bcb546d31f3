"""Dates with provenance (source + raw string, the page's own offset) and bylines split into persons and organisations."""
from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta

from extractors.clean.date_stamps import find_stamps
from extractors.clean.document import clean_document, clean_html, clean_text
from extractors.clean.metadata import split_authors
from extractors.clean.page_dates import url_date
from extractors.pipeline import PipelineOptions, process
from extractors.records import DATE_SOURCES, RawDocument
from tests.clean_helpers import dev_page
from tests.test_clean_text import CORPUS

BODY = "".join(f"<p>The council voted on Tuesday, after a long debate, to fund the new bridge, item {i}.</p>"
               for i in range(4))


def page(head: str = "", body: str = BODY) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body><article>{body}</article></body></html>"


def ld(**fields) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": "Bridge vote", **fields})}</script>'


def test_jsonld_date_keeps_source_raw_string_and_the_page_offset():
    doc = clean_html(page(ld(datePublished="2024-08-27T09:41:00+09:00", dateModified="2024-08-27T11:00:00+09:00")))
    assert doc.published == datetime(2024, 8, 27, 0, 41, tzinfo=UTC)
    assert (doc.dates.published_source, doc.dates.published_raw) == ("jsonld", "2024-08-27T09:41:00+09:00")
    assert doc.dates.published_local == "2024-08-27T09:41:00+09:00"
    assert doc.dates.modified == datetime(2024, 8, 27, 2, 0, tzinfo=UTC)
    assert doc.dates.modified_source == "jsonld"


def test_each_declaration_is_named_by_its_source():
    meta = clean_html(page("<meta property='article:published_time' content='2024-08-27T09:41:00Z'>"
                           "<meta property='article:modified_time' content='2024-08-28T10:00:00Z'>"))
    assert (meta.dates.published_source, meta.dates.modified_source) == ("meta", "meta")
    time_el = clean_html(page(body=f"<time datetime='2024-08-27T09:41:00-04:00'>Aug 27</time>{BODY}"))
    assert time_el.dates.published_source == "time_element" and time_el.dates.published_local.endswith("-04:00")
    printed = clean_html(page(body=f"<div class='date'>27 August 2024, 9:41 am</div>{BODY}"))
    assert printed.dates.published_source == "text" and printed.dates.published_raw == "27 August 2024, 9:41 am"
    from_url = clean_html(page(), url="https://example.com/news/2024/08/27/bridge-vote")
    assert (from_url.dates.published_source, from_url.published.date().isoformat()) == ("url", "2024-08-27")


def test_feed_date_and_http_last_modified_fill_in_when_the_page_states_none():
    hinted = RawDocument("u", page().encode(), url="https://example.com/a", content_type="text/html",
                         published_hint=datetime(2024, 8, 27, 9, 0, tzinfo=UTC),
                         http_last_modified="Wed, 28 Aug 2024 10:00:00 GMT")
    doc = clean_document(hinted)
    assert doc.dates.published_source == "feed" and doc.published == datetime(2024, 8, 27, 9, 0, tzinfo=UTC)
    assert doc.dates.modified_source == "http" and doc.dates.modified_raw == "Wed, 28 Aug 2024 10:00:00 GMT"


def test_text_dump_stamp_is_a_text_date_with_its_raw_line():
    doc = clean_text("Bridge vote passes\nPolitics 09:41 March 3, 2025\n"
                     "The council voted on Tuesday, after a long debate, to fund the new bridge across the river.")
    assert doc.dates.published_source == "text" and "March 3, 2025" in doc.dates.published_raw


def test_undated_page_has_no_source_and_dated_values_always_carry_an_offset():
    undated = clean_html(page())
    assert undated.published is None and undated.dates.published_source is None
    naive = clean_html(page(ld(datePublished="2024-08-27 09:41")))
    assert naive.published.utcoffset() == timedelta(0) and naive.dates.published_local == "2024-08-27T09:41:00+00:00"


def test_url_dates_need_a_real_day():
    assert url_date("https://example.com/2024/02/31/x") is None
    assert url_date("https://example.com/2024-08-27-bridge").value == datetime(2024, 8, 27)
    assert url_date("https://example.com/article/12345678") is None
    assert url_date("https://example.com/2089096-a-slug") is None  # an article number, not 2089-09-06
    assert url_date("https://example.com/20240827/a").value == datetime(2024, 8, 27)


def test_extract_records_carry_date_provenance_in_the_vocabulary():
    raw = RawDocument("a", page(ld(datePublished="2024-08-27T09:41:00+02:00")).encode(), content_type="text/html")
    article = next(process([raw], PipelineOptions(facts=False)))
    record = article.to_dict()
    assert record["published_source"] in DATE_SOURCES
    assert datetime.fromisoformat(record["published_local"]).utcoffset() == timedelta(hours=2)
    assert record["published"] == "2024-08-27T09:41:00+02:00"


def test_bylines_that_name_no_person_are_not_authors():
    persons, orgs = split_authors(("Jane Roe", "Reuters", "Reuters Staff", "Staff Writer", "Wire reports",
                                   "Published 3 March 2025", "Lesotho Times", "CNN Newsroom"), site="Lesotho Times")
    assert persons == ("Jane Roe",)
    assert orgs == ("Reuters", "Reuters Staff", "Wire reports", "Lesotho Times", "CNN Newsroom")


def test_page_byline_urls_emails_and_agencies_leave_authors():
    html = page(ld(datePublished="2024-08-27T09:41:00Z",
                   author=[{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "https://x.com/jroe"},
                           {"@type": "Person", "name": "jroe@example.com"}, {"@type": "Person", "name": "AFP"},
                           {"@type": "Organization", "name": "Daily Bugle"}]))
    doc = clean_html(html)
    assert doc.authors == ("Jane Roe",)
    assert set(doc.author_orgs) == {"AFP", "Daily Bugle"}


def test_feed_author_hint_of_an_organisation_goes_to_author_orgs():
    raw = RawDocument("u", page().encode(), content_type="text/html", authors_hint=("Associated Press",))
    doc = clean_document(raw)
    assert doc.authors == () and doc.author_orgs == ("Associated Press",)



# --- printed stamps (extractors/clean/date_stamps.py): day-only readings completed, naive ones zoned -----------


def _same_moment(got: datetime, reference: str) -> bool:
    """The benchmark's rule: a reference without a zone is the page's wall-clock time."""
    want = datetime.fromisoformat(reference)
    return got.replace(tzinfo=None) == want if want.tzinfo is None else got == want


def test_printed_stamps_read_localised_months_cjk_dates_and_the_time_after_a_short_word():
    """Real stamps of dev pages: AFP Faktencheck (de), ifeng.com (zh), Libération (fr), taz (de), Chicago Tribune."""
    read = {text: [(s.value, s.has_time) for s in find_stamps(text)] for text in (
        "Veröffentlicht am 13. Mai 2026 um 15:44",
        "2019年09月09日 18:13:22来源：新华网",
        "27 octobre 2012 à 18:27",
        "erstellt: 01. April 2025, 15:25",
        "Dec 13, 2016 at 3:45 pm",
    )}
    assert list(read.values()) == [
        [(datetime(2026, 5, 13, 15, 44), True)], [(datetime(2019, 9, 9, 18, 13, 22), True)],
        [(datetime(2012, 10, 27, 18, 27), True)], [(datetime(2025, 4, 1, 15, 25), True)],
        [(datetime(2016, 12, 13, 15, 45), True)],
    ]


def test_printed_us_zone_names_follow_daylight_saving_and_gmt_offsets_keep_their_sign():
    """GigaOm's "PT" in October is UTC-7, The Atlantic's "ET" in January UTC-5; VnExpress's "GMT+7" is ahead of UTC."""
    (october,) = find_stamps("Oct. 25, 2010, 1:37pm PT")
    (january,) = find_stamps("Jan 22 2011, 8:00 AM ET")
    assert october.value.utcoffset() == timedelta(hours=-7) and january.value.utcoffset() == timedelta(hours=-5)
    (vietnam,) = find_stamps("02.05.2014 08:54 GMT+7")
    assert vietnam.value.utcoffset() == timedelta(hours=7)


def test_a_stamp_after_an_update_label_is_marked_as_an_update():
    """zeit.de prints "Aktualisiert am 28. April 2023, 20:22", t-online.de "Aktualisiert am 07.01.2026 - 18:50 Uhr"."""
    assert [s.updated for s in find_stamps("Aktualisiert am 28. April 2023, 20:22")] == [True]
    assert [s.updated for s in find_stamps("Aktualisiert am 07.01.2026 - 18:50 Uhr")] == [True]
    assert [s.updated for s in find_stamps("Veröffentlicht am 13. Mai 2026 um 15:44")] == [False]


def test_a_day_only_date_takes_the_time_printed_beside_the_headline_that_day():
    """The day came from a declaration, the URL or htmldate; the time is only printed (thepaper.cn, csdn.net, taz,
    hobby-werkstatt-blog.de, the New York Daily News)."""
    for case_id in ("thepaper-zh_2019-09-24_power-bank-price-rise__gne", "csdn-zh_2014-08-24_kcon-v3-zoomeye__gne",
                    "tageszeitung_2025-04-01_unermudlicher-einsatz__fundus",
                    "hobbywerkstattblog_2015-12-14_arduino-virtual-wall-roomba__hd",
                    "nydailynews_2016-12-16_michelle-obama-lost-hope__pl"):
        expected, doc = dev_page(case_id)
        assert _same_moment(doc.published, expected["published"]), (case_id, doc.published)
        assert doc.dates.published_source == "text"


def test_a_naive_date_takes_the_zone_another_copy_of_the_same_moment_states():
    """n-tv.de's JSON-LD has no zone but its meta ``date`` has; Politico prints "05:07 AM EDT" under a naive
    ``<time datetime>``; Fast Company's naive meta is local time beside a UTC ``<time datetime>``."""
    for case_id in ("ntv_2023-04-28_judy-lybke-ganz-gar__fundus", "politico_2016-10-04_insiders-trump-sink-pence__pl",
                    "fastcompany_2017-01-09_only-five-email-folders__pl"):
        expected, doc = dev_page(case_id)
        assert doc.published == datetime.fromisoformat(expected["published"]), (case_id, doc.published)


def test_a_page_that_declares_no_date_gets_the_first_date_it_prints():
    """ABC News prints "December 16, 2016, 4:19 PM" under obfuscated class names, pbrunst.de "Samstag, 3. Dezember
    2011", ebene11.com "12.01.2017"; no declaration, date class or URL day states it."""
    for case_id in ("abcnews_2016-12-16_clinton-putin-personal-beef__pl", "pbrunst_2011-12-03_kein-cyberterrorismus-diesmal__hd",
                    "ebene11_2017-01-12_fremde-dwg-dateien-autocad__hd"):
        expected, doc = dev_page(case_id)
        assert doc.published is not None and doc.published.date().isoformat() == expected["published"], case_id


def test_the_time_element_marked_date_published_wins_over_an_earlier_update_stamp():
    """Le Figaro prints ``<time itemprop="dateModified">`` ("Mis à jour le 06/04/2013") before the publication's."""
    expected, doc = dev_page("lefigaro-fr_2013-04-05_montebourg-privatisations-partielles__g3")
    assert doc.dates.published_source == "time_element"
    assert doc.published.replace(tzinfo=None, second=0) == datetime.fromisoformat(expected["published"])


def test_json_ld_wrapped_in_cdata_is_read():
    """krautreporter.de writes ``//<![CDATA[ ... //]]>`` around its JSON-LD, pages saved by readability's tests
    (aclu.org, josephg.com) ``<![CDATA[ ... ]]>``; the article object inside still declares date and author."""
    expected, doc = dev_page("krautreporter_2024-08-22_ich-wollte-dass-sie__fundus")
    assert doc.dates.published_source == "jsonld" and doc.published == datetime.fromisoformat(expected["published"])
    for case_id in ("aclu_2018_facebook-privacy__moz", "josephg_2020-09-26_crdts-are-the-future__omni"):
        expected, doc = dev_page(case_id)
        assert list(doc.authors) == expected["authors"], case_id


# --- bylines printed as text after a label (metadata._labelled_byline) --------------------------------------------


def test_names_printed_after_a_byline_label_are_the_authors():
    """No declaration or author-classed element names them: "By Meg Wagner" then "NEW YORK DAILY NEWS" (the
    New York Daily News), "von Ronald Tiefenthäler am 25.04.2014" (notebookcheck.com), "Par LILIAN ALEMAGNA,
    LAURE BRETTON Envoyés spéciaux" (Libération), "澎湃新闻记者 贺梨萍" (thepaper.cn), "《棱镜》作者 周纯" (qq.com)."""
    for case_id in ("nydailynews_2016-12-16_michelle-obama-lost-hope__pl",
                    "notebookcheck_2014-04-25_microsoft-nokia-uebernahme__snk2",
                    "liberation-fr_2012-10-27_ayrault-assume-sa-methode__g3",
                    "thepaper-zh_2020-06-06_lancet-smell-taste-covid__gne2", "qq-zh_2019-09-23_data-industry-crackdown__gne"):
        expected, doc = dev_page(case_id)
        assert list(doc.authors) == expected["authors"], (case_id, doc.authors)


def test_a_labelled_byline_of_an_acronym_and_an_organisation_word_is_an_organisation():
    """"By MND Staff" (mexiconewsdaily.com) and "Von" "BR24 Redaktion" (br.de): one capitalised word may follow a
    single acronym, and the organisation word makes the whole name an organisation, not a person "MND"."""
    for byline, org in (("<p><span>By</span> <a href='/staff'>MND Staff</a></p>", "MND Staff"),
                        ("<div><span>Von</span><span>BR24 Redaktion</span></div>", "BR24 Redaktion")):
        doc = clean_html(page(body=byline + BODY))
        assert (doc.authors, doc.author_orgs) == ((), (org,)), byline


def test_a_byline_name_that_is_the_sites_brand_is_an_organisation():
    """USA TODAY's meta author "Sean Leahy, USA TODAY", MDR's "David Straub, MDR THÜRINGEN", LTO's "LTO": the
    brand of the page's own host, written out in capitals or as the name's first word, credits the site."""
    for case_id in ("usatoday_2010-08-18_brett-favre-super-bowl-return__snk2",
                    "mdr_2023-04-28_ist-thuringer-bratwurst-illusion__fundus"):
        expected, doc = dev_page(case_id)
        assert list(doc.authors) == expected["authors"], (case_id, doc.authors)
    assert split_authors(("Sean Leahy", "USA TODAY"), brand="usatoday") == (("Sean Leahy",), ("USA TODAY",))
    assert split_authors(("heise online",), brand="heise") == ((), ("heise online",))


def test_a_person_named_like_the_site_stays_a_person():
    """hakibenita.com is Haki Benita's own site; al.com's brand "al" is also a first name."""
    assert split_authors(("Haki Benita",), brand="hakibenita") == (("Haki Benita",), ())
    assert split_authors(("Al Smith",), brand="al") == (("Al Smith",), ())


def test_a_labelled_byline_is_not_read_from_menus_headings_or_prose():
    """Real fragments: mlive.com's menu item "By Region"; baijiahao.baidu.com's rail heading "作者最新文章" (the
    author's latest articles); csdn.net's "| 作者" "魏星" stops before the tag links that follow."""
    menu = "<ul><li class='advMenuExpansion'><span class='nolink'>By Region</span></li></ul>"
    heading = "<div class='recent-article'><h2>作者最新文章<ul><li>张三</li></ul></h2></div>"
    csdn = ("<h4><span><font>0</font> 条评论</span>| 作者<span class='ago'>魏星</span> </h4>"
            "<div class='tag'><a>知道创宇</a> <a>余弦</a></div>")
    assert clean_html(page(body=menu + BODY)).authors == ()
    assert clean_html(page(body=heading + BODY)).authors == ()
    assert clean_html(page(body=csdn + BODY)).authors == ("魏星",)


def test_a_date_declared_in_utc_takes_the_offset_of_the_time_the_page_prints():
    """bukvy.com.ua declares "2025-10-09T13:43:06+00:00" and prints "Thursday, October 9, 2025 в 16:43": the same
    moment, shown in Kyiv time, which is what a reader (and the reference, read off the page) sees."""
    html = gzip.decompress((CORPUS / "bukvy_2025-10-09_poroshenko-sanctions-decree-supreme-court__mtsc.html.gz")
                           .read_bytes()).decode("utf-8")
    doc = clean_html(html)
    assert doc.published == datetime(2025, 10, 9, 13, 43, 6, tzinfo=UTC)  # the declared moment, unchanged
    assert doc.published.utcoffset() == timedelta(hours=3)
    assert (doc.published.hour, doc.published.minute) == (16, 43)
