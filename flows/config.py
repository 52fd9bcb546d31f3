"""The TOML config: named sources, their schedules and options, the fetch policy, and watches.

Validation happens once, at load time, so a typo fails the run before anything is fetched;
every error names the file, the source and the fix.
"""
from __future__ import annotations

import ipaddress
import logging
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import timedelta
from importlib import metadata
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from extractors.records import NewsfactsError

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_USER_AGENT",
    "SOURCE_KINDS",
    "SOURCE_OPTIONS",
    "AllowedHost",
    "Config",
    "ConfigError",
    "Defaults",
    "FetchPolicy",
    "RejectedSource",
    "Schedule",
    "SourceSpec",
    "Watch",
    "choose_sources",
    "load_config",
    "parse_allowed_host",
    "source_from_argument",
    "spec_from_argument",
    "url_scheme_problem",
]

PROJECT_URL = "https://github.com/newsfacts/newsfacts"


def _version() -> str:
    try:
        return metadata.version("newsfacts")
    except metadata.PackageNotFoundError:  # running from a checkout that was never installed
        return "0.0.0+unknown"


#: Sites block anonymous clients; a product token plus a contact URL is the polite default.
DEFAULT_USER_AGENT = f"newsfacts/{_version()} (+{PROJECT_URL})"

SourceKind = Literal["feed", "sitemap", "url", "path", "auto"]
SOURCE_KINDS: tuple[str, ...] = ("feed", "sitemap", "url", "path", "auto")

#: option name -> (accepted Python types, what the value means); the same set for every kind.
SOURCE_OPTIONS: dict[str, tuple[tuple[type, ...], str]] = {
    "since_days": ((int, float), "a positive number of days; older feed entries and sitemap URLs are skipped (undated ones are kept)"),
    "max_depth": ((int,), "an integer from 0 to 10; how many sitemap index levels to follow"),
    "limit": ((int,), "a positive integer; at most this many documents per collection"),
    "recursive": ((bool,), "true or false; whether a folder's sub-folders are read"),
}

_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_HOST_NAME = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?")
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_INTERVAL_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,\-?]+$")
_CRON_MACROS = frozenset({"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@hourly"})


class ConfigError(NewsfactsError):
    """The config file or a --source argument is invalid; the message says where and how to fix it."""


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a source is collected: a cron expression or a fixed interval (exactly one is set)."""

    cron: str | None = None
    interval: timedelta | None = None


@dataclass(frozen=True, slots=True)
class SourceSpec:
    name: str
    kind: SourceKind
    location: str  # http(s) URL, or an absolute path for kind "path"
    schedule: Schedule | None = None  # None: collected only when a run is started by hand
    options: dict[str, Any] = field(default_factory=dict)  # validated against SOURCE_OPTIONS
    # How run summaries name it: the --source argument as given (several paths all share the name
    # "local", which is what the warehouse stores as source_name). None: the name.
    label: str | None = None

    @property
    def shown(self) -> str:
        """The name a user recognises in a summary: the label when there is one, else the name."""
        return self.label or self.name


@dataclass(frozen=True, slots=True)
class RejectedSource:
    """A --source argument that cannot be collected at all (missing path, unsupported scheme).

    Among good sources it becomes that source's one failure in the run summary; alone, the run stops
    before it starts.
    """

    label: str  # the argument as given
    reason: str  # what is wrong and how to fix it, without the argument itself


@dataclass(frozen=True, slots=True)
class AllowedHost:
    """One parsed ``allow_private_hosts`` entry: a host name or an IP network, and the only port
    it allows (None: every port)."""

    name: str | None
    network: ipaddress.IPv4Network | ipaddress.IPv6Network | None
    port: int | None

    def allows(self, host: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address | None, port: int) -> bool:
        """A name entry matches the URL's host as written; a network entry the address connected to."""
        if self.port is not None and self.port != port:
            return False
        if self.name is not None:
            return host.rstrip(".").lower() == self.name
        return address is not None and self.network is not None and address in self.network


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how defensively the fetcher talks to the web. Times in seconds, sizes in bytes."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = 10 * 1024 * 1024  # applies to the compressed and to the decompressed body
    max_redirects: int = 5
    retries: int = 2  # extra attempts after a timeout, a truncated body, 429 or 5xx
    backoff: float = 1.0  # first retry waits this long, then doubles
    per_host_delay: float = 1.0  # minimum gap between two request starts on one host
    per_host_concurrency: int = 2
    respect_robots: bool = True
    # host names, IPs or CIDR networks exempt from the address check; "host:port" exempts that port only
    allow_private_hosts: tuple[str, ...] = ()
    max_retry_wait: float = 60.0  # cap on one wait, whatever Retry-After asks for
    total_timeout: float = 120.0  # hard deadline per document: connect, redirects, retries, headers and body


