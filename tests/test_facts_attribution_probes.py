"""The attribution probes (benchmarks/attribution_probes_gold, the project's own sentences): the file is well
formed, the scorer counts misses, extras and wrong sources, and the French pack stays at its level."""

from __future__ import annotations

import json

import pytest

from benchmarks.attribution_probes import GOLD, AttributionProbeScore, load_probes, score_probe, score_probes
from extractors.records import Attribution

PUBLISHED = "2024-06-12T10:00:00+02:00"


def test_every_french_probe_loads_and_some_have_no_attribution():
    probes = load_probes(GOLD / "fr.jsonl")
    assert len(probes) >= 40
    assert len({p.id for p in probes}) == len(probes)
    assert any(not p.marked for p in probes)


def test_a_marked_claim_missing_from_its_sentence_is_an_error(tmp_path):
    path = tmp_path / "probes.jsonl"
    row = {"id": "x", "published": PUBLISHED, "text": "Il pleut, selon Météo-France.",
           "attributions": [{"source": "Météo-France", "cue": "selon", "claim_start": "Il neige"}]}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Il neige"):
        load_probes(path)


def test_the_scorer_counts_a_match_an_extra_and_a_wrong_source(tmp_path):
    text = "Il pleut, selon Météo-France. Le maire a dit que la route est fermée."
    path = tmp_path / "probes.jsonl"
    row = {"id": "p", "published": PUBLISHED, "text": text,
           "attributions": [{"source": "Météo-France", "cue": "selon", "claim_start": "Il pleut"}]}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    probe = load_probes(path)[0]
    found = [
        Attribution("Il pleut, selon Météo-France", 0, 28, 0, "la mairie", "selon", "Il pleut"),
        Attribution("Le maire a dit que la route est fermée", 30, 69, 1, "Le maire", "dit", "la route est fermée"),
    ]
    score = AttributionProbeScore()
    score_probe(probe, found, score)
    assert (score.gold, score.matched, score.found, score.right) == (1, 1, 2, 0)
    assert (score.sources_checked, score.sources_right) == (1, 0)


def test_the_french_pack_keeps_the_probe_level_its_attribution_fixes_reached():
    # 21/40 right (recall 0.406) when written, before the French cue changes
    score = score_probes(load_probes(GOLD / "fr.jsonl"), "fr")
    assert score.accuracy >= 0.95, "\n".join(score.misses)
    assert (score.marks.recall or 0) >= 0.95 and (score.marks.precision or 0) >= 0.95, "\n".join(score.misses)


def test_the_english_held_out_batch_keeps_its_level():
    # 46/50 right (recall 0.911, precision 1.000) when written, on the code before issue 11's fixes
    score = score_probes(load_probes(GOLD / "en.jsonl"), "en")
    assert score.accuracy >= 0.96, "\n".join(score.misses)
    assert (score.marks.recall or 0) >= 0.95 and (score.marks.precision or 0) >= 0.97, "\n".join(score.misses)


def test_the_french_publisher_windows_keep_the_level_their_fixes_reached():
    # 34/44 at the first score (attribution_probes_gold/README.md); 38/44 after the "-ant" cue forms, "d'" tagged an
    # adverb before a commitment's infinitive, and "vouloir dire" as no cue
    score = score_probes(load_probes(GOLD / "fr_real.jsonl"), "fr")
    assert score.probes == 44
    assert score.right >= 38, "\n".join(score.misses)


def test_the_english_publisher_windows_keep_the_level_their_fixes_reached():
    # 46/51 at the first score on main 44047a0 (attribution_probes_gold/README.md); 50/51 after a subject hung on the
    # claim's auxiliary, a relative pronoun as the claim's subject and an inverted tag inside its claim were read
    score = score_probes(load_probes(GOLD / "en_real.jsonl"), "en")
    assert score.probes == 51
    assert score.right >= 50, "\n".join(score.misses)
    assert (score.marks.recall or 0) >= 0.97 and (score.marks.precision or 0) >= 0.97, "\n".join(score.misses)


def test_the_english_publisher_windows_hold_the_seeded_draw():
    from benchmarks.attribution_probes_real import draw
    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus, which holds some of the draw's pages) is not checked out here")
    rows = [(row["text"], row["page"]) for row in draw()]
    assert rows == [(probe.text, row) for probe, row in zip(load_probes(GOLD / "en_real.jsonl"), _pages(), strict=True)]


