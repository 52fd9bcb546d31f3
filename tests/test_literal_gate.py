"""The literal gate lets through every line its pattern matches, and tells plain lines apart without the pattern."""
from __future__ import annotations

import _sre
import re
import sys

import pytest

from extractors.clean import literal_gate
from extractors.clean.literal_gate import GatedAlternation, required_words
from extractors.clean.literal_gate import literal_gate as gate_for
from extractors.clean.text_regions import CAPTION_CREDITS, PROMO_LINE

PROSE = "The council voted on Tuesday to fund the new bridge over the river, officials said."


def test_required_words_come_from_each_branch_of_the_pattern() -> None:
    pattern = re.compile(r".{0,100}\bsupport (?:our|the) journalism\b.*|(?:read|lire) (?:more|aussi):.*", re.IGNORECASE)
    # the longest literal run of the first branch; the second branch needs one of its two first words
    assert required_words(pattern) == {" journalism", "read", "lire"}


def test_a_branch_without_a_word_leaves_every_line_to_the_pattern() -> None:
    gate = gate_for(re.compile(r"[a-z]+\d{2}|newsletter", re.IGNORECASE))
    assert gate(PROSE)


def test_gate_rejects_prose_without_the_promos_words_and_passes_the_promos() -> None:
    gate = gate_for(PROMO_LINE.whole)
    assert not gate(PROSE)
    for line in (
        "Support our journalism by becoming a member today.",
        "SUPPORT INDEPENDENT JOURNALISM BY SUBSCRIBING TO US.",
        "Lesen Sie auch: Wie der Bahnstreik den Pendlern zusetzt",
        "À lire aussi : la réforme des retraites expliquée en cinq points",
    ):
        assert PROMO_LINE.fullmatch(line), line
        assert gate(line), line


def test_gate_passes_lines_whose_letters_the_regex_engine_folds_beyond_lower_case() -> None:
    # the engine matches "ſ" (long s) with "s" and "ı" (dotless i) with "i"; str.lower does not
    folded = "Support our journalıſm by becoming a member"  # no "journalism" for str.lower to find
    assert PROMO_LINE.fullmatch(folded)
    assert gate_for(PROMO_LINE.whole)(folded)
    credit = "Rettungskräfte am Unfallort. Bıld: Privat"
    assert CAPTION_CREDITS.search(credit)
    assert gate_for(CAPTION_CREDITS.whole)(credit)


def test_case_special_characters_cover_every_code_point_folded_otherwise() -> None:
    from re._casefix import _EXTRA_CASES

    extra = {chr(c) for c in _EXTRA_CASES} | {chr(c) for codes in _EXTRA_CASES.values() for c in codes}
    non_ascii = {ch for ch in extra if not ch.isascii()}
    unsafe = {
        chr(code) for code in range(sys.maxunicode + 1)
        if chr(code) in non_ascii or chr(_sre.unicode_tolower(code)) in non_ascii
        or chr(code).lower() != chr(_sre.unicode_tolower(code)) or code == 0x3A3
    }
    assert unsafe == literal_gate._CASE_SPECIAL_CHARS


def test_a_pattern_that_folds_no_case_is_gated_on_its_words_as_written() -> None:
    pattern = re.compile(r"(?m)^[A-Z][A-Za-z .'-]+, [A-Z][a-z]+\.? \d{1,2} \(Yonhap\) --")
    gate = gate_for(pattern)
    line = "SEOUL, Dec. 2 (Yonhap) -- South Korea's exports rose."
    assert pattern.search(line) and gate(line)
    # the pattern cannot match another case of its words, so neither does the gate let it through
    assert not pattern.search(line.replace("Yonhap", "YONHAP")) and not gate(line.replace("Yonhap", "YONHAP"))


def test_a_group_that_folds_case_inside_a_pattern_keeps_the_case_folding_gate() -> None:
    pattern = re.compile(r"(?i:yonhap) --")
    gate = gate_for(pattern)
    assert pattern.search("SEOUL YONHAP -- text") and gate("SEOUL YONHAP -- text")
    assert not gate(PROSE)


#: A costly branch (opening with a run), a cheap one (opening with a word), and one whose Cyrillic word folds beyond
#: ``str.lower`` (so it has no gate).
_BRANCHES = (r".{0,100}\bsupport (?:our|the) journalism\b.*", r"read more:\s*\S.{3,80}", r"читайте також\s*:?\s*\S.{5,80}")


def test_gated_alternation_matches_what_its_whole_alternation_matches() -> None:
    gated = GatedAlternation(_BRANCHES, re.IGNORECASE)
    lines = (
        PROSE,
        "Please SUPPORT OUR JOURNALISM today.",
        "Support our journalıſm today",  # "ı" and "ſ" fold to "i" and "s" in the engine, not in str.lower
        "Read more: The council's vote",
        "The council said: read more: nothing",
        "Читайте також: Рада ухвалила бюджет",
        "We will support the journalism school, read more: here",
    )
    for line in lines:
        for method in ("fullmatch", "search"):
            found, whole = getattr(gated, method)(line), getattr(gated.whole, method)(line)
            assert (found and found.span()) == (whole and whole.span()), (method, line)
    assert gated.fullmatch("Support our journalıſm today") and gated.fullmatch("Читайте також: Рада ухвалила бюджет")


