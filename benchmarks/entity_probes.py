"""Entity probes: short sentences the project wrote in three news genres, scored per entity mention.

Run ``python -m benchmarks.entity_probes [--set NAME] [--misses]``. The probes (``entity_probes_gold/<language>.jsonl``,
see its README) are written by the project (no publisher text) in the styles of humanitarian and UN situation
reports (``report``), wire news (``wire``) and US political news (``uspolitics``), and labelled by reading with the
facts gold's entity conventions. Each probe lists its entities like a facts gold file (label, name, ``mentions``);
``facts_scoring.gold_mentions`` turns them into mentions and ``score_mentions`` scores them per mention, strictly
(same offsets and label; GPE and LOC one group per label), for newsfacts and, on the same sentences in the same run,
for the bare spaCy model (its ``doc.ents`` mapped to the six labels), as ``benchmarks.facts`` does. Figures are
given per genre and as the mean of the genres' F1, the way the independent check reports them. A probe is right
when newsfacts has no missed and no extra mention in it. The probes are dev material once scored: their misses
may be read and rules written from them, with the evidence rules need from real publishers. A named batch of
publisher sentences (``--set real``, drawn by ``benchmarks.entity_probes_real``) is in one genre of its own,
``news``: any topic, the publishers' own wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from benchmarks.facts import model_for
from benchmarks.facts_scoring import (
    MENTION_LABELS,
    SIX_LABELS,
    Mention,
    ProbeScore,
    Score,
    gold_mentions,
    model_mentions,
    predicted_mentions,
    probe_command,
    probe_rows,
    score_mentions,
)
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Entity

GOLD = Path(__file__).parent / "entity_probes_gold"
WRITTEN_GENRES = ("report", "wire", "uspolitics")
GENRES = (*WRITTEN_GENRES, "news")


@dataclass(frozen=True)
class Probe:
    """A labelled sentence: its genre, text and entities (``label``, ``name``, ``mentions``)."""

    id: str
    genre: str
    text: str
    entities: tuple[dict, ...]

    @property
    def mentions(self) -> list[Mention]:
        """The gold mentions, counted as the facts benchmark counts them."""
        return gold_mentions(self.text, self.entities)


@dataclass
class EntityProbeScore(ProbeScore):
    """Strict per-mention counts (``found``, ``matched``, ``gold``), offsets-only counts and per-label-group counts."""

    spans: Score = field(default_factory=Score)
    labels: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in MENTION_LABELS})


def load_probes(path: Path) -> list[Probe]:
    """The probes of ``path``. A mention form that is not a whole word of its sentence, or a label outside the
    six, is an error in the file: ``gold_mentions`` would silently count nothing for it."""

    def forms(row: dict) -> list[str]:
        return [form for e in row["entities"] for form in (e.get("mentions") or [e["name"]])]

    probes = []
    for row in probe_rows(path, forms):
        for entity in row["entities"]:
            if entity["label"] not in SIX_LABELS:
                raise ValueError(f"probe {row['id']}: label {entity['label']!r} is not one of {sorted(SIX_LABELS)}")
        for form in forms(row):
            if not re.search(rf"(?<!\w){re.escape(form)}(?!\w)", row["text"]):
                raise ValueError(f"probe {row['id']}: {form!r} is not a whole word of its text")
        if row["genre"] not in GENRES:
            raise ValueError(f"probe {row['id']}: genre {row['genre']!r} is not one of {GENRES}")
        probes.append(Probe(row["id"], row["genre"], row["text"], tuple(row["entities"])))
    return probes


def score_probe(probe: Probe, predicted: list[Mention], score: EntityProbeScore, keep_misses: bool = True) -> None:
    """Add one probe's strict, offset and per-label mention matches to ``score``; list its misses if asked."""
    strict = Score()
    missed, extra = score_mentions(probe.mentions, predicted, strict, score.spans, score.labels)
    score.probes += 1
    score.found += strict.pred
    score.matched += strict.matched_gold
    score.gold += strict.gold
    score.right += not missed and not extra
    if keep_misses:
        for start, end, label in sorted(missed):
            score.misses.append(f"{probe.id} missed: {label} {probe.text[start:end]!r}")
        for start, end, label in sorted(extra):
            score.misses.append(f"{probe.id} extra: {label} {probe.text[start:end]!r}")


def score_probes(
    probes: list[Probe], language: str = "en"
) -> tuple[dict[str, EntityProbeScore], dict[str, EntityProbeScore]]:
    """Per-genre scores (plus ``all``) of newsfacts and of the bare model on the same probes."""
    ours = {genre: EntityProbeScore() for genre in (*GENRES, "all")}
    bare = {genre: EntityProbeScore() for genre in (*GENRES, "all")}
    outputs = extract_facts_many(((p.text, None, language) for p in probes), FactOptions(kinds=frozenset({"entity"})))
    nlp = spacy.load(model_for(language))  # the bare model as shipped: no rules, no removed components
    for probe, facts, doc in zip(probes, outputs, nlp.pipe(p.text for p in probes), strict=True):
        entities = [f for f in facts if isinstance(f, Entity) and f.label in SIX_LABELS]
        for group in (probe.genre, "all"):
            score_probe(probe, predicted_mentions(entities), ours[group], keep_misses=group == "all")
            score_probe(probe, model_mentions(doc.ents), bare[group], keep_misses=False)
    return ours, bare


def genre_mean(scores: dict[str, EntityProbeScore]) -> float:
    """The mean of the genres' strict mention F1 (genres with probes), as the independent check averages."""
    f1s = [scores[g].f1 for g in GENRES if scores[g].probes]
    return sum(f1s) / len(f1s) if f1s else 0.0


def main(argv: list[str] | None = None) -> None:
    path, language, misses = probe_command(__doc__.splitlines()[0], "list every missed and extra mention", GOLD, argv)
    ours, bare = score_probes(load_probes(path), language)
    print(f"{path.stem} entity probes, per mention (strict: offsets and label; GPE+LOC one group)")
    for genre, score in ours.items():
        if not score.probes:
            continue
        print(f"-- {genre}: {score.probes} sentences, {score.right} without a miss")
        print(f"{'mention':<15} {score.marks.figures()}  | bare {bare[genre].marks.figures()}")
        print(f"{'span':<15} {score.spans.figures()}  | bare {bare[genre].spans.figures()}")
        for label in MENTION_LABELS:
            print(f"{'mention/' + label:<15} {score.labels[label].figures()}  | bare {bare[genre].labels[label].figures()}")
    print(f"mean of the genres' mention F1: newsfacts {genre_mean(ours):.3f}, bare {genre_mean(bare):.3f}")
    if misses:
        print("\n".join(ours["all"].misses))


if __name__ == "__main__":
    main()
