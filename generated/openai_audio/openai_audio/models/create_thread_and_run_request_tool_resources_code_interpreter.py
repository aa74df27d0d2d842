"""CreateThreadAndRunRequestToolResourcesCodeInterpreter.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = [
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter",
]


CreateThreadAndRunRequestToolResourcesCodeInterpreter: TypeAlias = dict[str, Any]
