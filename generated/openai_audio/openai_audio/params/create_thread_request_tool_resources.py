"""Request shapes: CreateThreadRequestToolResourcesParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .create_thread_request_tool_resources_code_interpreter import (
    CreateThreadRequestToolResourcesCodeInterpreterParam,
)
from .create_thread_request_tool_resources_file_search import (
    CreateThreadRequestToolResourcesFileSearchParam,
)

__all__ = [
    "CreateThreadRequestToolResourcesParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateThreadRequestToolResourcesParam(TypedDict, total=False):
    """A set of resources that are made available to the assistant's tools in this thread."""

    code_interpreter: NotRequired[CreateThreadRequestToolResourcesCodeInterpreterParam]
    file_search: NotRequired[CreateThreadRequestToolResourcesFileSearchParam]
    """Any JSON value (the seed lists this as an anydata type without members)."""
