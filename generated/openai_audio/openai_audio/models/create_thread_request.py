"""CreateThreadRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any

from .._runtime import BaseModel
from .create_message_request import CreateMessageRequest
from .create_thread_request_tool_resources import CreateThreadRequestToolResources

__all__ = [
    "CreateThreadRequest",
]


class CreateThreadRequest(BaseModel):
    tool_resources: CreateThreadRequestToolResources | None = None
    """A set of resources that are made available to the assistant's tools in this thread."""
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    messages: list[CreateMessageRequest] | None = None
    """A list of messages to start the thread with"""
