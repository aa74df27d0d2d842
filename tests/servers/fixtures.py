"""Pytest fixtures for the scripted local server.

Use from any test folder, either with ``pytest_plugins = ["tests.servers.fixtures"]`` in the
top-level conftest, or by importing the fixtures into a folder's conftest::

    from tests.servers.fixtures import local_server, refused_url  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .local_server import LocalServer, closed_port


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """A fresh scripted server on 127.0.0.1 for one test, stopped afterwards."""
    with LocalServer() as server:
        yield server


@pytest.fixture
def refused_url() -> str:
    """A base URL on which nothing listens: every connection is refused."""
    return f"http://127.0.0.1:{closed_port()}"
