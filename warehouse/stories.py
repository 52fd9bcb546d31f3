"""Stories: syndicated copies and near-duplicates of one report share a ``story_id``.

An article is sketched with MinHash over the word 4-shingles of its title and body, and apart over
its lede (the body's first words): the values ``datasketch``'s ``MinHash`` gives with its affine32
scheme, computed here in a few lines of numpy, because importing datasketch imports scipy (0.4 CPU-s
in every process that stores articles). Candidates come from LSH banding with the band layouts
``datasketch.MinHashLSH`` chooses for the thresholds below; a candidate is the same report when the
estimated resemblance, the estimated containment of the shorter text in the longer one (trimmed copies,
boilerplate added) or the resemblance of the ledes (briefs) passes its bar. A new article joins the
story of its most similar stored article, or founds a story whose id is its own ``article_id``; an
article that is the same report as members of several stories joins them into the oldest (a
merge), so the stories do not depend on the order copies arrive in. A new version of an article
stays in its story.

The index (signatures, band keys, story ids, merges) lives in tables of the ledger's SQLite database,
because it must change in the same transaction as the ledger: overlapping appends serialize on the
ledger's write lock, a killed append rolls its index rows back with its ledger rows, and the rerun
assigns the same ids. ``datasketch``'s own LSH storage (memory, Redis, Cassandra) cannot join that
transaction, so the band keys are rows here. Like the ledger, the index is an accelerator: the
``story_id`` column of the articles files and the merges file (written before the transaction
commits) are the truth, and a lost index is rebuilt from them.
"""
from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

import numpy as np
import pyarrow as pa

from warehouse.files import ensure_file
from warehouse.schema import SCHEMA_VERSION, SCHEMA_VERSION_KEY, record_columns
from warehouse.storage import Storage

#: Permutations per signature: Jaccard estimates within about +-0.05 at 128.
NUM_PERM = 128
#: Fixed, so signatures computed in any process or run compare (and an index can be rebuilt).
SEED = 1
#: Words per shingle: long enough that two reports on one topic share few, short enough that an edit
#: destroys few.
SHINGLE_WORDS = 4
#: Jaccard similarity the LSH bands are tuned to: a pair at 0.43, the least similar copies of the dev
#: set, becomes a candidate with probability 0.95, a pair at 0.1 with 0.04 (fewer candidates keep
#: templated articles, which share many shingles, cheap to index).
CANDIDATE_THRESHOLD = 0.3
#: (bands, values per band) that ``datasketch.MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)``
#: chooses (least false positives + false negatives); fixed here, since the stored band keys depend on it.
BANDS = (37, 3)
#: A candidate is the same report when either estimate reaches its bar. On the dev set, copies scored
#: at least 0.44 resemblance or 0.71 containment, other reports on the same topic at most 0.03 and 0.08.
MIN_RESEMBLANCE = 0.4
MIN_CONTAINMENT = 0.5
#: The lede: the body's first words, sketched apart (32 permutations, 10 bands of 3). A brief that
#: carries only a story's first paragraphs shares too few shingles with the whole story for its bands,
#: and MinHash estimates the containment of a small set in a large one poorly; but it has the story's
#: lede. Two articles whose ledes resemble each other this much are the same report: another report
#: opening with 45 of the same 60 words would need a site preamble that long, which cleaning removes.
LEDE_WORDS = 60
LEDE_PERM = 32
LEDE_CANDIDATE_THRESHOLD = 0.4
LEDE_BANDS = (10, 3)  # what MinHashLSH chooses for LEDE_CANDIDATE_THRESHOLD and LEDE_PERM
MIN_LEDE_RESEMBLANCE = 0.75

_WORD = re.compile(r"\w+")


#: The largest 32-bit value: a signature's value before any shingle lowers it.
_EMPTY = np.uint32(0xFFFFFFFF)


def _bands(bands: int, rows: int) -> tuple[tuple[int, int], ...]:
    """(start, end) of each LSH band of a signature, in ``MinHashLSH``'s order (its ``hashranges``)."""
    return tuple((i * rows, (i + 1) * rows) for i in range(bands))


@functools.cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of ``num_perm`` permutations h -> a * h + b mod 2**32 (``a`` odd), drawn as datasketch's
    ``MinHash(num_perm, seed=SEED, scheme="affine32")`` draws them."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies to each hash first."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def _band_keys(signature: np.ndarray, bands: tuple[tuple[int, int], ...], first: int) -> list[bytes]:
    """One key per band: its number (from ``first``, so the lede's never meet the body's) and its hash
    values as bytes, like ``MinHashLSH``'s own keys; equal keys make candidates."""
    return [number.to_bytes(2, "big") + signature[start:end].tobytes()
            for number, (start, end) in enumerate(bands, start=first)]


