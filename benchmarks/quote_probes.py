"""Quote speaker probes: short news-style sentences the project wrote, each with one quote and who said it.

Run ``python -m benchmarks.quote_probes [--language fr] [--misses]``. The probes
(``quote_probes_gold/<language>.jsonl``, see its README) are dev material: written by the project, no publisher
text, so their misses may be read. A probe is right when the extractor finds one quote whose speaker names the
marked speaker the facts benchmark's way (``facts_scoring.names_match``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from benchmarks.facts_scoring import ProbeScore, names_match, probe_command, probe_rows
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Quote

GOLD = Path(__file__).parent / "quote_probes_gold"
#: The probes need no date; one publication time for all.
PUBLISHED = datetime(2024, 6, 12, 10, tzinfo=UTC)


def score_probes(rows: list[dict], language: str | None) -> ProbeScore:
    """Run the facts extractor (quotes and the entities they name) over every probe and score its speaker."""
    options = FactOptions(kinds=frozenset({"quote", "entity"}))
    outputs = extract_facts_many(((row["text"], PUBLISHED, language) for row in rows), options)
    score = ProbeScore()
    for row, facts in zip(rows, outputs, strict=True):
        quotes = [f for f in facts if isinstance(f, Quote)]
        right = len(quotes) == 1 and names_match(row["speaker"], quotes[0].speaker)
        score.probes += 1
        score.gold += 1
        score.found += len(quotes)
        score.matched += right
        score.right += right
        if not right:
            score.misses.append(f"{row['id']}: {[q.speaker for q in quotes]!r} (gold {row['speaker']!r})")
    return score


def main(argv: list[str] | None = None) -> None:
    path, language, misses = probe_command(__doc__.splitlines()[0], "list every wrong speaker", GOLD, argv)
    score = score_probes(list(probe_rows(path, lambda row: [row["speaker"]])), language)
    print(f"{path.stem} quote probes: {score.right}/{score.probes} speakers right ({score.accuracy:.3f})")
    if misses:
        print("\n".join(score.misses))


if __name__ == "__main__":
    main()
