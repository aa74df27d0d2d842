"""CreateChatCompletionResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .completion_usage import CompletionUsage
from .create_chat_completion_response_choices import CreateChatCompletionResponseChoices

__all__ = [
    "CreateChatCompletionResponse",
]


class CreateChatCompletionResponse(BaseModel):
    """Represents a chat completion response returned by model, based on the provided input"""

    created: int
    """The Unix timestamp (in seconds) of when the chat completion was created"""
    usage: CompletionUsage | None = None
    """Usage statistics for the completion request"""
    model: str
    """The model used for the chat completion"""
    service_tier: Annotated[Literal["scale", "default"], LenientLiteral] | None = None
    """The service tier used for processing the request."""
    id: str
    """A unique identifier for the chat completion"""
    choices: list[CreateChatCompletionResponseChoices]
    """A list of chat completion choices."""
    system_fingerprint: str | None = None
    """This fingerprint represents the backend configuration that the model runs with."""
    object: Annotated[Literal["chat.completion"], LenientLiteral]
    """The object type, which is always `chat.completion`"""
