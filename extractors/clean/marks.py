"""The elements a page's attributes mark for the HTML cleaner's rules, found by one walk over the parsed page.

Six rules read attributes over the whole page: the byline reader (``metadata._byline_names``: ``rel``, ``itemprop``,
a class naming an author), the caption collector (a class or id naming a caption), the person cards (microdata), the
action cards (a link styled as a button), the polls (radio buttons) and the folded person boxes (a tag or class
that collapses). Each walked the page or ran an XPath over it
on its own, 2.3 ms a page together; one walk reading their attributes costs 1.4 ms. The same walk gathers the
description lists' terms for the link records (``link_records``), 0.35 ms a page on a walk of their own. The walk
runs on the page as parsed, before any rule removes an element: a rule run later judges a marked element only while
it is still in the page (``in_page``), so it skips those an earlier rule or its own earlier drops have removed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.clean import widgets

#: Words one of which a class that may name a caption holds once lower-cased: "caption", "cptn", or a word of
#: ``widgets.IMAGE_TEXT_PARTS`` or ``widgets.CAPTION_PARTS`` (``html._caption_named`` judges the class).
_CAPTION_CLASS_WORDS = re.compile(
    "|".join(map(re.escape, sorted({"caption", "cptn", *widgets.IMAGE_TEXT_PARTS, *widgets.CAPTION_PARTS})))
)
_PERSON_TYPE = re.compile(r"schema\.org/Person\b", re.IGNORECASE)
#: A link styled as a button names it in its class or its parent's ("btn btn-primary", "c-button").
_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Marks:
    """Marked elements of one parsed page, each list in document order."""

    #: A class holding a caption word (``_CAPTION_CLASS_WORDS``), or an id holding "caption" or "cptn".
    captions: tuple
    #: ``rel`` or ``itemprop`` "author", or a class holding "author" or "byline" (case as written): what the XPath
    #: ``//*[@rel="author" or @itemprop="author" or contains(@class, "author") or contains(@class, "byline")]``
    #: selects (tests/test_clean_walks.py).
    bylines: tuple
    #: Below the root, typed ``schema.org/Person`` or given ``itemprop="author"``.
    persons: tuple
    #: A ``<button>``, or a link whose class or whose parent's class styles it as one (``_BUTTON_CLASS``).
    buttons: tuple
    #: An ``<input>`` typed "radio" (in any case) that has a ``name``.
    radios: tuple
    #: A tag holding "collaps" or a class holding "ollaps" (case as written): a box the reader opens and folds
    #: ("a-collapse", "ui-collapsible-entry", "a-box--collapsable", "Collapse"), what the XPath
    #: ``//*[contains(local-name(), "collaps") or contains(@class, "ollaps")]`` selects (tests/test_clean_walks.py).
    folded: tuple
    #: A ``<dt>``: a description list's term.
    terms: tuple


#: Attributes read only on the elements that have one (``find_marks``): an element's attribute names are one call,
#: where reading each of these was a call apiece on every element of the page.
_RARE_ATTRIBUTES = frozenset({"id", "itemprop", "rel", "itemtype"})
#: Tags whose elements may be a button, a radio button or a term (``find_marks``'s ``_tag_kind``).
_BUTTON, _LINK, _INPUT, _TERM = 1, 2, 3, 4
_TAG_KINDS = {"button": _BUTTON, "a": _LINK, "input": _INPUT, "dt": _TERM}


def _class_says(cls: str | None) -> tuple[bool, bool, bool, bool]:
    """Whether a class names a caption, a byline, styles a button, folds (see ``Marks``)."""
    low = cls.lower() if cls else ""
    return (
        bool(low and _CAPTION_CLASS_WORDS.search(low)), bool(cls and ("author" in cls or "byline" in cls)),
        ("btn" in low or "button" in low) and _BUTTON_CLASS.search(cls) is not None,
        bool(cls and "ollaps" in cls),
    )


def _tag_kind(tag) -> tuple[int, bool]:
    """A tag's kind among ``_TAG_KINDS`` (0 for the others), and whether it names a folding box."""
    return _TAG_KINDS.get(tag, 0), isinstance(tag, str) and "collaps" in tag


def find_marks(root) -> Marks:
    """The marked elements of a page, by one walk reading each element's attributes (see the module docstring).

    A class is tested for a button word by substring before the pattern, and a link's parent only when its class
    says so, as most classes name neither. A page repeats its classes (a list's items, a grid's cards) and its tags:
    what a class or a tag says is read once a page, a tenth of the walk. An element's id, ``itemprop``, ``rel`` and
    ``itemtype`` are read only when its attribute names hold one (``_RARE_ATTRIBUTES``), on one element in ten.
    """
    captions, bylines, persons, buttons, radios, folded, terms = [], [], [], [], [], [], []
    styled = set()  # elements whose class styles a button: a link right inside one is a button
    by_class: dict = {None: (False, False, False, False)}  # class -> (names a caption, a byline, styles a button, folds)
    by_tag: dict = {}  # tag -> (kind, names a folding box)
    plain = _RARE_ATTRIBUTES.isdisjoint
    for el in root.iter():  # comments and processing instructions have no attributes: ``keys`` gives []
        if keys := el.keys():
            if (said := by_class.get(cls := el.get("class"))) is None:
                said = by_class[cls] = _class_says(cls)
            caption, byline, styles, fold = said
            if plain(keys):
                if caption:
                    captions.append(el)
                if byline:
                    bylines.append(el)
            else:
                ident, itemprop = el.get("id"), el.get("itemprop")
                if caption or ident and ("caption" in (low_id := ident.lower()) or "cptn" in low_id):
                    captions.append(el)
                if byline or itemprop == "author" or el.get("rel") == "author":
                    bylines.append(el)
                if (itemprop == "author" or (itemtype := el.get("itemtype")) and _PERSON_TYPE.search(itemtype)) \
                        and el is not root:
                    persons.append(el)
            if styles:
                styled.add(el)
        else:
            styles = fold = False
        if (kind := by_tag.get(tag := el.tag)) is None:
            kind = by_tag[tag] = _tag_kind(tag)
        code, tag_folds = kind
        if fold or tag_folds:
            folded.append(el)
        if not code:
            continue
        if code == _BUTTON or code == _LINK and (styles or styled and el.getparent() in styled):
            buttons.append(el)
        elif code == _INPUT and keys and (el.get("type") or "").lower() == "radio" and el.get("name"):
            radios.append(el)
        elif code == _TERM:
            terms.append(el)
    return Marks(tuple(captions), tuple(bylines), tuple(persons), tuple(buttons), tuple(radios), tuple(folded),
                 tuple(terms))


def in_page(el, root) -> bool:
    """The element is still in the page under ``root``: no rule has removed it or a box around it.

    Not ``el.getroottree().getroot() is root``: a removed subtree stays in lxml's document, whose root that is.
    Only ancestors of the root's tag are built as Python objects.
    """
    return el is root or any(up is root for up in el.iterancestors(root.tag))