def test_gated_alternation_refuses_a_capturing_group() -> None:
    # a group's number would differ in the alternation of fewer branches
    with pytest.raises(ValueError):
        GatedAlternation((r"(read) more:.*", r".{0,20}newsletter"), re.IGNORECASE)


def test_gated_search_keeps_the_leftmost_match_and_the_earlier_branch_at_a_tie() -> None:
    # both branches are gated (by "newsletter" and "photo"), so a line holding both words runs them one by one
    gated = GatedAlternation((r".{0,10}newsletter\w*", r".{0,30}photo\w*"), re.IGNORECASE)
    for line in ("A photo and the newsletter", "Our newsletter photos", "the newsletterphoto"):
        found, whole = gated.search(line), gated.whole.search(line)
        assert found is not None and found.span() == whole.span(), line
    assert gated.search("A photo and the newsletter").span() == (0, 7)  # the later branch, leftmost


def test_a_gates_word_tree_lets_through_the_branches_testing_every_word_would() -> None:
    # "ap" is held by "ap photo" and "bild" by "bildquelle": the longer words are looked for only under the shorter,
    # and a word two branches need ("credit") is one word of the tree serving both
    pairs = [("ap", 0), ("ap photo", 1), ("bild", 2), ("bildquelle", 3), ("credit", 4), ("credit", 5), ("foto", 6)]
    tree = literal_gate._word_tree(pairs)
    assert sorted(word for word, _, _ in tree) == ["ap", "bild", "credit", "foto"]
    assert [branches for word, branches, _ in tree if word == "credit"] == [(4, 5)]
    gate = (tree, frozenset(), tree)
    for line in (PROSE, "Die Brücke (Bildquelle: dpa)", "A bridge. AP Photo/Jane Doe", "Snap: ap", "Foto, credit"):
        expected = {index for word, index in pairs if word in line.lower()}
        assert GatedAlternation._let_through(line, gate) == expected, line


def test_a_branch_anchored_at_the_start_is_searched_ungated() -> None:
    # "^" (no MULTILINE) or "\A" opening every branch tries the pattern at the first character only, cheaper than the
    # gate: such a branch runs on every line; one that may open anywhere, or on "^" under MULTILINE, stays gated
    anchored = GatedAlternation((r"^(?:top|bottom)(?: left| right)?:\s", r"\A(?:left|right):\s"), re.IGNORECASE)
    assert anchored.search("Top left: the mayor")  # its first search compiles the alternation
    assert anchored.search == anchored.whole.search
    mixed = GatedAlternation((r"^(?:top|left):\s", r"(?m:^)photo:\s", r".{0,10}newsletter"), re.IGNORECASE)
    assert mixed._search_gate[1] == frozenset({0})
    for line in ("Top left: the mayor", "The mayor, top left: no", "TOP: x\nphoto: y", "Left: a newsletter", PROSE):
        for gated in (anchored, mixed):
            found, whole = gated.search(line), gated.whole.search(line)
            assert (found and found.span()) == (whole and whole.span()), line


def test_an_alternation_is_compiled_at_its_first_use_and_matches_as_compiled_whole() -> None:
    # building a list parses its branches for their gates only; the alternation and the ungated branches are
    # compiled when a line first needs them, and each list then matches its own lines as the eager pattern does
    from extractors.clean import widgets

    gated = GatedAlternation((r".{0,30}newsletter\w*", r"read more:.*", r"Читайте також:.*"), re.IGNORECASE)
    assert gated._whole is None and gated._ungated is None
    assert gated.fullmatch("Sign up for our newsletter")
    assert gated._ungated is not None and gated._whole is None  # a gated line runs the ungated branches
    assert gated.fullmatch("Читайте також: Рада ухвалила бюджет")  # Cyrillic folds beyond str.lower: the whole
    assert gated._whole is not None
    for name in ("promo_lines.txt", "caption_credits.txt", "widget_lines.txt", "credit_lines.txt", "story_feet.txt"):
        listing = widgets.local_lines(name)
        assert listing._whole is None
        eager = re.compile("|".join(listing._branches), re.IGNORECASE)
        lines = [line for folder in widgets.resources.files("extractors.clean").joinpath("data").iterdir()
                 if folder.joinpath(name).is_file()
                 for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines()]
        for line in lines + [PROSE]:
            for method in ("fullmatch", "search"):
                found, whole = getattr(listing, method)(line), getattr(eager, method)(line)
                assert (found and found.span()) == (whole and whole.span()), (name, method, line)
        assert listing.whole.pattern == eager.pattern


def test_every_list_of_the_cleaner_compiles() -> None:
    # a list's alternation is compiled at its first use: a branch the compiler refuses must still fail a test
    import extractors.clean.document  # noqa: F401 - imports every module that builds a list

    lists = {id(value): value for name, module in list(sys.modules.items()) if name.startswith("extractors.clean")
             for value in vars(module).values() if isinstance(value, GatedAlternation)}.values()
    assert len(lists) >= 36
    for listing in lists:
        assert listing.whole.groups == 0
