"""Draw the English publisher windows for the attribution probes (issue 11, attrib279): reported claims on dev pages.

``python -m benchmarks.attribution_probes_real`` prints the drawn windows as unlabelled rows of the attribution probe
format (``attributions`` empty); ``--check`` says whether ``attribution_probes_gold/en_real.jsonl`` holds exactly the
drawn windows, in order. The rows were labelled by reading, before newsfacts ran on them, and the labelled file is
what ``python -m benchmarks.attribution_probes --set real`` scores.

Where they come from: the sentences of ``entity_probes_real.candidates`` (the reference bodies of English dev-split
cleaning-corpus pages, every case of the corpus when drawn; facts test publishers and facts dev gold articles left
out), and of those the ones with a reporting cue (``CUE``: "said", "told", "according to", a belief or expectation
verb, "announced", "found", ...), no first- or second-person subject before it ("I think", "we told you"), no
question mark and no double quote mark, on a page written as reported news (``MIN_NEWS_CUES`` of "said",
"according to", "told"), so the batch holds reported claims without quotation (a
quotation is a Quote); the publishers the project does not use (``quantity_probe_sample.OFF_LIMITS``) are left out.
A window is the cue's sentence, with the sentence before it when the cue's subject is a pronoun ("he said", "they
told"), where its antecedent stands. Publishers are taken in ``sha256(SEED + publisher)`` order, ``PUBLISHERS`` of
them, and from each the ``PER_PUBLISHER`` sentences that rank first by ``sha256(SEED + sentence)``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime

from benchmarks.attribution_probes import GOLD
from benchmarks.date_probes_real import print_or_check, sentences
from benchmarks.entity_probes_real import candidates, seeded_picks
from benchmarks.extraction import default_dirs
from benchmarks.quantity_probe_sample import OFF_LIMITS

SEED = "attrib279-attribution-probes-real-1:"
PUBLISHERS = 26
PER_PUBLISHER = 2
#: A reporting cue the draw looks for (not the extractor's list: a draw, so wider than any rule).
CUE = re.compile(
    r"\b(?:said|says|say|told|tells|according to|believes?|believed|expects?|expected|thinks?|thought|announced|"
    r"added|explained|noted|warned|claimed|claims|stated|argued|argues|insisted|estimated|estimates|confirmed|"
    r"denied|acknowledged|admitted|predicted|predicts|suggested|suggests|wrote|writes|tweeted|posted|revealed|"
    r"reported|reports|found|showed|shows|concluded|alleged|alleges|maintained|contended|hopes?|fears?|feared|"
    r"promised|vowed|pledged|agreed|recalled|pointed out|stressed|emphasized|emphasised|cited|citing)\b"
)
_QUOTE = re.compile(r"[\"“”]")
#: News pages: a body with at least ``MIN_NEWS_CUES`` of these (a first draw over every page held mostly blogs'
#: first-person "I think", so the batch keeps to pages written as reported news).
_NEWS_CUE = re.compile(r"\b(?:said|according to|told)\b")
MIN_NEWS_CUES = 3
#: The writer's or reader's own voice before the cue ("I think", "we told you", "you expect"): no reported claim.
_OWN_VOICE = re.compile(r"\b(?:I|I'd|I’d|we|you|We|You)\s+(?:\w+\s+)?" + CUE.pattern[2:])
_PRONOUN_CUE = re.compile(r"\b(?:he|she|they|it|we)\s+(?:\w+\s+)?(?:said|says|told|tells|added|noted|wrote)\b", re.IGNORECASE)


def _keep(sentence: str) -> bool:
    return (
        bool(CUE.search(sentence))
        and not _QUOTE.search(sentence)
        and not _OWN_VOICE.search(sentence)
        and not sentence.endswith("?")
    )


def rank(text: str) -> str:
    return hashlib.sha256((SEED + text).encode()).hexdigest()


def _iso(published: str | None) -> str | None:
    """A page's publication time as ISO 8601 (the corpus also writes "2023-12-22 14:24:45 -0600" and bare dates)."""
    if not published:
        return None
    for read in (datetime.fromisoformat, lambda text: datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")):
        try:
            return read(published).isoformat()
        except ValueError:
            pass
    return datetime.fromisoformat(published[:10]).isoformat()


def _published() -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for folder in default_dirs():
        for meta in folder.glob("*.json"):
            data = json.loads(meta.read_text(encoding="utf-8"))
            found[meta.stem] = _iso((data.get("expected") or {}).get("published"))
    return found


def _before(case_id: str, sentence: str, bodies: dict[str, list[str]]) -> str | None:
    """The sentence before ``sentence`` on its page, when it stands in the same paragraph run of sentences."""
    listed = bodies[case_id]
    at = listed.index(sentence)
    return listed[at - 1] if at else None


def news_sentences(keep: Callable[[str], bool]) -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[str]]]:
    """(publisher -> the ``(sentence, case id)`` pairs ``keep`` takes from its pages written as reported news,
    case id -> its body's sentences): what the English drawers pick windows from."""
    found = {
        publisher: rows
        for publisher, rows in candidates("en", re.compile(r"[\s\S]+"), cut=lambda body: [body], pool=lambda _: True)
        .items()
        if publisher not in OFF_LIMITS
    }
    bodies = {case_id: list(sentences(body)) for rows in found.values() for body, case_id in rows}
    said = {
        publisher: [
            (s, c)
            for body, c in rows
            if len(_NEWS_CUE.findall(body)) >= MIN_NEWS_CUES
            for s in sentences(body)
            if keep(s)
        ]
        for publisher, rows in found.items()
    }
    return said, bodies


def draw() -> list[dict]:
    """The drawn windows, unlabelled, publishers in draw order."""
    said, bodies = news_sentences(_keep)
    said = {publisher: rows for publisher, rows in said.items() if rows}
    published = _published()
    out = []
    for publisher, sentence, case_id in seeded_picks(said, rank, PUBLISHERS, PER_PUBLISHER):
        out.append(window_row(f"en-real-{rank(sentence)[:8]}", publisher, sentence, case_id, bodies, published))
    return out


def window_row(
    row_id: str,
    publisher: str,
    sentence: str,
    case_id: str,
    bodies: dict[str, list[str]],
    published: dict[str, str],
) -> dict:
    """An unlabelled probe row for ``sentence``: with the sentence before it when a pronoun holds the cue, so the
    pronoun's antecedent is in the window (unless that sentence is a quotation)."""
    text = sentence
    before = _before(case_id, sentence, bodies) if _PRONOUN_CUE.search(sentence) else None
    if before and not _QUOTE.search(before):
        text = f"{before} {sentence}"
    return {
        "id": row_id,
        "published": published.get(case_id) or "2024-01-01T00:00:00+00:00",
        "text": text,
        "attributions": [],
        "note": "",
        "page": case_id,
        "publisher": publisher,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="whether the labelled file holds the drawn windows")
    args = parser.parse_args(argv)
    return print_or_check(draw(), GOLD / "en_real.jsonl", args.check)


if __name__ == "__main__":
    sys.exit(main())
