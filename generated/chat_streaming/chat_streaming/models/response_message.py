"""ResponseMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .audio import Audio
from .tool_call import ToolCall

__all__ = [
    "ResponseMessage",
]


class ResponseMessage(BaseModel):
    content: str | None = None
    refusal: str | None = None
    tool_calls: ToolCall | None = None
    role: str | None = None
    audio: Audio | None = None
