"""Issue 12: ``benchmarks.dump_line_model`` asks whether a learned line scorer beats the dump cleaner's rules; its
parts must do what the experiment's numbers rest on: the fit learns, the features read the neighbours, the veto drops
only low-scored paragraphs."""
from __future__ import annotations

import numpy as np

from benchmarks.dump_attribution import Page
from benchmarks.dump_line_model import FEATURES, OWN, Cleaned, fit, fold_of, line_features, vetoed


def test_the_fit_learns_the_feature_that_decides_content_over_noise():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] > 0).astype(float)
    model = fit(x, y, np.full(400, 1 / 400))
    p = model.predict(x)
    assert p[y == 1].mean() > 0.9 and p[y == 0].mean() < 0.1
    assert abs(model.weights[0]) > 5 * abs(model.weights[1])


def test_line_features_carry_the_line_above_and_below():
    lines = ["Home", "The minister said on Monday that the plan would go ahead as agreed.", "Share"]
    x = line_features(lines)
    assert x.shape == (3, len(FEATURES))
    own_words, above_words = FEATURES.index("log_words"), FEATURES.index("above_log_words")
    assert x[1, above_words] == x[0, own_words]
    assert x[1, FEATURES.index("below_log_words")] == x[2, own_words]
    assert x[0, above_words] == 0.0  # nothing above the first line
    assert len(OWN) * 4 + 1 == len(FEATURES)


def test_the_veto_drops_only_low_scored_paragraphs_and_never_empties_a_page():
    lines = ["Headline", "Story paragraph one.", "Follow us on social media.", "Story paragraph two."]
    page = Page("x", "pub", "\n".join(lines), "")
    output = "\n\n".join(lines[1:])
    cleaned = Cleaned(page, lines, np.zeros(4), np.full(4, 0.25), (1, 4), output)
    scores = np.array([0.0, 0.9, 0.05, 0.8])
    assert vetoed(cleaned, scores, 0.1) == "Story paragraph one.\n\nStory paragraph two."
    assert vetoed(cleaned, scores, 0.0) == output
    assert vetoed(cleaned, np.zeros(4), 0.5) == output


def test_every_page_of_a_publisher_falls_in_one_fold():
    assert len({fold_of("nytimes", 5) for _ in range(3)}) == 1
    assert {fold_of(f"publisher{i}", 5) for i in range(50)} == set(range(5))
