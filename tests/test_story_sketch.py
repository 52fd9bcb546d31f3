"""Story sketches are datasketch's MinHash and LSH layout, computed without importing datasketch.

Stored signatures and band keys must not change (an index built before keeps matching new articles),
so our few lines of numpy are checked value for value against datasketch (a test dependency only),
and the point of having them, that storing articles never imports scipy, is checked in a fresh process.
"""
from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from warehouse.stories import (
    BANDS,
    CANDIDATE_THRESHOLD,
    LEDE_BANDS,
    LEDE_CANDIDATE_THRESHOLD,
    LEDE_PERM,
    NUM_PERM,
    SEED,
    _bands,
    _minhash,
    sketch,
)

datasketch = pytest.importorskip("datasketch")
REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("num_perm", [NUM_PERM, LEDE_PERM])
@pytest.mark.parametrize("size", [0, 1, 7, 2500])
def test_signature_is_datasketch_affine32_minhash(num_perm, size):
    rng = random.Random(size)
    shingles = {" ".join(rng.choice(["the", "port", "of", "Kathmandu", "said", "élu", "42"]) + str(rng.random())
                         for _ in range(4)).encode() for _ in range(size)}
    theirs = datasketch.MinHash(num_perm=num_perm, seed=SEED, scheme="affine32")
    theirs.update_batch(list(shingles))
    ours = _minhash(shingles, num_perm)
    assert ours.dtype == np.uint32
    assert ours.tolist() == theirs.hashvalues.astype(np.uint32).tolist()


def test_band_layouts_are_the_ones_minhashlsh_chooses_for_the_thresholds():
    assert list(_bands(*BANDS)) == datasketch.MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM).hashranges
    assert list(_bands(*LEDE_BANDS)) == datasketch.MinHashLSH(
        threshold=LEDE_CANDIDATE_THRESHOLD, num_perm=LEDE_PERM).hashranges


def test_storing_articles_never_imports_scipy_or_datasketch():
    code = textwrap.dedent("""
        import sys
        import warehouse.store
        from warehouse.stories import sketch
        sketch("Quake kills 40", "KATHMANDU, April 25 (Reuters) - A quake killed at least 40 people on Saturday.")
        print(sorted(m for m in ("scipy", "datasketch") if m in sys.modules))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_sketch_of_a_short_text_has_its_lede_and_band_keys():
    """A body of 8+ words has a lede signature; each sketch has one key per band of each signature."""
    sk = sketch("Quake", "A quake killed at least 40 people in the hills on Saturday, officials said.")
    assert len(sk.lede) == LEDE_PERM
    assert len(sk.band_keys) == BANDS[0] + LEDE_BANDS[0]