@dataclass(frozen=True, slots=True)
class Sketch:
    """An article's MinHash signatures (title and body; the lede) and its count of distinct shingles."""

    signature: np.ndarray  # NUM_PERM hash values (uint32: the affine32 scheme)
    shingles: int
    lede: np.ndarray  # LEDE_PERM hash values, or none for a body too short to have a lede
    band_keys: tuple[bytes, ...]  # one key per LSH band: articles sharing one are candidates

    @classmethod
    def of(cls, signature: np.ndarray, shingles: int, lede: np.ndarray) -> Sketch:
        if not shingles:  # an empty text would collide with every other empty text
            return cls(signature, 0, lede[:0], ())
        keys = _band_keys(signature, _bands(*BANDS), 0)
        if len(lede):
            keys += _band_keys(lede, _bands(*LEDE_BANDS), 1000)
        return cls(signature, shingles, lede, tuple(keys))

    def blobs(self) -> tuple[bytes, bytes]:
        return self.signature.tobytes(), self.lede.tobytes()

    @classmethod
    def from_blobs(cls, signature: bytes, shingles: int, lede: bytes) -> Sketch:
        return cls.of(np.frombuffer(signature, dtype=np.uint32), shingles, np.frombuffer(lede, dtype=np.uint32))


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _shingles(words: list[str]) -> set[bytes]:
    if 0 < len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def _minhash(found: set[bytes], num_perm: int) -> np.ndarray:
    """The MinHash signature of ``found``: per permutation, the least permuted value of the shingles'
    hashes (the first 4 bytes of SHA-1, little-endian, as datasketch's ``sha1_hash32``)."""
    if not found:
        return np.full(num_perm, _EMPTY, dtype=np.uint32)
    digests = b"".join(hashlib.sha1(shingle).digest()[:4] for shingle in found)
    hv = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32)).reshape(-1, 1)
    a, b = _permutations(num_perm)
    return (hv * a + b).min(axis=0)


def sketch(title: str | None, text: str) -> Sketch:
    """Word 4-shingles (case-folded, punctuation dropped) of the title and of the body, each apart
    (a different headline then changes only the title's few shingles); the lede's of its first words."""
    body = _words(text)
    found = _shingles(_words(title or "")) | _shingles(body)
    lede = body[:LEDE_WORDS]
    lede_signature = _minhash(_shingles(lede), LEDE_PERM) if len(lede) >= 2 * SHINGLE_WORDS else np.zeros(0, np.uint32)
    return Sketch.of(_minhash(found, NUM_PERM), len(found), lede_signature)


def matching(sk: Sketch, candidates: Sequence[tuple[bytes, int, bytes]]) -> np.ndarray:
    """Per candidate (signature, shingle count and lede as stored), how much it is the same report as
    ``sk`` (the largest of the estimated resemblance, the estimated containment of the smaller
    shingle set in the larger and the lede's resemblance), or -1 when none reaches its bar."""
    if not sk.shingles or not candidates:
        return np.full(len(candidates), -1.0)
    signatures = np.frombuffer(b"".join(c[0] for c in candidates), dtype=np.uint32).reshape(len(candidates), NUM_PERM)
    sizes = np.array([c[1] for c in candidates], dtype=np.float64)
    jaccard = np.count_nonzero(signatures == sk.signature, axis=1) / NUM_PERM
    shared = jaccard * (sk.shingles + sizes) / (1.0 + jaccard)  # |A ∩ B| from J and |A|, |B|
    containment = np.minimum(1.0, shared / np.maximum(np.minimum(sizes, sk.shingles), 1))
    lede = np.zeros(len(candidates))
    if len(sk.lede):
        has = np.array([len(c[2]) == sk.lede.nbytes for c in candidates])
        if has.any():
            ledes = np.frombuffer(b"".join(c[2] for c, h in zip(candidates, has) if h), dtype=np.uint32)
            lede[has] = np.count_nonzero(ledes.reshape(-1, LEDE_PERM) == sk.lede, axis=1) / LEDE_PERM
    same = (sizes > 0) & ((jaccard >= MIN_RESEMBLANCE) | (containment >= MIN_CONTAINMENT)
                          | (lede >= MIN_LEDE_RESEMBLANCE))
    return np.where(same, np.maximum.reduce([jaccard, containment, lede]), -1.0)


def same_report(a: Sketch, b: Sketch) -> bool:
    return bool(matching(a, [(b.signature.tobytes(), b.shingles, b.lede.tobytes())])[0] >= 0)


@dataclass(frozen=True, slots=True)
class StoryMerge:
    """A story joined into another (an article turned out to be the same report as members of both).
    Rows keep the story id they were written with; the views read it through these merges."""

    story_id: str
    merged_into: str


MERGES_SCHEMA = pa.schema([pa.field(column, dtype) for _, column, dtype in record_columns(StoryMerge)],
                          metadata={SCHEMA_VERSION_KEY: str(SCHEMA_VERSION).encode()})


def merges_path(storage: Storage) -> PurePath:
    return storage.root / "stories" / "merges.parquet"


def ensure_merges_file(storage: Storage) -> None:
    ensure_file(storage, merges_path(storage), MERGES_SCHEMA)


