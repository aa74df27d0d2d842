"""Request shapes: CreateThreadRequestToolResourcesFileSearchParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = [
    "CreateThreadRequestToolResourcesFileSearchParam",
]


CreateThreadRequestToolResourcesFileSearchParam: TypeAlias = Any
