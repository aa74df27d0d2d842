"""Request shapes: CreateThreadRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.create_message_request import CreateMessageRequest
from ..models.create_thread_request_tool_resources import (
    CreateThreadRequestToolResources,
)
from .create_message_request import CreateMessageRequestParam
from .create_thread_request_tool_resources import CreateThreadRequestToolResourcesParam

__all__ = [
    "CreateThreadRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateThreadRequestParam(TypedDict, total=False):
    tool_resources: NotRequired[
        CreateThreadRequestToolResources | CreateThreadRequestToolResourcesParam | None
    ]
    """A set of resources that are made available to the assistant's tools in this thread."""
    metadata: NotRequired[Mapping[str, object] | None]
    """Set of 16 key-value pairs that can be attached to an object."""
    messages: NotRequired[Sequence[CreateMessageRequest | CreateMessageRequestParam]]
    """A list of messages to start the thread with"""
