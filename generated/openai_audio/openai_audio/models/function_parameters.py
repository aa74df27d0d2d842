"""FunctionParameters.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = [
    "FunctionParameters",
]


# The parameters the functions accepts, described as a JSON Schema object.
FunctionParameters: TypeAlias = dict[str, Any]