@dataclass(frozen=True, slots=True)
class Watch:
    """A ``[[watch]]`` entry: what to alert on. Each given group must match (any one item of it);
    see ``flows/watch.py``."""

    name: str
    entities: tuple[str, ...] = ()  # normalized names or ISO codes of entities
    keywords: tuple[str, ...] = ()  # whole words or phrases, case-insensitive
    quantity_units: tuple[str, ...] = ()  # a quantity counted in one of these units ("dead", "containers")
    quantity_min: float | None = None  # ... of at least this value
    webhook: str | None = None  # http(s) URL that gets one JSON POST per new alert


@dataclass(frozen=True, slots=True)
class Defaults:
    schedule: Schedule | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Config:
    sources: tuple[SourceSpec, ...] = ()
    fetch: FetchPolicy = FetchPolicy()
    defaults: Defaults = Defaults()
    watches: tuple[Watch, ...] = ()
    path: Path | None = None  # the file it was read from
    data_dir: Path | None = None  # optional top-level data_dir, resolved against the file's folder


_TOP_KEYS = frozenset({"sources", "fetch", "defaults", "data_dir", "watch"})
_WATCH_KEYS = frozenset({"name", "entities", "keywords", "quantity_units", "quantity_min", "webhook"})
#: A watch name becomes part of a Prefect resource id (newsfacts.watch.<name>) and of artifact text.
_WATCH_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SOURCE_KEYS = frozenset({"name", "kind", "url", "path", "schedule", "options"})
_DEFAULT_KEYS = frozenset({"schedule", "options"})


def load_config(path: Path | None) -> Config:
    """Read and validate a newsfacts TOML config.

    Args:
        path: the config file; None gives the built-in defaults and no sources (for runs that
            only use --source arguments).

    Raises:
        ConfigError: unreadable file, TOML syntax error, unknown key, wrong type or value; the
            message names the file, the source and the fix.
    """
    if path is None:
        return Config()
    where = str(path)
    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{where}: config file not found; pass an existing file (see newsfacts.example.toml)") from None
    except OSError as exc:
        raise ConfigError(f"{where}: cannot read the config file ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc}); fix the syntax at that line") from exc
    _reject_unknown(raw, _TOP_KEYS, where, "top level")
    base = Path(path).resolve().parent
    fetch = _fetch_policy(_table(raw, "fetch", where), where)
    defaults_raw = _table(raw, "defaults", where)
    _reject_unknown(defaults_raw, _DEFAULT_KEYS, where, "[defaults]")
    defaults = Defaults(
        schedule=parse_schedule(defaults_raw.get("schedule"), f"{where}: [defaults]"),
        options=_options(defaults_raw.get("options", {}), f"{where}: [defaults]"),
    )
    sources_raw = raw.get("sources", [])
    if not isinstance(sources_raw, list):
        raise ConfigError(f"{where}: 'sources' must be an array of tables; write each source as [[sources]]")
    sources: list[SourceSpec] = []
    for index, entry in enumerate(sources_raw):
        spec = _source(entry, index, where, base, defaults)
        if any(existing.name == spec.name for existing in sources):
            raise ConfigError(f"{where}: source {spec.name!r} is defined twice; give every [[sources]] a unique name")
        sources.append(spec)
    watches_raw = raw.get("watch", [])
    if not isinstance(watches_raw, list):
        raise ConfigError(f"{where}: 'watch' must be an array of tables; write each watch as [[watch]]")
    watches: list[Watch] = []
    for index, entry in enumerate(watches_raw):
        watch = _watch(entry, index, where)
        if any(existing.name == watch.name for existing in watches):
            raise ConfigError(f"{where}: watch {watch.name!r} is defined twice; give every [[watch]] a unique name")
        watches.append(watch)
    data_dir = raw.get("data_dir")
    if data_dir is not None and not isinstance(data_dir, str):
        raise ConfigError(f"{where}: data_dir must be a string path, got {data_dir!r}")
    return Config(
        sources=tuple(sources), fetch=fetch, defaults=defaults, watches=tuple(watches), path=Path(path),
        data_dir=(base / data_dir).resolve() if data_dir else None,
    )


