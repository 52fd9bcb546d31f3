"""Names from author-marked elements (``metadata._byline_names``): the story's byline, not the rail's or the box's.

Each rule comes from dev pages of two publishers at least (named in ``metadata._byline_names`` and its helpers);
the real pages here are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``),
compared with the authors their reference gives.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.metadata import _uncased_name, clean_authors
from tests.clean_helpers import dev_page

STORY = "".join(f"<p>The council voted on Tuesday to fund the new bridge over the river, part {i}.</p>" for i in range(5))


def card(name: str) -> str:
    return f"<div class='card'><h3><a href='/x'>Another story</a></h3><span class='byline'>{name}</span></div>"


@pytest.mark.parametrize(
    "case_id",
    [
        "theatlantic_2011-01-22_james-bond-getting-old__snk",  # a rail of 22 writers above the story
        "theislandnow_2020-03-24_northwell-clinical-trials-coronavirus__snk3",  # "Karen Rubin - April 7, 2020" cards
        "salon_sharing-economy-lie__moz",  # teaser cards below the story, each with its byline
        "gothamist_2017-03-09_fallout-shelters__pl",
    ],
)
def test_bylines_of_other_stories_teasers_are_not_the_authors(case_id):
    """Teaser cards carry bylines built like the story's; only the story's own counts."""
    expected, doc = dev_page(case_id, with_url=False)
    assert set(doc.authors) == set(expected["authors"])


@pytest.mark.parametrize(
    "case_id",
    [
        "npr_2016-12-15_jury-finds-dylann-roof__pl",  # "Rebecca Hersher Twitter" around <a rel=author>
        "uproxx_2016-12-09_giuliani-not-secretary-of-state__pl",  # "Andrew HusbandTwitterNews & Culture Writer"
        "247sports_2016-12-09_houston-hires-applewhite__pl",  # "<span>By</span>Travis Haney"
        "wikimediablog_2018-06-28_interactive-maps-your-language__hd",  # a photo credit in an author-classed block
    ],
)
def test_the_innermost_byline_element_gives_the_name(case_id):
    """The block around a name also holds social links, the job and credits; the name's own element does not."""
    expected, doc = dev_page(case_id, with_url=False)
    assert set(doc.authors) == set(expected["authors"])


def test_cards_before_the_headline_give_way_to_the_byline_after_it():
    html = ("<html><body><aside>" + card("Dan Friedman") + card("Joshua Green") + "</aside>"
            "<article><h1>Council funds the bridge</h1><p class='byline'>By Jane Roe</p>" + STORY
            + "</article></body></html>")
    assert clean_html(html).authors == ("Jane Roe",)


def test_two_names_in_one_byline_are_both_kept():
    """"By <a>A</a> and <a>B</a>": the links share their parent, unlike two cards' bylines."""
    html = ("<html><body><article><h1>Council funds the bridge</h1><p>By <a rel='author' href='/a'>Jane Roe</a> and "
            "<a rel='author' href='/b'>John Doe</a></p>" + STORY + "</article>"
            + card("Dan Friedman") + "</body></html>")
    assert clean_html(html).authors == ("Jane Roe", "John Doe")


@pytest.mark.parametrize(
    ("case_id", "owner"),
    [
        ("newyorker_2016-09-26_hacking-cryptography-quantum-computing__pl", "Condé Nast"),
        ("csdn-zh_2014-08-24_kcon-v3-zoomeye__gne", "CSDN.NET"),
        ("vnexpress-vi_2014-05-02_khanh-ly-vieng-mo-trinh-cong-son__goo", "FPT Online"),
    ],
)
def test_a_meta_author_the_copyright_notice_names_is_the_company(case_id, owner):
    """The ``author`` meta tag holding the site's owner credits the company, not a writer."""
    expected, doc = dev_page(case_id, with_url=False)
    assert owner not in doc.authors and owner in doc.author_orgs
    assert set(doc.authors) <= set(expected["authors"])


def test_a_json_ld_person_owning_the_site_stays_a_person():
    """hakibenita.com: the writer is the copyright holder of his own blog."""
    expected, doc = dev_page("hakibenita_2020_sql-anomaly-detection__moz", with_url=False)
    assert doc.authors == tuple(expected["authors"])


@pytest.mark.parametrize(
    "case_id",
    [
        "nzz_2023-10-07_israel-gaza-news-entwicklungen__fundus",  # "Elena Oberholzer (obe)", "Corina Gall (cog.)"
        "lemonde_2019-05-07_sombres-perspectives-economiques-commission__pl",  # "(Bruxelles, bureau européen)"
    ],
)
def test_a_note_in_brackets_after_a_name_is_not_part_of_it(case_id):
    """Initials and the writer's desk are notes about the writer; the comma inside one splits no name."""
    expected, doc = dev_page(case_id, with_url=False)
    assert set(doc.authors) == set(expected["authors"])


