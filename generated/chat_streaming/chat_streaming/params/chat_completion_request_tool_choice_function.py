"""Request shapes: ChatCompletionRequestToolChoiceFunctionParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ChatCompletionRequestToolChoiceFunctionParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionRequestToolChoiceFunctionParam(TypedDict, total=False):
    type: NotRequired[Literal["function"]]
    function: NotRequired[Mapping[str, object]]
