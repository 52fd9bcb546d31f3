"""The class-word measure (``benchmarks.class_words``): which attributes a scrambled page loses, and what stays."""
from __future__ import annotations

from benchmarks.class_words import VARIANTS, scramble, token

PAGE = (b'<div class="share-bar js-links" id=main data-kind="promo box" role="note" itemprop="articleBody" '
        b'title="a class=b"><p class=\'share-bar\'>class="words in text"</p></div>')


def test_class_and_id_words_become_tokens_that_spell_no_word():
    out = scramble(PAGE, VARIANTS["class"])
    assert b"share" not in out.split(b">")[0] and b"main" not in out
    assert out.count(token(b"share-bar")) == 2  # the same word the same token: repetition survives
    assert token(b"share-bar").lstrip(b"z").isdigit()


def test_the_class_variant_keeps_roles_itemprops_data_attributes_titles_and_text():
    out = scramble(PAGE, VARIANTS["class"])
    for kept in (b'data-kind="promo box"', b'role="note"', b'itemprop="articleBody"', b'title="a class=b"',
                 b'class="words in text"'):
        assert kept in out


def test_the_all_variant_scrambles_roles_itemprops_and_data_attributes_too():
    out = scramble(PAGE, VARIANTS["all"])
    assert b"note" not in out and b"articleBody" not in out and b"promo" not in out
    assert b'title="a class=b"' in out


def test_the_normal_variant_is_the_page_as_saved():
    assert scramble(PAGE, VARIANTS["normal"]) == PAGE


def test_a_family_of_words_can_be_kept_amid_scrambled_words_or_scrambled_alone():
    kept = scramble(PAGE, VARIANTS["class"], ("share",))
    assert b'class="share-bar ' in kept and b"js-links" not in kept and b"main" not in kept
    alone = scramble(PAGE, VARIANTS["class"], ("share",), only=True)
    assert b"share-bar" not in alone and b"js-links" in alone and b"id=main" in alone


def test_a_link_to_an_anchor_still_finds_the_scrambled_id():
    out = scramble(b'<li id="comment-5"><a href="https://example.org/a/#comment-5">5 March</a></li>', VARIANTS["class"])
    assert out == b'<li id="%s"><a href="https://example.org/a/#%s">5 March</a></li>' % (
        token(b"comment-5"), token(b"comment-5"))
