"""Issue 12: a text dump's closing paragraphs that name the site itself are its appeals and house blurbs.

A dump has no URL, so the site's name is read off the copyright notice in its footer ("© 2000-2024
www.pagina12.com.ar", "© junge Welt | Impressum / Datenschutz"), with no list of publishers; the paragraphs closing
the copy that name it go, in any language. A story naming its own paper in its middle stays, as does one whose
closing paragraphs would take half of its words with them.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.site_names import footer_names, without_site_appeals
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "appeal"),
    [
        ("pagina12-es_2024-04-26_concurso-belleza-modelos-ia__gsr",
         ("Hace 36 años Página|12 asumió un compromiso con el periodismo, lo sostiene y cuenta con vos para renovarlo "
          "cada día.")),
        ("jungewelt_2024-04-25_nationaler-veteranentag-orden-furs__fundus",
         "Heute wie damals berichtet die Tageszeitung junge Welt über Aufrüstung und mediales Kriegsgetrommel."),
    ],
)
def test_appeal_closing_a_copy_that_names_the_site_of_its_copyright_notice_goes(case_id, appeal):
    """Página/12's (Spanish) and junge Welt's (German) appeals under their stories, each naming the site in the
    words the footer's copyright notice uses."""
    body, dump = copied_page(case_id)
    assert appeal in dump and appeal not in body
    text = clean_dump(dump).text
    assert appeal not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3


def _dump(told: str, pitch: str) -> str:
    story = [*DUMP_STORY[:2], told, *DUMP_STORY[2:], pitch]
    return "\n\n".join(["Home", "News", "Bridge vote", *story, "Contact", "© 2024 Riverside Courier"])


def test_site_name_is_read_from_the_copyright_notice_under_the_story():
    lines = ["Home", "© Jane Smith / Riverside Courier", "A story line.", "© 2009-2019 Il Fatto Quotidiano |",
             "© 2000-2024 www.pagina12.com.ar"]
    assert footer_names(lines, 3) == {"ilfattoquotidiano", "pagina12"}


def test_closing_paragraphs_naming_the_site_go_and_the_story_naming_it_inside_stays():
    told = "The mayor told the Riverside Courier on Monday that the bridge would open in spring, as planned."
    pitch = "The Riverside Courier has covered the city and its people since 1901, from its newsroom on Main Street."
    text = clean_dump(_dump(told, pitch)).text
    assert told in text
    assert pitch not in text


def test_closing_paragraphs_holding_half_of_the_words_stay():
    paragraphs = ("A short opening line.", "The Courier reports: " + DUMP_STORY[0], "Courier staff: " + DUMP_STORY[1])
    assert without_site_appeals(paragraphs, frozenset({"courier"})) == paragraphs


def test_appeal_closing_on_a_call_that_names_no_site_goes_with_its_call():
    """il Fatto's (Italian) appeal under its story: two paragraphs naming "ilfattoquotidiano.it", the name of its
    copyright notice ("© 2009-2019 Il Fatto Quotidiano |"), then one sentence of call naming nothing."""
    body, dump = copied_page("ilfattoquotidiano_2019-04-10_def-giorgetti-flat-tax-iva__sfm")
    call = "puoi aiutarci a continuare il nostro lavoro per il prezzo di un cappuccino alla settimana."
    named = "ma non sono sufficienti per coprire i costi de ilfattoquotidiano.it."
    assert call in dump and call not in body
    text = clean_dump(dump).text
    assert call not in text
    assert named not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3


def test_call_under_two_paragraphs_naming_the_site_goes_unless_under_one_or_the_story_names_the_site():
    appeal = ("Readers keep the Riverside Courier free to read for everyone in the valley.",
              "Every gift to the Riverside Courier pays a reporter's hours at the council and the courts.")
    call = "Give what you can this month."
    assert without_site_appeals((*DUMP_STORY, *appeal, call), frozenset({"riversidecourier"})) == DUMP_STORY
    closing = ("The council told the Riverside Courier that the bridge would open in spring.",
               "The bridge is now open.")
    story = (*DUMP_STORY, *closing)
    assert without_site_appeals(story, frozenset({"riversidecourier"})) == story
    about = ("The Riverside Courier opened its new newsroom on Main Street this week.", *DUMP_STORY, *appeal, call)
    assert without_site_appeals(about, frozenset({"riversidecourier"})) == about
