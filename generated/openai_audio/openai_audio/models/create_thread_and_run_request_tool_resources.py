"""CreateThreadAndRunRequestToolResources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .create_thread_and_run_request_tool_resources_code_interpreter import (
    CreateThreadAndRunRequestToolResourcesCodeInterpreter,
)
from .create_thread_and_run_request_tool_resources_file_search import (
    CreateThreadAndRunRequestToolResourcesFileSearch,
)

__all__ = [
    "CreateThreadAndRunRequestToolResources",
]


class CreateThreadAndRunRequestToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: CreateThreadAndRunRequestToolResourcesCodeInterpreter | None = (
        None
    )
    file_search: CreateThreadAndRunRequestToolResourcesFileSearch | None = None
