"""Quote speaker probes: short news-style sentences the project wrote, each with one quote and who said it.

Run ``python -m benchmarks.quote_probes [--language fr] [--set b2|b3] [--misses]`` (English publisher batches:
``--set b1|b2``, drawn by ``quote_probes_real_en``). The probes
(``quote_probes_gold/<language>[_<set>].jsonl``, see its README) are dev material: the project's sentences, or
(``fr_b3``) publisher paragraphs of dev pages scored once before rules were written from them, so their misses may
be read. A probe is right when the extractor finds one quote (in a paragraph row, one overlapping the row's
``quote``) whose speaker names the marked speaker the facts benchmark's way (``facts_scoring.names_match``).
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
        if row["speaker"] is None:  # a drawn row whose marks hold no speech: kept for the draw, not scored
            continue
        quotes = [f for f in facts if isinstance(f, Quote)]
        if "quote" in row:  # a paragraph of several quotations: the one the row marks
            quotes = [q for q in quotes if _same_quote(q.text, row["quote"])]
        right = len(quotes) == 1 and names_match(row["speaker"], quotes[0].speaker)
        score.probes += 1
        score.gold += 1
        score.found += len(quotes)
        score.matched += right
        score.right += right
        if not right:
            score.misses.append(f"{row['id']}: {[q.speaker for q in quotes]!r} (gold {row['speaker']!r})")
    return score


def _same_quote(found: str, marked: str) -> bool:
    """Whether an extracted quote is the marked one: the opening words of either stand in the other (the
    extractor may cut a quotation at a sentence or keep a closing stop the row leaves out)."""
    found, marked = " ".join(found.split()), " ".join(marked.split())
    return bool(found) and (found[:20] in marked or marked[:20] in found)


def main(argv: list[str] | None = None) -> None:
    path, language, misses = probe_command(__doc__.splitlines()[0], "list every wrong speaker", GOLD, argv)
    score = score_probes(list(probe_rows(path, lambda row: [row["speaker"] or ""])), language)
    print(f"{path.stem} quote probes: {score.right}/{score.probes} speakers right ({score.accuracy:.3f})")
    if misses:
        print("\n".join(score.misses))


if __name__ == "__main__":
    main()
