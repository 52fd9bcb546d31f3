"""Stories: syndicated copies and near-duplicates of one report share a ``story_id``.

An article is sketched with MinHash (``datasketch``) over the word 4-shingles of its title and body.
Candidates come from LSH banding with the band layout ``datasketch.MinHashLSH`` chooses for
``CANDIDATE_THRESHOLD``; a candidate is the same report when the estimated resemblance or the
estimated containment of the shorter text in the longer one passes its bar (containment catches
trimmed copies and copies with boilerplate added). A new article joins the story of its most similar
stored article, or founds a story whose id is its own ``article_id``: the first article of a story
keeps its id for good, and a new version of an article stays in its story.

The index (signatures, band keys, story ids) lives in tables of the ledger's SQLite database, because
it must change in the same transaction as the ledger: overlapping appends serialize on the ledger's
write lock, a killed append rolls its index rows back with its ledger rows, and the rerun assigns the
same ids. ``datasketch``'s own LSH storage (memory, Redis, Cassandra) cannot join that transaction,
so the band keys are rows here. Like the ledger, the index is an accelerator: the ``story_id``
column of the articles files is the truth, and a lost index is rebuilt from them.
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

#: Permutations per signature: Jaccard estimates within about +-0.05 at 128.
NUM_PERM = 128
#: Fixed, so signatures computed in any process or run compare (and an index can be rebuilt).
SEED = 1
#: datasketch's permutation scheme, named so a new default in a later version cannot change signatures.
SCHEME = "affine32"
#: Words per shingle: long enough that two reports on one topic share few, short enough that an edit
#: destroys few.
SHINGLE_WORDS = 4
#: Jaccard similarity the LSH bands are tuned to catch (recall first: verification follows).
CANDIDATE_THRESHOLD = 0.25
#: A candidate is the same report when either estimate reaches its bar. On the dev set, copies scored
#: at least 0.44 resemblance or 0.71 containment, other reports on the same topic at most 0.03 and 0.08.
MIN_RESEMBLANCE = 0.4
MIN_CONTAINMENT = 0.5

_WORD = re.compile(r"\w+")
_LSH = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM, weights=(0.3, 0.7))
BANDS: list[tuple[int, int]] = list(_LSH.hashranges)
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


@dataclass(frozen=True, slots=True)
class Sketch:
    """An article's MinHash signature and the number of distinct shingles it was computed from."""

    signature: np.ndarray  # NUM_PERM hash values (uint32: the affine32 scheme)
    shingles: int

    def band_keys(self) -> list[int]:
        """One 64-bit key per LSH band: articles sharing a key are candidates for each other."""
        if not self.shingles:
            return []  # an empty text would collide with every other empty text
        keys = []
        for number, (start, end) in enumerate(BANDS):
            digest = hashlib.blake2b(number.to_bytes(2, "big") + self.signature[start:end].tobytes(), digest_size=8)
            keys.append(int.from_bytes(digest.digest(), "big", signed=True))
        return keys

    def similarity(self, other: Sketch) -> tuple[float, float]:
        """(estimated Jaccard resemblance, estimated containment of the smaller shingle set in the larger)."""
        if not self.shingles or not other.shingles:
            return 0.0, 0.0
        jaccard = float(np.count_nonzero(self.signature == other.signature)) / NUM_PERM
        shared = jaccard * (self.shingles + other.shingles) / (1.0 + jaccard)
        return jaccard, min(1.0, shared / min(self.shingles, other.shingles))

    def to_blob(self) -> bytes:
        return self.signature.tobytes()

    @classmethod
    def from_blob(cls, blob: bytes, shingles: int) -> Sketch:
        return cls(np.frombuffer(blob, dtype=np.uint32), shingles)


def shingles(title: str | None, text: str) -> set[bytes]:
    """Word 4-shingles of the title and of the body (case-folded, punctuation dropped), each apart:
    a different headline then changes only the title's few shingles."""
    out: set[bytes] = set()
    for part in (title or "", text):
        words = _WORD.findall(unicodedata.normalize("NFKC", part).casefold())
        if 0 < len(words) < SHINGLE_WORDS:
            out.add(" ".join(words).encode())
        out.update(" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1))
    return out


def sketch(title: str | None, text: str) -> Sketch:
    found = shingles(title, text)
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_PERMUTATIONS, scheme=SCHEME)
    minhash.update_batch(list(found))
    return Sketch(minhash.hashvalues.astype(np.uint32), len(found))


def same_report(a: Sketch, b: Sketch) -> bool:
    jaccard, containment = a.similarity(b)
    return jaccard >= MIN_RESEMBLANCE or containment >= MIN_CONTAINMENT


class StoryIndex:
    """The story tables of the ledger database, used inside the caller's ledger transaction."""

    def __init__(self, con: sqlite3.Connection):
        self._con = con

    def is_empty(self) -> bool:
        return self._con.execute("SELECT 1 FROM story_members LIMIT 1").fetchone() is None

    def assign(self, items: Sequence[tuple[str, Sketch]]) -> dict[str, str]:
        """Story id per article id, in order (an earlier item can found the story of a later one).

        An article already indexed keeps its story (its sketch is replaced by this version's).
        """
        known = self._stories_of([aid for aid, _ in items])
        out: dict[str, str] = {}
        for aid, sk in items:
            story = known.get(aid) or self._best_match(aid, sk) or aid
            self.put(aid, story, sk)
            out[aid] = story
        return out

    def put(self, article_id: str, story_id: str, sk: Sketch) -> None:
        """Index ``article_id`` as a member of ``story_id`` (replacing an earlier sketch of it)."""
        old = self._con.execute("SELECT signature, shingles FROM story_members WHERE article_id = ?",
                                (article_id,)).fetchone()
        if old is not None:
            self._con.executemany("DELETE FROM story_bands WHERE band_key = ? AND article_id = ?",
                                  [(key, article_id) for key in Sketch.from_blob(old[0], old[1]).band_keys()])
        self._con.execute(
            "INSERT INTO story_members VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
            "story_id = excluded.story_id, shingles = excluded.shingles, signature = excluded.signature",
            (article_id, story_id, sk.shingles, sk.to_blob()),
        )
        self._con.executemany("INSERT OR IGNORE INTO story_bands VALUES (?, ?)",
                              [(key, article_id) for key in sk.band_keys()])

    def _stories_of(self, article_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            out.update(self._con.execute(
                f"SELECT article_id, story_id FROM story_members WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall())
        return out

    def _best_match(self, article_id: str, sk: Sketch) -> str | None:
        """Story of the most similar indexed article that is the same report, if any."""
        keys = sk.band_keys()
        if not keys:
            return None
        rows = self._con.execute(
            "SELECT m.article_id, m.story_id, m.shingles, m.signature FROM story_members m WHERE m.article_id IN "
            f"(SELECT article_id FROM story_bands WHERE band_key IN ({','.join('?' * len(keys))}))", keys,
        ).fetchall()
        best, best_score = None, -1.0
        for other_id, story, count, blob in rows:
            if other_id == article_id:
                continue
            other = Sketch.from_blob(blob, count)
            if same_report(sk, other):
                score = max(sk.similarity(other))
                if score > best_score or (score == best_score and story < best):
                    best, best_score = story, score
        return best


def sketch_all(items: Iterable[tuple[str, str | None, str]]) -> dict[str, Sketch]:
    """Sketch per article id of ``(article_id, title, text)`` items."""
    return {aid: sketch(title, text) for aid, title, text in items}
