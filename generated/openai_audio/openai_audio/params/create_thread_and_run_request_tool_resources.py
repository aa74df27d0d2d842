"""Request shapes: CreateThreadAndRunRequestToolResourcesParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.create_thread_and_run_request_tool_resources_file_search import (
    CreateThreadAndRunRequestToolResourcesFileSearch,
)
from .create_thread_and_run_request_tool_resources_code_interpreter import (
    CreateThreadAndRunRequestToolResourcesCodeInterpreterParam,
)
from .create_thread_and_run_request_tool_resources_file_search import (
    CreateThreadAndRunRequestToolResourcesFileSearchParam,
)

__all__ = [
    "CreateThreadAndRunRequestToolResourcesParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateThreadAndRunRequestToolResourcesParam(TypedDict, total=False):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: NotRequired[
        CreateThreadAndRunRequestToolResourcesCodeInterpreterParam
    ]
    file_search: NotRequired[
        CreateThreadAndRunRequestToolResourcesFileSearch
        | CreateThreadAndRunRequestToolResourcesFileSearchParam
    ]
