"""Where newsfacts keeps its data, and the Prefect environment that goes with it.

The only module that reads ``NEWSFACTS_*`` environment variables. Prefect's home lives inside the data
dir so that ``prefect server start`` with the same ``PREFECT_HOME`` shows the runs made by the
temporary API server of a ``newsfacts run``.
"""
from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warehouse.storage import Storage

#: Prefect's temporary server takes 20-45 s to start on a small machine; its default timeout is shorter.
EPHEMERAL_STARTUP_TIMEOUT_SECONDS = "180"

#: Prefect's own default profile plus analytics off: offline, the server would log an error per
#: failed telemetry upload; online, it would send usage data nobody asked for.
DEFAULT_PREFECT_PROFILE = """\
# Written by newsfacts when it created this Prefect home; edit freely, it is never overwritten.
active = "ephemeral"

[profiles.ephemeral]
PREFECT_SERVER_EPHEMERAL_ENABLED = "true"
PREFECT_SERVER_ANALYTICS_ENABLED = "false"
"""

#: The project's own sample inputs, ingested when no source is given.
SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"


@dataclass(frozen=True, slots=True)
class Settings:
    """Paths derived from one data dir; see README "Data layout"."""

    data_dir: Path

    @classmethod
    def resolve(
        cls, data_dir: str | os.PathLike[str] | None = None, config_data_dir: os.PathLike[str] | None = None
    ) -> Settings:
        """``--data-dir`` wins, then ``NEWSFACTS_HOME``, then the config file's ``data_dir``, then ``./data``."""
        chosen = data_dir or os.environ.get("NEWSFACTS_HOME") or config_data_dir or "data"
        return cls(Path(chosen).expanduser().resolve())

    @property
    def warehouse_dir(self) -> Path | Storage:
        """``<data-dir>/warehouse``, or ``NEWSFACTS_WAREHOUSE_URL`` (e.g. ``s3://bucket/prefix``) when set.

        For object storage, s3fs takes credentials from the standard ``AWS_*`` variables and the
        endpoint of an S3-compatible store from ``NEWSFACTS_S3_ENDPOINT_URL``; the ledger cache stays
        local, under the data dir.
        """
        url = os.environ.get("NEWSFACTS_WAREHOUSE_URL")
        if not url:
            return self.data_dir / "warehouse"
        from warehouse.storage import Storage

        endpoint = os.environ.get("NEWSFACTS_S3_ENDPOINT_URL")
        options = {"client_kwargs": {"endpoint_url": endpoint}} if endpoint else {}
        return Storage(url, options, cache_dir=self.data_dir / "warehouse-cache")

    @property
    def snapshots_dir(self) -> Path:
        return self.data_dir / "snapshots"

    @property
    def state_dir(self) -> Path:
        """Per-source fetch state (ETag / Last-Modified of feeds)."""
        return self.data_dir / "state"

    @property
    def prefect_home(self) -> Path:
        return Path(os.environ.get("PREFECT_HOME") or self.data_dir / "prefect")

    def prepare_prefect_env(self) -> None:
        """Point Prefect at our data dir before it is imported; explicit user settings win.

        Must run before the first ``import prefect`` of the process: Prefect reads its settings then.
        A Prefect home the project creates gets a profile with analytics off, so that the README's
        ``PREFECT_HOME=data/prefect prefect server start`` does not try to phone home either.
        """
        ours = "PREFECT_HOME" not in os.environ
        os.environ.setdefault("PREFECT_HOME", str(self.prefect_home))
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_TIMEOUT_SECONDS)
        self.prefect_home.mkdir(parents=True, exist_ok=True)
        if ours:
            try:
                with open(self.prefect_home / "profiles.toml", "x", encoding="utf-8") as handle:
                    handle.write(DEFAULT_PREFECT_PROFILE)
            except FileExistsError:  # the user's own profiles stay as they are
                pass

    def ui_command(self) -> str:
        """The shell command that opens the Prefect UI on this data dir's run history."""
        if os.environ.get("PREFECT_API_URL"):
            return f"open {os.environ['PREFECT_API_URL'].removesuffix('/api')} (runs went to that server)"
        return f"PREFECT_HOME={self.prefect_home} {_prefect_command()} server start   # then open http://127.0.0.1:4200"


def _prefect_command() -> str:
    """``prefect`` when it is on PATH, else the one installed beside this Python (``.venv/bin/prefect``)."""
    beside = Path(sys.executable).parent / "prefect"
    return "prefect" if shutil.which("prefect") or not beside.exists() else str(beside)
