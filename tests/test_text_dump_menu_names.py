"""Issue 12: a text dump whose footer prints no copyright notice naming the site still names it in its menus.

The masthead and the footer print the site's name in lines that say more than the name ("Was ist CARTA?", "CARTA
unterstützen", "Mehr über CARTA erfahren"; "The Vergecast", "Create a new Verge account"), where a menu's own
entries ("Home", "Marketing") stand alone or repeat one line. A name so printed above and under the story, never
written in lower case on the page, picks out the closing paragraphs that print it capitalised where no sentence starts,
as the copyright notice's name does (``site_names.without_site_appeals``). A closing paragraph the story printed
the name in before, or one that introduces what follows with a colon, stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.site_names import MenuNames, without_named_tail
from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "closing"),
    [
        ("carta_2012-05-08_muss-statt-wunschkoalition__hd",
         "Seit CARTA im Jahr 2008 gegründet wurde, haben sich die politische Diskussion"),
        ("theverge_2012-06-21_casio-g-shock-bluetooth-review__nrd",
         "More times than not, the Verge score is based on the average of the subscores below."),
    ],
)
def test_closing_house_blurb_naming_the_site_its_menus_print_goes(case_id, closing):
    """CARTA's (German) appeal and The Verge's note on its scores close their copies with no copyright notice
    naming the site under them."""
    body, dump = copied_page(case_id)
    assert closing in dump and closing not in body
    text = clean_dump(dump).text
    assert closing not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3


_HEAD = ["Was ist Kestrel?", "Kestrel unterstützen", "Home", "Home", "Marketing"]
_FOOT = ["Mehr über Kestrel erfahren", "Kestrel auf Twitter", "Home", "Marketing", "Kestrel e.V."]


def _names(*story: str) -> MenuNames:
    lines = [*_HEAD, *story, *_FOOT]
    return MenuNames("\n".join(lines), lines, len(_HEAD), len(_HEAD) + len(story))


def test_menu_names_are_printed_in_lines_saying_more_above_and_under_the_story():
    names = _names(*DUMP_STORY)
    assert names.names("Danke für Ihre Treue zu Kestrel und zur Home der Marketing Leute.") == {"kestrel"}
    assert names.names("Kestrel opens the sentence, so its capital tells nothing.") == set()


def test_a_name_written_in_lower_case_on_the_page_is_no_name():
    names = _names(*DUMP_STORY, "The kestrel hovered.")
    assert names.names("Danke für Ihre Treue zu Kestrel.") == set()


def test_closing_paragraph_naming_the_site_goes_unless_the_story_named_it_or_it_introduces_more():
    pitch = "Seit 2008 berichtet das Magazin Kestrel offen und kritisch über Politik, Kultur und Wirtschaft."
    names = _names(*DUMP_STORY)
    assert without_named_tail((*DUMP_STORY, pitch), names) == DUMP_STORY
    told = DUMP_STORY[0] + " Das sagte der Bürgermeister dem Magazin Kestrel."
    assert without_named_tail((told, *DUMP_STORY[1:], pitch), names)[-1] == pitch
    introducing = "Lesen Sie dazu im Magazin Kestrel die folgenden Stimmen:"
    assert without_named_tail((*DUMP_STORY, introducing), names)[-1] == introducing


def test_appeal_naming_the_site_in_capitals_goes_though_the_word_is_common_in_lower_case():
    """Público's (Portuguese) appeal prints "PÚBLICO" in capitals, as its footer does ("@ 2019 PÚBLICO Comunicação
    Social SA"), and its menus print "Cartão Público", "Inimigo Público"; the page writes "público" as a word too
    ("Perfil público", "um bem público") and its story prints "Ministério Público", another name. The appeal's
    paragraphs naming it go with the one sentence of call under them."""
    body, dump = copied_page("publico-pt_2019-03-25_justica-manda-libertar-temer__plp")
    named = "Assinar o PÚBLICO é participar activamente na construção de um país melhor."
    call = "Faça parte desse esforço."
    assert named in dump and named not in body and call not in body
    text = clean_dump(dump).text
    assert named not in text
    assert call not in text.split("\n\n")
    assert "Com Michel Temer serão também libertados" in text


def test_a_name_in_capitals_as_the_footer_prints_it_is_a_name_though_written_in_lower_case():
    head = ["Cartão Corvo", "Inimigo Corvo", "Perfil corvo", "Home"]
    foot = ["Pesquise no Corvo", "Cartão Corvo", "@ 2019 CORVO Comunicação Social SA", "Home"]
    lines = [*head, *DUMP_STORY, "O corvo voou.", *foot]
    names = MenuNames("\n".join(lines), lines, len(head), len(lines) - len(foot))
    assert names.names("O jornalismo do CORVO é um bem comum.") == {"corvo"}
    assert names.names("O jornalismo do Corvo é um bem comum.") == set()
    story = (*DUMP_STORY[:-1], DUMP_STORY[-1] + " O Ministério Corvo não comentou.")
    appeal = ("O jornalismo do CORVO é um bem ao serviço do bem comum.", "Assinar o CORVO é participar.",
              "Faça parte desse esforço.")
    assert without_named_tail((*story, *appeal), names) == story
    told = (*DUMP_STORY, "Thompson tells CORVO that the vote will come in the spring, after the budget.")
    assert without_named_tail(told, names) == told
