"""The snippets are inputs for the type checkers, not tests: pytest never imports them."""

from __future__ import annotations

import sys

import pytest

collect_ignore_glob = ["snippets/*"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    module = sys.modules.get("tests.typing.test_typecheck")
    timings: dict[str, float] = getattr(module, "TIMINGS", {})
    if timings:
        spent = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in timings.items())
        terminalreporter.write_line(f"type checking: {spent} (mypy and pyright side by side)")
