"""A footnote's back-link mark ("↩") after a sentence's full stop leaves the sentence closed (``text_regions``).

IIJ's notes under its story each close with "。 ↩": read as unclosed, a note of 23 words was a furniture line
(``line_kind``) and a trailing headline (``closes_sentence``), and the notes went.
"""
from __future__ import annotations

from extractors.clean.text_regions import closes_sentence, line_kind

NOTE = "このリストには日本に割り当てられている 4,000以上の IPv4 アドレスレンジが含まれている。 ↩"


def test_footnote_closed_by_its_back_link_reads_as_prose():
    assert line_kind(NOTE) == "prose"
    assert line_kind(NOTE.removesuffix(" ↩")) == "prose"


def test_footnote_closed_by_its_back_link_closes_a_sentence():
    assert closes_sentence(NOTE)
    assert closes_sentence("The scan was a full-port scan made with Masscan. ↩")
    assert not closes_sentence("Masscan and ZMap compared ↩")
