"""The extractor version stored on every warehouse row, derived from what decides the output.

A hand-bumped number was forgotten for twenty rule commits, and ``newsfacts reprocess`` selects
articles by this version, so it is computed instead: the package version plus a short hash of every
rule module and data file under ``extractors/``. Any rule or lexicon change gives a new version and
reprocess picks the stored articles up; a change outside ``extractors/`` (flows, warehouse) does not.
"""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

#: Files whose content decides the output: rule modules and the word lists they read.
_RULE_SUFFIXES = frozenset({".py", ".tsv", ".txt", ".json"})


def rules_digest(root: Path) -> str:
    """Short hash over the path and bytes of every rule file under ``root`` (caches excluded)."""
    digest = hashlib.blake2b(digest_size=6)
    for path in sorted(p for p in root.rglob("*") if p.suffix in _RULE_SUFFIXES and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _package_version() -> str:
    try:
        return metadata.version("newsfacts")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "0"


EXTRACTOR_VERSION = f"{_package_version()}+{rules_digest(Path(__file__).parent)}"
