"""A ``<figure>`` written for ``</figure>``: the rest of the post nests inside the picture before it."""
from __future__ import annotations

from extractors.clean.document import clean_html

_FIRST = [
    "Thinking longer at test time lets a model spend more computation on a hard problem than on an easy one.",
    "Chain-of-thought prompting was the first way to get there, and sampling many answers the second.",
    "Both can be read as giving the model a scratchpad on which intermediate steps are written down.",
]
_REST = [
    "Alternative approaches for testing faithfulness perturb the prompt instead of the reasoning itself.",
    "One method labels the right answer as the first option in every example to see whether the model notices.",
    "Models that are told about the pattern in their reasoning are counted as faithful by this measure.",
    "Reasoning models mention such hints far more often than models that were not trained to reason first.",
    "The gap narrows on harder tasks, where every kind of model tends to leave the hint unmentioned.",
    "Monitoring the reasoning for such shortcuts is one of the uses the authors propose for these results.",
    "A second study swaps the order of the options and asks whether the explanation changes along with the answer.",
    "When it does not, the written reasoning cannot be what produced the answer, and the test counts it as unfaithful.",
]


def _page() -> str:
    first = "".join(f"<p>{s}</p>" for s in _FIRST)
    rest = "".join(f"<p>{s}</p>" for s in _REST)
    return (
        "<html><head><title>Why we think</title></head><body><main><article><h1>Why we think</h1>"
        f'<div class="post-content">{first}'
        '<figure><img src="cot-ablation.png"><figcaption>The dependency on reasoning, measured on two tasks. '
        "(Image source: Lanham et al. 2023)</figcaption>"
        f"<figure>{rest}"
        '<figure><img src="hint.png"><figcaption>How often the hint is mentioned.</figcaption></figure>'
        "</div></article></main></body></html>"
    )


def test_the_story_inside_a_mistyped_figure_tag_is_kept_and_the_captions_are_not():
    doc = clean_html(_page(), url="https://blog.example.org/posts/why-we-think/")
    for sentence in _FIRST + _REST:
        assert sentence in doc.text
    assert doc.text.index(_FIRST[-1]) < doc.text.index(_REST[0])
    assert "Image source" not in doc.text and "hint is mentioned" not in doc.text
    assert any("Image source" in caption for caption in doc.captions)


def test_a_short_text_only_figure_is_still_dropped_as_a_caption_box():
    page = _page().replace(
        '<figure><img src="hint.png">', '<figure><p>Photo: Example Agency</p></figure><figure><img src="hint.png">'
    )
    doc = clean_html(page, url="https://blog.example.org/posts/why-we-think/")
    assert "Example Agency" not in doc.text
    assert _REST[-1] in doc.text


def test_a_table_set_in_a_figure_stays_and_its_caption_goes():
    """LessWrong sets its comparison table in ``<figure class="table">``, WordPress in ``<figure class="wp-block-table">``:
    the figure wraps the table, which is the story's."""
    rows = "".join(f"<tr><td>{name}</td><td>X</td><td>X</td></tr>" for name in ("Physics", "SimCity", "Human imagination"))
    first = "".join(f"<p>{s}</p>" for s in _FIRST + _REST)
    page = ("<html><head><title>Why we think</title></head><body><main><article><h1>Why we think</h1>"
            f'<div class="post-content">{first}<figure class="table"><table><tbody>{rows}</tbody></table>'
            "<figcaption>Which systems simulate what.</figcaption></figure></div></article></main></body></html>")
    doc = clean_html(page, url="https://blog.example.org/posts/why-we-think/")
    assert "SimCity" in doc.text and "Human imagination" in doc.text
    assert "Which systems simulate what." not in doc.text
