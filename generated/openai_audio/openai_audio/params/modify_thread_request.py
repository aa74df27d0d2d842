"""Request shapes: ModifyThreadRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.modify_thread_request_tool_resources import (
    ModifyThreadRequestToolResources,
)
from .modify_thread_request_tool_resources import ModifyThreadRequestToolResourcesParam

__all__ = [
    "ModifyThreadRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class ModifyThreadRequestParam(TypedDict, total=False):
    tool_resources: NotRequired[
        ModifyThreadRequestToolResources | ModifyThreadRequestToolResourcesParam | None
    ]
    """A set of resources that are made available to the assistant's tools in this thread."""
    metadata: NotRequired[Mapping[str, object] | None]
    """Set of 16 key-value pairs that can be attached to an object."""
