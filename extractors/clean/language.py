"""The language of a text, from py3langid's bundled model (ISO 639-1), or None when unsure.

A hand-written stop-word list knew nine languages and missed short or mixed texts; py3langid
knows 97 and ships its model inside the package, so nothing is downloaded at run time.
"""
from __future__ import annotations

import functools
import re
from itertools import islice

from py3langid.langid import LanguageIdentifier

from extractors.clean.langid_model import load_identifier

#: Characters read: the opening of an article decides its language; more only costs time. 1,500 (was 3,000) gives
#: the same language on all 1,931 texts of the corpus pages and dumps the cleaner and the facts detect (1,000 changed
#: one) at half the cost, which was a tenth of cleaning a text dump.
SAMPLE_CHARS = 1500
#: Below this many letters a guess is noise ("Paris", "2024").
MIN_LETTERS = 20
#: Normalised probability under which the answer is None rather than a guess.
MIN_CONFIDENCE = 0.5


@functools.cache
def _identifier() -> LanguageIdentifier:
    return load_identifier(norm_probs=True)  # mapped from the user's cache folder (``langid_model``)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None for short or ambiguous text."""
    sample = text[:SAMPLE_CHARS]
    # the MIN_LETTERS-th letter, if there is one: counting stops there, where summing every character's test cost
    # a tenth of the detection on text dumps
    if next(islice(filter(str.isalpha, sample), MIN_LETTERS - 1, None), None) is None:
        return None
    code, confidence = _identifier().classify(sample)
    return code if confidence >= MIN_CONFIDENCE else None


#: The ``lang`` of an ``<html>`` tag. Pages that serve old browsers open with several ``<html>`` tags in
#: conditional comments (Libération: three say "en", the real one after them says "fr"): the last wins.
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2})(?![a-zA-Z])", re.IGNORECASE)
#: Bytes searched for the ``<html>`` tag: it comes before ``<head>``, within the first few KiB.
HTML_LANG_BYTES = 8192


def html_language(data: bytes) -> str | None:
    """ISO 639-1 code a page's ``<html lang>`` declares, from its raw bytes, or None.

    A hint to group articles by language before they are cleaned (see ``flows/spool.py``): it reads a
    few KiB in microseconds, where cleaning the page costs milliseconds. Facts still follow the
    cleaned text's own language, so a wrong hint costs only a model load in another worker.
    """
    head = data[:HTML_LANG_BYTES]
    end = head.lower().find(b"<head")
    found = _HTML_LANG.findall(head if end < 0 else head[:end])
    return found[-1].decode().lower() if found else None
