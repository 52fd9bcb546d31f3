"""Stories: syndicated copies share a story_id, other reports (same topic included) do not; the index
grows across appends, keeps ids stable, and is rebuilt from the Parquet files when lost.

The labelled set: real corpus articles (tests/fixtures/stories), each "wire" one copied as syndication
does (another headline, a trimmed ending, boilerplate added, small edits, a rewritten lede), plus
different reports, mostly on the wire stories' topics. Labels follow from the construction. The
thresholds in warehouse/stories.py were chosen on the dev split; the test split only scores them.
"""
from __future__ import annotations

import json
import multiprocessing
import random
import re
import sqlite3
import textwrap
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path

import pytest

from extractors.records import Article, Provenance
from tests.warehouse_helpers import kill_when_paused, run_processes
from warehouse.query import run_sql
from warehouse.store import Warehouse, article_id_for, rebuild_story_index
from warehouse.stories import same_report, sketch

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "stories"
HOSTS = ["dailyplanet.example", "gazette.example", "morning-post.example", "wire-mirror.example", "herald.example",
         "aggregator.example"]


def _load(split: str) -> list[dict]:
    rows = [json.loads(line) for line in (FIXTURES / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["split"] == split]


BOILERPLATE = (FIXTURES / "boilerplate.txt").read_text(encoding="utf-8").splitlines()


def _edit_words(text: str, rng: random.Random, share: float) -> str:
    """Small edits: a few words dropped or replaced, 'said' turned into 'says'."""
    words = text.split(" ")
    for _ in range(max(1, int(len(words) * share))):
        i = rng.randrange(len(words))
        words[i] = "" if rng.random() < 0.5 else rng.choice(words)
    return re.sub(r"\bsaid\b", "says", " ".join(w for w in words if w))


def copies(base: dict, rng: random.Random) -> list[tuple[str, str]]:
    """(title, body) of six syndicated copies of ``base``."""
    paragraphs = base["body"].split("\n\n")
    first_words = base["body"].split()[:9]

    def trimmed() -> list[str]:
        keep = max(1, round(len(paragraphs) * rng.uniform(0.45, 0.8)))
        if keep == len(paragraphs) and len(paragraphs[-1]) > 1:  # a one-paragraph text loses its last half
            return paragraphs[:-1] + [paragraphs[-1][: len(paragraphs[-1]) // 2]]
        return paragraphs[:keep]

    def brief() -> list[str]:
        """The first paragraphs, up to about 70 words: what aggregators and briefs carry."""
        out: list[str] = []
        for paragraph in paragraphs:
            if out and sum(len(p.split()) for p in out) + len(paragraph.split()) > 70:
                break
            out.append(paragraph)
        return out

    def with_boilerplate(parts: list[str]) -> list[str]:
        return rng.sample(BOILERPLATE, 1) + parts + rng.sample(BOILERPLATE, rng.randint(1, 3))

    headline = " ".join(first_words).rstrip(",.;:") + "..."
    return [
        ("UPDATE: " + base["title"].upper(), "\n\n".join(trimmed())),
        (headline, "\n\n".join(with_boilerplate(paragraphs))),
        (base["title"] + " | Gazette", _edit_words(base["body"], rng, 0.02)),
        (headline, "\n\n".join(with_boilerplate([_edit_words(p, rng, 0.02) for p in trimmed()]))),
        ("Report: " + base["title"], "\n\n".join(["CAPITAL CITY (Wire) — " + _edit_words(paragraphs[0], rng, 0.1)]
                                                + paragraphs[1:])),
        (headline, "\n\n".join(brief() + ["Read the full story on our partner's site."])),
    ]


def labelled_set(split: str, seed: int = 15) -> list[tuple[Article, str]]:
    """(article, true story) pairs: each wire article with its copies, and the other reports."""
    rng = random.Random(seed)
    out = []
    for base in _load(split):
        published = datetime.fromisoformat(base["published"]) if base["published"] else datetime(2024, 5, 1, tzinfo=UTC)
        if published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
        versions = [(base["title"], base["body"])] + (copies(base, rng) if base["role"] == "wire" else [])
        for n, (title, body) in enumerate(versions):
            url = base["url"] if n == 0 else f"https://{HOSTS[n - 1]}/news/{base['id']}"
            out.append((Article(source=url, url=url, title=title, text=body, language="en",
                                published=published + timedelta(hours=n)), base["id"]))
    rng.shuffle(out)
    return out


def pairwise_precision_recall(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """Over all pairs of articles: precision and recall of "same story"."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(truth), 2):
        same_true, same_pred = truth[a] == truth[b], predicted[a] == predicted[b]
        tp += same_true and same_pred
        fp += same_pred and not same_true
        fn += same_true and not same_pred
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


def _stored_stories(root) -> dict[str, str]:
    return dict(run_sql(root, "select article_id, story_id from articles")[1])


@pytest.mark.parametrize("order", [15, 16, 17])
@pytest.mark.parametrize("split", ["dev", "test"])
def test_copies_share_a_story_and_other_reports_do_not(tmp_path, split, order):
    items = labelled_set(split, seed=order)  # the order copies arrive in must not matter
    warehouse = Warehouse(tmp_path / "warehouse")
    for batch, start in enumerate(range(0, len(items), 7)):  # several appends: the index grows across them
        chunk = [(a, Provenance("test")) for a, _ in items[start : start + 7]]
        warehouse.append(chunk, run_id="r", batch=batch)
    truth = {article_id_for(a.url, a.text): story for a, story in items}
    predicted = _stored_stories(tmp_path / "warehouse")
    precision, recall = pairwise_precision_recall(predicted, truth)
    print(f"{split} (order {order}): {len(items)} articles, {len(set(truth.values()))} stories, "
          f"pairwise precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.95 and recall >= 0.95
    # a story's id is the article id of one of its own members
    assert set(predicted.values()) <= set(predicted)


def test_pairwise_scores_count_pairs():
    assert pairwise_precision_recall({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "x", "c": "x"}) == (1.0, 1 / 3)
    assert pairwise_precision_recall({"a": "1", "b": "1", "c": "1"}, {"a": "x", "b": "x", "c": "y"}) == (1 / 3, 1.0)


def test_first_article_founds_the_story_and_keeps_its_id_across_runs_and_versions(tmp_path):
    base = _load("dev")[0]
    original = Article(source="a", url="https://one.example/a", title=base["title"], text=base["body"],
                       published=datetime(2024, 5, 1, tzinfo=UTC))
    warehouse = Warehouse(tmp_path / "w")
    warehouse.append([(original, Provenance("t"))], run_id="r1", batch=0)
    first = article_id_for(original.url, original.text)
    copy = Article(source="b", url="https://two.example/b", title="Other headline", text=base["body"][:-200],
                   published=datetime(2024, 4, 30, tzinfo=UTC))  # published earlier, ingested later
    warehouse.append([(copy, Provenance("t"))], run_id="r2", batch=0)
    original.text += "\n\nThis story has been updated."  # a new version of the founder
    warehouse.append([(original, Provenance("t"))], run_id="r3", batch=0)
    assert set(_stored_stories(tmp_path / "w").values()) == {first}
    (story,) = run_sql(tmp_path / "w", "select story_id, articles, sources, title from stories")[1]
    assert story == (first, 2, 2, base["title"])


def test_an_article_that_is_the_same_report_as_two_stories_joins_them(tmp_path):
    base = _load("dev")[0]
    paragraphs = base["body"].split("\n\n")
    words = base["body"].split()
    brief = " ".join(words[:70])  # the lede only
    cut = next(i for i in range(len(paragraphs)) if len(" ".join(paragraphs[:i]).split()) >= 100)
    edited = "\n\n".join(["CAPITAL CITY (Wire) — Officials reacted on Sunday."] + paragraphs[cut:])  # a new top
    warehouse = Warehouse(tmp_path / "w")
    articles = [Article(source=u, url=u, title=t, text=x, published=datetime(2024, 5, 1, h, tzinfo=UTC))
                for h, (u, t, x) in enumerate([("https://a.example/brief", "Brief", brief),
                                               ("https://b.example/edited", "Edited", edited),
                                               ("https://c.example/full", base["title"], base["body"])])]
    for n, article in enumerate(articles[:2]):
        warehouse.append([(article, Provenance("t"))], run_id=f"r{n}", batch=0)
    assert len(set(_stored_stories(tmp_path / "w").values())) == 2  # nothing links the brief and the edit yet
    warehouse.append([(articles[2], Provenance("t"))], run_id="r2", batch=0)  # the whole story: like both
    ids = [article_id_for(a.url, a.text) for a in articles]
    assert set(_stored_stories(tmp_path / "w").values()) == {ids[0]}  # the oldest story absorbs the other
    assert run_sql(tmp_path / "w", "select story_id, merged_into from story_merges")[1] == [(ids[1], ids[0])]
    assert run_sql(tmp_path / "w", "select story_id, articles from stories")[1] == [(ids[0], 3)]
    (tmp_path / "w" / "ledger.sqlite").unlink()  # the merges file is the truth the index is rebuilt from
    for extra in (tmp_path / "w").glob("ledger.sqlite-*"):
        extra.unlink()
    copy = Article(source="d", url="https://d.example/edited", title="Again", text=edited)
    Warehouse(tmp_path / "w").append([(copy, Provenance("t"))], run_id="r3", batch=0)
    assert set(_stored_stories(tmp_path / "w").values()) == {ids[0]}


def test_lost_index_is_rebuilt_from_parquet_and_assigns_new_copies_as_before(tmp_path):
    items = labelled_set("dev")[:20]
    root = tmp_path / "w"
    Warehouse(root).append([(a, Provenance("t")) for a, _ in items], run_id="r", batch=0)
    before = _stored_stories(root)
    (root / "ledger.sqlite").unlink()
    for extra in root.glob("ledger.sqlite-*"):
        extra.unlink()
    warehouse = Warehouse(root)  # rebuilds ledger and story index
    assert rebuild_story_index(root, only_if_empty=True) == 0  # already rebuilt: nothing to do
    again = [(Article(source="x", url=a.url + "?copy=1", title=a.title, text=a.text, published=a.published),
              Provenance("t")) for a, _ in items]
    warehouse.append(again, run_id="r2", batch=0)
    after = _stored_stories(root)
    for article, _ in items:
        copy_id = article_id_for(article.url + "?copy=1", article.text)
        assert after[copy_id] == before[article_id_for(article.url, article.text)]


def test_empty_texts_never_share_a_story():
    assert not same_report(sketch(None, ""), sketch(None, ""))
    assert sketch(None, "").band_keys == ()


KILLED_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from extractors.records import Provenance
    from warehouse.ledger import Ledger
    from warehouse.store import Warehouse
    from tests.test_stories import labelled_set

    root, marker = sys.argv[1], Path(sys.argv[2])
    def pause(self, versions):  # files written, story rows inserted, the ledger transaction still open
        marker.write_text("paused")
        time.sleep(120)
    Ledger.record_articles = pause
    items = labelled_set("dev")
    Warehouse(root).append([(a, Provenance("t")) for a, _ in items[10:]], run_id="killed", batch=0)
""")


def _index_rows(root) -> tuple[int, int]:
    con = sqlite3.connect(root / "ledger.sqlite")
    try:
        return (con.execute("SELECT count(*) FROM story_members").fetchone()[0],
                con.execute("SELECT count(DISTINCT article_id) FROM story_bands").fetchone()[0])
    finally:
        con.close()


def test_story_index_survives_a_sigkilled_append_and_the_rerun_adds_no_duplicates(tmp_path):
    root = tmp_path / "w"
    items = labelled_set("dev")
    Warehouse(root).append([(a, Provenance("t")) for a, _ in items[:10]], run_id="first", batch=0)
    marker = tmp_path / "paused"
    kill_when_paused(KILLED_CHILD, [str(root), str(marker)], marker)
    assert _index_rows(root)[0] == 10  # the killed append's index rows rolled back with its ledger rows

    Warehouse(root).append([(a, Provenance("t")) for a, _ in items[10:]], run_id="rerun", batch=0)
    truth = {article_id_for(a.url, a.text): story for a, story in items}
    predicted = _stored_stories(root)
    assert len(predicted) == len(items) and _index_rows(root) == (len(items), len(items))
    assert pairwise_precision_recall(predicted, truth) == (1.0, 1.0)
    stories = run_sql(root, "select count(*), sum(articles) from stories")[1][0]
    assert stories == (len(set(truth.values())), len(items))


def _append_worker(root: str, order: list[int], run_id: str, start) -> None:
    items = labelled_set("dev")
    warehouse = Warehouse(root)
    start.wait()
    for batch, b in enumerate(range(0, len(order), 4)):
        warehouse.append([(items[i][0], Provenance("t")) for i in order[b : b + 4]], run_id=run_id, batch=batch)


def test_overlapping_appends_of_the_same_copies_agree_on_one_story_each(tmp_path):
    root = tmp_path / "w"
    n = len(labelled_set("dev"))
    run_processes(multiprocessing.get_context("spawn"), _append_worker,
                  [(str(root), list(range(n)), "A"), (str(root), list(reversed(range(n))), "B")])
    items = labelled_set("dev")
    truth = {article_id_for(a.url, a.text): story for a, story in items}
    assert pairwise_precision_recall(_stored_stories(root), truth) == (1.0, 1.0)
    assert _index_rows(root) == (n, n)
