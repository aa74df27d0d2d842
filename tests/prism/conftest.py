"""One Prism mock server per spec, started once for the whole session.

In mock mode Prism validates every request (security, path, query, headers, body) against the
spec and answers an invalid one with 422 (the spec's own 422 response when it has one, with
Prism's findings in the ``sl-violations`` header; else a problem+json ``validation`` list).
That is Prism's default; ``--errors`` adds the other direction: a mock response of Prism's
that breaks the spec becomes a 500 ``VIOLATIONS`` instead of reaching the client with only a
header (prism-http-server ``server.js``), so the client never parses a response the spec
forbids.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.prism.cases import ROOT, package_for, spec_files, use_generated_packages

PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 60.0  # seconds for one Prism to listen (it usually takes 2-5)

use_generated_packages()


def prism_missing_reason() -> str | None:
    """Why the Prism tests cannot run here, or None.

    Outside CI a missing ``node_modules`` skips the folder; in CI (``CI`` set) it is an
    error, because there ``make install`` has installed Prism.
    """
    if PRISM.exists() or os.environ.get("CI"):
        return None
    return f"Prism is not installed ({PRISM} is missing): run `make install`"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class PrismServer:
    """``prism mock -h 127.0.0.1 -p PORT --errors SPEC``, its output in ``log``."""

    def __init__(self, spec: Path, log: Path) -> None:
        self.spec = spec
        self.log = log
        self.attempts = 0
        self._ready = False
        self._error: str | None = None  # why it could not start: later tests fail at once
        self._start()

    def _start(self) -> None:
        self.attempts += 1
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = [
            str(PRISM),
            "mock",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "--errors",
            str(self.spec),
        ]
        self._out = self.log.open("wb")
        self.process = subprocess.Popen(
            self.command,
            cwd=ROOT,
            stdout=self._out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )

    def output(self, tail: int = 60) -> str:
        self._out.flush()
        lines = self.log.read_text("utf-8", "replace").splitlines()
        return "\n".join(lines[-tail:])

    def _failure(self, what: str) -> str:
        return (
            f"Prism for {self.spec.name} {what}.\ncommand: {' '.join(self.command)}\n"
            f"output:\n{self.output()}"
        )

    def wait_ready(self) -> str:
        """Block until this Prism listens on its port; fail with its output if it cannot.

        Ready means: the process is alive, the port accepts connections and Prism has logged
        that it listens there (so another program that took the port is not mistaken for it).
        """
        if self._ready:
            return self.url
        if self._error:
            pytest.fail(self._error, pytrace=False)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                if "EADDRINUSE" in self.output() and self.attempts < 3:
                    self._out.close()
                    self._start()  # another program took the free port first: try another
                    continue
                self._error = self._failure(
                    f"exited with status {self.process.returncode} before listening on port "
                    f"{self.port}"
                )
                pytest.fail(self._error, pytrace=False)
            banner = f"Prism is listening on {self.url}"
            if _listening(self.port) and banner in self.output(tail=1000):
                self._ready = True
                return self.url
            time.sleep(0.1)
        self._error = self._failure(
            f"did not listen on port {self.port} within {START_TIMEOUT:.0f}s"
        )
        pytest.fail(self._error, pytrace=False)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._out.close()


class PrismServers:
    """All Prism processes, started together; ``url(name)`` waits for that one to listen."""

    def __init__(self, log_dir: Path) -> None:
        self.servers: dict[str, PrismServer] = {}
        for spec in spec_files():
            name = package_for(spec)
            self.servers[name] = PrismServer(spec, log_dir / f"prism-{name}.log")

    def url(self, name: str) -> str:
        return self.servers[name].wait_ready()

    def output(self, name: str, tail: int = 40) -> str:
        return self.servers[name].output(tail)

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()


@contextlib.contextmanager
def prism_for(spec: Path, log_dir: Path) -> Iterator[str]:
    """A Prism server for one test spec, for a module's tests: its URL, or a skip where Prism is
    not installed (an error in CI)."""
    reason = prism_missing_reason()
    if reason:
        pytest.skip(reason)
    assert PRISM.exists(), "CI is set but Prism is not installed: `make install`"
    server = PrismServer(spec, log_dir / "prism.log")
    try:
        yield server.wait_ready()
    finally:
        server.stop()


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServers]:
    reason = prism_missing_reason()
    if reason:
        pytest.skip(reason)
    if not PRISM.exists():
        pytest.fail(
            f"{PRISM} is missing but CI is set: `make install` (npm ci) must install Prism",
            pytrace=False,
        )
    servers = PrismServers(tmp_path_factory.mktemp("prism"))
    try:
        yield servers
    finally:
        servers.stop()
