"""Matching watches (config ``[[watch]]``) against the articles a run stored (new or updated).

A watch matches an article when every condition group it gives matches by at least one item:

* ``entities``: an entity fact whose normalized name (ISO code for countries) or surface text equals
  an item, case-insensitively;
* ``keywords``: an item found in the title or body as whole words, case-insensitively ("launch"
  does not match "launched"; a phrase matches across any whitespace);
* ``quantity_units`` (and ``quantity_min``): a quantity fact counted in one of the units (the unit,
  or its last word: "containers" matches "shipping containers") of at least the minimum.

Each piece of evidence is kept with its sentence (the ``sentence_at`` macro of the views), so an
alert says why it fired.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath

import pyarrow as pa

from flows.config import Watch
from warehouse.alerts import AlertMatch
from warehouse.query import connect
from warehouse.storage import Storage


@dataclass(frozen=True, slots=True)
class _Evidence:
    what: str
    fact_index: int | None
    start: int
    end: int


@dataclass(slots=True)
class _Article:
    article_id: str
    story_id: str
    title: str | None
    url: str | None
    published: datetime | None
    text: str
    entities: list[tuple[int, int, int, str, str, str]]  # (fact_index, start, end, text, normalized, label)
    quantities: list[tuple[int, int, int, str, float, str | None]]  # (fact_index, start, end, text, value, unit)


def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """Whole words, any case; the words of a phrase may be separated by any whitespace."""
    words = [re.escape(w) for w in keyword.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def match_article(watch: Watch, article: _Article) -> list[_Evidence]:
    """The evidence that ``watch`` matches ``article`` (every group given), or [] when it does not."""
    groups: list[list[_Evidence]] = []
    if watch.entities:
        wanted = {e.casefold() for e in watch.entities}
        groups.append([_Evidence(f"entity {norm} ({label})", idx, start, end)
                       for idx, start, end, text, norm, label in article.entities
                       if norm.casefold() in wanted or text.casefold() in wanted])
    if watch.keywords:
        hits = []
        for keyword in watch.keywords:
            found = keyword_pattern(keyword).search(article.text)
            if found:
                hits.append(_Evidence(f"keyword {keyword}", None, found.start(), found.end()))
            elif article.title and keyword_pattern(keyword).search(article.title):
                hits.append(_Evidence(f"keyword {keyword} (title)", None, 0, 0))
        groups.append(hits)
    if watch.quantity_units:
        units = {u.casefold() for u in watch.quantity_units}
        groups.append([
            _Evidence(f"quantity {text}", idx, start, end)
            for idx, start, end, text, value, unit in article.quantities
            if unit and (unit.casefold() in units or unit.casefold().rsplit(" ", 1)[-1] in units)
            and (watch.quantity_min is None or value >= watch.quantity_min)
        ])
    if not groups or not all(groups):
        return []
    return [e for group in groups for e in group]


#: The views and macros ``find_matches`` reads, with the ones they are built on.
WATCH_VIEWS = frozenset({"article_rows", "fact_rows", "latest_copies", "story_merges", "articles", "facts",
                         "sentence_at"})


def find_matches(root: Storage | PurePath | str, watches: Sequence[Watch], run_id: str,
                 since: datetime | None = None) -> list[AlertMatch]:
    """Every (watch, article) match among the articles whose latest version run ``run_id`` stored.

    ``since``, when the run began: only the files written from then on are read
    (``connect(written_since=...)``), which hold every article copy and fact row the run wrote and every
    later copy of its articles; without it every file is, and matching a run cost more the longer the
    warehouse's history (story merges are a side file, read whole either way).
    """
    if not watches:
        return []
    con = connect(root, views=WATCH_VIEWS, written_since=since)
    try:
        articles = _run_articles(con, run_id)
        found: list[tuple[Watch, _Article, list[_Evidence]]] = []
        for article in articles:
            for watch in watches:
                evidence = match_article(watch, article)
                if evidence:
                    found.append((watch, article, evidence))
        sentences = _sentences(con, [(a.article_id, e) for _, a, ev in found for e in ev])
    finally:
        con.close()
    now = datetime.now(UTC)
    return [
        AlertMatch(watch=w.name, story_id=a.story_id, article_id=a.article_id, title=a.title, url=a.url,
                   published=a.published, evidence=[e.what for e in ev], fact_indexes=[e.fact_index for e in ev],
                   sentences=[_sentence(sentences, a, e) for e in ev],
                   matched_at=now, run_id=run_id)
        for w, a, ev in found
    ]


def _sentence(sentences: dict[tuple[str, int, int], str], article: _Article, evidence: _Evidence) -> str:
    if evidence.end == 0:  # a keyword found in the title only
        return article.title or ""
    return sentences.get((article.article_id, evidence.start, evidence.end), "")


def _run_articles(con, run_id: str) -> list[_Article]:
    rows = con.execute(
        "SELECT article_id, coalesce(story_id, article_id), title, url, published, text FROM articles "
        "WHERE run_id = $run ORDER BY published NULLS LAST, article_id", {"run": run_id}).fetchall()
    articles = {r[0]: _Article(*r, entities=[], quantities=[]) for r in rows}
    if not articles:
        return []
    facts = con.execute(
        "SELECT f.article_id, f.kind, f.fact_index, f.start, f.\"end\", f.text, f.normalized, f.label, f.value, f.unit "
        "FROM facts f SEMI JOIN (SELECT article_id FROM articles WHERE run_id = $run) USING (article_id) "
        "WHERE f.kind IN ('entity', 'quantity') ORDER BY f.article_id, f.fact_index", {"run": run_id}).fetchall()
    for aid, kind, idx, start, end, text, normalized, label, value, unit in facts:
        if kind == "entity":
            articles[aid].entities.append((idx, start, end, text, normalized or text, label))
        else:
            articles[aid].quantities.append((idx, start, end, text, value, unit))
    return list(articles.values())


def _sentences(con, spans: list[tuple[str, _Evidence]]) -> dict[tuple[str, int, int], str]:
    """The sentence of each (article, span), by the views' ``sentence_at`` macro (one query)."""
    wanted = sorted({(aid, e.start, e.end) for aid, e in spans if e.end > 0})
    if not wanted:
        return {}
    table = pa.table({"article_id": [w[0] for w in wanted], "s": [w[1] for w in wanted], "e": [w[2] for w in wanted]})
    con.register("wanted_spans", table)
    rows = con.execute("SELECT w.article_id, w.s, w.e, sentence_at(a.text, w.s, w.e) FROM wanted_spans w "
                       "JOIN articles a USING (article_id)").fetchall()
    return {(aid, s, e): sentence for aid, s, e, sentence in rows}
