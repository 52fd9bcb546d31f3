"""A story's summary set in an ``<aside>``: points of the story, not a sidebar.

``<aside>`` is pruned as furniture, and nearly always rightly. Two dev publishers set the story's summary points in
one, named for what it is: USA TODAY's ``<aside class="comp story-highlights">`` ("Story Highlights" over three
points under the headline), Spektrum's ``<aside class="content__glance">`` ("Auf einen Blick", a title and three
points inside the story). Both references keep the points. Such a box is judged like any block instead: kept where
the story's container holds it.
"""
from __future__ import annotations

from extractors.clean import widgets
from extractors.clean.dom import class_and_id, norm

#: Class words naming a box of the story's summary points.
SUMMARY_BOX_TOKENS = widgets.words("highlights glance")
#: A summary point is a clause or a sentence: this many words at least and at most (a link list's items are shorter).
POINT_WORDS = (6, 60)


def is_summary_box(aside) -> bool:
    """An ``<aside>`` whose class names a summary and whose only list holds two or more points, none of them a link."""
    attrs = class_and_id(aside)
    if not attrs.strip() or not widgets.attr_tokens(attrs) & SUMMARY_BOX_TOKENS:
        return False
    lists = list(aside.iter("ul", "ol"))
    if len(lists) != 1:
        return False
    items = [item for item in lists[0] if item.tag == "li"]
    return len(items) >= 2 and all(_is_point(item) for item in items)


def _is_point(item) -> bool:
    if next(item.iter("a"), None) is not None:
        return False
    return POINT_WORDS[0] <= widgets.word_count(norm(item.text_content())) <= POINT_WORDS[1]
