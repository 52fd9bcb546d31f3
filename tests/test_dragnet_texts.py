"""dragnet_data's manual extractions as probe text (benchmarks/dragnet_texts.py)."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

from benchmarks.dragnet_texts import dev_pages, paragraphs


def test_paragraphs_glued_by_the_archive_are_broken_at_the_seam():
    # Chicago Tribune's text as the archive holds it: "...authorities said.The incident took place..."
    glued = 'restaurant, authorities said.The incident took place around 6:15 p.m. Friday.A 40-second video'
    assert paragraphs(glued) == 'restaurant, authorities said.\nThe incident took place around 6:15 p.m. Friday.\nA 40-second video'
    # a curly quote goes with its own paragraph; a straight one, closing or opening, stands on a line of its own
    assert paragraphs("said: “Stop.”The man left.") == "said: “Stop.”\nThe man left."
    assert paragraphs("she said.“We were texting") == "she said.\n“We were texting"
    assert paragraphs('she said."We were texting') == 'she said.\n"\nWe were texting'


def test_abbreviations_keep_their_full_stops():
    assert paragraphs("the U.S.Army and Ms. T's shop at 6 p.m. Friday") == "the U.S.Army and Ms. T's shop at 6 p.m. Friday"


def _archive(tmp_path: Path, pages: list[dict]) -> Path:
    path = tmp_path / "meta.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for page in pages:
            data = json.dumps(page).encode()
            info = tarfile.TarInfo(f"{page['id']}.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_only_dev_publishers_no_test_or_off_limits_one_shares_are_kept(tmp_path):
    archive = _archive(tmp_path, [
        {"id": "a", "url": "https://www.chicagotribune.com/news/x.html", "text": "One.Two."},
        {"id": "b", "url": "https://www.latimes.com/x", "text": "Test side by the split's hash."},
        {"id": "c", "url": "https://www.telegraph.co.uk/x", "text": "Off limits."},
        {"id": "d", "url": "https://www.mensjournal.com/x", "text": "A facts test publisher."},
        {"id": "e", "url": "https://www.cbsnews.com/x", "text": ""},
    ])
    pages = dev_pages(archive, banned={"mensjournal"}, off_limits=frozenset({"telegraph"}))
    assert [(p.page, p.publisher, p.text) for p in pages] == [("dragnet_a", "chicagotribune", "One.\nTwo.")]
