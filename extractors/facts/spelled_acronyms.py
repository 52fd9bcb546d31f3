"""Acronyms a text spells out in lower case are things, not names.

An article that defines an acronym by a lower-case phrase tells the reader it is a common noun: "the learning
management system (LMS)" (EdSurge), "the medium-term expenditure framework (MTEF)" (TimesLive), "a continuing
resolution (CR)" (Space.com). The small model still tags the capitals ORG or GPE at every occurrence; the gold labels
none of them. A name's acronym follows its capitalised name ("Public Services and Procurement Canada (PSPC)"). The
phrase's first word may be capitalised when it opens a sentence and every word after it is lower case: "Robotic
process automation (RPA) came into vogue" (TechCrunch, en_real17), "Median absolute deviation (MAD) is" (Haki Benita); not when that word is a body word ("Government of national
unity (GNU)").
"""

from __future__ import annotations

import re

from extractors.facts.gazetteer import word_list

#: Lower-case function words inside a name, which its acronym skips ("of" in "Ministry of Foreign Affairs").
NAME_CONNECTORS = word_list("name_connectors")
#: Body words, which open a body's lower-case name at a sentence's start ("Government of national unity (GNU)").
_BODY_OPENERS = word_list("org_heads") | word_list("government_heads")
_DEFINED = re.compile(
    r"((?:(?:^|(?<=[.!?]\s)|(?<=\n))[A-Z][a-z-]*\s+)?(?:\b[a-z][a-z-]*\s+){1,8})\(([A-Z]{2,6})s?\)", re.MULTILINE
)


def _spells(words: list[str], acronym: str) -> bool:
    """Whether the last words of a lower-case phrase, parts of hyphenated words counted apart and connectors
    skipped, give ``acronym``'s letters."""
    for start in range(len(words) - 1, -1, -1):
        parts = [p for word in words[start:] for p in word.split("-") if p and p not in NAME_CONNECTORS]
        letters = "".join(p[0] for p in parts).upper()
        if letters == acronym:
            return True
        if len(letters) > len(acronym):
            return False
    return False


def spelled_acronyms(text: str) -> frozenset[str]:
    """The acronyms ``text`` defines by a lower-case phrase, with their plurals ("IDP", "IDPs")."""
    found = set()
    for match in _DEFINED.finditer(text):
        acronym, words = match.group(2), match.group(1).split()
        if words[0][:1].isupper() and words[0] in _BODY_OPENERS:
            words = words[1:]  # a body's name, which stays one: its opener is no part of a thing's phrase
        if words and _spells(words, acronym):
            found.update({acronym, acronym + "s"})
    return frozenset(found)
