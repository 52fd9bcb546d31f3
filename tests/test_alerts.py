"""Watches and alerts without Prefect: matching, the alert log (one alert per watch and story),
webhooks against a real server on 127.0.0.1, and the views that read them."""
from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from extractors.records import Article, Entity, Provenance, Quantity
from flows.alerts import post_webhooks
from flows.cli import cli
from flows.config import FetchPolicy, Watch
from flows.watch import find_matches, keyword_pattern
from tests.fault_server import running_server, send
from tests.test_stories import _load
from tests.warehouse_helpers import age_files
from warehouse.alerts import record_matches
from warehouse.query import run_sql
from warehouse.store import Warehouse, article_id_for

KP = Watch("kp", entities=("KP",), keywords=("missile",))
DEATHS = Watch("deaths", quantity_units=("dead",), quantity_min=10)


def _article(url: str, text: str, *, title: str = "A report", hours: int = 0, dead: float | None = None) -> Article:
    """An article whose text names North Korea; ``dead`` adds a quantity "N dead" at the end."""
    text = "North Korea said on Monday. " + text
    facts = [Entity("North Korea", 0, 11, 0, "GPE", "KP")]
    if dead is not None:
        sentence = f" At least {dead:g} dead were counted."
        start = len(text) + len(" At least ")
        text += sentence
        facts.append(Quantity(f"{dead:g} dead", start, start + len(f"{dead:g} dead"), 9, dead, "dead", "at_least"))
    return Article(source=url, url=url, title=title, text=text, language="en", facts=facts,
                   published=datetime(2024, 8, 27, tzinfo=UTC) + timedelta(hours=hours))


@pytest.fixture
def wire_text() -> str:
    return _load("dev")[0]["body"] + "\n\nThe missile flew 500 km."


def _run(warehouse: Warehouse, run_id: str, articles: list[Article], watches=(KP, DEATHS)):
    warehouse.append([(a, Provenance("t")) for a in articles], run_id=run_id, batch=0)
    return record_matches(warehouse.storage, find_matches(warehouse.storage, watches, run_id))


def test_keywords_match_whole_words_in_any_case():
    assert keyword_pattern("launch").search("a LAUNCH, today")
    assert not keyword_pattern("launch").search("it launched")
    assert keyword_pattern("ballistic missile").search("a ballistic\nmissile")


def test_a_watch_alerts_once_per_story_and_later_copies_only_count(tmp_path, wire_text):
    warehouse = Warehouse(tmp_path / "w")
    first = _run(warehouse, "r1", [
        _article("https://a.example/1", wire_text, title="Missile launch"),
        _article("https://b.example/1", wire_text[:-300], title="Another headline", hours=1),  # a copy
        _article("https://c.example/1", "Talks resumed without any missile.", hours=2),  # another story
        _article("https://d.example/1", "Talks about rice.", hours=3),  # KP, but no keyword
    ])
    assert [a.article_id for a in first.new_alerts if a.watch == "kp"] == [
        article_id_for("https://a.example/1", "x"), article_id_for("https://c.example/1", "x")]
    assert first.logged == 3
    again = record_matches(warehouse.storage, find_matches(warehouse.storage, [KP, DEATHS], "r1"))
    assert (again.logged, again.new_alerts) == (0, [])  # the same run's matches twice: nothing new
    later = _run(warehouse, "r2", [_article("https://e.example/1", wire_text[:-100], title="Third copy", hours=5)])
    assert later.logged == 1 and later.new_alerts == []
    rows = run_sql(warehouse.storage, "select watch, title, articles, evidence, sentences from alerts "
                                      "where watch = 'kp' order by articles desc")[1]
    assert [(r[1], r[2]) for r in rows] == [("Missile launch", 3), ("A report", 1)]
    evidence, sentences = rows[0][3], rows[0][4]
    assert evidence == ["entity KP (GPE)", "keyword missile"]
    assert sentences[0] == "North Korea said on Monday."
    # the wire text's first sentence names the missile: the whole sentence, and no more
    assert "missile" in sentences[1] and sentences[1].endswith(".") and wire_text.startswith(sentences[1])
    assert "\n" not in sentences[1]