def spec_from_argument(arg: str) -> SourceSpec:
    """Turn a CLI ``--source`` value (an http(s) URL, or a file or folder) into a source.

    URLs get kind "auto" (feed, sitemap or page is decided from what the server returns) and
    are named after their host; paths get kind "path" and the name "local". Either way the
    argument as given is the source's label in summaries.

    Raises:
        ConfigError: another URL scheme, or a path that does not exist.
    """
    spec = source_from_argument(arg)
    if isinstance(spec, RejectedSource):
        raise ConfigError(f"--source {arg!r}: {spec.reason}")
    return spec


def choose_sources(arguments: Sequence[str] | None, cfg: Config, default: Path) -> list[SourceSpec | RejectedSource]:
    """The sources a run collects, in order: ``--source`` arguments, else the config's, else ``default``.

    An argument that names a configured source is that source (its kind and options). Arguments that
    cannot be collected come back as :class:`RejectedSource` in their place, so the caller decides:
    a failure among good sources, or nothing to run at all.
    """
    if arguments:
        named = {spec.name: spec for spec in cfg.sources}
        return [named.get(arg) or source_from_argument(arg) for arg in arguments]
    if cfg.sources:
        return list(cfg.sources)
    if not default.is_dir():  # an installed (non-editable) package has no seeds folder
        return [RejectedSource(str(default), "no source given and no seeds folder here; pass --source or --config")]
    return [source_from_argument(str(default))]


def source_from_argument(arg: str) -> SourceSpec | RejectedSource:
    """What ``spec_from_argument`` returns, or why the argument cannot be collected (never raises)."""
    if problem := url_scheme_problem(arg):
        return RejectedSource(arg, problem)
    if _URL_SCHEME.match(arg):
        try:
            host = urlsplit(arg).hostname
        except ValueError:
            host = None
        if not host:
            return RejectedSource(arg, "the URL has no host; write it as https://host/path")
        return SourceSpec(name=host, kind="auto", location=arg, label=arg)
    path = Path(arg).expanduser()
    if not path.exists():
        return RejectedSource(arg, "no such file or folder; check the path")
    return SourceSpec(name="local", kind="path", location=str(path.resolve()), label=arg)


def url_scheme_problem(arg: str) -> str | None:
    """Why an argument written as a URL (``scheme://...``) cannot be fetched, or None.

    Checked before anything runs, so ``ftp://...`` is named as an unsupported scheme rather than
    looked up as a file or reported from inside a flow run.
    """
    match = _URL_SCHEME.match(arg)
    if match and match.group(1).lower() not in ("http", "https"):
        return (f"unsupported URL scheme {match.group(1).lower()!r}: only http and https URLs are fetched; "
                "give an http(s) URL or a local path")
    return None


