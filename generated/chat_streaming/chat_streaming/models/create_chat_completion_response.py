"""CreateChatCompletionResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_response import ChatCompletionResponse

__all__ = [
    "CreateChatCompletionResponse",
]


CreateChatCompletionResponse: TypeAlias = ChatCompletionResponse | ChatCompletionChunk
