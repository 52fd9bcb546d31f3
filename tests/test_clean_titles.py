"""Headline reading (``metadata._confirmed_h1``): the shown ``<h1>`` when a declared title states it.

Each rule comes from dev pages of two publishers at least (named in ``metadata._confirmed_h1``); the real pages
here are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``), compared with the
title their reference gives.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))


def page(head: str, h1: str) -> str:
    return f"<html><head>{head}</head><body><header><h1>{h1}</h1></header><article>{STORY}</article></body></html>"


@pytest.mark.parametrize(
    "case_id",
    [
        "dw_2023-04-28_ukrainische-gegenoffensive-ziele-chancen__fundus",  # og:title "... | DW | 28.04.2023"
        "mit_2011-07-08_improving-recommendation-systems__pyr",  # "... - MIT News Office"
        "tageszeitung_2025-04-01_unermudlicher-einsatz__fundus",  # "... - Die Neue Südtiroler Tageszeitung"
        "theatlantic_2011-01-22_james-bond-getting-old__snk",  # <title> only: "... - Scott Meslow - Entertainment - ..."
        "washingtonpost_2018-10-29_enough-platitudes-name-names__pl",  # "Opinion | ..."
        "aryanews_2020-06-22_naghdinegi-bourse-3-mah__hd4",  # the agency's name before the headline
        "goodform_2018-06-27_schattiges-plaetzchen__hd",  # <title> "Blog - ..."
        "theislandnow_2020-03-24_northwell-clinical-trials-coronavirus__snk3",  # straight quote and two site names
    ],
)
def test_h1_a_declared_title_holds_between_site_or_section_names_is_the_title(case_id):
    """The names a declared title adds around the headline are the site's, not the story's."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


@pytest.mark.parametrize(
    "case_id",
    [
        "gigaom_2010-10-25_apple-next-macbook-800__snk2",  # og:title "Apple's", the <h1> "Apple’s"
        "oneesports_2023-11-19_t1-worlds-2023__n4k",  # "Heartsteel's" / "Heartsteel’s"
        "fortune_2016-12-15_alexa-gadgets__pl",  # "Powered By" / "Powered by"
    ],
)
def test_h1_differing_from_the_declared_title_only_in_quotes_or_case_is_the_title(case_id):
    """Typography is the page's: the shown headline, not its SEO copy, is what readers quote."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


@pytest.mark.parametrize(
    "case_id",
    [
        "netease-zh_2019-09-07_longfor-project-complaints__gne",
        "netease-zh_2019-09-08_future-science-prize-wang-xiaoyun__gne2",
        "netease-zh_2019-09-09_sos-paper-ball-tutoring__gne2",
    ],
)
def test_og_title_cut_at_an_unescaped_quote_gives_way_to_the_whole_h1(case_id):
    """163.com writes ``content="...龙湖集团"暗伤"曝露？"``: the attribute ends at the first quotation mark."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]
    assert '"' in doc.title


def test_a_declared_headline_cut_with_an_ellipsis_gives_way_to_the_whole_h1():
    head = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
            "\"The council votes to fund the new bridge over the...\"}</script>")
    doc = clean_html(page(head, "The council votes to fund the new bridge over the river"))
    assert doc.title == "The council votes to fund the new bridge over the river"


def test_a_logo_h1_is_not_confirmed_by_headline_and_site_name():
    """"Bridge vote | The Daily Bugle" holds the logo's words too; a site name is never the headline."""
    head = ("<meta property='og:site_name' content='The Daily Bugle'>"
            "<meta property='og:title' content='Council funds bridge | The Daily Bugle'>")
    assert clean_html(page(head, "The Daily Bugle")).title == "Council funds bridge"


def test_words_glued_to_the_h1_by_a_hyphen_are_no_site_name():
    """"Covid-19 vaccine ..." does not confirm an ``<h1>`` "Covid": no separator stands between them."""
    head = "<meta property='og:title' content='Covid-19 vaccine - first doses given'>"
    assert clean_html(page(head, "Covid")).title == "Covid-19 vaccine - first doses given"


