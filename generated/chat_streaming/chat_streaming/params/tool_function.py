"""Request shapes: ToolFunctionParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ToolFunctionParam",
]


@with_config(ConfigDict(extra="allow"))
class ToolFunctionParam(TypedDict, total=False):
    name: Required[str]
    description: NotRequired[str]
    parameters: NotRequired[Mapping[str, object]]
    strict: NotRequired[bool]
