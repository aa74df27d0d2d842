"""CreateAssistantRequestToolResources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .create_assistant_request_tool_resources_code_interpreter import (
    CreateAssistantRequestToolResourcesCodeInterpreter,
)
from .create_assistant_request_tool_resources_file_search import (
    CreateAssistantRequestToolResourcesFileSearch,
)

__all__ = [
    "CreateAssistantRequestToolResources",
]


class CreateAssistantRequestToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: CreateAssistantRequestToolResourcesCodeInterpreter | None = None
    file_search: CreateAssistantRequestToolResourcesFileSearch | None = None
    """Any JSON value (the seed lists this as an anydata type without members)."""
