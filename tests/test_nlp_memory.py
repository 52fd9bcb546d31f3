"""Freeing a chain's intermediate outputs changes when spaCy's arrays die, never what it outputs."""
from __future__ import annotations

import gc
import weakref

import numpy
import pytest
import spacy
from thinc.api import Linear, Model, chain

from extractors.facts.nlp import resolve_model_name
from extractors.facts.nlp_memory import free_intermediates, inference_chain_forward

ENGLISH = (
    "LONDON, May 2 (Reuters) - Prime Minister Jane Holloway said on Tuesday that the government would "
    "spend 4.5 billion pounds ($5.6 billion) on rail lines in the north.\n\n"
    "\"We are not going to wait,\" she told reporters in Leeds. Critics at the Institute for Fiscal "
    "Studies called the plan \"a promise without a timetable\"."
)
FRENCH = (
    "Le ministre de l'Économie, Paul Garnier, a déclaré mardi à Lyon que le budget atteindrait "
    "3,5 milliards d'euros. « Nous tiendrons nos engagements », a-t-il assuré devant la presse."
)


def _annotations(nlp, texts: list[str]) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_iob_, t.ent_type_, doc.tensor[t.i].tobytes())
        for doc in nlp.pipe(texts)
        for t in doc
    ]


@pytest.mark.parametrize("name,text", [(resolve_model_name(None), ENGLISH), ("fr_core_news_sm", FRENCH)])
def test_freed_intermediates_leave_tags_parse_entities_and_vectors_unchanged(name: str, text: str) -> None:
    texts = [text, text * 12, "Short one."]  # batched together, and one long document
    stock = spacy.load(name)
    freed = spacy.load(name)
    free_intermediates(freed)
    assert any(node._func is inference_chain_forward for node in freed.get_pipe("ner").model.walk())
    assert _annotations(freed, texts) == _annotations(stock, texts)


def _recording_layer(outputs: list[weakref.ref]) -> Model:
    def forward(model: Model, inputs: numpy.ndarray, is_train: bool):
        output = inputs * 2.0
        outputs.append(weakref.ref(output))

        def backprop(d_output: numpy.ndarray) -> numpy.ndarray:  # holds its output, as thinc's layers do
            return d_output * 2.0 + 0.0 * output

        return output, backprop

    return Model("record", forward)


def test_inference_chain_releases_each_layer_output_once_the_next_layer_read_it() -> None:
    outputs: list[weakref.ref] = []
    model = chain(_recording_layer(outputs), _recording_layer(outputs), _recording_layer(outputs))
    model._func = inference_chain_forward
    result, _ = model(numpy.ones((3, 2), dtype="float32"), is_train=False)
    gc.collect()
    assert [ref() is None for ref in outputs] == [True, True, False]  # only the chain's own output lives
    numpy.testing.assert_array_equal(result, numpy.full((3, 2), 8.0, dtype="float32"))


def test_training_chain_still_backpropagates_through_every_layer() -> None:
    model = chain(Linear(3, 2), Linear(2, 3))
    model.initialize(X=numpy.ones((4, 2), dtype="float32"), Y=numpy.ones((4, 3), dtype="float32"))
    inputs = numpy.random.default_rng(3).random((4, 2), dtype="float32")
    expected, expected_backprop = model(inputs, is_train=True)
    model._func = inference_chain_forward
    output, backprop = model(inputs, is_train=True)
    numpy.testing.assert_array_equal(output, expected)
    numpy.testing.assert_array_equal(backprop(numpy.ones_like(output)), expected_backprop(numpy.ones_like(output)))
    with pytest.raises(RuntimeError, match="no gradients"):
        model(inputs, is_train=False)[1](numpy.ones_like(output))