def write_merges(storage: Storage, merges: dict[str, str]) -> None:
    """Replace the merges file with ``merges`` (the index's whole table: small, and the truth the
    index is rebuilt from). Written under the ledger's lock, before its transaction commits."""
    rows = sorted(merges.items())
    table = pa.Table.from_pydict({"story_id": [r[0] for r in rows], "merged_into": [r[1] for r in rows]},
                                 schema=MERGES_SCHEMA)
    storage.write_parquet(table, merges_path(storage))


def read_merges(storage: Storage) -> dict[str, str]:
    if not storage.exists(merges_path(storage)):
        return {}
    table = storage.read_table(merges_path(storage))
    return dict(zip(table.column("story_id").to_pylist(), table.column("merged_into").to_pylist(), strict=True))


class StoryIndex:
    """The story tables of the ledger database, used inside the caller's ledger transaction."""

    def __init__(self, con: sqlite3.Connection):
        self._con = con
        self.merged = False  # whether this index joined stories (their merges must be written out)

    def is_empty(self) -> bool:
        return self._con.execute("SELECT 1 FROM story_members LIMIT 1").fetchone() is None

    def assign(self, items: Sequence[tuple[str, Sketch]]) -> dict[str, str]:
        """Story id per article id, in order (an earlier item can found the story of a later one).

        An article already indexed keeps its story (its sketch is replaced by this version's). An
        article that is the same report as members of several stories joins them into the oldest one
        (``merges``), so the outcome does not hang on the order copies arrive in.
        """
        known = self._stories_of([aid for aid, _ in items])
        out: dict[str, str] = {}
        for aid, sk in items:
            story = known.get(aid)
            if story is None:
                stories = self._matching_stories(aid, sk)
                story = self._merge(stories) if stories else aid
            self.put(aid, story, sk, indexed=aid in known)
            out[aid] = story
        merges = self.merges() if self.merged else {}
        return {aid: merges.get(story, story) for aid, story in out.items()}

    def load_merges(self, merges: dict[str, str]) -> None:
        """Take the merges of a rebuilt index (from the merges file)."""
        self._con.executemany("INSERT OR REPLACE INTO story_merges VALUES (?, ?)", merges.items())

    def merges(self) -> dict[str, str]:
        """Every story joined into another: story id -> the id of the story it is part of now."""
        return dict(self._con.execute("SELECT story_id, merged_into FROM story_merges").fetchall())

    def _merge(self, stories: list[str]) -> str:
        """Join ``stories`` into the oldest of them (whose first member was indexed first); returns it."""
        if len(stories) == 1:
            return stories[0]
        marks = ",".join("?" * len(stories))
        age = dict(self._con.execute(f"SELECT story_id, min(rowid) FROM story_members WHERE story_id IN ({marks}) "
                                     "GROUP BY story_id", stories).fetchall())
        survivor = min(stories, key=lambda story: (age.get(story, 0), story))
        for story in stories:
            if story != survivor:
                self._con.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", (survivor, story))
                self._con.execute("UPDATE story_merges SET merged_into = ? WHERE merged_into = ?", (survivor, story))
                self._con.execute("INSERT OR REPLACE INTO story_merges VALUES (?, ?)", (story, survivor))
        self.merged = True
        return survivor

    def put(self, article_id: str, story_id: str, sk: Sketch, *, indexed: bool = True) -> None:
        """Index ``article_id`` as a member of ``story_id``, replacing its earlier sketch when it may
        have one (``indexed``)."""
        old = self._con.execute("SELECT signature, shingles, lede FROM story_members WHERE article_id = ?",
                                (article_id,)).fetchone() if indexed else None
        if old is not None:
            self._con.executemany("DELETE FROM story_bands WHERE band_key = ? AND article_id = ?",
                                  [(key, article_id) for key in Sketch.from_blobs(*old).band_keys])
        self._con.execute(
            "INSERT INTO story_members VALUES (?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
            "story_id = excluded.story_id, shingles = excluded.shingles, signature = excluded.signature, "
            "lede = excluded.lede",
            (article_id, story_id, sk.shingles, *sk.blobs()),
        )
        self._con.executemany("INSERT OR IGNORE INTO story_bands VALUES (?, ?)",
                              [(key, article_id) for key in sk.band_keys])

    def _stories_of(self, article_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            out.update(self._con.execute(
                f"SELECT article_id, story_id FROM story_members WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall())
        return out

    def _matching_stories(self, article_id: str, sk: Sketch) -> list[str]:
        """Stories with an indexed article that is the same report, most similar first."""
        keys = sk.band_keys
        if not keys:
            return []
        rows = self._con.execute(
            "SELECT m.story_id, m.signature, m.shingles, m.lede FROM story_members m JOIN "
            f"(SELECT DISTINCT article_id FROM story_bands WHERE band_key IN ({','.join('?' * len(keys))})) b "
            "USING (article_id) WHERE m.article_id <> ?", [*keys, article_id],
        ).fetchall()
        score = matching(sk, [r[1:] for r in rows])
        best: dict[str, float] = {}
        for (story, *_), value in zip(rows, score, strict=True):
            if value >= 0:
                best[story] = max(best.get(story, -1.0), float(value))
        return sorted(best, key=lambda story: (-best[story], story))
