"""Request shapes: AssistantToolsCodeParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "AssistantToolsCodeParam",
]


@with_config(ConfigDict(extra="allow"))
class AssistantToolsCodeParam(TypedDict, total=False):
    type: Required[Literal["code_interpreter"]]
    """The type of tool being defined: `code_interpreter`."""
