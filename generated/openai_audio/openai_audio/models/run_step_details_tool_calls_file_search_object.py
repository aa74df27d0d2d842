"""RunStepDetailsToolCallsFileSearchObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import BaseModel

__all__ = [
    "RunStepDetailsToolCallsFileSearchObject",
]


class RunStepDetailsToolCallsFileSearchObject(BaseModel):
    file_search: dict[str, Any]
    """For now, this is always going to be an empty object"""
    id: str
    """The ID of the tool call object"""
    type: Literal["file_search"]
    """The type of tool call."""
