"""Later mentions of a name the article has already introduced, which the small model leaves untagged.

News writing names a person in full once and then by surname ("Yahya Sinwar" ... "Sinwar, 61, has
led Hamas" in CBC; "Jon Tester" ... "Tester criticized a federal bailout" in the Free Beacon), and
an institution in full with its acronym in brackets and then by the acronym alone ("Public Services
and Procurement Canada (PSPC)" ... "In 2024, PSPC committed" in the Ottawa Citizen; "the South
African Revenue Service (Sars)" ... "Sars collected R95bn" in TimesLive), or with no brackets at all
when the acronym is well known ("the National Institute of Standards and Technology" ... "a NIST
cryptographer", The New Yorker; "the American Federation of Government Employees" ... "The AFGE and
other federal employee unions", The Washington Post, both en_real6). The model tags such
repeats only some of the time; per mention each untagged one is a miss. Here every whole-word,
same-case occurrence of a known form becomes a mention of the same kind.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.facts.gazetteer import country_aliases, title_words
from extractors.facts.name_spans import ORG_HEADS
from extractors.facts.nlp import text_of
from extractors.facts.roles import HONORIFICS

#: Kinds of names whose repeats are taken. Not NORP: group words are adjectives the model and the
#: peoples list already find, and an untagged one is often the language ("printed in English").
REPEATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
#: The fewest initials an organisation's unbracketed acronym is taken from: two letters are too often something
#: else ("Department of Justice" and a "DJ").
MIN_INITIALS = 3


def known_forms(mentions: list, doc: Doc) -> dict[str, str]:
    """Form -> label of ``mentions`` (``entities.Mention``): each uncoded mention's text, the surname of each multi-word person, the
    bracketed acronym after a name, and the initials of an organisation of three capitalised words or more (found
    only where the text writes them in capitals). A form given two labels in the article is left out (ambiguous)."""
    heads, modifiers = title_words()
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.code is not None or m.label not in REPEATED_LABELS:
            continue
        found.setdefault(m.text, set()).add(m.label)
        words = m.text.split()
        if m.label == "PERSON" and len(words) > 1:
            surname = words[-1]
            if (
                len(surname) > 2
                and surname[:1].isupper()
                and not surname.isupper()
                and surname not in heads | modifiers | HONORIFICS
                and surname not in country_aliases()
                and not doc.vocab[surname.lower()].is_stop  # "Xbox One" tagged PERSON
            ):
                found.setdefault(surname, set()).add("PERSON")
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        acronym = acronym_after(span) if span is not None and len(words) > 1 else None
        if acronym is not None:
            found.setdefault(acronym, set()).add("ORG")
        if m.label == "ORG" and len(letters := initials(m.text)) >= MIN_INITIALS and _body_head(span):
            found.setdefault(letters, set()).add("ORG")
    return {form: labels.pop() for form, labels in found.items() if len(labels) == 1}


def repeated_spans(doc: Doc, forms: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start char, end char, label) of each untagged occurrence of a known form.

    An occurrence counts when it matches the form's case, stands on token boundaries, overlaps no
    mention, and is not part of a longer capitalised name ("Trump White House" is not "Trump" alone).
    A one-word form that the article also writes in lower case ("legend", "roof") counts only off
    the start of a sentence, where its capital proves it a name.
    """
    if not forms:
        return []
    text = text_of(doc)
    lower_words = {t.text for t in doc if t.is_lower}
    occupied = bytearray(len(text))  # one pass over the text, whatever the number of forms
    for start, end in taken:
        occupied[start:end] = b"\x01" * (end - start)
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    found: list[tuple[int, int, str]] = []
    for match in re.finditer(rf"(?<![\w'’])(?:{alternatives})(?!\w)", text):
        start, end = match.span()
        form = match.group()
        if any(occupied[start:end]):
            continue
        span = doc.char_span(start, end)
        if span is None or _inside_longer_name(span):
            continue
        if " " not in form and form.lower() in lower_words and span[0].is_sent_start:
            continue
        found.append((start, end, forms[form]))
        occupied[start:end] = b"\x01" * (end - start)
    return sorted(found)


def _inside_longer_name(span: Span) -> bool:
    """A capitalised word right before (off a sentence start, not a courtesy title) or right after."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    heads, _ = title_words()
    if (
        before is not None
        and not span[0].is_sent_start
        and before.is_title
        and before.is_alpha
        and before.text not in HONORIFICS
        and before.text not in heads
        and not before.is_sent_start
    ):
        return True
    return after is not None and after.is_title and after.is_alpha and not after.is_sent_start


def acronym_after(span: Span) -> str | None:
    """The acronym in brackets after a multi-word name: "Public Services and Procurement Canada (PSPC)",
    also written as a word: "the South African Revenue Service (Sars)"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    acronym = doc[span.end + 1].text
    if not acronym.isalpha() or len(acronym) < 2:
        return None
    if (acronym.isupper() or acronym.istitle()) and initials(span.text).endswith(acronym.upper()):
        return acronym  # "South African Revenue Service (Sars)" in TimesLive
    if sum(c.isupper() for c in acronym) >= 2 and acronym[0].isupper() and _word_heads(span.text, acronym):
        return acronym
    return None


def _word_heads(name: str, acronym: str) -> bool:
    """Whether an acronym is the heads of a name's last capitalised words, a letter or more of each, in order, to its
    end: "Donetsk National University (DonNU)" (Nature, en_real8), "US AI Safety Institute (USAISI)" (Tech Monitor,
    en_real7), where a two-letter word gives both its letters."""
    words = [word.upper() for word in name.split() if word[:1].isupper()]
    wanted = acronym.upper()

    def spell(i: int, rest: str) -> bool:  # words[i:] give ``rest`` exactly, each at least its first letter
        if i == len(words):
            return not rest
        word = words[i]
        return any(rest[:n] == word[:n] and spell(i + 1, rest[n:]) for n in range(1, min(len(word), len(rest)) + 1))

    return any(spell(i, wanted) for i in range(len(words)))


def _body_head(span: Span | None) -> bool:
    """Whether a name's head (its last word before "of"/"for") is a word for a body (``name_spans.ORG_HEADS``): only
    then are its initials the body's acronym; the model also calls things ORG, whose acronyms are no organisation
    ("Global Positioning System", Nikkei Asia; "Application Programming Interfaces", LeadDev; "Sustainable
    Development Goals", RNA News)."""
    if span is None:
        return False
    cut = next((i for i, t in enumerate(span) if t.lower_ in ("of", "for")), len(span))
    return cut > 0 and span[cut - 1].text in ORG_HEADS


def initials(name: str) -> str:
    """The capital initials of a name's words: "Public Services and Procurement Canada" -> "PSPC"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())
