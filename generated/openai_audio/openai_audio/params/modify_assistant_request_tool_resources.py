"""Request shapes: ModifyAssistantRequestToolResourcesParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.modify_assistant_request_tool_resources_file_search import (
    ModifyAssistantRequestToolResourcesFileSearch,
)
from .modify_assistant_request_tool_resources_code_interpreter import (
    ModifyAssistantRequestToolResourcesCodeInterpreterParam,
)
from .modify_assistant_request_tool_resources_file_search import (
    ModifyAssistantRequestToolResourcesFileSearchParam,
)

__all__ = [
    "ModifyAssistantRequestToolResourcesParam",
]


@with_config(ConfigDict(extra="allow"))
class ModifyAssistantRequestToolResourcesParam(TypedDict, total=False):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: NotRequired[
        ModifyAssistantRequestToolResourcesCodeInterpreterParam
    ]
    file_search: NotRequired[
        ModifyAssistantRequestToolResourcesFileSearch
        | ModifyAssistantRequestToolResourcesFileSearchParam
    ]
