"""Issue 12, round speed365: exact speed-ups that read a page's lines only as far as a rule needs them.

``text_regions.drop_unrelated_lines`` stops reading the story's stems once every comparable loose line has met one,
``story_titles.story_words`` is cached, and ``text._without_counters`` / ``text._without_titled_links`` ask the
story's paragraphs before the page's lines. Each is pinned against the full computation it replaced, on synthetic
lines and, when the corpus is present, on every fifth dev page's text dump.
"""
from __future__ import annotations

from collections import Counter

import pytest

from extractors.clean import story_titles, text_regions
from extractors.clean.text import (
    _COUNTER,
    _TITLE_TAIL,
    COUNTER_REPEATS,
    TITLE_REPEATS,
    _has_bar,
    _without_counters,
    _without_titled_links,
)
from extractors.clean.text_regions import (
    _comparable,
    _in_list,
    _is_loose_line,
    _stems,
    drop_unrelated_lines,
)

PROSE = [
    "The city council voted on Tuesday to extend the parking programme along the beach for another two years.",
    "Residents had complained that the meters were installed without consultation and that prices kept rising.",
    "The mayor said the revenue would pay for new lifeguard towers and a shuttle service during the summer.",
    "Opponents promised to bring the question back before the council once the first annual report is out.",
]


def _unrelated_by_union(paragraphs: list[str]) -> list[str]:
    """``drop_unrelated_lines`` as it was before round speed365: every line's stems read, the story's united."""
    loose = {index for index, para in enumerate(paragraphs) if _is_loose_line(para) and not _in_list(paragraphs, index)}
    body = "".join(paragraphs)
    if not loose or len(text_regions.widgets.CJK.findall(body)) > text_regions.CJK_SHARE * len(body) \
            or not any(text_regions.line_kind(para) == "prose" for para in paragraphs):
        return paragraphs
    stems = [_stems(para) for para in paragraphs]
    story = set().union(*(found for index, found in enumerate(stems) if index not in loose))
    unrelated = {index for index in loose if _comparable(paragraphs[index], stems[index]) and not stems[index] & story}
    if unrelated and any(text_regions.HANGUL.search(paragraphs[index]) for index in unrelated):
        korean = set().union(*(text_regions.hangul_stems(para) for index, para in enumerate(paragraphs)
                               if index not in loose))
        unrelated = {index for index in unrelated
                     if len(text_regions.hangul_stems(paragraphs[index]) & korean) < text_regions.KOREAN_SHARED}
    return [para for index, para in enumerate(paragraphs) if index not in unrelated]


def test_a_loose_line_sharing_a_word_only_with_the_last_paragraph_stays():
    """The early exit must read on to the story's last line: "Annual report due" meets only the fourth paragraph."""
    lines = [PROSE[0], "Annual report due", PROSE[1], PROSE[2], PROSE[3]]
    assert drop_unrelated_lines(list(lines)) == _unrelated_by_union(list(lines)) == lines


def test_a_teaser_sharing_words_only_with_another_loose_line_goes():
    """Loose lines are no story: a teaser sharing its words with a second teaser only still goes."""
    lines = [PROSE[0], "Guardiola explains his biggest mistake", PROSE[1], "Guardiola biggest mistake video", PROSE[2]]
    kept = drop_unrelated_lines(list(lines))
    assert kept == _unrelated_by_union(list(lines))
    assert "Guardiola explains his biggest mistake" not in kept and PROSE[1] in kept


def test_a_loose_line_without_content_words_is_never_compared():
    lines = [PROSE[0], "By AP", PROSE[1], PROSE[2]]
    assert drop_unrelated_lines(list(lines)) == _unrelated_by_union(list(lines))


def test_story_words_cached_equal_the_words_read_afresh():
    texts = ["Premier League: Rückschlag im Titelkampf", "明敏 来源：量子位 2025", "", "1234 5678", PROSE[0]]
    for text in texts * 2:
        assert story_titles.story_words(text) == story_titles.story_words.__wrapped__(text)
        assert isinstance(story_titles.story_words(text), frozenset)


def _counters_by_lines(paragraphs, lines):
    counted = Counter(match[1].casefold() for line in lines if (match := _COUNTER.fullmatch(line)))
    return tuple(para for para in paragraphs
                 if not ((match := _COUNTER.fullmatch(para)) and counted[match[1].casefold()] >= COUNTER_REPEATS))


