"""AssistantMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .assistant_message_audio import AssistantMessageAudio
from .assistant_message_tool_calls import AssistantMessageToolCalls
from .text_content import TextContent

__all__ = [
    "AssistantMessage",
]


class AssistantMessage(BaseModel):
    name: str | None = None
    role: Annotated[Literal["system"], LenientLiteral]
    audio: AssistantMessageAudio | None = None
    content: str | list[TextContent]
    tool_calls: AssistantMessageToolCalls | None = None
