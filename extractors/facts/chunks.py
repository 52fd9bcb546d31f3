"""Long articles in paragraph-aligned chunks, and their facts put back together.

spaCy refuses a text over ``nlp.max_length`` (a million characters), and rule time grows faster than
a document's length, so an article longer than ``CHUNK_CHARS`` is read chunk by chunk: cut at the
last paragraph break before the limit (else a sentence end, else a space), facts shifted to offsets
and sentence numbers of the whole text, and an entity named in several chunks merged into one.
"""
from __future__ import annotations

from dataclasses import replace

from extractors.records import Entity, Fact, MentionSpan

#: Longest text one model call reads.
CHUNK_CHARS = 100_000


def paragraph_chunks(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """``(offset, chunk)`` pairs that cover ``text`` in order, each at most ``limit`` (default
    ``CHUNK_CHARS``) characters."""
    limit = limit or CHUNK_CHARS
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = start + limit
        end = text.rfind("\n\n", start + 1, window)
        if end <= start:
            end = text.rfind(". ", start + 1, window - 1) + 1
        if end <= start:
            end = text.rfind(" ", start + 1, window)
        if end <= start:
            end = window
        chunks.append((start, text[start:end]))
        start = end
    chunks.append((start, text[start:]))
    return chunks


def shift(fact: Fact, chars: int, sentences: int) -> Fact:
    """A chunk's fact at its place in the whole text."""
    if not chars and not sentences:
        return fact
    moved = replace(fact, start=fact.start + chars, end=fact.end + chars, sentence=fact.sentence + sentences)
    if isinstance(moved, Entity):
        moved = replace(moved, spans=tuple(MentionSpan(s.start + chars, s.end + chars, s.sentence + sentences)
                                           for s in moved.spans))
    return moved


def merge_chunks(parts: list[list[Fact]]) -> list[Fact]:
    """The facts of consecutive chunks (already shifted) as one article's: entities merged by name."""
    if len(parts) == 1:
        return parts[0]
    entities: dict[tuple[str, str], Entity] = {}
    others: list[Fact] = []
    for facts in parts:
        for fact in facts:
            if not isinstance(fact, Entity):
                others.append(fact)
                continue
            key = (fact.label, fact.normalized)
            seen = entities.get(key)
            entities[key] = fact if seen is None else replace(
                seen, mentions=seen.mentions + fact.mentions, spans=seen.spans + fact.spans, role=seen.role or fact.role
            )
    merged: list[Fact] = [*entities.values(), *others]
    merged.sort(key=lambda fact: (fact.start, fact.end))
    return merged