def _source(entry: Any, index: int, where: str, base: Path, defaults: Defaults) -> SourceSpec:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: sources[{index}] must be a table; write it as [[sources]] with key = value lines")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: sources[{index}] has no name; add name = \"...\" (unique, used in run summaries)")
    label = f"{where}: source {name!r} (sources[{index}])"
    _reject_unknown(entry, _SOURCE_KEYS, where, f"source {name!r}")
    kind = entry.get("kind", "auto")
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"{label}: unknown kind {kind!r}; use one of {', '.join(SOURCE_KINDS)}")
    url, path = entry.get("url"), entry.get("path")
    if (url is None) == (path is None):
        raise ConfigError(f"{label}: give exactly one of url = \"https://...\" or path = \"...\"")
    if kind == "path" and url is not None:
        raise ConfigError(f"{label}: kind \"path\" needs path = \"...\", not url")
    if kind == "url" and path is not None:
        raise ConfigError(f"{label}: kind \"url\" needs url = \"https://...\"; for a local file use kind = \"path\"")
    if url is not None:
        if not isinstance(url, str) or urlsplit(url).scheme.lower() not in ("http", "https") or not urlsplit(url).hostname:
            raise ConfigError(f"{label}: url {url!r} is not an http(s) URL; write it as https://host/path")
        location = url
    else:
        if not isinstance(path, str) or not path:
            raise ConfigError(f"{label}: path must be a non-empty string, got {path!r}")
        # a local feed or sitemap file is read like any local input: by its extension and content
        kind = "path"
        location = str((base / Path(path).expanduser()).resolve())
    schedule = parse_schedule(entry["schedule"], label) if "schedule" in entry else defaults.schedule
    options = {**defaults.options, **_options(entry.get("options", {}), label)}
    return SourceSpec(name=name.strip(), kind=kind, location=location, schedule=schedule, options=options)


