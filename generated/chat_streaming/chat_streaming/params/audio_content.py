"""Request shapes: AudioContentParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.audio_content_input_audio import AudioContentInputAudio
from .audio_content_input_audio import AudioContentInputAudioParam

__all__ = [
    "AudioContentParam",
]


@with_config(ConfigDict(extra="allow"))
class AudioContentParam(TypedDict, total=False):
    type: Required[Literal["input_audio"]]
    input_audio: Required[AudioContentInputAudio | AudioContentInputAudioParam]