@pytest.mark.parametrize(
    "case_id",
    ["jungewelt_2026-05-17_kenia-nairobi-unten__fundus", "orf_2024-11-22_nach-gaetz-ruckzug-trump__fundus"],
)
def test_a_kicker_before_a_colon_stays_in_the_title(case_id):
    """"Kenia: Nairobi von unten" declared over an ``<h1>`` "Nairobi von unten": the kicker is the story's."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"] and ": " in doc.title


@pytest.mark.parametrize(
    "case_id",
    [
        "douban-zh_2017-09-30_hundred-stories-of-the-moon__ppl",  # "两万字长文 | 月亮的100个故事 (多图)"
        "seriouseats_2018_domestic-parmesan-taste-test__gcd",  # "Is Domestic Parmesan Cheese Worth Using? | Taste Test"
    ],
)
def test_a_bar_inside_the_shown_h1_is_part_of_the_title(case_id):
    """A site name after a bar is cut from a declared title; a bar the ``<h1>`` itself shows joins its parts."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


def test_a_bar_inside_the_shown_h1_stays_and_a_declared_site_suffix_goes():
    same = page("<meta property='og:title' content='Bridge vote | Part One'>", "Bridge vote | Part One")
    assert clean_html(same).title == "Bridge vote | Part One"
    declared = page("<meta property='og:title' content='Bridge vote | Daily Bugle'>", "Front page")
    assert clean_html(declared).title == "Bridge vote"


@pytest.mark.parametrize(
    "case_id",
    [
        "globalvoicesonline_2009-06-09_north-korea-journalists-hard-labor__mcb",  # <title> "Global Voices Online » ..."
        "karussell_2011-03-07_twitter-api-and-me__pool1",  # <title> "... « Find Time for the Karussell"
        "geekonomics10000-zh_2016-08-26_quanwei-hefaxing-conglai__mrp",  # <title> "... « 学而时嘻之"
    ],
)
def test_an_h1_linking_to_the_home_page_is_the_site_name_and_leaves_the_page_title(case_id):
    """A blog's logo ``<h1>`` (a link to the site's home page) is the site's name, cut from ``<title>``."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


def test_a_home_page_link_h1_gives_way_to_the_page_title_without_its_name():
    logo = "<a href='https://bugle.example/'>The Daily Bugle</a>"
    assert clean_html(page("<title>The Daily Bugle » Council funds bridge</title>", logo)).title == "Council funds bridge"
    assert clean_html(page("<title>Council funds bridge « The Daily Bugle</title>", logo)).title == "Council funds bridge"


def test_an_h1_linking_to_its_own_story_is_the_headline():
    """A permalink is not the home page: the ``<h1>`` stays the headline."""
    own = "<a href='https://bugle.example/2011/03/council-funds-bridge/'>Council funds bridge</a>"
    assert clean_html(page("<title>Council funds bridge « The Daily Bugle</title>", own)).title == "Council funds bridge"
    words = "<a href='/'>Council</a> funds bridge"  # words outside the link: not a logo
    assert clean_html(page("<title>Bridge news « The Daily Bugle</title>", words)).title == "Council funds bridge"


@pytest.mark.parametrize(
    "case_id",
    [
        "southcn-zh_2023-06-15_fed-holds-rates__mgh2",  # "..._南方网"
        "qdaily-zh_2017-03-01_hater-dating-app__pl",  # "..._智能_好奇心日报"
        "waraenforcement_2016-09-27_braconnier-elephant-guinee__hd",  # "... ‹ Wara Conservation Project"
    ],
)
def test_site_and_section_names_after_an_underscore_or_single_guillemet_leave_the_page_title(case_id):
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


def test_an_underscore_inside_an_ascii_title_is_no_separator():
    """Only names holding non-ASCII letters are cut after an underscore: "snake_case" is a word."""
    bare = "<html><head><title>{}</title></head><body><article>" + STORY + "</article></body></html>"
    assert clean_html(bare.format("Why we name files in snake_case")).title == "Why we name files in snake_case"
    assert clean_html(bare.format("议会批准新桥预算_要闻_南方网")).title == "议会批准新桥预算"


@pytest.mark.parametrize(
    "case_id",
    [
        "clutchpoints_2019-03-31_derrick-white-two-way-guard__sfm",  # twitter:title
        "uproxx_2016-12-09_giuliani-not-secretary-of-state__pl",  # twitter:title
        "nj_2016-12-13_atm-skimming-scheme-sentenced__plp",  # the title meta and sailthru.title
        "sbnation_2016-12-06_red-sox-chris-sale__pl",  # parsely-title
        "radiocanada_2025-11-04_budget-federal-depenses-compressions-deficit__jmp",  # dc.title "... | Radio-Canada"
    ],
)
def test_an_h1_another_title_meta_tag_states_wins_over_a_differing_og_title(case_id):
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


def test_only_a_title_meta_tag_not_the_page_title_confirms_the_h1_against_og_title():
    social = "<meta property='og:title' content='You will not believe this bridge'>"
    twitter = "<meta name='twitter:title' content='Council funds bridge'>"
    assert clean_html(page(social + twitter, "Council funds bridge")).title == "Council funds bridge"
    # <title> beside a differing og:title is the SEO variant as often as the <h1>: og:title stays
    seo = "<title>Council funds bridge | The Daily Bugle</title>"
    assert clean_html(page(social + seo, "Council funds bridge")).title == "You will not believe this bridge"


def test_an_h1_inside_a_link_to_its_blogs_home_is_the_blogs_name():
    """USA Today's 2010 blogs set the blog's name as an ``<h1>`` inside a link to "/communities/<blog>/index"."""
    expected, doc = dev_page("usatoday_2010-08-18_brett-favre-super-bowl-return__snk2")
    assert doc.title == expected["title"]


@pytest.mark.parametrize(
    ("href", "named"),
    [
        ("/communities/bugle/index", True),  # the blog's home, the page's address continues from it
        ("https://bugle.example/communities/bugle", True),
        ("/communities/bugle/post/2010/08/council-funds-bridge/1", False),  # the story itself
        ("https://other.example/communities/bugle", False),  # another site
        ("/communities/other/index", False),
    ],
)
def test_a_link_around_an_h1_names_the_blog_only_when_the_page_continues_its_address(href, named):
    body = (f"<html><head><link rel='canonical' href='https://bugle.example/communities/bugle/post/2010/08/"
            f"council-funds-bridge/1'><title>Council funds bridge - The Bugle Blog</title></head><body>"
            f"<a href='{href}'><h1>The Bugle Blog: council news</h1></a><article>{STORY}</article></body></html>")
    title = clean_html(body).title
    assert (title == "Council funds bridge") if named else (title == "The Bugle Blog: council news")


@pytest.mark.parametrize(
    "case_id",
    [
        "srf_2024-04-15_israelische-zuruckhaltung-hat-viel__fundus",  # overline "Eskalation im Nahen Osten"
        "tagesschau_2025-03-02_ukraine-gipfel-london-koalition-willigen__jmp2",  # topline "Ukraine-Gipfel in London"
    ],
)
def test_a_declared_title_with_another_kicker_than_the_h1s_gives_the_headline_both_share(case_id):
    """og:title "Iranischer Angriff auf Israel: «...»" over an ``<h1>`` whose own kicker element says "Eskalation im
    Nahen Osten": the kickers are per-channel variants, the headline after them is the title."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