def test_a_one_word_handle_in_brackets_and_brackets_inside_a_name_stay():
    assert clean_authors(["史蒂文的家_藍天 (stevenhgm)", "Bruno (Henrique Zecchin) Rodrigues"]) == (
        "史蒂文的家_藍天 (stevenhgm)", "Bruno (Henrique Zecchin) Rodrigues")
    expected, doc = dev_page("pixnet-zh_blog-post__moz", with_url=False)
    assert doc.authors == tuple(expected["authors"])


@pytest.mark.parametrize(
    "case_id",
    ["al_2016-12-22_debit-card-skimming-arrests__pl", "carta_2012-05-08_muss-statt-wunschkoalition__hd"],
)
def test_a_login_in_an_author_meta_tag_gives_way_to_the_byline(case_id):
    """"mikecason" (al.com), "dehlix" (carta.info): the byline shows the writer's name."""
    expected, doc = dev_page(case_id, with_url=False)
    assert set(doc.authors) == set(expected["authors"])


def test_a_json_ld_person_named_by_a_login_stays_the_author():
    """habr.com writers sign with their handle; the JSON-LD declares it, and the contact links are no byline."""
    expected, doc = dev_page("habr-ru_2023-01-24_js-tricks-benchmarks__omni", with_url=False)
    assert doc.authors == tuple(expected["authors"])


def test_a_lone_letter_is_no_name():
    """One letter is an initial or a stray label left by a byline's markup, never a person."""
    assert clean_authors(["A", "Jane Roe"]) == ("Jane Roe",)


def test_cms_placeholders_are_no_names():
    """Author fields a CMS fills when nobody is credited (``bylines.txt`` rows ``placeholder``)."""
    assert clean_authors(["admin", "Unknown", "Jane Roe"]) == ("Jane Roe",)


def test_por_opens_a_printed_byline_and_a_desk_with_digits_is_no_person():
    """g1.globo.com prints "Por Diêgo Holanda, G1 RO — Porto Velho": the writer, then the regional desk."""
    expected, doc = dev_page("g1_2020-03-08_vaquinha-pitbull-abandonado__hd3", with_url=False)
    assert set(doc.authors) == set(expected["authors"]) and "G1 RO" in doc.author_orgs


def test_a_sentence_opening_with_por_names_nobody():
    html = ("<html><body><article><h1>Council funds the bridge</h1>" + STORY
            + "<p>Por su parte, el alcalde celebró la votación.</p></article></body></html>")
    assert clean_html(html).authors == ()


@pytest.mark.parametrize(
    "case_id",
    [
        "nj_2016-12-13_atm-skimming-scheme-sentenced__plp",  # "By Rajeev Dhir | NJ Advance Media for NJ.com"
        "indiatimes_2020-04-07_odisha-first-covid-death__hd7",  # "Ashok Pradhan | TNN | Apr 7, 2020, 15:43 IST"
        "elsoldemazatlan_2020-03-17_precio-petroleo-mexicano-minimo__hd9b",  # "Galo Ramírez | El Sol de México"
    ],
)
def test_the_name_before_a_bar_in_a_byline_is_the_author(case_id):
    """The bar parts the writer's name from the desk, the paper or the date; the whole line is no name."""
    expected, doc = dev_page(case_id, with_url=False)
    assert set(doc.authors) == set(expected["authors"])


@pytest.mark.parametrize(
    "line", ["Startseite | Schweiz | Trump plant einen Landeplatz", "Skrevet af DAGENS | 20.09.18 | 14:15"],
)
def test_a_label_or_a_phrase_before_a_bar_is_no_name(line):
    """One word before the bar is a label, a word in lower case makes a phrase: neither names a writer."""
    html = f"<html><body><article><h1>Council funds the bridge</h1><div class='byline'>{line}</div>{STORY}</article></body></html>"
    assert clean_html(html).authors == ()


def test_an_initials_full_stop_closing_a_name_stays():
    """"Par D.D." (Le Figaro's initials), "By Nelson C.J." (Teen Vogue): the dot closes the initial, not a sentence; a
    full stop after a whole word still goes."""
    assert clean_authors(["D.D.", "Nelson C.J.", "Jane Roe."]) == ("D.D.", "Nelson C.J.", "Jane Roe")


