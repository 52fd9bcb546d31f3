"""Two ways to run the same spaCy model faster, with the same output.

Profiled on 600-word news articles with ``en_core_web_sm`` (2-core EPYC, one thread), the
pipeline spent about 45% of its time in matrix products and 12% in the attribute ruler:

- thinc's CPU ops multiply through blis; numpy's OpenBLAS (which every numpy wheel ships)
  picks its kernels for the CPU it runs on, and did the model's float32 products three times
  as fast here (94 against 30 GFLOP/s, one thread). :func:`use_numpy_blas` swaps the product
  in, on one BLAS thread per process: a second thread cost more CPU than it saved, and more
  throughput comes from more processes.
- the attribute ruler runs spaCy's ``Matcher`` over ~180 patterns at every token, though all
  but a few test one token for equality (TAG, LOWER, DEP). :class:`IndexedAttributeRuler`
  looks those up by the token's lower-case form and tag, and keeps the ``Matcher`` for the rest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


class NumpyBlasOps(NumpyOps):
    """thinc's CPU ops with numpy's matrix product (OpenBLAS) in place of blis's."""

    name = "newsfacts_numpy_blas"

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def use_numpy_blas(nlp: Language) -> None:
    """Make every model of ``nlp`` multiply through :class:`NumpyBlasOps`, on one BLAS thread."""
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyBlasOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and isinstance(model.ops, NumpyOps):
            for node in model.walk():
                node.ops = ops


#: Token attributes a pattern may test and still be checked here rather than by the ``Matcher``.
_ATTRIBUTES = {
    "ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "NORM": "norm_", "TAG": "tag_", "POS": "pos_",
    "DEP": "dep_", "LEMMA": "lemma_", "IS_SPACE": "is_space", "IS_PUNCT": "is_punct",
}


#: Attributes a pattern is filed under (by its first token's equality test), most selective first.
_FILING = ("lower_", "tag_", "dep_", "is_space")


@dataclass(frozen=True)
class _Test:
    """One attribute test of one pattern token, with the ``Matcher``'s meaning."""

    attribute: str  # a Token attribute name, e.g. "lower_"
    values: frozenset = frozenset()  # accepted (or, when ``negate``, refused) values
    negate: bool = False
    regex: re.Pattern | None = None

    def __call__(self, token: Token) -> bool:
        value = getattr(token, self.attribute)
        if self.regex is not None:
            return self.regex.search(value) is not None
        return (value in self.values) != self.negate


def _as_test(key: str, value: object) -> _Test | None:
    attribute = _ATTRIBUTES.get(key.upper())
    if attribute is None:
        return None
    if not isinstance(value, dict):
        return _Test(attribute, frozenset([value]))
    if len(value) != 1:
        return None
    (operator, operand), = value.items()
    if operator == "IN":
        return _Test(attribute, frozenset(operand))
    if operator == "NOT_IN":
        return _Test(attribute, frozenset(operand), negate=True)
    if operator == "REGEX":
        return _Test(attribute, regex=re.compile(operand))
    return None


def _as_tests(pattern: list[dict]) -> tuple[tuple[_Test, ...], ...] | None:
    """Per pattern token, its tests; None when the ``Matcher`` must run the pattern (operators, other attributes)."""
    compiled = []
    for token in pattern:
        tests = tuple(_as_test(str(key), value) for key, value in token.items())
        if not tests or None in tests:
            return None
        compiled.append(tests)
    return tuple(compiled)


class _Index:
    """The ruler's fixed-length patterns filed by their first token's lower-case form, tag or
    dependency (or kept to try everywhere); a ``Matcher`` for the patterns that need one."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.filed: dict[tuple[str, str], list[tuple[int, tuple]]] = defaultdict(list)
        self.anywhere: list[tuple[int, tuple]] = []
        self.matcher = Matcher(ruler.vocab)
        patterns = ruler.patterns
        self.match_ids = [ruler.vocab.strings.add(str(key)) for key in range(len(patterns))]
        for key, entry in enumerate(patterns):
            compiled = [_as_tests(pattern) for pattern in entry["patterns"]]
            if None in compiled:
                self.matcher.add(str(key), entry["patterns"])
                continue
            for tests in compiled:
                self._file(key, tests)

    def _file(self, key: int, tests: tuple[tuple[_Test, ...], ...]) -> None:
        """File under the first token's first equality test, which the lookup then stands for."""
        for attribute in _FILING:
            filing = next((t for t in tests[0] if t.attribute == attribute and t.regex is None and not t.negate), None)
            if filing is not None:
                rest = (tuple(t for t in tests[0] if t is not filing), *tests[1:])
                for value in filing.values:
                    self.filed[attribute, value].append((key, rest))
                return
        self.anywhere.append((key, tests))

    def matches(self, doc: Doc) -> Iterator[tuple[int, int, int]]:
        """(pattern key, start, end) of every fixed-length pattern matching ``doc``."""
        filed, anywhere, n = self.filed, self.anywhere, len(doc)
        for token in doc:
            candidates = [c for attribute in _FILING for c in filed.get((attribute, getattr(token, attribute)), ())]
            i = token.i
            for key, tests in candidates + anywhere:
                end = i + len(tests)
                if end <= n and _holds(tests[0], token) and all(
                    _holds(token_tests, doc[j]) for j, token_tests in enumerate(tests[1:], start=i + 1)
                ):
                    yield key, i, end


def _holds(tests: tuple[_Test, ...], token: Token) -> bool:
    for test in tests:
        if not test(token):
            return False
    return True


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with the same patterns, precedence and result, found by lookup.

    Precedence is the ruler's: every match is applied in pattern order, so a later pattern's
    attributes win; matches are handed to the parent's ``set_annotations`` unchanged.
    """

    _index: _Index | None = None

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None

    def clear(self) -> None:
        super().clear()
        self._index = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._index is None:
            self._index = _Index(self)
        index, strings = self._index, self.vocab.strings
        found = {(key, index.match_ids[key], start, end) for key, start, end in index.matches(doc)}
        if len(index.matcher):
            found.update(
                (int(strings[match_id]), match_id, start, end)
                for match_id, start, end in index.matcher(doc, allow_missing=True, as_spans=False)
            )
        return sorted(found)


@Language.factory("newsfacts_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name)


def index_attribute_ruler(nlp: Language) -> None:
    """Replace ``nlp``'s attribute ruler, when it has one, by an :class:`IndexedAttributeRuler` with its patterns."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    indexed = nlp.replace_pipe("attribute_ruler", "newsfacts_attribute_ruler")
    indexed.add_patterns(patterns)
