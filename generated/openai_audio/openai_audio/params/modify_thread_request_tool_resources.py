"""Request shapes: ModifyThreadRequestToolResourcesParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.modify_thread_request_tool_resources_file_search import (
    ModifyThreadRequestToolResourcesFileSearch,
)
from .modify_thread_request_tool_resources_code_interpreter import (
    ModifyThreadRequestToolResourcesCodeInterpreterParam,
)
from .modify_thread_request_tool_resources_file_search import (
    ModifyThreadRequestToolResourcesFileSearchParam,
)

__all__ = [
    "ModifyThreadRequestToolResourcesParam",
]


@with_config(ConfigDict(extra="allow"))
class ModifyThreadRequestToolResourcesParam(TypedDict, total=False):
    """A set of resources that are made available to the assistant's tools in this thread."""

    code_interpreter: NotRequired[ModifyThreadRequestToolResourcesCodeInterpreterParam]
    file_search: NotRequired[
        ModifyThreadRequestToolResourcesFileSearch
        | ModifyThreadRequestToolResourcesFileSearchParam
    ]
