"""flows/config.py: TOML sources, defaults and fetch policy; errors that name the file, source and fix."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from flows.config import (
    Config,
    ConfigError,
    FetchPolicy,
    RejectedSource,
    Schedule,
    Watch,
    choose_sources,
    load_config,
    parse_allowed_host,
    spec_from_argument,
)

EXAMPLE = Path(__file__).parent.parent / "newsfacts.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newsfacts.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_config_without_a_file_gives_defaults() -> None:
    config = load_config(None)
    assert config == Config() and config.sources == ()
    assert config.fetch.user_agent.startswith("newsfacts/") and "(+http" in config.fetch.user_agent


def test_load_config_reads_sources_defaults_and_policy(tmp_path: Path) -> None:
    path = write(tmp_path, """
data_dir = "store"
[defaults]
schedule = "15m"
options = { since_days = 2 }
[fetch]
read_timeout = 5
per_host_concurrency = 1
allow_private_hosts = ["127.0.0.1", "10.0.0.0/8"]
[[sources]]
name = "wire"
kind = "feed"
url = "https://wire.example/rss"
schedule = "0 */2 * * *"
options = { limit = 50 }
[[sources]]
name = "inbox"
path = "inbox"
""")
    config = load_config(path)
    wire, inbox = config.sources
    assert (wire.kind, wire.location, wire.schedule) == ("feed", "https://wire.example/rss", Schedule(cron="0 */2 * * *"))
    assert wire.options == {"since_days": 2, "limit": 50}
    assert (inbox.kind, inbox.location) == ("path", str((tmp_path / "inbox").resolve()))
    assert inbox.schedule == Schedule(interval=timedelta(minutes=15))
    assert config.fetch == FetchPolicy(read_timeout=5.0, per_host_concurrency=1,
                                       allow_private_hosts=("127.0.0.1", "10.0.0.0/8"))
    assert config.data_dir == (tmp_path / "store").resolve() and config.path == path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[sources]]\nname = 'a'\nkind = 'podcast'\nurl = 'https://a.example/'",
         r"source 'a' \(sources\[0\]\): unknown kind 'podcast'; use one of feed, sitemap, url, path, auto"),
        ("[[sources]]\nkind = 'feed'\nurl = 'https://a.example/'", r"sources\[0\] has no name; add name ="),
        ("[[sources]]\nname = 'a'\nurl = 'https://a.example/'\npath = 'x'", "source 'a'.*exactly one of url"),
        ("[[sources]]\nname = 'a'", "source 'a'.*exactly one of url"),
        ("[[sources]]\nname = 'a'\nurl = 'ftp://a.example/'", "source 'a'.*not an http\\(s\\) URL"),
        ("[[sources]]\nname = 'a'\nurl = 'https://a.example/'\noptions = { since = 2 }",
         "source 'a'.*unknown option 'since'; known options: since_days"),
        ("[[sources]]\nname = 'a'\nurl = 'https://a.example/'\noptions = { limit = -1 }",
         "source 'a'.*option limit = -1 is invalid; it must be a positive integer"),
        ("[[sources]]\nname = 'a'\nurl = 'https://a.example/'\nschedule = 'often'",
         "source 'a'.*schedule 'often' is neither an interval"),
        ("[[sources]]\nname = 'a'\nurl = 'https://a.example/'\nrefresh = 1", "source 'a': unknown key 'refresh'"),
        ("[[sources]]\nname = 'a'\nurl = 'https://a.example/'\n[[sources]]\nname = 'a'\nurl = 'https://b.example/'",
         "source 'a' is defined twice"),
        ("[fetch]\ntimeout = 3", r"\[fetch\]: unknown key 'timeout'; known keys: .*read_timeout"),
        ("[fetch]\nretries = 'many'", r"\[fetch\] retries must be an integer >= 0"),
        ("[fetch]\nread_timeout = 0", r"\[fetch\] read_timeout must be more than 0 seconds"),
        ("[fetch]\nallow_private_hosts = ['10.0.0.0/99']", "'10.0.0.0/99' is not a valid network"),
        ("[fetch]\nallow_private_hosts = ['127.0.0.1:99999']", "'127.0.0.1:99999' has an invalid port '99999'"),
        ("[fetch]\nallow_private_hosts = ['127.0.0.1:²']", "has an invalid port '²'; a port is a number"),
        ("[fetch]\nallow_private_hosts = ['[::1]8080']", "not a valid bracketed IPv6 entry"),
        ("[fetch]\nallow_private_hosts = ['http://intranet/']", "is a URL; write the host and optional port only"),
        ("[fetch]\nallow_private_hosts = ['intra net']", "is not a host name, an IP address or a network"),
        ("[fetch]\ntotal_timeout = 0", r"\[fetch\] total_timeout must be more than 0 seconds"),
        ("[fetch]\ntotal_timeout = 'long'", r"\[fetch\] total_timeout must be a number of seconds"),
        ("sources = 'x'", "'sources' must be an array of tables"),
        ("[[watch]]\nentities = ['KP']", r"watch\[0\] needs name = "),
        ("[[watch]]\nname = 'north korea'\nentities = ['KP']", r"watch\[0\] needs name = .*'north korea'"),
        ("[[watch]]\nname = 'kp'", "watch 'kp'.*give at least one of entities, keywords or quantity_units"),
        ("[[watch]]\nname = 'kp'\nkeywords = 'missile'", "watch 'kp'.*keywords must be a list of non-empty strings"),
        ("[[watch]]\nname = 'kp'\nkeywords = ['']", "watch 'kp'.*keywords must be a list of non-empty strings"),
        ("[[watch]]\nname = 'kp'\nentities = ['KP']\nquantity_min = 3", "quantity_min needs quantity_units"),
        ("[[watch]]\nname = 'kp'\nquantity_units = ['dead']\nquantity_min = 'ten'", "quantity_min must be a number"),
        ("[[watch]]\nname = 'kp'\nentities = ['KP']\nwebhook = 'hooks.example/x'", "webhook 'hooks.example/x' is not"),
        ("[[watch]]\nname = 'kp'\nentities = ['KP']\nentity = 'KP'", "watch 'kp': unknown key 'entity'"),
        ("[[watch]]\nname = 'kp'\nentities = ['KP']\n[[watch]]\nname = 'kp'\nkeywords = ['x']",
         "watch 'kp' is defined twice"),
        ("watch = 'kp'", "'watch' must be an array of tables"),
        ("[[sources]\nname = 'a'", "not valid TOML"),
    ],
)
def test_load_config_errors_name_the_file_the_source_and_the_fix(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path)
    assert str(caught.value).startswith(str(path))


def test_load_config_reads_watches(tmp_path: Path) -> None:
    path = write(tmp_path, "[[watch]]\nname = 'kp'\nentities = ['KP']\nkeywords = [' missile ', 'launch']\n"
                           "[[watch]]\nname = 'deaths'\nquantity_units = ['dead']\nquantity_min = 10\n"
                           "webhook = 'http://127.0.0.1:9/hook'")
    kp, deaths = load_config(path).watches
    assert kp == Watch("kp", entities=("KP",), keywords=("missile", "launch"))
    assert deaths == Watch("deaths", quantity_units=("dead",), quantity_min=10.0, webhook="http://127.0.0.1:9/hook")


def test_load_config_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nope.toml: config file not found"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(("value", "expected"), [
    ("90s", Schedule(interval=timedelta(seconds=90))), ("2d", Schedule(interval=timedelta(days=2))),
    ("@daily", Schedule(cron="@daily")), ("5 4 * * sun", Schedule(cron="5 4 * * sun")),
])
def test_schedules_accept_intervals_and_cron(tmp_path: Path, value: str, expected: Schedule) -> None:
    path = write(tmp_path, f"[[sources]]\nname = 'a'\nurl = 'https://a.example/'\nschedule = '{value}'")
    assert load_config(path).sources[0].schedule == expected


def test_spec_from_argument_takes_urls_as_auto_sources() -> None:
    spec = spec_from_argument("https://news.example.org/rss.xml")
    assert (spec.kind, spec.location, spec.name) == ("auto", "https://news.example.org/rss.xml", "news.example.org")


def test_spec_from_argument_takes_files_and_folders_as_paths(tmp_path: Path) -> None:
    article = tmp_path / "a.html"
    article.write_text("<p>x</p>")
    assert spec_from_argument(str(article)).location == str(article.resolve())
    folder = spec_from_argument(str(tmp_path))
    assert (folder.kind, folder.name, folder.location) == ("path", "local", str(tmp_path.resolve()))


@pytest.mark.parametrize(("arg", "message"), [
    ("ftp://a.example/x", "only http and https"), ("/no/such/file.html", "no such file or folder"),
    ("https:///nohost", "has no host"),
])
def test_spec_from_argument_rejects_bad_values(arg: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        spec_from_argument(arg)


def test_fetch_policy_reads_total_timeout_and_port_scoped_allow_entries(tmp_path: Path) -> None:
    path = write(tmp_path, """
