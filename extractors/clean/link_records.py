"""Records whose values are only links or buttons: a description list's terms over where its links lead.

A page sets the facts about a post as a description list under or beside it, each term over a value that is a link
or a button: IIJ's Security Diary closes its posts on ``<dl class="entryfoot">`` ("カテゴリー :" over the category's
link, "タグ :" over the tag's, "この記事のURL :" over the post's own address), BE-PAL heads its interviews with
``<dl class="credit-list">`` ("Text" over a button opening the editors' profile, "Source" over one opening the
magazine issue's). The links and buttons go as navigation and controls, and the terms stayed, each a line of the
story. Of the 98 such terms on the dev pages (20 pages: Habr's company card, Aftonbladet's and the Sportschau's
footers, Hankook Ilbo's section menu, ...) no reference keeps one. A term over a value in words of its own stays: a
record of facts (Habr's "Дата основания"), an interview's question over its answer (Criterion's ``<dt>`` questions).
"""
from __future__ import annotations

from collections.abc import Iterator

from extractors.clean.marks import Marks, in_page

#: Elements whose words are not a value's own: links and controls, and text no reader sees.
_NOT_OWN = frozenset({"a", "button", "script", "style"})


def drop_link_records(root, marks: Marks) -> None:
    """Delete each ``<dt>`` whose ``<dd>`` values (those right after it) hold no word outside a link or a button, with
    those values.

    ``marks``: the page's marked elements (``marks.find_marks``), among them the terms.
    """
    for term in marks.terms:
        if not in_page(term, root):
            continue  # in a box an earlier rule removed
        values = []
        sibling = term.getnext()
        while sibling is not None and sibling.tag == "dd":
            values.append(sibling)
            sibling = sibling.getnext()
        if values and not any(text.strip() for value in values for text in _own_text(value)):
            for el in (term, *values):
                el.drop_tree()


def _own_text(el) -> Iterator[str]:
    """The text of ``el`` outside links, buttons and scripts, piece by piece."""
    if el.tag in _NOT_OWN:
        return
    yield el.text or ""
    for child in el:
        if isinstance(child.tag, str):
            yield from _own_text(child)
        yield child.tail or ""
