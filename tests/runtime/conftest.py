"""Runtime tests: import ``templates/runtime`` as the top-level package ``runtime``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
for _path in (_ROOT / "templates", _ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from tests.servers.fixtures import local_server, refused_url

__all__ = ["local_server", "refused_url"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _reset_recorded_sleeps() -> None:
    from runtime_support import AsyncClient, Client

    Client.sleeps.clear()
    AsyncClient.sleeps.clear()
