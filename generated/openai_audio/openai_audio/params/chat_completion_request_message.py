"""Request shapes: ChatCompletionRequestMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,
)
from ..models.chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage,
)
from ..models.chat_completion_request_system_message import (
    ChatCompletionRequestSystemMessage,
)
from ..models.chat_completion_request_tool_message import (
    ChatCompletionRequestToolMessage,
)
from ..models.chat_completion_request_user_message import (
    ChatCompletionRequestUserMessage,
)
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessageParam,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessageParam,
)
from .chat_completion_request_system_message import (
    ChatCompletionRequestSystemMessageParam,
)
from .chat_completion_request_tool_message import ChatCompletionRequestToolMessageParam
from .chat_completion_request_user_message import ChatCompletionRequestUserMessageParam

__all__ = [
    "ChatCompletionRequestMessageParam",
]


ChatCompletionRequestMessageParam: TypeAlias = (
    ChatCompletionRequestSystemMessage
    | ChatCompletionRequestSystemMessageParam
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestUserMessageParam
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestAssistantMessageParam
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestToolMessageParam
    | ChatCompletionRequestFunctionMessage
    | ChatCompletionRequestFunctionMessageParam
)