def test_a_runs_matches_read_only_files_written_since_it_began_and_equal_the_whole_warehouses(
        tmp_path, wire_text, caplog):
    warehouse = Warehouse(tmp_path / "w")
    root = warehouse.storage.root
    for batch in range(4):  # older runs: other stories, and the first version of one the run updates
        warehouse.append([(_article(f"https://old.example/{batch}/{i}", f"Talk {batch} {i} of a missile.", hours=i,
                                    dead=10 + i), Provenance("t")) for i in range(5)], run_id="old", batch=batch)
    older = age_files(root, "old", 86400)
    assert older >= 4
    since = datetime.now(UTC)
    warehouse.append([(a, Provenance("t")) for a in [
        _article("https://old.example/0/1", "Talk 0 1 of a missile, updated.", hours=1, dead=40),  # a new version
        _article("https://new.example/1", wire_text, title="Missile launch", hours=9),
        _article("https://new.example/2", "Talks about rice.", hours=10, dead=12)]], run_id="r", batch=0)

    def answer(**kwargs) -> list[tuple]:
        return [(m.watch, m.article_id, m.evidence, m.sentences)
                for m in find_matches(warehouse.storage, [KP, DEATHS], "r", **kwargs)]

    recent = answer(since=since)
    assert recent == answer()
    assert {(watch, len(sentences)) for watch, _, _, sentences in recent} >= {("kp", 2), ("deaths", 1)}
    assert len({aid for _, aid, _, _ in recent}) == 3
    for path in root.rglob("a-old-*.parquet"):  # the older runs' files can no longer be read
        path.write_bytes(b"not parquet")
    age_files(root, "old", 86400)  # the write made them recent again
    with caplog.at_level("WARNING", logger="warehouse.query"):
        assert answer(since=since) == recent
    assert not caplog.records


def test_quantity_condition_needs_the_unit_and_the_minimum(tmp_path):
    warehouse = Warehouse(tmp_path / "w")
    result = _run(warehouse, "r1", [_article("https://a.example/q", "A flood hit.", dead=4),
                                    _article("https://b.example/q", "A storm hit the coast.", dead=25)], [DEATHS])
    (alert,) = result.new_alerts
    assert alert.url == "https://b.example/q" and alert.evidence == ["quantity 25 dead"]
    assert alert.sentences == ["At least 25 dead were counted."]


def test_claims_view_gives_the_change_from_the_previous_value(tmp_path):
    warehouse = Warehouse(tmp_path / "w")
    for hours, dead in ((0, 10), (6, 25)):
        article = _article(f"https://a.example/{hours}", f"Report number {hours} on the storm.", hours=hours, dead=dead)
        article.facts[1] = Quantity(**{**{f: getattr(article.facts[1], f) for f in Quantity.__slots__}, "subject": "North Korea"})
        warehouse.append([(article, Provenance("t"))], run_id=f"r{hours}", batch=0)
    rows = run_sql(warehouse.storage, "select subject_entity, previous_value, value, change, change_text, sentence "
                                      "from claims order by claimed_at")[1]
    assert rows == [("KP", None, 10.0, None, None, "At least 10 dead were counted."),
                    ("KP", 10.0, 25.0, 15.0, "from 10 to 25 dead", "At least 25 dead were counted.")]
    daily = run_sql(warehouse.storage, "select day, entity, articles, stories from entity_mentions_daily")[1]
    assert daily == [(datetime(2024, 8, 27).date(), "KP", 2, 2)]


