"""The whole-page entity listing (``benchmarks.entity_page_listing``) is dev material only: an audit that read a test
page would mine the split that is scored, never mined."""

from __future__ import annotations

from benchmarks.entity_page_listing import dev_texts
from benchmarks.facts import load_gold
from benchmarks.splits import load_split


def test_the_entity_listing_reads_only_dev_pages_and_dev_gold():
    split = load_split()
    test_gold = {case["id"] for case in load_gold("test")}
    test_publishers = {case["publisher"] for case in load_gold("test")}
    for publisher, page, _, _ in dev_texts():
        case_id = page.removeprefix("GOLD:")
        assert case_id not in test_gold and publisher not in test_publishers
        if not page.startswith("GOLD:"):
            assert split[case_id]["split"] == "dev"
