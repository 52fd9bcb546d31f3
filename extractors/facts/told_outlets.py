"""The lone name after "told" is the outlet a source spoke to.

Articles credit their own or another outlet for a quote with "told <Outlet>": "told Fox." (Daily Mail), "told Metro
previously" (Metro), "Rouse tells Colossal that" (This Is Colossal), "told Us at the time" (Us Weekly), all ORG in
the dev gold; the small model reads them as people or places, or not at all. A person told something is named in
full ("told Howard Stern", Us Weekly), left alone here; a surname or a name the article gives a person elsewhere
("told Warren.", Addicting Info) is made the person again by the later rules that give every mention of a name one
label (``entities._surnames_as_persons``, ``entities._relabel_by_context``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.facts.gazetteer import country_aliases, place_names, word_list


def told_outlet_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    """(token start, end, "ORG") of each lone capitalised word right after a lower-case "told"/"tells"."""
    verbs = word_list("telling_verbs")
    found: list[tuple[int, int, str | None]] = []
    for token in doc[:-1]:
        word = doc[token.i + 1]
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if token.text not in verbs or not word.is_title or not word.is_alpha or word.is_sent_start:
            continue
        if after is not None and (after.is_title or after.text in {"'s", "’s"}):
            continue  # a full name, "told Howard Stern", or an owner, "told Fox's reporter"
        name = word.text
        if name in place_names() or name in country_aliases():
            continue
        found.append((word.i, word.i + 1, "ORG"))
    return found
