"""ChatCompletionRequestMessageContentPart.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = [
    "ChatCompletionRequestMessageContentPart",
]


ChatCompletionRequestMessageContentPart: TypeAlias = Annotated[
    ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartImage,
    Field(discriminator="type"),
    LenientUnion,
]
