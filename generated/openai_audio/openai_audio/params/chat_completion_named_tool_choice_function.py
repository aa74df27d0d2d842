"""Request shapes: ChatCompletionNamedToolChoiceFunctionParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ChatCompletionNamedToolChoiceFunctionParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionNamedToolChoiceFunctionParam(TypedDict, total=False):
    name: Required[str]
    """The name of the function to call"""
