"""Date probes: short news-style sentences the project wrote, scored on every date expression in them.

Run ``python -m benchmarks.date_probes [--language fr] [--set heldout|real] [--misses]``. The probes
(``date_probes_gold/<language>.jsonl``, see its README) are dev material: written by the project, no publisher text
(``--set real`` holds publisher sentences of dev pages instead, drawn by ``benchmarks.date_probes_real``), so their
misses may be read and rules written from them, unlike the facts test split. Each probe gives a publication time, a sentence
and the dates a reader marks in it (text, value, granularity; durations with value null; none at all
for sentences whose look-alikes are no dates). A found date matches a marked one when their spans
overlap and value and granularity agree (an ambiguous numeric day lists its other reading under
``alternatives``); another found date over the same marked span with the same value is the same
mention, not an extra. A probe is right when nothing is missed and nothing extra is found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks.facts_scoring import ProbeScore, probe_command, probe_rows
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import DateMention

GOLD = Path(__file__).parent / "date_probes_gold"
PROBES = GOLD / "en.jsonl"


@dataclass(frozen=True)
class Marked:
    """One date a reader marks in a probe: where it is and what it resolves to."""

    start: int
    end: int
    values: frozenset[str | None]
    granularity: str

    def accepts(self, found: DateMention) -> bool:
        """Whether ``found`` is this date: spans overlap, value and granularity agree."""
        return (
            found.start < self.end
            and self.start < found.end
            and found.value in self.values
            and found.granularity == self.granularity
        )


@dataclass(frozen=True)
class Probe:
    """A labelled sentence: its publication time, text and marked dates."""

    id: str
    published: datetime
    text: str
    marked: tuple[Marked, ...]


def load_probes(path: Path = PROBES) -> list[Probe]:
    """The probes of ``path``; a marked text that is not in its sentence is an error in the file."""
    probes = []
    for row in probe_rows(path, lambda row: [item["text"] for item in row["dates"]]):
        marked = []
        for item in row["dates"]:
            start = row["text"].find(item["text"])
            values = frozenset([item["value"], *item.get("alternatives", [])])
            marked.append(Marked(start, start + len(item["text"]), values, item["granularity"]))
        probes.append(Probe(row["id"], datetime.fromisoformat(row["published"]), row["text"], tuple(marked)))
    return probes


def score_probe(probe: Probe, found: list[DateMention], score: ProbeScore) -> None:
    """Add one probe's matches, misses and extras to ``score``."""
    taken: dict[int, Marked] = {}
    for i, mark in enumerate(probe.marked):
        for j, mention in enumerate(found):
            if j not in taken and mark.accepts(mention):
                taken[j] = mark
                break
        else:
            score.misses.append(
                f"{probe.id} missed: {probe.text[mark.start : mark.end]!r}={sorted(map(str, mark.values))}"
            )
    hit = set(taken.values())
    extras = [m for j, m in enumerate(found) if j not in taken and not any(mark.accepts(m) for mark in hit)]
    for mention in extras:
        score.misses.append(f"{probe.id} extra: {mention.text!r}={mention.value} ({mention.granularity})")
    score.probes += 1
    score.gold += len(probe.marked)
    score.matched += len(hit)
    score.found += len(hit) + len(extras)
    score.right += len(hit) == len(probe.marked) and not extras


def score_probes(probes: list[Probe], language: str | None = None) -> ProbeScore:
    """Run the facts extractor (dates only) over every probe, read in ``language``, and score what it finds."""
    options = FactOptions(kinds=frozenset({"date"}))
    outputs = extract_facts_many(((p.text, p.published, language) for p in probes), options)
    score = ProbeScore()
    for probe, facts in zip(probes, outputs, strict=True):
        score_probe(probe, [f for f in facts if isinstance(f, DateMention)], score)
    return score


def main(argv: list[str] | None = None) -> None:
    path, language, misses = probe_command(__doc__.splitlines()[0], "list every missed and extra date", GOLD, argv)
    score = score_probes(load_probes(path), language)
    print(
        f"{path.stem} date probes: {score.right}/{score.probes} right ({score.accuracy:.3f}); marked dates "
        f"{score.marks.figures()}"
    )
    if misses:
        print("\n".join(score.misses))


if __name__ == "__main__":
    main()