def _watch(entry: Any, index: int, where: str) -> Watch:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: watch[{index}] must be a table; write it as [[watch]] with key = value lines")
    name = entry.get("name")
    if not isinstance(name, str) or not _WATCH_NAME.match(name):
        raise ConfigError(f"{where}: watch[{index}] needs name = \"...\": letters, digits, '-', '_' or '.', "
                          f"starting with a letter or digit (got {name!r})")
    label = f"{where}: watch {name!r} (watch[{index}])"
    _reject_unknown(entry, _WATCH_KEYS, where, f"watch {name!r}")
    lists = {}
    for key in ("entities", "keywords", "quantity_units"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(f"{label}: {key} must be a list of non-empty strings, e.g. {key} = [\"...\"]")
        lists[key] = tuple(v.strip() for v in value)
    if not any(lists.values()):
        raise ConfigError(f"{label}: give at least one of entities, keywords or quantity_units; "
                          "a watch without a condition would alert on every article")
    minimum = entry.get("quantity_min")
    if minimum is not None:
        if not isinstance(minimum, (int, float)) or isinstance(minimum, bool):
            raise ConfigError(f"{label}: quantity_min must be a number, got {minimum!r}")
        if not lists["quantity_units"]:
            raise ConfigError(f"{label}: quantity_min needs quantity_units (which quantity to compare)")
    webhook = entry.get("webhook")
    if webhook is not None and (not isinstance(webhook, str) or urlsplit(webhook).scheme.lower() not in ("http", "https")
                                or not urlsplit(webhook).hostname):
        raise ConfigError(f"{label}: webhook {webhook!r} is not an http(s) URL; write it as https://host/path")
    return Watch(name=name, **lists, quantity_min=None if minimum is None else float(minimum), webhook=webhook)


def parse_schedule(value: Any, label: str) -> Schedule | None:
    """``"30m"``/``"1h"``/``"2d"``/``"90s"`` -> an interval; five cron fields or ``@daily`` -> cron."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(f"{label}: schedule must be a string such as \"1h\" or \"*/30 * * * *\", got {value!r}")
    match = _INTERVAL.match(value)
    if match:
        amount = int(match.group(1))
        if amount <= 0:
            raise ConfigError(f"{label}: schedule {value!r} must be a positive interval such as \"15m\"")
        return Schedule(interval=timedelta(**{_INTERVAL_UNITS[match.group(2)]: amount}))
    cron_fields = value.split()
    if value.strip() in _CRON_MACROS or (len(cron_fields) == 5 and all(_CRON_FIELD.match(f) for f in cron_fields)):
        return Schedule(cron=value.strip())
    raise ConfigError(
        f"{label}: schedule {value!r} is neither an interval (\"30m\", \"1h\", \"1d\") "
        "nor a 5-field cron expression (\"*/30 * * * *\")"
    )


def _options(value: Any, label: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{label}: options must be a table, e.g. options = {{ since_days = 2 }}")
    for key, option in value.items():
        if key not in SOURCE_OPTIONS:
            raise ConfigError(f"{label}: unknown option {key!r}; known options: {', '.join(SOURCE_OPTIONS)}")
        types, meaning = SOURCE_OPTIONS[key]
        ok = isinstance(option, types) and not (bool not in types and isinstance(option, bool))
        if ok and key == "since_days":
            ok = option > 0
        elif ok and key == "max_depth":
            ok = 0 <= option <= 10
        elif ok and key == "limit":
            ok = option > 0
        if not ok:
            raise ConfigError(f"{label}: option {key} = {option!r} is invalid; it must be {meaning}")
    return dict(value)


def _fetch_policy(raw: dict[str, Any], where: str) -> FetchPolicy:
    known = {f.name: f for f in fields(FetchPolicy)}
    _reject_unknown(raw, frozenset(known), where, "[fetch]")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        label = f"{where}: [fetch] {key}"
        if key == "user_agent":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{label} must be a non-empty string naming you, e.g. \"mybot/1.0 (+https://...)\"")
        elif key == "respect_robots":
            if not isinstance(value, bool):
                raise ConfigError(f"{label} must be true or false")
        elif key == "allow_private_hosts":
            value = tuple(_allowed_host(item, label) for item in (value if isinstance(value, list) else [value]))
        elif key in ("max_bytes", "max_redirects", "retries", "per_host_concurrency"):
            minimum = 1 if key in ("max_bytes", "per_host_concurrency") else 0
            if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
                raise ConfigError(f"{label} must be an integer >= {minimum}, got {value!r}")
        else:  # timeouts, delays, backoff: seconds
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"{label} must be a number of seconds >= 0, got {value!r}")
            if key.endswith("timeout") and value == 0:
                raise ConfigError(f"{label} must be more than 0 seconds")
            value = float(value)
        values[key] = value
    return FetchPolicy(**values)


def _allowed_host(item: Any, label: str) -> str:
    if not isinstance(item, str) or not item.strip():
        raise ConfigError(f"{label}: entries must be host names, IP addresses or networks (\"10.0.0.0/8\"), "
                          f"optionally with a port (\"127.0.0.1:8080\"), got {item!r}")
    try:
        parse_allowed_host(item)
    except ValueError as exc:
        raise ConfigError(f"{label}: {exc}") from None
    return item.strip().lower()


def parse_allowed_host(item: str) -> AllowedHost:
    """``"host"``, ``"10.0.0.0/8"``, ``"127.0.0.1:8080"``, ``"[::1]:8080"`` or ``"intranet.example:8443"``.

    Raises:
        ValueError: the entry is none of these; the message shows the accepted forms.
    """
    text = item.strip().lower()
    if "://" in text:
        raise ValueError(f"{item!r} is a URL; write the host and optional port only, like \"intranet.example:8080\"")
    port: int | None = None
    if text.startswith("["):  # [IPv6] or [IPv6]:port
        close = text.find("]")
        rest = text[close + 1 :] if close > 0 else "?"
        if rest and not rest.startswith(":"):
            raise ValueError(f"{item!r} is not a valid bracketed IPv6 entry; write it like \"[::1]:8080\"")
        host, port = text[1:close], _port(rest[1:], item) if rest else None
    elif text.count(":") == 1:  # host:port (a bare IPv6 address has several colons)
        host, port_text = text.split(":")
        port = _port(port_text, item)
    else:
        host = text
    try:
        return AllowedHost(name=None, network=ipaddress.ip_network(host, strict=False), port=port)
    except ValueError:
        if "/" in host or ":" in host:
            raise ValueError(f"{item!r} is not a valid network; write it like \"10.0.0.0/8\"") from None
    if not _HOST_NAME.fullmatch(host):
        raise ValueError(f"{item!r} is not a host name, an IP address or a network (\"10.0.0.0/8\"), "
                         "optionally with a port (\"127.0.0.1:8080\")")
    return AllowedHost(name=host.rstrip("."), network=None, port=port)


def _port(text: str, item: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) < 65536:
        raise ValueError(f"{item!r} has an invalid port {text!r}; a port is a number from 1 to 65535")
    return int(text)


def _table(raw: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [{key}] must be a table; write it as a [{key}] section")
    return value


def _reject_unknown(raw: dict[str, Any], known: frozenset[str], where: str, section: str) -> None:
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(
            f"{where}: {section}: unknown key {unknown[0]!r}; known keys: {', '.join(sorted(known))}"
        )
