"""AudioContentInputAudio.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AudioContentInputAudio",
]


class AudioContentInputAudio(BaseModel):
    data: str | None = None
    format: str | None = None
