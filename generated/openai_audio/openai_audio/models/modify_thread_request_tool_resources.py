"""ModifyThreadRequestToolResources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .modify_thread_request_tool_resources_code_interpreter import (
    ModifyThreadRequestToolResourcesCodeInterpreter,
)
from .modify_thread_request_tool_resources_file_search import (
    ModifyThreadRequestToolResourcesFileSearch,
)

__all__ = [
    "ModifyThreadRequestToolResources",
]


class ModifyThreadRequestToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread."""

    code_interpreter: ModifyThreadRequestToolResourcesCodeInterpreter | None = None
    file_search: ModifyThreadRequestToolResourcesFileSearch | None = None
