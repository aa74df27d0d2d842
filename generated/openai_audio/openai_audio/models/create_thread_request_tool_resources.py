"""CreateThreadRequestToolResources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .create_thread_request_tool_resources_code_interpreter import (
    CreateThreadRequestToolResourcesCodeInterpreter,
)
from .create_thread_request_tool_resources_file_search import (
    CreateThreadRequestToolResourcesFileSearch,
)

__all__ = [
    "CreateThreadRequestToolResources",
]


class CreateThreadRequestToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread."""

    code_interpreter: CreateThreadRequestToolResourcesCodeInterpreter | None = None
    file_search: CreateThreadRequestToolResourcesFileSearch | None = None
    """Any JSON value (the seed lists this as an anydata type without members)."""
