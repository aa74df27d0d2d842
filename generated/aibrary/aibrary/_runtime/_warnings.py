"""Warnings a generated client emits: deprecated operations and values off their format.

Importable without pydantic or httpx, so that ``warnings.filterwarnings(..., FormatWarning)``
costs nothing at start-up.
"""

from __future__ import annotations

import os
import sys
import threading
import types
import warnings

__all__ = ["FormatWarning", "caller_stacklevel", "warn_deprecated", "warn_once"]

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
"""The generated package (this runtime's parent folder): its frames are not the user's."""

_MAX_REMEMBERED = 4096
_lock = threading.Lock()
_emitted: set[tuple[type[Warning], str]] = set()


class FormatWarning(UserWarning):
    """A response value does not match its declared ``format`` (``date-time``, ``date``,
    ``uuid``...): it was kept as the raw string instead of failing the whole response.

    Emitted once per distinct message (the message names the field, the value and the format).
    Turn it into an error with ``warnings.simplefilter("error", FormatWarning)``.
    """


def warn_once(message: str, category: type[Warning], *, stacklevel: int = 1) -> None:
    """``warnings.warn(message, category)``, but only the first time in this process.

    ``stacklevel`` counts from the caller of ``warn_once`` (1: the line calling it).
    """
    key = (category, message)
    with _lock:
        if key in _emitted:
            return
        if len(_emitted) >= _MAX_REMEMBERED:
            _emitted.clear()
        _emitted.add(key)
    warnings.warn(message, category, stacklevel=stacklevel + 1)


def caller_stacklevel() -> int:
    """The ``stacklevel`` (counted from the caller of this function) of the first frame outside
    the generated package and pydantic: the user's line that led to the warning."""
    skip = [_PACKAGE_DIR]
    pydantic = sys.modules.get("pydantic")
    pydantic_file = getattr(pydantic, "__file__", None)
    if isinstance(pydantic_file, str):
        skip.append(os.path.dirname(os.path.abspath(pydantic_file)) + os.sep)
    prefixes = tuple(skip)
    frame: types.FrameType | None = sys._getframe(2)  # the caller's caller
    level = 2
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(
        prefixes
    ):
        frame = frame.f_back
        level += 1
    return level


def warn_deprecated(message: str) -> None:
    """Emit ``DeprecationWarning(message)`` once per message per process.

    Called by a generated method as its first statement, so the warning points at the user's
    line that called the deprecated method (``stacklevel=3``: this function, the generated
    method, the caller).
    """
    warn_once(message, DeprecationWarning, stacklevel=3)
