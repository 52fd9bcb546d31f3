"""Reader comment threads known by their markup, not by their class words: items that each link to themselves.

A comment carries its permalink, a link to its own anchor ("#comment-2624608" on the ``<li id="comment-2624608">`` of
Second Avenue Sagas' WordPress thread, "#399827093" on The Verge's comment ``<div id="399827093">``, "#comment-590950"
on Pew Research's): the time stamp or the "Link" under the commenter's name. Three or more such items side by side,
each holding prose, are a thread. ``prune`` drops threads by their class words ("commentlist", "c-comments"); with
those words scrambled (``benchmarks.class_words``, scramble201) the threads of 13 dev publishers were kept as story.
A footnote's back link points into the story and a contents list's links to its headings, never to their own
item. A thread needs a story above it: a live blog's posts link to themselves too, and they are the story.
"""
from __future__ import annotations

from collections import defaultdict

from extractors.clean.dom import MIN_PARAGRAPH, norm

#: Side-by-side items linking to themselves that make a thread.
MIN_ITEMS = 3
#: Characters of paragraph-long ``<p>`` text above the thread, outside it, that show a story came first.
MIN_STORY_ABOVE = 500


def comment_threads(body) -> list:
    """The elements holding ``MIN_ITEMS`` or more children that link to their own anchors, under a story."""
    items: dict = defaultdict(set)  # parent -> its children that hold a link to themselves
    for a in body.iter("a"):
        fragment = (a.get("href") or "").partition("#")[2]
        if not fragment:
            continue  # most links: no ancestor walk
        target = next((up for up in a.iterancestors() if up.get("id") == fragment), None)
        if target is None:
            continue
        while (parent := target.getparent()) is not None and len(parent) == 1:
            target = parent  # the item is the outermost box holding the anchor alone (WordPress' li > div > div)
        if parent is not None and len(norm(target.text_content())) >= MIN_PARAGRAPH:
            items[parent].add(target)
    threads = [parent for parent, linked in items.items() if len(linked) >= MIN_ITEMS]
    # the outermost thread only (replies nest threads in a thread), and only below a story
    outer = [t for t in threads if not any(up in items and up in threads for up in t.iterancestors())]
    return [t for t in outer if _story_above(body, t) >= MIN_STORY_ABOVE]


def _story_above(body, thread) -> int:
    """Characters of paragraph-long ``<p>`` text before ``thread`` in the page and outside it."""
    chars = 0
    for el in body.iter():
        if el is thread:
            return chars
        if el.tag == "p" and len(text := norm(el.text_content())) >= MIN_PARAGRAPH:
            chars += len(text)
    return chars
