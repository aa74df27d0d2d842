"""Request shapes: AssistantMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.assistant_message_audio import AssistantMessageAudio
from ..models.assistant_message_tool_calls import AssistantMessageToolCalls
from ..models.text_content import TextContent
from .assistant_message_audio import AssistantMessageAudioParam
from .assistant_message_tool_calls import AssistantMessageToolCallsParam
from .text_content import TextContentParam

__all__ = [
    "AssistantMessageParam",
]


@with_config(ConfigDict(extra="allow"))
class AssistantMessageParam(TypedDict, total=False):
    name: NotRequired[str]
    role: Required[Literal["system"]]
    audio: NotRequired[AssistantMessageAudio | AssistantMessageAudioParam]
    content: Required[str | Sequence[TextContent | TextContentParam]]
    tool_calls: NotRequired[AssistantMessageToolCalls | AssistantMessageToolCallsParam]
