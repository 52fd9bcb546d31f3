"""Monitoring for real: `newsfacts run` with a watch twice on the same input, a third time with one
more copy; the alert reaches SQL, the webhook (a server on 127.0.0.1), Prefect's event feed and the
run's artifacts exactly once."""
from __future__ import annotations

import asyncio
import json
import time

import pytest
from click.testing import CliRunner

from flows.alerts import ALERT_EVENT, ARTIFACT_KEY, watch_resource_id
from flows.cli import cli
from tests.fault_server import running_server, send
from tests.test_stories import _load
from warehouse.query import run_sql

pytestmark = pytest.mark.flow


def _articles() -> tuple[list[dict], dict]:
    """A wire story about a missile strike on Kyiv, a syndicated copy of it, and an unrelated story."""
    dev = {a["id"]: a for a in _load("dev")}
    wire = dev["globalnews_2026-05-24_russia-hits-kyiv-ballistic__fundus"]
    other = dev["washingtonpost_2024-04-26_storms__fundus"]
    rows = [{"url": wire["url"], "title": wire["title"], "text": wire["body"], "published": wire["published"]},
            {"url": "https://gazette.example/world/kyiv", "title": "Missile strike hits the capital",
             "text": wire["body"].rsplit("\n\n", 2)[0], "published": wire["published"]},
            {"url": other["url"], "title": other["title"], "text": other["body"], "published": other["published"]}]
    late_copy = {"url": "https://herald.example/kyiv", "title": "Kyiv struck again",
                 "text": "KYIV (Wire) — " + wire["body"], "published": wire["published"]}
    return rows, late_copy


def _write(path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture(scope="module")
def monitored(tmp_path_factory, prefect_server):
    """Three runs on one data dir; yields the data dir, the run outputs and the webhook's POSTs."""
    base = tmp_path_factory.mktemp("monitoring")
    inbox = base / "inbox"
    inbox.mkdir()
    rows, late_copy = _articles()
    _write(inbox / "articles.jsonl", rows)
    with running_server() as server:
        server.routes["/hook"] = lambda h: send(h, b"ok", content_type="text/plain")
        config = base / "newsfacts.toml"
        config.write_text(f"""
[fetch]
allow_private_hosts = ["127.0.0.1"]

[[sources]]
name = "inbox"
path = "inbox"

[[watch]]
name = "ukraine-strikes"
entities = ["UA"]
keywords = ["missile", "missiles"]
webhook = "{server.url('/hook')}"
""", encoding="utf-8")
        args = ["run", "--config", str(config), "--data-dir", str(base / "data")]
        outputs = [CliRunner().invoke(cli, args)]
        posts_after_first = len([h for h in server.hits if h.method == "POST"])
        outputs.append(CliRunner().invoke(cli, args))  # the same input again
        _write(inbox / "articles.jsonl", [*rows, late_copy])
        outputs.append(CliRunner().invoke(cli, args))  # one more copy of the story
    for result in outputs:
        assert result.exit_code == 0, result.output
    posts = [json.loads(h.body) for h in server.hits if h.method == "POST"]
    yield base / "data", outputs, posts_after_first, posts


def test_one_alert_per_story_and_later_copies_only_raise_its_count(monitored):
    data_dir, _, _, _ = monitored
    alerts = run_sql(data_dir / "warehouse", "select watch, title, articles, evidence from alerts")[1]
    assert len(alerts) == 1
    watch, title, articles, evidence = alerts[0]
    assert watch == "ukraine-strikes" and title.startswith("Russia hits Kyiv") and articles == 3
    assert "entity UA (GPE)" in evidence and any(e.startswith("keyword missile") for e in evidence)
    stories = run_sql(data_dir / "warehouse", "select articles from stories order by articles desc")[1]
    assert [s[0] for s in stories] == [3, 1]  # the wire story in three copies, the unrelated one alone


def test_run_summary_names_the_new_alerts(monitored):
    _, outputs, _, _ = monitored
    assert "alerts: 1 new (ukraine-strikes: 1)" in outputs[0].output
    assert "alerts: none new" in outputs[1].output and "alerts: none new" in outputs[2].output


def test_webhook_gets_exactly_one_post_for_the_one_alert(monitored):
    _, _, posts_after_first, posts = monitored
    assert posts_after_first == 1 and len(posts) == 1
    assert posts[0]["watch"] == "ukraine-strikes" and posts[0]["evidence"][0]["sentence"]


def test_the_alert_is_in_prefects_event_feed_and_the_runs_artifact(monitored):
    from prefect.client.orchestration import get_client
    from prefect.events.filters import EventFilter, EventNameFilter, EventResourceFilter

    async def alert_events():
        async with get_client() as client:
            page = await client.read_events(filter=EventFilter(
                event=EventNameFilter(name=[ALERT_EVENT]),
                resource=EventResourceFilter(id=[watch_resource_id("ukraine-strikes")])), limit=50)
            return page.events

    deadline = time.monotonic() + 30
    events = asyncio.run(alert_events())
    while not events and time.monotonic() < deadline:  # the server persists events in batches
        time.sleep(0.5)
        events = asyncio.run(alert_events())
    assert len(events) == 1
    assert events[0].payload["watch"] == "ukraine-strikes"
    assert any(r.id.startswith("newsfacts.story.") for r in events[0].related)

    async def alert_artifacts():
        from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

        async with get_client() as client:
            return await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[ARTIFACT_KEY])))

    artifacts = asyncio.run(alert_artifacts())
    assert len(artifacts) == 3 and all(a.flow_run_id for a in artifacts)  # one per run
    assert sum("**1** new alert," in a.data for a in artifacts) == 1
