"""ModifyThreadRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any

from .._runtime import BaseModel
from .modify_thread_request_tool_resources import ModifyThreadRequestToolResources

__all__ = [
    "ModifyThreadRequest",
]


class ModifyThreadRequest(BaseModel):
    tool_resources: ModifyThreadRequestToolResources | None = None
    """A set of resources that are made available to the assistant's tools in this thread."""
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
