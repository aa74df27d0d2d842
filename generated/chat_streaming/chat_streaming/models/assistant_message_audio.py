"""AssistantMessageAudio.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AssistantMessageAudio",
]


class AssistantMessageAudio(BaseModel):
    id: str | None = None
