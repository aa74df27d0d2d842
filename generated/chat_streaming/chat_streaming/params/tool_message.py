"""Request shapes: ToolMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import SequenceNotStr

__all__ = [
    "ToolMessageParam",
]


@with_config(ConfigDict(extra="allow"))
class ToolMessageParam(TypedDict, total=False):
    role: Required[Literal["tool"]]
    content: Required[str | SequenceNotStr[str]]
    tool_call_id: Required[str]
