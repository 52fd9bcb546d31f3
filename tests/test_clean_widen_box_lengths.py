"""``dom.chain_lengths``: the length of each box's whitespace-collapsed text from the story's block up, told from what
each box adds around the one below (``html.widen`` weighs every level by it)."""
from __future__ import annotations

import lxml.html
from lxml import etree

from extractors.clean.dom import chain_lengths, norm


def _chain(markup: str, inner: str) -> list:
    root = lxml.html.document_fromstring(markup)
    block = root.get_element_by_id(inner)
    return [block, *block.iterancestors()]


def _whole(chain: list) -> list[int]:
    return [len(norm(el.text_content())) for el in chain]


def test_words_at_a_boxes_seams_run_together_without_a_space_between() -> None:
    chain = _chain('<html><body><div>Lead<div id="x">story text</div>end.</div> <p>Rail</p></body></html>', "x")
    assert chain_lengths(chain) == _whole(chain) == [10, 18, 23, 23]  # "Leadstory textend." has two words


def test_spaces_comments_and_zero_width_characters_count_as_the_whole_text_does() -> None:
    markup = ('<html><body>\n  <section> A <!-- note -->tail\u200b <article id="x">\n Two\u200b  words\u2060 \n'
              '</article>\u200b<b>bold</b>\ufeff </section>\n<footer>   </footer><div></div></body></html>')
    chain = _chain(markup, "x")
    assert chain_lengths(chain) == _whole(chain)


def test_an_unresolved_entity_among_a_boxes_children_is_read_with_the_box() -> None:
    chain = _chain('<html><body><div>Before <p id="x">the story</p> after.</div></body></html>', "x")
    chain[1].insert(0, etree.Entity("nbsp"))  # left unresolved, as an XML parser may
    assert chain_lengths(chain) == _whole(chain)