def kicked_h1(kicker: str) -> str:
    return f"<span class='topline'>{kicker}</span> <span class='text'>Council funds the bridge</span>"


def test_a_declared_kicker_differing_from_the_h1s_kicker_element_is_dropped():
    head = "<meta property='og:title' content='River crossing: Council funds the bridge'>"
    assert clean_html(page(head, kicked_h1("Vote in Springfield"))).title == "Council funds the bridge"


@pytest.mark.parametrize(
    ("declared", "kicker"),
    [
        ("Vote in Springfield: Council funds the bridge", "Vote in Springfield"),  # the same kicker: the story's
        ("Vote in Springfield / Council funds the bridge", "Bridge vote"),  # no colon before the headline
        ("River crossing: Council funds the bridge", None),  # an <h1> with no kicker element
    ],
)
def test_a_declared_kicker_stays_unless_the_h1_sets_another_apart(declared, kicker):
    h1 = kicked_h1(kicker) if kicker else "Council funds the bridge"
    head = f"<script type='application/ld+json'>{{\"@type\": \"NewsArticle\", \"headline\": \"{declared}\"}}</script>"
    assert clean_html(page(head, h1)).title == declared


@pytest.mark.parametrize(
    "case_id",
    [
        "waz_2025-09-10_grunen-spitze-gegen-klockner__fundus",  # FUNKE: <nav> ... <li><h1 data-breadcrumb-headline>
        "hamburgerabendblatt_2025-09-09_baerbock-zur-nur-etappe__fundus",
        "bsz_2025-09-09_ampeln-tot-s-bahnen__fundus",
        "faz_2023-03-14_bankenpleite-sichere-anleihen-geld__fdh2",  # <nav class=nvg-Breadcrumb> ... <li><h1>
    ],
)
def test_an_h1_that_is_only_a_breadcrumbs_last_crumb_is_not_the_headline(case_id):
    """The crumb words the page otherwise (its SEO title); the headline shown under it is the JSON-LD headline's."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


def test_an_h1_in_a_navigation_header_is_neither_the_headline_nor_the_sites_name():
    """ndr.de's "Kommentar" ``<h1>`` in ``<header role=navigation>``: "Kommentar: ..." keeps its kicker."""
    expected, doc = dev_page("ndr_2023-04-01_kommentar-klima-aktivisten-gesellschaft__fdh", with_url=False)
    assert doc.title == expected["title"] and doc.title.startswith("Kommentar: ")


