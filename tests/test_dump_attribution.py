"""Issue 12: ``benchmarks.dump_attribution`` charges to a rule exactly what the page gains back without it."""
from __future__ import annotations

from benchmarks.dump_attribution import RULES, Page, attribute, clean_all, switched_off
from extractors.clean import text_regions
from tests.test_clean_text import copied_page

CASE = "cbc_2022-10-14_housing-market-slowdown__pl"


def test_a_rule_switched_off_is_restored_afterwards():
    rule = "end: author note/heading (_before_author_note)"
    before = text_regions._before_author_note
    with switched_off(rule):
        assert text_regions._before_author_note is not before
    assert text_regions._before_author_note is before
    assert all(hasattr(module, name) for entries in RULES.values() for module, name, _ in entries)


def test_the_note_under_a_story_is_charged_to_the_author_note_rule_as_furniture():
    """CBC's "ABOUT THE AUTHOR" box under the story names CBC, so the site-appeal rule drops it too (issue 12, brand181);
    with that rule off, the author-note ending alone drops it: without both, the page gains the note's words, none of
    them the reference's, and loses no paragraph."""
    body, dump = copied_page(CASE)
    pages = [Page(CASE, "cbc", dump, body)]
    with switched_off("paragraphs: site appeals (without_site_appeals)"):
        base = clean_all(pages)
        with switched_off("end: author note/heading (_before_author_note)"):
            ablated = clean_all(pages)
    result = attribute(pages, base, ablated)
    assert result.right > 0 and result.wrong == 0 and result.lost == 0
    assert result.f1_with > result.f1_without


def test_words_two_rules_drop_are_charged_to_neither_alone():
    """With the site-appeal rule on, switching off the author-note ending gives CBC's note back to no one: a rule is
    charged only what the page gains back without it."""
    body, dump = copied_page(CASE)
    pages = [Page(CASE, "cbc", dump, body)]
    base = clean_all(pages)
    with switched_off("end: author note/heading (_before_author_note)"):
        ablated = clean_all(pages)
    result = attribute(pages, base, ablated)
    assert (result.right, result.wrong, result.lost) == (0, 0, 0)
