"""ModifyAssistantRequestToolResources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .modify_assistant_request_tool_resources_code_interpreter import (
    ModifyAssistantRequestToolResourcesCodeInterpreter,
)
from .modify_assistant_request_tool_resources_file_search import (
    ModifyAssistantRequestToolResourcesFileSearch,
)

__all__ = [
    "ModifyAssistantRequestToolResources",
]


class ModifyAssistantRequestToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: ModifyAssistantRequestToolResourcesCodeInterpreter | None = None
    file_search: ModifyAssistantRequestToolResourcesFileSearch | None = None
