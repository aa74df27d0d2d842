"""AudioContent.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .audio_content_input_audio import AudioContentInputAudio

__all__ = [
    "AudioContent",
]


class AudioContent(BaseModel):
    type: Literal["input_audio"]
    input_audio: AudioContentInputAudio