def test_a_crumb_the_page_shows_again_as_its_heading_is_the_headline():
    """morgenpost.de repeats the crumb as the ``<hgroup>``'s ``<h2>``: the crumb then names the shown headline."""
    expected, doc = dev_page("berlinermorgenpost_2024-04-29_konferenz-zur-kontrolle-ki__fdh", with_url=False)
    assert doc.title == expected["title"]


def crumb_page(crumb: str, heading: str) -> str:
    return ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
            "\"Council funds the bridge\"}</script><meta property='og:title' content='Bridge vote: what it costs'>"
            f"</head><body><article><nav role='navigation'><ul><li><a href='/'>Home</a></li><li><h1>{crumb}</h1></li>"
            f"</ul></nav><hgroup><h2>{heading}</h2></hgroup>{STORY}</article></body></html>")


def test_a_breadcrumb_h1_gives_way_to_the_declared_headline_unless_a_heading_repeats_it():
    assert clean_html(crumb_page("Bridge vote: what it costs", "Council funds the bridge")).title == \
        "Council funds the bridge"
    assert clean_html(crumb_page("Bridge vote: what it costs", "Bridge vote: what it costs")).title == \
        "Bridge vote: what it costs"
    # a list whose class names a breadcrumb is one, inside a <nav> or not
    classed = crumb_page("Bridge vote: what it costs", "Council funds the bridge").replace(
        "<nav role='navigation'><ul>", "<div><ul class='breadcrumb-list'>").replace("</nav>", "</div>")
    assert clean_html(classed).title == "Council funds the bridge"
    # an <h1> in a list outside any navigation stays the headline
    listed = crumb_page("Bridge vote: what it costs", "Council funds the bridge").replace(
        "<nav role='navigation'>", "<div>").replace("</nav>", "</div>")
    assert clean_html(listed).title == "Bridge vote: what it costs"


@pytest.mark.parametrize(
    "case_id",
    [
        "ntv_2023-04-28_judy-lybke-ganz-gar__fundus",  # <h2><span>Neue Leipziger Schule</span><span>Judy Lybke, ...
        "stern_2023-04-28_statt-paypal-co-so__fundus",  # "European Payments Initiative" over "Statt Paypal & Co.: ..."
        "tagesanzeiger_2023-07-01_chiesa-ruft-zum-politischen__fundus",
    ],
)
def test_the_heading_under_a_breadcrumb_h1_less_its_kicker_element_is_the_title(case_id):
    """The crumb and the JSON-LD headline keep a kicker ("Neue Leipziger Schule: ..."); the page shows the headline
    in the ``<h2>`` under the crumb, its kicker in an element of its own, and ``og:title`` states the headline."""
    expected, doc = dev_page(case_id, with_url=False)
    assert doc.title == expected["title"]


def test_a_heading_only_twitter_title_states_does_not_replace_the_crumb():
    """waz.de 2023: the ``<h2>`` "„Wegovy“: ..." is the ``twitter:title``; the JSON-LD headline and ``og:title`` state
    the crumb, which stays the title."""
    expected, doc = dev_page("waz_2023-06-29_ubergewicht-adipositas-abnehmspritze-kommt__fundus", with_url=False)
    assert doc.title == expected["title"]


def crumb_over_heading(og: str) -> str:
    ld = '{"@type": "NewsArticle", "headline": "Springfield: Council funds the bridge"}'
    return (f"<html><head><script type='application/ld+json'>{ld}</script><meta property='og:title' content='{og}'>"
            "</head><body><nav class='breadcrumb'><a href='/'>Home</a><h1>Springfield: Council funds the bridge</h1>"
            "</nav><article><h2><span class='kicker'>Springfield</span><span>Council funds the bridge</span></h2>"
            f"{STORY}</article></body></html>")


def test_a_crumb_gives_way_to_the_shown_heading_that_og_title_states():
    assert clean_html(crumb_over_heading("Council funds the bridge")).title == "Council funds the bridge"
    # og:title stating neither the heading nor its words after the kicker: the JSON-LD headline stays
    assert clean_html(crumb_over_heading("What the bridge will cost")).title == "Springfield: Council funds the bridge"
