"""Role and speaker probes: short news-style sentences the project wrote, scored on people's roles and
quote speakers.

Run ``python -m benchmarks.role_probes [--set NAME] [--misses]``. The probes (``role_probes_gold/<language>.jsonl``,
see its README) are dev material: written by the project, no publisher text, so their misses may be read and
rules written from them. Each probe gives a sentence, the people in it with the role a reader marks (``null``
for a look-alike that is no title: kinship, a description, a predicate, an age), and its quotes with their
speaker (``null`` when no one is named). A person is found the facts benchmark's way (a PERSON entity whose
name ``facts_scoring.names_match`` the marked one) and the role is compared as the benchmark does (case and
spacing aside); a quote matches by its first words and its speaker by ``names_match``. A probe is right when
every marked person is found with the marked role and every marked quote is found with its speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks.facts_scoring import ProbeScore, greedy, names_match, norm, probe_command, probe_rows
from extractors.facts import FactOptions, extract_facts_many
from extractors.records import Entity, Quote

GOLD = Path(__file__).parent / "role_probes_gold"
#: Words that open a descriptor rather than a name ("the spokesperson", "a lawmaker").
DESCRIPTOR_OPENERS = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Probe:
    """A labelled sentence: its publication time, text, marked people (name, role) and quotes (start, speaker)."""

    id: str
    published: datetime
    text: str
    people: tuple[dict, ...]
    quotes: tuple[dict, ...]


@dataclass
class RoleProbeScore(ProbeScore):
    """Probe counts over people and quotes together, plus role and speaker accuracy on the found ones."""

    roles_right: int = 0
    roles_checked: int = 0
    speakers_right: int = 0
    speakers_checked: int = 0


def load_probes(path: Path) -> list[Probe]:
    """The probes of ``path``; a marked name, role or quote that is not in its sentence is an error in the file."""
    def marks(row: dict) -> list[str]:
        people = row["people"]
        return [p["name"] for p in people] + [p["role"] for p in people if p["role"]] + [q["start"] for q in row["quotes"]]

    return [
        Probe(row["id"], datetime.fromisoformat(row["published"]), row["text"], tuple(row["people"]), tuple(row["quotes"]))
        for row in probe_rows(path, marks)
    ]


def role_right(marked: str | None, found: str | None) -> bool:
    """The facts benchmark's role comparison; a ``null`` mark wants no role at all."""
    return norm(marked or "").lower() == norm(found or "").lower()


def speaker_right(marked: str | None, found: str | None) -> bool:
    """The facts benchmark's speaker comparison; a ``null`` mark (no one named) wants no name: nothing, or
    the tag's own descriptor words ("the spokesperson")."""
    if marked is not None:
        return names_match(marked, found)
    return not found or found[0].islower() or found.split()[0].lower() in DESCRIPTOR_OPENERS


def score_probe(probe: Probe, entities: list[Entity], quotes: list[Quote], score: RoleProbeScore) -> None:
    """Add one probe's people, roles, quotes and speakers to ``score``."""
    people = [e for e in entities if e.label == "PERSON"]
    person_pairs = greedy(
        list(probe.people), people, lambda g, p: names_match(g["name"], p.normalized) or names_match(g["name"], p.text)
    )
    quote_pairs = greedy(list(probe.quotes), quotes, lambda g, p: norm(g["start"]) in norm(p.text))
    ok = len(person_pairs) == len(probe.people) and len(quote_pairs) == len(probe.quotes)
    for gi, pi in person_pairs:
        mark = probe.people[gi]
        score.roles_checked += 1
        if role_right(mark["role"], people[pi].role):
            score.roles_right += 1
        else:
            ok = False
            score.misses.append(f"{probe.id} role wrong: {mark['name']} {people[pi].role!r} (gold {mark['role']!r})")
    for gi, pi in quote_pairs:
        mark = probe.quotes[gi]
        score.speakers_checked += 1
        if speaker_right(mark["speaker"], quotes[pi].speaker):
            score.speakers_right += 1
        else:
            ok = False
            score.misses.append(
                f"{probe.id} speaker wrong: {mark['start'][:30]!r} {quotes[pi].speaker!r} (gold {mark['speaker']!r})"
            )
    for gi in set(range(len(probe.people))) - {gi for gi, _ in person_pairs}:
        score.misses.append(f"{probe.id} person missed: {probe.people[gi]['name']}")
    for gi in set(range(len(probe.quotes))) - {gi for gi, _ in quote_pairs}:
        score.misses.append(f"{probe.id} quote missed: {probe.quotes[gi]['start'][:30]!r}")
    score.probes += 1
    score.gold += len(probe.people) + len(probe.quotes)
    score.matched += len(person_pairs) + len(quote_pairs)
    score.found += len(people) + len(quotes)
    score.right += ok


def score_probes(probes: list[Probe], language: str | None) -> RoleProbeScore:
    """Run the facts extractor (entities and quotes) over every probe, read in ``language``, and score it."""
    options = FactOptions(kinds=frozenset({"entity", "quote"}))
    outputs = extract_facts_many(((p.text, p.published, language) for p in probes), options)
    score = RoleProbeScore()
    for probe, facts in zip(probes, outputs, strict=True):
        entities = [f for f in facts if isinstance(f, Entity)]
        score_probe(probe, entities, [f for f in facts if isinstance(f, Quote)], score)
    return score


def main(argv: list[str] | None = None) -> None:
    path, language, misses = probe_command(__doc__.splitlines()[0], "list every wrong role or speaker and every miss", GOLD, argv)
    score = score_probes(load_probes(path), language)
    print(
        f"{path.stem} role probes: {score.right}/{score.probes} right ({score.accuracy:.3f}); "
        f"roles right {score.roles_right}/{score.roles_checked}; "
        f"speakers right {score.speakers_right}/{score.speakers_checked}; "
        f"people and quotes found {score.matched}/{score.gold}"
    )
    if misses:
        print("\n".join(score.misses))


if __name__ == "__main__":
    main()
