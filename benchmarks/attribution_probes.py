"""Attribution probes: short news-style sentences the project wrote, scored on the claims they report.

Run ``python -m benchmarks.attribution_probes [--language fr] [--set NAME] [--misses]``. The probes
(``attribution_probes_gold/<language>.jsonl``, see its README) are dev material: written by the project,
no publisher text, so their misses may be read and rules written from them. Each probe gives a sentence
and the attributions a reader marks in it (source, cue, first words of the claim; none at all for
sentences whose look-alikes are no reported claim: a direct quote, a noun object, a question). A found
attribution matches a marked one the facts benchmark's way (``facts_scoring.attribution_matches``), and
its source is right when ``facts_scoring.source_right`` says so (pronoun sources are not checked). A probe
is right when nothing is missed and nothing extra is found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks.facts_scoring import (
    PRONOUNS,
    ProbeScore,
    attribution_matches,
    greedy,
    norm,
    probe_command,
    probe_rows,
    source_right,
)
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Attribution

GOLD = Path(__file__).parent / "attribution_probes_gold"


@dataclass(frozen=True)
class Probe:
    """A labelled sentence: its publication time, text and marked attributions."""

    id: str
    published: datetime
    text: str
    marked: tuple[dict, ...]


@dataclass
class AttributionProbeScore(ProbeScore):
    """Probe counts, plus how many matched attributions name the marked source."""

    sources_right: int = 0
    sources_checked: int = 0


def load_probes(path: Path) -> list[Probe]:
    """The probes of ``path``; a marked claim or source that is not in its sentence is an error in the file."""
    rows = probe_rows(path, lambda row: [item[key] for item in row["attributions"] for key in ("claim_start", "source")])
    return [
        Probe(row["id"], datetime.fromisoformat(row["published"]), row["text"], tuple(row["attributions"]))
        for row in rows
    ]


def score_probe(probe: Probe, found: list[Attribution], score: AttributionProbeScore) -> None:
    """Add one probe's matches, misses, extras and wrong sources to ``score``."""
    pairs = greedy(list(probe.marked), found, lambda g, p: attribution_matches(probe.text, g, p))
    for gi, pi in pairs:
        gold_source = probe.marked[gi]["source"]
        if norm(gold_source).lower() in PRONOUNS:
            continue
        score.sources_checked += 1
        if source_right(gold_source, found[pi].source):
            score.sources_right += 1
        else:
            score.misses.append(f"{probe.id} source wrong: {found[pi].source!r} (gold {gold_source!r})")
    matched_gold, matched_found = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    for gi, mark in enumerate(probe.marked):
        if gi not in matched_gold:
            score.misses.append(f"{probe.id} missed: {mark['source']} {mark['cue']} {mark['claim_start']!r}")
    for pi, attribution in enumerate(found):
        if pi not in matched_found:
            score.misses.append(
                f"{probe.id} extra: {attribution.source} {attribution.cue} {attribution.claim[:40]!r}"
            )
    score.probes += 1
    score.gold += len(probe.marked)
    score.matched += len(pairs)
    score.found += len(found)
    score.right += len(pairs) == len(probe.marked) == len(found)


def score_probes(probes: list[Probe], language: str | None) -> AttributionProbeScore:
    """Run the facts extractor (attributions only) over every probe, read in ``language``, and score it."""
    options = FactOptions(kinds=frozenset({"attribution"}))
    outputs = extract_facts_many(((p.text, p.published, language) for p in probes), options)
    score = AttributionProbeScore()
    for probe, facts in zip(probes, outputs, strict=True):
        score_probe(probe, [f for f in facts if isinstance(f, Attribution)], score)
    return score


def main(argv: list[str] | None = None) -> None:
    path, language, misses = probe_command(__doc__.splitlines()[0], "list every missed and extra attribution", GOLD, argv)
    score = score_probes(load_probes(path), language)
    sources = f"{score.sources_right}/{score.sources_checked}"
    print(
        f"{path.stem} attribution probes: {score.right}/{score.probes} right ({score.accuracy:.3f}); "
        f"marked attributions {score.marks.figures()}; sources right {sources}"
    )
    if misses:
        print("\n".join(score.misses))


if __name__ == "__main__":
    main()