def test_webhook_gets_one_post_per_alert_and_failures_are_reported_not_raised(tmp_path, wire_text):
    warehouse = Warehouse(tmp_path / "w")
    with running_server() as server:
        server.routes["/hook"] = lambda h: send(h, b"ok", content_type="text/plain")
        server.routes["/broken"] = lambda h: send(h, b"no", status=500, content_type="text/plain")
        watches = [Watch("kp", entities=("KP",), webhook=server.url("/hook")),
                   Watch("missile", keywords=("missile",), webhook=server.url("/broken")),
                   Watch("private", entities=("KP",), webhook=server.url("/hook"))]
        alerts = _run(warehouse, "r1", [_article("https://a.example/1", wire_text),
                                        _article("https://b.example/1", wire_text[:-200], hours=1)], watches).new_alerts
        assert sorted(a.watch for a in alerts) == ["kp", "missile", "private"]  # one story: one alert per watch
        allowed = FetchPolicy(allow_private_hosts=("127.0.0.1",))
        posted, failures = post_webhooks([a for a in alerts if a.watch != "private"], watches, allowed)
        refused = post_webhooks([a for a in alerts if a.watch == "private"], watches, FetchPolicy())
    posts = [h for h in server.hits if h.method == "POST"]
    assert posted == 1 and [h.path for h in posts] == ["/hook", "/broken"]
    body = json.loads(posts[0].body)
    assert body["watch"] == "kp" and body["url"] == "https://a.example/1" and body["evidence"][0]["match"] == "entity KP (GPE)"
    assert failures == [(f"webhook of missile ({server.url('/broken')})", "HTTP 500")]
    assert refused[0] == 0 and "non-public address 127.0.0.1" in refused[1][0][1]  # refused before any request


def test_alerts_command_filters_by_watch_and_date(tmp_path, wire_text):
    warehouse = Warehouse(tmp_path / "data" / "warehouse")
    _run(warehouse, "r1", [_article("https://a.example/1", wire_text, dead=30)])
    args = ["alerts", "--data-dir", str(tmp_path / "data"), "--format", "json"]
    everything = json.loads(CliRunner().invoke(cli, args).output)
    assert sorted(r["watch"] for r in everything) == ["deaths", "kp"]
    only_kp = json.loads(CliRunner().invoke(cli, [*args, "--watch", "kp"]).output)
    assert [r["watch"] for r in only_kp] == ["kp"] and only_kp[0]["articles"] == 1
    assert json.loads(CliRunner().invoke(cli, [*args, "--since", "2999-01-01"]).output) == []


SENTENCES = ("SEOUL, Aug. 27 (Yonhap) -- North Korea has sent 13,000 containers. Officials in the U.S. said 5 more.\n\n"
             "The U.S. military said that 25 people were killed. \"It was bad,\" he said.\n\nA last line without a stop\n\n"
             "北韩发射了导弹。美国表示关切。")


@pytest.mark.parametrize(("span", "sentence"), [
    ("13,000 containers", "SEOUL, Aug. 27 (Yonhap) -- North Korea has sent 13,000 containers."),
    ("Officials", "Officials in the U.S. said 5 more."),
    ("25 people", "The U.S. military said that 25 people were killed."),
    ("It was bad", "\"It was bad,\" he said."),
    ("without", "A last line without a stop"),
    ("美国", "美国表示关切。"),
])
def test_sentence_at_finds_the_whole_sentence_of_a_span(tmp_path, span, sentence):
    start = SENTENCES.index(span)
    got = run_sql(tmp_path / "empty", "select sentence_at($t, $s, $e)",
                  {"t": SENTENCES, "s": start, "e": start + len(span)})[1][0][0]
    assert got == sentence


def test_a_webhook_that_does_not_answer_in_time_is_a_reported_failure(tmp_path, wire_text):
    warehouse = Warehouse(tmp_path / "w")
    with running_server() as server:
        server.routes["/slow"] = lambda h: (time.sleep(1.0), send(h, b"late", content_type="text/plain"))
        watches = [Watch("kp", entities=("KP",), webhook=server.url("/slow"))]
        alerts = _run(warehouse, "r1", [_article("https://a.example/1", wire_text)], watches).new_alerts
        policy = FetchPolicy(allow_private_hosts=("127.0.0.1",), read_timeout=0.2)
        posted, failures = post_webhooks(alerts, watches, policy)
    assert posted == 0 and len(failures) == 1 and "Timeout" in failures[0][1]
