"""Modules imported on first use, so that ``import package`` and ``Client()`` stay cheap.

httpx and pydantic cost tens of milliseconds to import; a generated client needs them only
when it sends its first request or builds its first model.
"""

from __future__ import annotations

import importlib
import types
from typing import Any


class LazyModule(types.ModuleType):
    """Stands in for a module until an attribute is read, then becomes it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.__dict__["_lazy_target"] = name

    def __getattr__(self, attr: str) -> Any:
        module = importlib.import_module(self.__dict__["_lazy_target"])
        self.__dict__.update(module.__dict__)
        return getattr(module, attr)
