"""Request shapes: CreateThreadAndRunRequestToolsParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search import AssistantToolsFileSearch
from ..models.assistant_tools_function import AssistantToolsFunction
from .assistant_tools_code import AssistantToolsCodeParam
from .assistant_tools_file_search import AssistantToolsFileSearchParam
from .assistant_tools_function import AssistantToolsFunctionParam

__all__ = [
    "CreateThreadAndRunRequestToolsParam",
]


CreateThreadAndRunRequestToolsParam: TypeAlias = (
    AssistantToolsCode
    | AssistantToolsCodeParam
    | AssistantToolsFileSearch
    | AssistantToolsFileSearchParam
    | AssistantToolsFunction
    | AssistantToolsFunctionParam
)
