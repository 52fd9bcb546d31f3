"""Folded person boxes: a box set in the story that the reader opens to read about a person named in its heading.

Some layouts fold a note about a person into the story as a collapsible box: MDR's "Mehr zur Person Matthias
Spielkamp" (``ui-collapsible-entry``) over "Matthias Spielkamp studierte Philosophie, ...", heise's column box
"Secure Coding – Sven Ruppert" (``<a-collapse class="a-box a-box--collapsable">``) over the author's portrait, "Seit
1996 programmiert Sven Java in Industrieprojekten ..." and the column's other parts. The box's heading and the note
stayed, read as a subheading and a paragraph; neither reference keeps them. On the dev pages the small boxes headed
by a name whose one paragraph names it are notes about a person (author boxes of LeadDev, SiliconANGLE, Tech Monitor,
netzpolitik.org, POLITICO, USA TODAY, gone already by their class), none in a reference, but for a blog's post under
its title ("Come Together" over "Unter dem Motto Come Together wurde ..." on wienbadminton.at, the story itself): so
only folded boxes are judged. A box that folds a summary ("Auf einen Blick" on Spektrum, kept by its reference) names
no person in its heading and stays.
"""
from __future__ import annotations

from itertools import islice

from extractors.clean import widgets
from extractors.clean.dom import norm
from extractors.clean.marks import Marks, in_page

#: The box's heading: at most this many words, ending on a name.
HEADING_WORDS = 8
#: The note names the person by the name's first word among its first this many words.
NAMED_WITHIN = 8
#: A paragraph of prose has this many words at least; the box holds one, and at most ``BOX_WORDS`` words in all.
PROSE_WORDS, BOX_WORDS = 8, 250
_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "header")


def drop_folded_bios(root, marks: Marks) -> None:
    """Delete the collapsible boxes whose heading names a person and whose one paragraph is about them.

    ``marks``: the page's marked elements (``marks.find_marks``), among them the folded boxes.
    """
    for box in marks.folded:
        if in_page(box, root) and _is_folded_bio(box):
            box.drop_tree()


def _is_folded_bio(box) -> bool:
    heading = next(box.iter(*_HEADINGS), None)
    if heading is None:
        return False
    first_name = _closing_name(norm(heading.text_content()))
    if first_name is None or widgets.word_count(norm(box.text_content())) > BOX_WORDS:
        return False
    prose = [text for p in box.iter("p") if widgets.word_count(text := norm(p.text_content())) >= PROSE_WORDS]
    return len(prose) == 1 and first_name in islice(prose[0].split(), NAMED_WITHIN)


def _closing_name(heading: str) -> str | None:
    """The first name of the name that closes a short heading (two capitalised words), or None."""
    words = heading.split()
    if not 2 <= len(words) <= HEADING_WORDS or not all(_capitalised(word) for word in words[-2:]):
        return None
    return words[-2]


def _capitalised(word: str) -> bool:
    """A name's word: a capital, then lower-case letters ("Spielkamp", "Krafft"; "Müller-Lüdenscheidt" by parts)."""
    return all(part[:1].isupper() and part[1:].islower() and part.isalpha() for part in word.split("-"))
