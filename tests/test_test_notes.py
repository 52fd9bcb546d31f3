"""Test pages' labelling notes live apart from the files rule writers read (issues 11 and 12, round notes121).

A rule idea was once taken partly from a test page's note and had to be rejected: a rule prompted by a test page
makes the test number a tuned one. So a test-side case of the repo corpus and a facts gold ``test/`` article carry no
``notes``; theirs are in ``benchmarks/test_notes/`` (labellers and reviewers only), and the corpus, facts gold
and main READMEs, which rule writers read, name no test case id (round notes128 added the main README, whose round
paragraphs' test-page passages moved to ``test_notes/readme_rounds.md``; round docs136 added ``docs/``, where those
round paragraphs now live). Publisher names are not checked: aggregate
lists of a round's test publishers stay in the READMEs, and a name alone cannot be told from the same word in prose.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "benchmarks"
#: A case id as the README writes it in backticks, whole or elided: ``cnet_2016-12-22_…``, ``ok_...__n3k``, ``ehow_*``.
CODE_SPAN = re.compile(r"`([^`\s]+)`")
ELISION = re.compile(r"…|\.\.\.|\*")


def _split(root: Path) -> dict[str, str]:
    data = json.loads((root / "corpus" / "SPLIT.json").read_text(encoding="utf-8"))
    return {case_id: row["split"] for case_id, row in data.items()}


def _case_files(folder: Path) -> dict[str, dict]:
    """case id (the file name, which the split keys on) -> the case's JSON."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def test_case_files_carry_notes_only_on_the_dev_side(root: Path = ROOT) -> None:
    split = _split(root)
    corpus = _case_files(root / "corpus" / "pages")
    assert [case for case, data in corpus.items() if split[case] == "test" and "notes" in data] == []
    assert [case for case, data in _case_files(root / "facts_gold" / "test").items() if "notes" in data] == []


def test_moved_notes_belong_to_test_cases_that_exist(root: Path = ROOT) -> None:
    split = _split(root)
    notes = root / "test_notes"
    pages = json.loads((notes / "corpus_pages.json").read_text(encoding="utf-8"))
    facts = json.loads((notes / "facts_gold.json").read_text(encoding="utf-8"))
    assert pages and all(split.get(case) == "test" for case in pages)
    assert all((root / "corpus" / "pages" / f"{case}.json").exists() for case in pages)
    assert facts and all((root / "facts_gold" / "test" / f"{case}.json").exists() for case in facts)


def _named_cases(text: str, case_ids: set[str]) -> list[str]:
    """The case ids a text names: written out whole anywhere, or in backticks, an elided span standing for every id
    it matches. A whole id (``publisher_date_slug__tag``) is too particular to occur in prose by chance."""
    named = [case for case in case_ids if case in text]
    for span in CODE_SPAN.findall(text):
        if "_" not in span:
            continue
        parts = ELISION.split(span)
        pattern = re.compile(".*".join(map(re.escape, parts)))
        named += [case for case in case_ids if pattern.fullmatch(case)]
    return named


def _docs_rule_writers_read(root: Path) -> list[Path]:
    """The corpus, facts gold and main READMEs and every file under ``docs/`` (the round history moved there from the
    main README in round docs136, so it must stay as free of test case ids as the README was)."""
    readmes = [root / "corpus" / "README.md", root / "facts_gold" / "README.md", root.parent / "README.md"]
    return readmes + sorted((root.parent / "docs").rglob("*.md"))


def test_readmes_name_no_test_case(root: Path = ROOT) -> None:
    test_cases = {case for case, side in _split(root).items() if side == "test"}
    test_cases |= {path.stem for path in (root / "facts_gold" / "test").glob("*.json")}
    for readme in _docs_rule_writers_read(root):
        assert _named_cases(readme.read_text(encoding="utf-8"), test_cases) == [], readme


def test_the_round_history_is_among_the_checked_docs(root: Path = ROOT) -> None:
    checked = {path.relative_to(root.parent).as_posix() for path in _docs_rule_writers_read(root)}
    assert {"docs/history/cleaning_rounds.md", "docs/history/facts_rounds.md"} <= checked


def test_an_elided_case_id_in_a_readme_counts_as_naming_the_case() -> None:
    cases = {"cnet_2016-12-22_apple-airpods__pl", "ok_2014_sean-penn__n3k", "vox_2017_best-videos__moz"}
    text = "lists (`cnet_2016-12-22_…`), captions (`ok_...__n3k`), the `pl` tag and `tests/test_set/<n>.html`"
    assert sorted(_named_cases(text, cases)) == ["cnet_2016-12-22_apple-airpods__pl", "ok_2014_sean-penn__n3k"]


def test_a_case_id_written_out_in_prose_counts_as_naming_the_case() -> None:
    cases = {"cnet_2016-12-22_apple-airpods__pl", "ok_2014_sean-penn__n3k"}
    text = "the page cnet_2016-12-22_apple-airpods__pl keeps its captions; cnet's other pages and `ok_2015_…` do not"
    assert _named_cases(text, cases) == ["cnet_2016-12-22_apple-airpods__pl"]
