"""ThreadObjectToolResources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .thread_object_tool_resources_code_interpreter import (
    ThreadObjectToolResourcesCodeInterpreter,
)
from .thread_object_tool_resources_file_search import (
    ThreadObjectToolResourcesFileSearch,
)

__all__ = [
    "ThreadObjectToolResources",
]


class ThreadObjectToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread."""

    code_interpreter: ThreadObjectToolResourcesCodeInterpreter | None = None
    file_search: ThreadObjectToolResourcesFileSearch | None = None
