"""ChatCompletionsV0ChatCompletionsPostResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from .chat_completion_response import ChatCompletionResponse

__all__ = [
    "ChatCompletionsV0ChatCompletionsPostResponse",
]


ChatCompletionsV0ChatCompletionsPostResponse: TypeAlias = (
    ChatCompletionResponse | dict[str, Any]
)
