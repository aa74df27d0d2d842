"""Request shapes: FunctionCallParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "FunctionCallParam",
]


@with_config(ConfigDict(extra="allow"))
class FunctionCallParam(TypedDict, total=False):
    arguments: Required[str]
    name: Required[str]
