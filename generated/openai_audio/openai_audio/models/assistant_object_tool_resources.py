"""AssistantObjectToolResources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .assistant_object_tool_resources_code_interpreter import (
    AssistantObjectToolResourcesCodeInterpreter,
)
from .assistant_object_tool_resources_file_search import (
    AssistantObjectToolResourcesFileSearch,
)

__all__ = [
    "AssistantObjectToolResources",
]


class AssistantObjectToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: AssistantObjectToolResourcesCodeInterpreter | None = None
    file_search: AssistantObjectToolResourcesFileSearch | None = None
