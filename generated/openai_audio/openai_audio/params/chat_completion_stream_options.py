"""Request shapes: ChatCompletionStreamOptionsParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ChatCompletionStreamOptionsParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionStreamOptionsParam(TypedDict, total=False):
    """Options for streaming response."""

    include_usage: NotRequired[bool]
    """If set, an additional chunk will be streamed before the `data: [DONE]` message."""
