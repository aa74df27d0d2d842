"""CreateThreadAndRunRequestTools.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_function import AssistantToolsFunction

__all__ = [
    "CreateThreadAndRunRequestTools",
]


CreateThreadAndRunRequestTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction,
    Field(discriminator="type"),
    LenientUnion,
]