[fetch]
total_timeout = 30
allow_private_hosts = ["127.0.0.1:8080", "[::1]:8443", "Intranet.Example:81", "10.0.0.0/8", "::1"]
""")
    policy = load_config(path).fetch
    assert policy.total_timeout == 30.0 and FetchPolicy().total_timeout == 120.0
    assert policy.allow_private_hosts == ("127.0.0.1:8080", "[::1]:8443", "intranet.example:81", "10.0.0.0/8", "::1")


@pytest.mark.parametrize(
    ("entry", "host", "address", "port", "allowed"),
    [
        ("127.0.0.1:8080", "127.0.0.1", "127.0.0.1", 8080, True),
        ("127.0.0.1:8080", "127.0.0.1", "127.0.0.1", 8081, False),
        ("127.0.0.1:8080", "localhost", "127.0.0.1", 8081, False),
        ("127.0.0.1", "localhost", "127.0.0.1", 8081, True),
        ("[::1]:8443", "ip6-localhost", "::1", 8443, True),
        ("10.0.0.0/8:80", "intranet", "10.2.3.4", 80, True),
        ("10.0.0.0/8:80", "intranet", "10.2.3.4", 443, False),
        ("intranet.example:81", "Intranet.Example.", None, 81, True),
        ("intranet.example:81", "intranet.example", None, 82, False),
    ],
)
def test_an_allow_entry_with_a_port_allows_only_that_port(entry, host, address, port, allowed) -> None:
    import ipaddress

    parsed = parse_allowed_host(entry)
    assert parsed.allows(host, ipaddress.ip_address(address) if address else None, port) is allowed


def test_choose_sources_keeps_bad_arguments_in_place_as_rejections(tmp_path: Path) -> None:
    article = tmp_path / "a.html"
    article.write_text("<p>x</p>")
    config = load_config(write(tmp_path, "[[sources]]\nname = 'wire'\nurl = 'https://wire.example/rss'"))
    chosen = choose_sources([str(article), "/no/such/dir", "ftp://files.example/x", "wire"], config, tmp_path)
    assert [type(c) for c in chosen] == [type(chosen[0]), RejectedSource, RejectedSource, type(chosen[0])]
    assert [c.shown if not isinstance(c, RejectedSource) else c.label for c in chosen] == [
        str(article), "/no/such/dir", "ftp://files.example/x", "wire"]
    assert chosen[0].name == "local"  # what the warehouse stores; the label is only for summaries
    assert "'ftp'" in chosen[2].reason and "/no/such/dir" not in chosen[1].reason


def test_choose_sources_without_arguments_takes_the_config_then_the_default(tmp_path: Path) -> None:
    assert [c.label for c in choose_sources(None, Config(), tmp_path)] == [str(tmp_path)]
    missing = choose_sources(None, Config(), tmp_path / "seeds")
    assert isinstance(missing[0], RejectedSource) and "--source" in missing[0].reason


def test_prefect_home_the_project_creates_has_analytics_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import subprocess
    import sys

    from flows.settings import Settings

    monkeypatch.delenv("PREFECT_HOME")  # restored after the test, like every variable set below
    Settings(tmp_path).prepare_prefect_env()
    home = tmp_path / "prefect"
    assert os.environ["PREFECT_HOME"] == str(home) and (home / "profiles.toml").is_file()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_SERVER_ANALYTICS_ENABLED"}
    shown = subprocess.run([sys.executable, "-m", "prefect", "config", "view"], env=env, capture_output=True,
                           text=True, timeout=120, check=True).stdout  # what `prefect server start` there would use
    assert "PREFECT_SERVER_ANALYTICS_ENABLED='false' (from profile)" in shown


def test_prefect_home_set_by_the_user_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.settings import Settings

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "mine"))
    Settings(tmp_path / "data").prepare_prefect_env()
    assert not (tmp_path / "mine" / "profiles.toml").exists()


def test_example_config_runs_offline_on_folders_of_the_repository() -> None:
    sources = load_config(EXAMPLE).sources
    assert sources
    for spec in sources:
        assert spec.kind == "path" and Path(spec.location).is_dir(), spec


def test_example_config_commented_sources_are_valid_once_uncommented(tmp_path: Path) -> None:
    import re

    uncommented = re.sub(r"(?m)^# (?=\[\[sources\]\]$|[a-z_]+ = )", "", EXAMPLE.read_text(encoding="utf-8"))
    sources = load_config(write(tmp_path, uncommented)).sources
    assert {spec.kind for spec in sources} == {"path", "feed", "sitemap", "url", "auto"}
    assert len({spec.name for spec in sources}) == len(sources)
    assert len(sources) > len(load_config(EXAMPLE).sources)
