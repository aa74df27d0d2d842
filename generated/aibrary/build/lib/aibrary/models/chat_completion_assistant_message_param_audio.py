"""ChatCompletionAssistantMessageParamAudio.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionAssistantMessageParamAudio",
]


class ChatCompletionAssistantMessageParamAudio(BaseModel):
    """Audio"""

    id: str
