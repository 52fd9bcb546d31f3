"""The language of a text, from py3langid's bundled model (ISO 639-1), or None when unsure.

A hand-written stop-word list knew nine languages and missed short or mixed texts; py3langid
knows 97 and ships its model inside the package, so nothing is downloaded at run time.
"""
from __future__ import annotations

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Characters read: the opening of an article decides its language; more only costs time.
SAMPLE_CHARS = 3000
#: Below this many letters a guess is noise ("Paris", "2024").
MIN_LETTERS = 20
#: Normalised probability under which the answer is None rather than a guess.
MIN_CONFIDENCE = 0.5


@functools.cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None for short or ambiguous text."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    return code if confidence >= MIN_CONFIDENCE else None
