"""Draw ``en_real3`` and ``en_real4``, the real-sentence date probe batches of dragnet_data's manual extractions
(``dragnet_texts``), durations first, picked by a seeded hash.

``python -m benchmarks.date_probes_real3 --dragnet meta.tar.gz`` draws ``en_real3`` (issue 11, values122): durations
on the English test read F1 0.84 while the dev batches hold few (``en_real`` 14 rows with one, ``en_real2`` two), so
the draw aims at them (``DURATION``: a count of time units, "for"/"over"/"within" a span, "the past N years",
"decades-long") and then the shapes of ``en_real2`` (``REAL2_KINDS``). Its pool is the dragnet_data pages of dev
publishers no facts test or off-limits publisher shares (``dragnet_texts.dev_pages``) that state a publication time,
every sentence ``en_real`` and ``en_real2`` read left out. Each publisher's candidates are ranked by
``sha256(REAL3_SEED + sentence)``; the kinds take turns, each taking its publisher's next sentence of that kind, at
most ``PER_PAGE`` a page and ``PER_PUBLISHER`` a publisher, ``DURATION`` twice a round. ``--check`` says whether
``date_probes_gold/en_real3.jsonl`` holds exactly the drawn sentences, in order; the rows were labelled by reading,
before the extractor ran on them, and ``python -m benchmarks.date_probes --set real3`` scores them.

``--batch real4`` draws ``en_real4`` the same way from the same pages with durations alone (``REAL4_SEED``), none of
``en_real3``'s sentences: ``en_real3`` found every duration it held, so a second batch asks the same of more of them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from benchmarks.date_probes import GOLD
from benchmarks.date_probes_real import REAL_FILE, print_or_check, published_iso, sentences
from benchmarks.date_probes_real2 import OFF_LIMITS, REAL2_FILE, REAL2_KINDS
from benchmarks.dragnet_texts import dev_pages
from benchmarks.quantity_probe_sample import _test_publishers

REAL3_FILE = GOLD / "en_real3.jsonl"
REAL3_SEED = "values122-date-probes-real-3:"
REAL4_FILE = GOLD / "en_real4.jsonl"
REAL4_SEED = "values122-date-probes-real-4:"
PER_PAGE = 2
PER_PUBLISHER = 6
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several|a couple of|a|an)"
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|decades?|minutes?|centuries|century|nights?|quarters?)"
#: A stretch of time: a count of time units ("three years", "a 10-day", "two-week"), "for"/"over"/"within"/"during"
#: a span ("for years", "over the past decade"), "decades-long", "all day".
DURATION = re.compile(
    rf"\b{_COUNT}[- ]{_UNIT}\b(?!\s+(?:ago|old)\b)(?!-old)|\b(?:for|over|within|during|throughout)\s+(?:the\s+)?"
    rf"(?:past|last|next|first|coming)?\s*(?:{_COUNT}\s+)?{_UNIT}\b|\b(?:years|months|weeks|days|decades)-long\b",
    re.IGNORECASE,
)
KINDS: dict[str, re.Pattern[str]] = {"duration": DURATION, **REAL2_KINDS}
#: Each batch's file, seed, kinds (in turn; "duration" twice a round in ``real3``) and the files whose sentences
#: stay out.
BATCHES: dict[str, tuple[Path, str, list[str], tuple[Path, ...]]] = {
    "real3": (REAL3_FILE, REAL3_SEED, ["duration", *KINDS], (REAL_FILE, REAL2_FILE)),
    "real4": (REAL4_FILE, REAL4_SEED, ["duration"], (REAL_FILE, REAL2_FILE, REAL3_FILE)),
}


def _kinds(sentence: str) -> list[str]:
    return [name for name, pattern in KINDS.items() if pattern.search(sentence)]


def draw(archive: Path, batch: str = "real3") -> list[dict]:
    """The batch's rows, unlabelled, in draw order (module docstring)."""
    _, seed, turns, earlier = BATCHES[batch]
    taken = {
        json.loads(line)["text"] for path in earlier
        for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    }
    rank = lambda text: hashlib.sha256((seed + text).encode()).hexdigest()
    candidates: dict[str, list[tuple[str, object]]] = {}
    seen = set(taken)
    for page in dev_pages(archive, _test_publishers(), OFF_LIMITS):
        if not page.published:
            continue
        for sentence in sentences(page.text):
            if sentence not in seen and _kinds(sentence):
                seen.add(sentence)
                candidates.setdefault(page.publisher, []).append((sentence, page))
    rows: list[dict] = []
    for publisher in sorted(candidates, key=rank):
        ranked = sorted(candidates[publisher], key=lambda item: rank(item[0]))
        on_page: dict[str, int] = {}
        mine: list[tuple[str, str, object]] = []
        progress = True
        while len(mine) < PER_PUBLISHER and progress:
            progress = False
            for kind in turns:
                pick = next(
                    (item for item in ranked if kind in _kinds(item[0]) and on_page.get(item[1].page, 0) < PER_PAGE
                     and item[0] not in {m[0] for m in mine}),
                    None,
                )
                if pick is not None and len(mine) < PER_PUBLISHER:
                    mine.append((pick[0], kind, pick[1]))
                    on_page[pick[1].page] = on_page.get(pick[1].page, 0) + 1
                    progress = True
        for sentence, kind, page in mine:
            rows.append({
                "id": f"{batch}-{rank(sentence)[:8]}", "published": published_iso(page.published), "text": sentence,
                "dates": [], "page": page.page, "url": page.url, "publisher": publisher, "kind": kind,
            })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dragnet", type=Path, required=True, help="dragnet_data's meta.tar.gz (commit 1a6f385)")
    parser.add_argument("--batch", choices=sorted(BATCHES), default="real3", help="which batch to draw")
    parser.add_argument("--check", action="store_true", help="check that the batch's file holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.dragnet, args.batch), BATCHES[args.batch][0], args.check)


if __name__ == "__main__":
    sys.exit(main())
