"""Running the spaCy model without holding every layer's output at once: same output, less memory.

thinc's ``chain`` keeps each layer's backward callback until the whole chain returns, training or
not, and each callback holds the layer's input and output. In ``en_core_web_sm`` the token-to-vector
encoder and NER's own encoder are chains, so reading one document kept all their intermediate arrays
alive together: ~15 KB per token, 139 MB at the peak of a 9,500-token article in each of them.
:func:`free_intermediates` runs chains that are not training layer by layer, dropping each callback
as soon as its output is read: the same arithmetic on the same arrays, 42 and 38 MB at that peak.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from thinc.model import Model

# the module by name: ``thinc.layers.chain`` as an attribute is the package's ``chain`` function
_CHAIN_FORWARD = importlib.import_module("thinc.layers.chain").forward


def _no_backprop(_d_output: Any) -> Any:
    raise RuntimeError("a chain run for inference by newsfacts keeps no gradients; call it with is_train=True")


def inference_chain_forward(model: Model, inputs: Any, is_train: bool) -> tuple[Any, Callable]:
    """thinc's ``chain`` forward, except that outside training no layer's callback outlives its output."""
    if is_train:
        return _CHAIN_FORWARD(model, inputs, is_train)
    for layer in model.layers:
        inputs = layer(inputs, is_train=False)[0]
    return inputs, _no_backprop


def free_intermediates(nlp: Language) -> None:
    """Make every ``chain`` in ``nlp``'s models drop its layers' intermediate outputs when not training."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if node._func is _CHAIN_FORWARD:
                    node._func = inference_chain_forward
