"""ParallelToolCalls.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "ParallelToolCalls",
]


# Whether to enable parallel function calling during tool use
ParallelToolCalls: TypeAlias = bool