def test_an_author_element_holding_a_heading_word_is_no_name():
    """"Authors" over Engadget's names, "Authors Michael Mimoso Christopher Brook" in one Threatpost element (``bylines.txt``
    ``heading`` rows): the element gives no name, and the byline printed in the page's text names the writer."""
    for element in ("<span class='author'>Authors</span>",
                    "<span class='author'>Authors Jane Roe John Doe</span>"):
        html = ("<html><body><article><h1>Council funds the bridge</h1>" + element + "<p>By Jane Roe</p>" + STORY
                + "</article></body></html>")
        assert clean_html(html).authors == ("Jane Roe",)


@pytest.mark.parametrize("name", ["深海", "양진", "空手", "山谷 剛史"])
def test_an_author_element_naming_the_writer_in_a_script_without_case_gives_the_name(name):
    """"by 深海" (BuzzAP), "Posted by 양진" (pinegrosbiik), "空手" (woshipm): a name in a script without capitals opens
    on no capital, yet it is a name."""
    html = (f"<html><body><article><h1>Council funds the bridge</h1><span class='author'>by {name}</span>" + STORY
            + "</article></body></html>")
    assert clean_html(html).authors == (name,)


def test_an_uncased_text_holding_a_byline_label_or_suffix_or_a_sign_is_no_element_name():
    """"作者 林雙牧" (Taro News) and "정지은 기자" (Hankyung) are left to the labelled byline's reader, and
    "스포츠조선=선수민 기자" (Chosun) holds a sign and a suffix."""
    assert [_uncased_name(t) for t in ("作者 林雙牧", "정지은 기자", "스포츠조선=선수민", "山谷 剛史")] == [False, False, False, True]


def test_one_uncased_letter_or_a_lowercase_opening_is_still_no_name():
    """One letter is no name ("深"), and a phrase in lower case is none ("view all posts")."""
    for text in ("深", "view all posts"):
        html = (f"<html><body><article><h1>Council funds the bridge</h1><span class='author'>{text}</span>" + STORY
                + "</article></body></html>")
        assert clean_html(html).authors == ()


@pytest.mark.parametrize(
    "case_id",
    [
        "buzzap_2019-03-02_reduced-tax-rate-benefit__lang1",  # "by 深海"
        "pinegrosbiik-art-blog-ko_2020-03-19_great-depression-is-coming-1__ppl",  # "Posted by 양진"
        "woshipm-zh_2021-03-02_xie-hao-wenan-yi-zi-jiu-gou__mpf",  # "空手"
    ],
)
def test_dev_pages_name_the_writer_their_author_element_gives_in_han_kana_or_hangul(case_id):
    expected, doc = dev_page(case_id, with_url=False)
    assert set(doc.authors) == set(expected["authors"])


def test_a_declared_name_ends_before_a_capitalised_stop_word():
    """"By Amitai Winehouse For Mailonline" (the Daily Mail's JSON-LD person): the outlet after "For" is no part of
    the name, as in a labelled byline ("By Natalie Gagliordi for Between the Lines" on ZDNet)."""
    html = ("<html><head><meta name='author' content='Jane Roe For Mailonline'></head><body><article>"
            "<h1>Council funds the bridge</h1>" + STORY + "</article></body></html>")
    assert clean_html(html).authors == ("Jane Roe",)


def test_a_stop_word_as_a_names_second_word_or_in_lower_case_stays():
    """Two words at least come before the stop word ("Follow Smith" is read whole), and a stop word in lower case
    inside a declared name is not cut ("Jane Roe for" is no byline a CMS writes)."""
    from extractors.clean.metadata import _before_stop_word

    assert [_before_stop_word(n) for n in ("Jane For", "Jane Roe for kids", "Jane Roe Follow")] == [
        "Jane For", "Jane Roe for kids", "Jane Roe"]


def test_dev_daily_mail_page_credits_the_writer_without_for_mailonline():
    expected, doc = dev_page("dailymail_2020-05-07_dean-henderson-morally-right__hd7", with_url=False)
    assert set(doc.authors) == set(expected["authors"])


def test_an_author_element_holding_one_name_twice_gives_it_once():
    """"Chris Stokel-Walker Chris Stokel-Walker" (Ars Technica), "Sidney Wiltgen Sidney Wiltgen" (the Tageblatt): the
    name printed for wide and narrow screens in one element; two different names stay as they are."""
    for text, expected in (("Jane Roe Jane Roe", ("Jane Roe",)), ("Jane Roe John Doe", ("Jane Roe John Doe",))):
        html = (f"<html><body><article><h1>Council funds the bridge</h1><span class='author'>{text}</span>" + STORY
                + "</article></body></html>")
        assert clean_html(html).authors == expected


def test_dev_ars_technica_page_names_its_writer_once():
    expected, doc = dev_page("arstechnica_2017-06-11_original-youtube-stars-decade-later__mtsc2", with_url=False)
    assert set(doc.authors) == set(expected["authors"])
