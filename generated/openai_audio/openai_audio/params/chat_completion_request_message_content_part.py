"""Request shapes: ChatCompletionRequestMessageContentPartParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)
from ..models.chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImageParam,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartTextParam,
)

__all__ = [
    "ChatCompletionRequestMessageContentPartParam",
]


ChatCompletionRequestMessageContentPartParam: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartTextParam
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartImageParam
)
