"""A story's table of contents set inside it: a short title over a list of links into the page itself.

The list goes as a ``<nav>`` (``html.KILL_TAGS``) or as a widget, but its title stayed, read as a subheading of the
first section: dilei's "Indice" (``<p class="ez-toc-title">`` in the Easy Table of Contents plugin's box) and
Indiatimes' "Jump To" (``<h2>`` in its "jumplink" box), each over links to the story's own ``<h2>`` anchors
("#Cose_il_camoscio", "#Wet_bulb_temperature"). Neither reference keeps the title or the links. The box is the
highest element holding the list whose words outside the list are a title's (``TITLE_WORDS``): above it, the story's
paragraphs come in.
"""
from __future__ import annotations

from extractors.clean import widgets

#: A table of contents lists this many links into the page at least.
CONTENTS_LINKS = 3
#: Its title runs this many words at most ("Indice", "Jump To", "Table of contents").
TITLE_WORDS = 4


def _is_contents_list(el) -> bool:
    """A list whose every link leads into the page ("#Sea_level_rise"), ``CONTENTS_LINKS`` of them or more.

    Read up to the first link that leads elsewhere: a menu's first link does, and menus are most lists.
    """
    links = 0
    for a in el.iter("a"):
        if not ((href := a.get("href") or "").startswith("#") and len(href) > 1):
            return False
        links += 1
    return links >= CONTENTS_LINKS


def _words(el) -> int:
    """Words of the element's text, counted a text node at a time: a title set right against a link is no word of it."""
    return sum(widgets.word_count(text) for text in el.itertext())


def drop_contents_boxes(root) -> None:
    """Delete each table of contents with its title (see the module docstring)."""
    for listing in [el for el in root.iter("ul", "ol", "nav") if el.getparent() is not None]:
        if not _is_contents_list(listing) or not any(el is root for el in listing.iterancestors()):
            continue  # gone with a box found from an outer list, or no contents
        own = _words(listing)
        box, parent = listing, listing.getparent()
        while parent is not None and parent is not root and parent.tag not in ("body", "html") \
                and _words(parent) - own <= TITLE_WORDS:
            box, parent = parent, parent.getparent()
        if box is not listing and _words(box) > own:
            box.drop_tree()
