"""MessageObjectTools.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly

__all__ = [
    "MessageObjectTools",
]


MessageObjectTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearchTypeOnly,
    Field(discriminator="type"),
    LenientUnion,
]
