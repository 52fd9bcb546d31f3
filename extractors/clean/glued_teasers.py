"""Teaser boxes a text dump gives set into the story: two or more headlines glued together between its paragraphs.

A browser's copy puts a blank line under a paragraph or a heading (their bottom margin) and none between the links
of a box (``text.spaced_lines``). A page whose story paragraphs are each set apart so prints a box of related links
inside the story as a run of lines with no blank line between them, closed by the next heading or paragraph glued
under it: t-online's "Newsblog: Alle aktuellen Nachrichten zu Donald Trump und den USA" / "Öl-Tanker aus Venezuela:
Geisterschiffe durchbrechen wohl US-Blockade" over the subheading "Was ist über den Tanker bekannt?", the BBC's "How
the government raises and spends £1 trillion a year" / "Budget: Key points at a glance" over "Why do OBR forecasts
matter?", the CBC's "Bank of Canada hikes rate to 2.5%. Here's what it means for you" / "Bank of Canada hikes
interest rate to 3.25%, ..." over a paragraph (dev dumps, issue 12, dumpsP276; none of those runs' lines is in its
reference). A single glued line of ``GLUED_LONE_WORDS`` words or more is such a box too (a subheading set in a
``<div>`` over its section runs shorter): ONE Esports' "What do instant noodle eggs and ADCs have in common? T1
Gumayusi answers", USA Today's "Travelers get a break: Real ID deadline pushed back ...", Jagran's "मध्‍य प्रदेश के सीएम ...",
and captions glued over the paragraph under their picture (wtf economy's "New study shows nearly half of US jobs are
susceptible to computerisation", Dezeen's, the Mirror's, the New Yorker's); four dev pages lose by it (a
dated update's heading on MLB.com, EastEnders' summary bullets on OK!, SimplyFound's captions its reference keeps, a
line broken by ``<br>`` on Star Wars News). The run's lines close no sentence and stand right under a paragraph of
prose that introduces nothing (no colon: a list's items are glued too), over a line the story keeps, on a page at
most ``GLUED_PROSE_SHARE`` of whose prose paragraphs are glued to the next line (a site printing its story in
``<div>``s or with ``<br>`` glues them all and tells nothing; a caption glued over the one paragraph beside it, a
block of two lines, is not counted). Chinese and Japanese lines (a sentence may close on no
stop) and lines of code are left alone. A pair of lines set apart by blank lines, a short line (under
``GLUED_LONE_WORDS`` words) closing no sentence glued over a headline-shaped line closing none either, is a teaser's
kicker over its headline or a link over the subheading under it, and the short line goes (dumpsG286: the Sportschau's
"Die Tabelle der Premier League" over "Branthwaite und Calvert-Lewis treffen", Vox's "Gab.ai", the Namibian's, MDR's
"Hitzeschäden beseitigt" / "A2 und A14 nach tagelangen Sperrungen wieder frei" where its captions spoil the page's
spacing, until a block of two lines no longer counted against it); not over a numbered heading or a lead-in
closing on a colon.
"""
from __future__ import annotations

import itertools
import re

from extractors.clean import widgets
from extractors.clean.text_regions import line_kind

#: A page's story is spaced when at most this share of its prose paragraphs is glued to the line under it.
GLUED_PROSE_SHARE = 0.1
#: A run of at least this many glued headlines is a box.
GLUED_RUN = 2
#: Each of at least this many words.
GLUED_WORDS = 4
#: A lone glued line is a teaser or caption at this many words or more.
GLUED_LONE_WORDS = 9
_CODE = re.compile(r"[=(){}\[\]<>;`]")


def _blocks(text: str) -> list[list[str]]:
    """The dump's runs of lines between blank lines, each line as ``widgets.dump_line`` reads it."""
    blocks: list[list[str]] = []
    block: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = widgets.dump_line(raw)
        if line:
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    return blocks


def _is_glued_headline(line: str) -> bool:
    """A line shaped like a teaser's headline: four words or more closing no sentence and introducing nothing (a
    colon), no CJK, code or list item."""
    return (widgets.word_count(line) >= GLUED_WORDS and not widgets.SENTENCE_END.search(line)
            and not line.rstrip().endswith((":", "："))  # a list's lead-in glued over its items
            and not widgets.CJK.search(line) and not _CODE.search(line) and line_kind(line) != "item")


def _is_kicker_over_headline(kicker: str, headline: str) -> bool:
    """A short line closing no sentence glued over a headline-shaped line closing none either, the pair set apart
    by blank lines: MDR's teasers ("Hitzeschäden beseitigt" / "A2 und A14 nach tagelangen Sperrungen wieder frei"),
    the Sportschau's table link "Die Tabelle der Premier League" over its subheading, Vox's "Gab.ai" over its own;
    not a section heading over a numbered one (journalism.co.uk's "5 search tips" / "1. Site search")."""
    return (widgets.word_count(kicker) < GLUED_LONE_WORDS and widgets.word_count(headline) < 2 * GLUED_LONE_WORDS
            and not widgets.SENTENCE_END.search(kicker) and not widgets.SENTENCE_END.search(headline)
            and not kicker.rstrip().endswith((":", "：")) and not headline.rstrip().endswith((":", "："))
            and not headline[:1].isdigit()
            and not widgets.CJK.search(kicker) and not _CODE.search(kicker) and line_kind(kicker) != "item")


def glued_teasers(text: str, paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The lines of ``paragraphs`` that are a box of teasers glued into a spaced story (module docstring)."""
    blocks = _blocks(text) if len(paragraphs) >= 3 else []
    if len(blocks) < 2:
        return frozenset()  # no blank line: the copy tells no paragraph from a glued line
    kept = set(paragraphs)
    found: set[str] = set()
    for above, block in itertools.pairwise(blocks):
        run = block[:-1]
        intro = above[-1]
        # a teaser's kicker glued over its headline, or a link glued over the subheading under it
        kicker = len(block) == 2 and _is_kicker_over_headline(block[0], block[1])
        if not kicker and (not run or len(run) < GLUED_RUN and widgets.word_count(run[0]) < GLUED_LONE_WORDS):
            continue
        if intro not in kept or block[-1] not in kept or line_kind(intro) != "prose" or intro.rstrip().endswith((":", "：")):
            continue
        if all(line in kept and (kicker or _is_glued_headline(line)) for line in run):
            found.update(run)
    if not found:
        return frozenset()
    # told last, on the pages with a run: whether the story's paragraphs are set apart at all
    # a caption glued over the one paragraph beside it (a block of two: MDR, Data Therapy) leaves the page spaced
    glued = {line for block in blocks if len(block) > 2 for line in block[:-1]}
    ends = {block[-1] for block in blocks}
    prose = [para for para in paragraphs if line_kind(para) == "prose"]
    if sum(para in glued and para not in ends for para in prose) > GLUED_PROSE_SHARE * len(prose):
        return frozenset()
    return frozenset(found)
