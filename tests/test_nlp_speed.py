"""The pipeline's speed-ups change how spaCy computes, never what it outputs."""
from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
import spacy
from thinc.api import NumpyOps

from extractors.clean.document import clean_html
from extractors.facts.nlp import resolve_model_name
from extractors.facts.nlp_speed import (
    IndexedAttributeRuler,
    NumpyBlasOps,
    index_attribute_ruler,
    use_numpy_blas,
)

SEEDS = Path(__file__).parent.parent / "seeds"

# Contractions and constructions that the model's multi-token, regex and dependency patterns are for.
CONSTRUCTIONS = (
    "There is no way we're gonna lose this, y'all, and there were doubts,\" he said. "
    "\"Ain't nothin' to it. Let's go, c'mon, we gotta win.\" Which team did that?"
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    lines = (SEEDS / "sample-articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [clean_html(record["html"], url=record["url"]).text for record in map(json.loads, lines)]
    seed = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    return [seed, CONSTRUCTIONS, *articles]


def _annotations(nlp, texts: list[str]) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
        for doc in nlp.pipe(texts)
        for t in doc
    ]


def test_indexed_attribute_ruler_gives_spacys_annotations(texts: list[str]) -> None:
    stock = spacy.load(resolve_model_name(None))
    indexed = spacy.load(resolve_model_name(None))
    index_attribute_ruler(indexed)
    assert isinstance(indexed.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert indexed.pipe_names == stock.pipe_names
    expected = _annotations(stock, texts)
    assert {row[4] for row in expected} >= {"be", "go", "nothing", "you", "us", "come"}  # the patterns fired
    assert _annotations(indexed, texts) == expected


def test_indexed_attribute_ruler_files_every_pattern_of_the_model() -> None:
    nlp = spacy.load(resolve_model_name(None))
    index_attribute_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    ruler(nlp.make_doc("warm-up"))
    assert len(ruler._index.matcher) == 0  # no pattern of the model left to spaCy's slower Matcher


def test_numpy_blas_products_equal_blis_products() -> None:
    rng = numpy.random.default_rng(7)
    x, y = rng.random((70, 29), dtype="float32"), rng.random((29, 41), dtype="float32")
    blis, blas = NumpyOps(), NumpyBlasOps()
    numpy.testing.assert_allclose(blas.gemm(x, y), blis.gemm(x, y), rtol=1e-5)
    numpy.testing.assert_allclose(blas.gemm(x.T.copy(), y, trans1=True), blis.gemm(x, y), rtol=1e-5)
    numpy.testing.assert_allclose(blas.gemm(x, y.T.copy(), trans2=True), blis.gemm(x, y), rtol=1e-5)
    out = numpy.zeros((70, 41), dtype="float32")
    assert blas.gemm(x, y, out=out) is out
    numpy.testing.assert_allclose(out, blis.gemm(x, y), rtol=1e-5)


def test_numpy_blas_leaves_tags_parse_and_entities_unchanged(texts: list[str]) -> None:
    stock = spacy.load(resolve_model_name(None))
    fast = spacy.load(resolve_model_name(None))
    use_numpy_blas(fast)
    assert all(isinstance(node.ops, NumpyBlasOps) for node in fast.get_pipe("ner").model.walk())
    assert _annotations(fast, texts) == _annotations(stock, texts)