def _pages() -> list[str]:
    lines = (GOLD / "en_real.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["page"] for line in lines if line.strip()]


def test_the_second_english_publisher_batch_keeps_its_level():
    # 53/60 at the first score (attribution_probes_gold/README.md, attrib321), marked claims R 0.857, P 0.980
    score = score_probes(load_probes(GOLD / "en_real2.jsonl"), "en")
    assert score.probes == 60
    assert score.right >= 54, "\n".join(score.misses)


@pytest.mark.parametrize("batch", ["real2", "real3"])
def test_the_attrib321_batches_hold_their_seeded_draws(batch):
    from benchmarks.attribution_probes_real2 import draw
    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus, which holds some of the draw's pages) is not checked out here")
    lines = (GOLD / f"en_{batch}.jsonl").read_text(encoding="utf-8").splitlines()
    labelled = [json.loads(line) for line in lines if line.strip()]
    assert [(row["text"], row["page"]) for row in draw(batch)] == [(row["text"], row["page"]) for row in labelled]


def test_the_attrib330_batches_keep_their_levels():
    # en_real4: 50/60 at the first score on main 8f72e38 (after the one relabel; README), 53/60 after attrib330's rules
    # (R 0.918, P 0.918); en_real5 (held out, drawn after those rules): 39/44 on main and on the rules
    for batch, probes, right in (("en_real4", 60, 53), ("en_real5", 44, 39)):
        score = score_probes(load_probes(GOLD / f"{batch}.jsonl"), "en")
        assert score.probes == probes
        assert score.right >= right, "\n".join(score.misses)


@pytest.mark.parametrize("batch", ["real4", "real5"])
def test_the_attrib330_batches_hold_their_seeded_draws(batch):
    from benchmarks.attribution_probes_real4 import draw
    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus, which holds some of the draw's pages) is not checked out here")
    lines = (GOLD / f"en_{batch}.jsonl").read_text(encoding="utf-8").splitlines()
    labelled = [json.loads(line) for line in lines if line.strip()]
    assert [(row["text"], row["page"]) for row in draw(batch)] == [(row["text"], row["page"]) for row in labelled]


def test_the_attrib367_batches_keep_their_levels():
    # en_real6: 47/58 at the first score on main 88e83f3 (after two 'ask X to' relabels to the dev gold's convention;
    # README), 50/58 after attrib367's rule; en_real7 (held out, labelled before that rule): scored once at the end,
    # 30/42 on main, 31/42 on the rule
    for batch, probes, right in (("en_real6", 58, 50), ("en_real7", 42, 31)):
        score = score_probes(load_probes(GOLD / f"{batch}.jsonl"), "en")
        assert score.probes == probes
        assert score.right >= right, "\n".join(score.misses)


@pytest.mark.parametrize("batch", ["real6", "real7"])
def test_the_attrib367_batches_hold_their_seeded_draws(batch):
    from benchmarks.attribution_probes_real6 import draw
    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus, which holds some of the draw's pages) is not checked out here")
    lines = (GOLD / f"en_{batch}.jsonl").read_text(encoding="utf-8").splitlines()
    labelled = [json.loads(line) for line in lines if line.strip()]
    assert [(row["text"], row["page"]) for row in draw(batch)] == [(row["text"], row["page"]) for row in labelled]


def test_the_attrib373_batches_keep_their_levels():
    # en_real8: 43/47 at the first score on main fcb7ab0 and after attrib373's rules (the 'ruled' claim they find is
    # hidden by the scorer's greedy pairing, README); en_real9 (held out, labelled before the rules): scored once at
    # the end, 30/32 on main and on the rules
    for batch, probes, right in (("en_real8", 47, 43), ("en_real9", 32, 30)):
        score = score_probes(load_probes(GOLD / f"{batch}.jsonl"), "en")
        assert score.probes == probes
        assert score.right >= right, "\n".join(score.misses)


@pytest.mark.parametrize("batch", ["real8", "real9"])
def test_the_attrib373_batches_hold_their_seeded_draws(batch):
    from benchmarks.attribution_probes_real8 import draw
    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus, which holds some of the draw's pages) is not checked out here")
    lines = (GOLD / f"en_{batch}.jsonl").read_text(encoding="utf-8").splitlines()
    labelled = [json.loads(line) for line in lines if line.strip()]
    assert [(row["text"], row["page"]) for row in draw(batch)] == [(row["text"], row["page"]) for row in labelled]
