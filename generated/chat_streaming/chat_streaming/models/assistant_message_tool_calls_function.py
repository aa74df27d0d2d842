"""AssistantMessageToolCallsFunction.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AssistantMessageToolCallsFunction",
]


class AssistantMessageToolCallsFunction(BaseModel):
    name: str | None = None
    arguments: str | None = None
