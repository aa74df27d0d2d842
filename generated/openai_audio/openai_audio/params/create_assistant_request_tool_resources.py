"""Request shapes: CreateAssistantRequestToolResourcesParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .create_assistant_request_tool_resources_code_interpreter import (
    CreateAssistantRequestToolResourcesCodeInterpreterParam,
)
from .create_assistant_request_tool_resources_file_search import (
    CreateAssistantRequestToolResourcesFileSearchParam,
)

__all__ = [
    "CreateAssistantRequestToolResourcesParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateAssistantRequestToolResourcesParam(TypedDict, total=False):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: NotRequired[
        CreateAssistantRequestToolResourcesCodeInterpreterParam
    ]
    file_search: NotRequired[CreateAssistantRequestToolResourcesFileSearchParam]
    """Any JSON value (the seed lists this as an anydata type without members)."""
