"""``warn_deprecated`` (called first thing by a deprecated generated method) and the warning
classes, which load without pydantic or httpx."""

from __future__ import annotations

import inspect
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from runtime import FormatWarning, warn_deprecated


def legacy_create() -> str:
    """Shaped like a generated method of a deprecated operation."""
    warn_deprecated("legacy_create is deprecated; use create instead")
    return "created"


def test_warn_deprecated_points_at_the_users_call() -> None:
    call_line = inspect.currentframe().f_lineno + 2  # type: ignore[union-attr]
    with pytest.warns(DeprecationWarning, match="use create instead") as record:
        legacy_create()
    assert len(record) == 1
    assert record[0].filename == __file__
    assert record[0].lineno == call_line


def test_warn_deprecated_warns_once_per_message() -> None:
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        for _ in range(3):
            warn_deprecated("old_method is deprecated (once)")
        warn_deprecated("another_method is deprecated (once)")
        warn_deprecated("old_method is deprecated (once)")
    assert [str(w.message) for w in record] == [
        "old_method is deprecated (once)",
        "another_method is deprecated (once)",
    ]
    assert all(w.category is DeprecationWarning for w in record)


def test_format_warning_is_a_user_warning() -> None:
    assert issubclass(FormatWarning, UserWarning)


def test_warnings_and_types_load_without_pydantic_or_httpx() -> None:
    templates = Path(__file__).resolve().parents[2] / "templates"
    code = (
        "import sys; import runtime; "
        "runtime.warn_deprecated; runtime.FormatWarning; runtime.SequenceNotStr; "
        "print(sorted(m for m in ('pydantic', 'httpx') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=templates,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"
