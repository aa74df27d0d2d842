"""ChatCompletionContentPartAudio.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .input_audio import InputAudio

__all__ = [
    "ChatCompletionContentPartAudio",
]


class ChatCompletionContentPartAudio(BaseModel):
    """Learn about audio inputs."""

    input_audio: InputAudio
    type: Literal["input_audio"]
