"""Request shapes: FunctionParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "FunctionParam",
]


@with_config(ConfigDict(extra="allow"))
class FunctionParam(TypedDict, total=False):
    """The function that the model called."""

    arguments: Required[str]
    name: Required[str]
