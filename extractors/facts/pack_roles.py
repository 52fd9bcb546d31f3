"""A person's stated role in a pack language other than English, from its title words as data.

French news states a role in apposition after the name ("Christine Lagarde, directrice générale du
Fonds monétaire international" and "Sophie Binet, la secrétaire générale de la CGT" in Le Monde) or
as a title before it ("le nouveau premier secrétaire du Parti socialiste Harlem Désir" in
Libération). The role is the title alone, as the gold conventions write it: the organisation after
"de" and adjectives of the term ("nouveau") are left out, except after heads whose "de" phrase names
the office ("ministre de la Défense"). Words come from ``data/<language>/titles.txt``.
"""

from __future__ import annotations

import functools
import re

from extractors.facts.gazetteer import tagged_words

#: Determiners before a title: "la secrétaire générale", "du nouveau premier secrétaire".
_DETERMINER = r"(?i:le|la|les|l['’]|du|de\s+la|de\s+l['’]|au|à\s+la)\s*"
#: "de" and a capitalised name after a title: "de la Défense", "de l'Économie et des Finances".
_NAMED_COMPLEMENT = (
    r"(?P<complement>\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[A-ZÉÈÀ][\w'’-]*"
    r"(?:\s+(?:et\s+)?(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[A-ZÉÈÀ][\w'’-]*)*)"
)
#: Anything from "de" up to the name: "du Parti socialiste Harlem Désir".
_ANY_COMPLEMENT = r"(?P<complement>\s+(?:de|du|des|d['’])\s*[^,.;:()«»\"]{1,60}?)"


@functools.cache
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(after the name, before the name) patterns of ``language``, or None when it has no title list."""
    words = tagged_words("titles", language)
    if not words.get("head"):
        return None

    def alternatives(kind: str) -> str:
        return "|".join(re.escape(w) for w in sorted(words.get(kind, ()), key=len, reverse=True)) or "(?!)"

    title = (
        rf"(?P<title>(?:(?:{alternatives('before')})\s+)?(?:{alternatives('head')})"
        rf"(?:\s+(?:{alternatives('after')}))?)(?![\w-])"
    )
    transient = rf"(?:(?:{alternatives('transient')})\s+)?"
    after = re.compile(rf",\s+(?:{_DETERMINER})?{transient}{title}{_NAMED_COMPLEMENT}?")
    before = re.compile(rf"(?<![\w-])(?:{_DETERMINER}){transient}{title}{_ANY_COMPLEMENT}?\s*,?\s+$")
    return after, before


def stated_role(text: str, start: int, end: int, language: str) -> str | None:
    """The title stated for the name at ``text[start:end]``: in apposition after it, else right before it."""
    patterns = _patterns(language)
    if patterns is None:
        return None
    after, before = patterns
    match = after.match(text, end) or before.search(text, max(0, start - 120), start)
    if match is None:
        return None
    role = match.group("title")
    complement = match.group("complement")
    office = set(tagged_words("titles", language).get("complement", ()))
    if complement and office & {word.lower() for word in role.split()}:
        role += complement.rstrip()
    return role
