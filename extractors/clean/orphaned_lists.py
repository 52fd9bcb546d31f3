"""A list the text-dump cleaner dropped from under the sentence that introduces it (issue 12, round dumpsR377).

A story copied as a text dump sets a list a line per item, without its bullets: short lines that close no sentence,
which the line rules read as a box of furniture (``drop_boxes``: a cluster of short lines) or as loose lines
(``drop_unrelated_lines``), unless ``text_regions.list_items`` spares them (it wants a sentence of six words or more
over them, or a short lead-in over parallel items). When the sentence introducing the list stays in the story and the
story goes on right under the list, the sentence ends in a colon over nothing: the items between it and the next
paragraph the story keeps are the list's, and they go back in.

Dev dumps where the lead-in stayed and its items went, every item in the reference: Al Jazeera's tracker ("Every
hour in Gaza:" over "15 people are killed - 6 are children", "35 people are injured", "42 bombs are dropped*", "12
buildings are destroyed" and the footnote "*Based on the first six days of the war, ..."), Parse.ly's blog ("Sources
for this traffic include:" over "Email/IMs", "Copying and pasting a link", "Switching from a https:// site to an
http:// site", the story going on at "Chat apps (Whats App, etc.)"). What sits under a kept lead-in on the other dev
dumps stays out: a single line ("Copy" under Dropbox's lead-ins to code, "Advertisement" under Kotaku's, a figure's
caption under Smashing Magazine's), tweets (their "@handle" lines and "— NAME (@handle) DATE" on Deadline, Addicting
Info, Substack), sentences (a plea for donations under "Please help us out :"), a byline under "Author:" (a lead-in
of one or two words labels a box), teasers too long for items under Electrek's "Our recent articles on Tesla:", and
Winfuture's tariff box, whose reference drops it, closing on a sentence. A list glued into one paragraph with the
line under it (Blister's flex figures, the Las Vegas Sun's tonnages) was kept already.
"""
from __future__ import annotations

import re

from extractors.clean import widgets
from extractors.clean.text_regions import RELATED_LABEL

#: A lead-in runs this many words at least: "Author:" or "Key takeaways:" label a box.
LEAD_IN_WORDS = 3
#: The run under the lead-in holds this many lines at least and at most: one line under a colon is a quote or a
#: caption, a dozen or more a page's next box.
LEAST_ITEMS = 2
MOST_ITEMS = 12
#: An item runs this many words at most (``text_regions.LIST_ITEM_WORDS``).
ITEM_WORDS = 15

_COLONS = (":", "：")
_LINK = re.compile(r"https?://\S|www\.\S")
_STOPS = (".", "!", "?", "。", "！", "？", "…")


def _is_lead_in(para: str) -> bool:
    """A sentence ending in a colon, no label of a box of links ("You might also like:") nor a widget's line."""
    return (para.endswith(_COLONS) and "\n" not in para and widgets.word_count(para) >= LEAD_IN_WORDS
            and not RELATED_LABEL.fullmatch(para) and not widgets.is_widget_line(para))


def _is_item(line: str, labels: frozenset[str]) -> bool:
    return (0 < widgets.word_count(line) <= ITEM_WORDS and "\n" not in line and "@" not in line
            and not _LINK.search(line) and not line.endswith(_STOPS + _COLONS) and line not in labels
            and not widgets.is_byline(line))


def with_orphaned_lists(paragraphs: tuple[str, ...], lines: list[str], labels: frozenset[str]) -> tuple[str, ...]:
    """``paragraphs`` with the items of each list put back under the lead-in that introduces it (see the module
    docstring): the dump's lines right under a kept lead-in ending in a colon, ``LEAST_ITEMS`` to ``MOST_ITEMS`` of
    them, none kept, the next line the paragraph that follows the lead-in in ``paragraphs``, every one an item
    (``_is_item``), fewer than half of them widget lines (a player's or a share bar's controls under "Watch the
    video below:"; Parse.ly's "Email/IMs" names a widget's word)."""
    if not any(_is_lead_in(para) for para in paragraphs[:-1]):
        return paragraphs
    at_line: dict[str, int] = {}
    for index, line in enumerate(lines):
        at_line.setdefault(line, index)
    out: list[str] = []
    for position, para in enumerate(paragraphs):
        out.append(para)
        if position + 1 >= len(paragraphs) or not _is_lead_in(para) or (start := at_line.get(para)) is None:
            continue
        following = paragraphs[position + 1]
        end = start + 1
        while end < len(lines) and end - start - 1 <= MOST_ITEMS and lines[end] != following:
            end += 1
        items = lines[start + 1 : end]
        if end < len(lines) and lines[end] == following and LEAST_ITEMS <= len(items) <= MOST_ITEMS \
                and all(_is_item(item, labels) for item in items) and not set(items) & set(paragraphs) \
                and 2 * sum(widgets.is_widget_line(item) for item in items) < len(items):
            out.extend(items)
    return tuple(out)
