"""Request shapes: AssistantToolsFileSearchParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.assistant_tools_file_search_file_search import (
    AssistantToolsFileSearchFileSearch,
)
from .assistant_tools_file_search_file_search import (
    AssistantToolsFileSearchFileSearchParam,
)

__all__ = [
    "AssistantToolsFileSearchParam",
]


@with_config(ConfigDict(extra="allow"))
class AssistantToolsFileSearchParam(TypedDict, total=False):
    file_search: NotRequired[
        AssistantToolsFileSearchFileSearch | AssistantToolsFileSearchFileSearchParam
    ]
    """Overrides for the file search tool"""
    type: Required[Literal["file_search"]]
    """The type of tool being defined: `file_search`."""
