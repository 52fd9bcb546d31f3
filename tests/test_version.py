"""The extractor version follows the rules and data that decide the output."""
from __future__ import annotations

import shutil
from pathlib import Path

import extractors
from extractors.version import EXTRACTOR_VERSION, rules_digest

EXTRACTORS = Path(extractors.__file__).parent


def test_a_changed_data_file_changes_the_version(tmp_path: Path) -> None:
    copy = tmp_path / "extractors"
    shutil.copytree(EXTRACTORS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = rules_digest(copy)
    titles = copy / "facts" / "data" / "en" / "titles.txt"
    titles.write_text(titles.read_text(encoding="utf-8") + "archdeacon\n", encoding="utf-8")
    assert rules_digest(copy) != before


def test_a_changed_rule_module_changes_the_version(tmp_path: Path) -> None:
    copy = tmp_path / "extractors"
    shutil.copytree(EXTRACTORS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = rules_digest(copy)
    module = copy / "facts" / "quantities.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# a rule change\n", encoding="utf-8")
    assert rules_digest(copy) != before


def test_the_installed_version_is_the_digest_of_the_installed_rules() -> None:
    assert EXTRACTOR_VERSION.endswith("+" + rules_digest(EXTRACTORS))
