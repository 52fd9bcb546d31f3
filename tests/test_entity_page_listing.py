"""The whole-page entity listing (``benchmarks.entity_page_listing``) is dev material only: an audit that read a test
page would mine the split that is scored, never mined."""

from __future__ import annotations

import pytest

from benchmarks.entity_page_listing import dev_texts
from benchmarks.facts import load_gold
from benchmarks.splits import load_split


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_entity_listing_reads_only_dev_pages_and_dev_gold(language: str):
    split = load_split()
    test_gold = {case["id"] for case in load_gold("test")}
    test_publishers = {case["publisher"] for case in load_gold("test")}
    for publisher, page, _, _ in dev_texts(language):
        case_id = page.removeprefix("GOLD:")
        assert case_id not in test_gold and publisher not in test_publishers
        if not page.startswith("GOLD:"):
            assert split[case_id]["split"] == "dev"


def test_the_french_listing_reads_french_pages_only():
    languages = {case["id"]: case["language"] for case in load_gold("dev")}
    pages = list(dev_texts("fr"))
    assert pages
    for _, page, _, _ in pages:
        if page.startswith("GOLD:"):
            assert languages[page.removeprefix("GOLD:")] == "fr"
