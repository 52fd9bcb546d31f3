"""The box closing a text dump's copy: lines set inside one block of the dump, under a story set apart by blank lines.

A browser's copy puts a blank line under each paragraph of a story (its bottom margin) and none between the lines of
a box: a newsletter box's blurb and sign-up line, a comment form's fields, an errata box, a rail of headlines and
their blurbs, a link widget. When the story's paragraphs are set apart and the copy's last paragraphs sit inside a
block, glued to a line above and to one below (no blank line on either side, ``text.spaced_lines``), they are that
box's inner lines, not the story's. Over the dev dumps (the last paragraphs our output kept, each inside a block, on
pages with half or more of the kept paragraphs spaced): 326 tokens outside the references on 10 publishers (the New
Yorker's "Daily Shouts" and its rail of headlines and blurbs, UrduPoint's "Site Links: ..." widget, UOL's errata box,
Eurogamer's "Follow a topic and we'll email you ...", Yjc's rail, g1's newsletter box "Para se inscrever, entre ou
crie uma Conta Globo gratuita.", O Tempo's comment form, takagi-hiromitsu's referrer list, Health's "Was this page
helpful?", stephango's teaser) and none in a reference once a list is spared: a story's closing list is glued the
same way under the line that opens it, which closes on a colon (Radio-Canada's "Plusieurs nouveaux organismes et
stratégies voient le jour :" over its eight glued items; Aftonbladet's fact box opens the same way and stays).
"""
from __future__ import annotations

from extractors.clean import widgets

#: The copy's kept paragraphs are set apart by blank lines on this share of them at least (a glued copy tells
#: nothing: its story's lines are glued too).
SPACED_SHARE = 0.5
#: And at least this many of them (two paragraphs, one spaced, say nothing of the copy).
SPACED_LEAST = 3
#: The lines taken leave at least this share of the copy's words above them (a cut that large took the story).
KEPT_SHARE = 0.5


def closing_block_start(paragraphs: tuple[str, ...], text: str, spaced: frozenset[str] | None) -> int:
    """Where the block's inner lines closing the copy start among ``paragraphs`` (``len(paragraphs)`` for none).

    ``spaced``: the dump's lines with a blank line above or below (``text.spaced_lines``). A paragraph that is no raw
    line of the dump (a joined one, a table's rebuilt row) ends the run, and so does the copy's last line (a blank or
    nothing under it: no box is open there; Modern Diplomacy's reference keeps the author's note closing its dump)."""
    if spaced is None or len(paragraphs) < 2:
        return len(paragraphs)
    count = sum(1 for para in paragraphs if para in spaced)
    if count < SPACED_SHARE * len(paragraphs) or count < SPACED_LEAST:
        return len(paragraphs)
    raws = [widgets.dump_line(raw) for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # a line with a line of text right above and right below it (the copy's first and last lines have none)
    inner = frozenset(raw for index, raw in enumerate(raws[1:-1], 1) if raw and raws[index - 1] and raws[index + 1])
    end = len(paragraphs)
    while end > 0 and paragraphs[end - 1] in inner and paragraphs[end - 1] not in spaced:
        end -= 1
    if end == len(paragraphs) or end == 0 or _opens_list(raws, paragraphs[end]):
        return len(paragraphs)
    kept = sum(widgets.word_count(para) for para in paragraphs[:end])
    if kept < KEPT_SHARE * sum(widgets.word_count(para) for para in paragraphs):
        return len(paragraphs)
    return end


def _opens_list(raws: list[str], line: str) -> bool:
    """Whether the block holding ``line`` (among the dump's ``raws``, each as ``widgets.dump_line`` reads it) is a
    list: its first line, or the last line above the block, closes on a colon."""
    index = next((i for i, raw in enumerate(raws) if raw == line), None)
    if index is None:
        return False
    while index > 0 and raws[index - 1]:
        index -= 1
    above = next((raw for raw in reversed(raws[:index]) if raw), "")
    return raws[index].endswith(":") or above.endswith(":")
