"""An all-caps acronym the pack's model files under MISC is an organisation.

The small French model knows the big acronyms (CGT, UMP, FMI come out ORG in Le Monde) but tags the ones it has not
seen MISC, a label the pack drops: "contracté par WARA" (WARA enforcement), "des aides CNC" (Libération), "l'ONR VDR"
(Versants), all organisations in the gold. The other all-caps MISC words of the dev pages are not names, and each
has a shape that tells it: a currency or unit after a number ("150.000 GNF", WARA) or a standard before its version
("HDMI 1.4a", Clubic); the short form of a lower-case common noun in brackets ("missile balistique intercontinental
(ICBM)", Libération; Le Monde's "produit intérieur brut (PIB)" is the same shape); an all-caps headline word opening
its line ("RÈGLES PLUS STRICTES", Le Monde).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

#: One word of an acronym: two to six capitals ("CNC", "WARA"; "ONR VDR" is two).
ACRONYM_WORD = re.compile(r"[A-ZÀ-Ý]{2,6}")


def is_acronym_org(ent: Span) -> bool:
    """Whether a MISC span is an organisation's acronym: all-caps words only, not opening its sentence, with no
    number beside it and not the bracketed short form of a lower-case phrase."""
    doc = ent.doc
    if not all(ACRONYM_WORD.fullmatch(t.text) for t in ent) or ent[0].is_sent_start:
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if _has_digit(before) or _has_digit(after):
        return False
    expanded = before is not None and before.text == "(" and before.i > 0 and doc[before.i - 1].text[:1].islower()
    return not expanded


def _has_digit(token: Token | None) -> bool:
    return token is not None and any(ch.isdigit() for ch in token.text)
