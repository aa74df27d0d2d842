"""ChatCompletionRequestMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage,
)
from .chat_completion_request_system_message import ChatCompletionRequestSystemMessage
from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
from .chat_completion_request_user_message import ChatCompletionRequestUserMessage

__all__ = [
    "ChatCompletionRequestMessage",
]


ChatCompletionRequestMessage: TypeAlias = Annotated[
    ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessage,
    Field(discriminator="role"),
    LenientUnion,
]
