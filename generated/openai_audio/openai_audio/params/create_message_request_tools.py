"""Request shapes: CreateMessageRequestToolsParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search_type_only import (
    AssistantToolsFileSearchTypeOnly,
)
from .assistant_tools_code import AssistantToolsCodeParam
from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnlyParam

__all__ = [
    "CreateMessageRequestToolsParam",
]


CreateMessageRequestToolsParam: TypeAlias = (
    AssistantToolsCode
    | AssistantToolsCodeParam
    | AssistantToolsFileSearchTypeOnly
    | AssistantToolsFileSearchTypeOnlyParam
)
