"""ThreadObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._runtime import BaseModel, LenientLiteral
from .thread_object_tool_resources import ThreadObjectToolResources

__all__ = [
    "ThreadObject",
]


class ThreadObject(BaseModel):
    """Represents a thread that contains messages"""

    tool_resources: ThreadObjectToolResources | None
    """A set of resources that are made available to the assistant's tools in this thread."""
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    created_at: int
    """The Unix timestamp (in seconds) for when the thread was created"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["thread"], LenientLiteral]
    """The object type, which is always `thread`"""