def _titled_by_lines(paragraphs, lines):
    tails = Counter(match[1] for line in lines
                    if "\n" not in line and _has_bar(line) and (match := _TITLE_TAIL.search(line)))
    return tuple(para for para in paragraphs if "\n" in para or not (
        _has_bar(para) and (match := _TITLE_TAIL.search(para)) and tails[match[1]] >= TITLE_REPEATS))


def test_counters_and_titled_links_are_dropped_only_when_the_story_holds_one():
    rail = ["1,204 views", "87 views", "3 views", "Fed holds rates | Example News", "Oil slips | Example News",
            "Gold up | Example News"]
    story = tuple(PROSE)
    assert _without_counters(story, [*PROSE, *rail]) == _counters_by_lines(story, [*PROSE, *rail]) == story
    assert _without_titled_links(story, [*PROSE, *rail]) == _titled_by_lines(story, [*PROSE, *rail]) == story
    with_rail = (*PROSE[:2], "512 views", "Fed holds rates | Example News", *PROSE[2:])
    lines = [*with_rail, *rail]
    assert _without_counters(with_rail, lines) == _counters_by_lines(with_rail, lines) != with_rail
    assert _without_titled_links(with_rail, lines) == _titled_by_lines(with_rail, lines) != with_rail


def test_dev_dumps_read_as_the_full_computations():
    from benchmarks.extraction import SHARED_PAGES, default_dirs, load_cases, with_splits

    if not SHARED_PAGES.exists():
        pytest.skip("shared corpus absent")
    from benchmarks.text_dumps import render_bytes
    from extractors.clean.text import split_lines

    cases = [c for c in with_splits(load_cases(default_dirs())) if c.split == "dev"][::5]
    read = 0
    for case in cases[:60]:
        data = case.html.read_bytes()
        if case.html.suffix == ".gz":
            import gzip

            data = gzip.decompress(data)
        lines = [line for line in split_lines(render_bytes(data)) if line.strip()]
        if not lines:
            continue
        read += 1
        assert drop_unrelated_lines(list(lines)) == _unrelated_by_union(list(lines))
        paragraphs = tuple(lines[len(lines) // 3 : 2 * len(lines) // 3])
        assert _without_counters(paragraphs, lines) == _counters_by_lines(paragraphs, lines)
        assert _without_titled_links(paragraphs, lines) == _titled_by_lines(paragraphs, lines)
    assert read


def _polls_judged_per_radio(root, marks) -> None:
    """``html.drop_polls`` as it was before round speed365: every box judged again for every radio button."""
    from extractors.clean import html, widgets
    from extractors.clean.dom import norm
    from extractors.clean.marks import in_page

    for radio in marks.radios:
        if not in_page(radio, root):
            continue
        name = radio.get("name")
        box = radio.getparent()
        while box is not None and box.tag not in ("body", "html"):
            if widgets.word_count(norm(box.text_content())) > html.POLL_WORDS:
                break
            if len(box.xpath(".//input[@type='radio'][@name=$name]", name=name)) >= 2 and any(
                line.strip().endswith(("?", "？")) for line in box.itertext()
            ):
                html._drop(html._poll_card(box))
                break
            box = box.getparent()


def test_polls_judged_once_a_box_drop_what_judging_per_radio_drops():
    """Two quizzes in one short box (the first dropped changes what the box holds), a group without a question, and
    answers in nested boxes: the cached verdicts drop what judging every box again for every button drops."""
    from lxml import etree

    from extractors.clean import html
    from extractors.clean.marks import find_marks

    def radios(name, values):
        return "".join(f'<div><label><input type="radio" name="{name}" value="{v}">{v}</label></div>' for v in values)

    page = ("<html><body><article><h1>Quiz</h1>" + f"<p>{PROSE[0]}</p>"
            + "<div class='quiz'><div><p>Which beach is longest?</p>" + radios("q1", ("North", "South", "East")) + "</div>"
            + "<div><p>Was the vote close?</p>" + radios("q2", ("Yes", "No")) + "</div></div>"
            + "<div>" + radios("nq", ("A", "B")) + "</div>"
            + "".join(f"<p>{p}</p>" for p in PROSE[1:]) + "</article></body></html>")
    trees = []
    for judge in (html.drop_polls, _polls_judged_per_radio):
        root = html.parse_html(page)
        judge(root, find_marks(root))
        trees.append(etree.tostring(root, encoding="unicode"))
    assert trees[0] == trees[1]
    assert "Which beach" not in trees[0] and "Was the vote close" not in trees[0] and 'name="nq"' in trees[0]
