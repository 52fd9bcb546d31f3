"""``marks.find_marks`` notes, in one walk, the elements the attribute rules read; ``marks.in_page`` tells which of them
an earlier rule has removed (lxml's ``getroottree()`` of a removed element still answers the page's root), and the
poll, person-card and action-card rules skip the elements inside a box they have dropped themselves."""
from __future__ import annotations

from extractors.clean import html
from extractors.clean.html import parse_html
from extractors.clean.marks import find_marks, in_page


def test_an_element_inside_a_removed_box_is_no_longer_in_the_page() -> None:
    root = parse_html('<html><body><div id="box"><p><a class="btn">Join</a></p></div><p>Story</p></body></html>')
    link = root.find(".//a")
    assert in_page(link, root)
    root.find(".//div").drop_tree()
    assert link.getroottree().getroot() is root  # why a check on the root tree cannot tell
    assert not in_page(link, root)
    assert in_page(root.find(".//p"), root)


def test_links_styled_as_buttons_by_their_own_or_their_parents_class_are_marked_in_document_order() -> None:
    root = parse_html(
        '<html><body><a class="c-button">One</a><span class="btn-wrap"><a>Two</a><b><a>deep</a></b></span>'
        '<a class="buttonless">no</a><button>Three</button></body></html>'
    )
    assert [el.text for el in find_marks(root).buttons] == ["One", "Two", "Three"]


def test_only_named_radio_buttons_are_marked() -> None:
    root = parse_html('<html><body><input type="RADIO" name="q" value="a"><input type="radio" value="b">'
                      '<input type="checkbox" name="q"></body></html>')
    assert [el.get("value") for el in find_marks(root).radios] == ["a"]


def test_persons_are_typed_schema_org_person_or_given_itemprop_author() -> None:
    root = parse_html('<html><body><div itemtype="https://schema.org/Person">A</div>'
                      '<span itemprop="author">B</span><div itemtype="https://schema.org/Organization">C</div>'
                      '</body></html>')
    assert [el.text for el in find_marks(root).persons] == ["A", "B"]


def _drops(monkeypatch, rule, page: str) -> list:
    """The elements ``rule`` hands to ``html._drop`` on ``page``, each noted with whether it was still in the page."""
    root = parse_html(page)
    seen = []

    def note(el) -> None:
        seen.append((el.get("id"), in_page(el, root)))
        drop(el)

    drop = html._drop
    monkeypatch.setattr(html, "_drop", note)
    rule(root, find_marks(root))
    return seen


def test_a_rule_skips_the_radio_buttons_of_a_poll_it_has_dropped(monkeypatch) -> None:
    page = ('<html><body><p>Story.</p><div id="poll"><h3>Which soup do you like best?</h3>'
            '<label><input type="radio" name="q">Tomato</label><label><input type="radio" name="q">Onion</label>'
            '</div><p>More story.</p></body></html>')
    assert _drops(monkeypatch, html.drop_polls, page) == [("poll", True)]


def test_a_rule_skips_a_person_inside_a_person_card_it_has_dropped(monkeypatch) -> None:
    page = ('<html><body><p>Story.</p><div id="card" itemscope itemtype="https://schema.org/Person">'
            '<p><span id="name" itemprop="author">Anna Berg</span></p><p>Engineer</p></div></body></html>')
    assert _drops(monkeypatch, html.drop_person_cards, page) == [("card", True)]


def test_a_rule_skips_a_button_inside_a_card_it_has_dropped(monkeypatch) -> None:
    page = ('<html><body><p>Story.</p><div id="card"><p>Try two weeks for free.</p>'
            '<a class="btn">Order <button>now</button></a></div></body></html>')
    assert _drops(monkeypatch, html.drop_action_cards, page) == [("card", True)]
