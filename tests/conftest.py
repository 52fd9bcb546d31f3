"""Session-wide test setup: Prefect isolated in a temp home, one temporary Prefect server for flow tests."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before any test module imports Prefect: keep its home, database and analytics out of the user's ~/.prefect.
_PREFECT_HOME = tempfile.mkdtemp(prefix="newsfacts-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_83c1c1272eb04a66.txt"


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect API server for every flow-level test (starting one costs 20-45 s here)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def server():
    """A fault-injecting HTTP server on 127.0.0.1 (tests/fault_server.py), stopped after the test."""
    from tests.fault_server import running_server

    with running_server() as fault_server:
        yield fault_server
