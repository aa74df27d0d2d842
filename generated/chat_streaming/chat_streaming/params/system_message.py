"""Request shapes: SystemMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import SequenceNotStr

__all__ = [
    "SystemMessageParam",
]


@with_config(ConfigDict(extra="allow"))
class SystemMessageParam(TypedDict, total=False):
    name: NotRequired[str]
    role: Required[Literal["system"]]
    content: Required[str | SequenceNotStr[str]]
