"""Request shapes: ChatCompletionContentPartAudioParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.input_audio import InputAudio
from .input_audio import InputAudioParam

__all__ = [
    "ChatCompletionContentPartAudioParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionContentPartAudioParam(TypedDict, total=False):
    """Learn about audio inputs."""

    input_audio: Required[InputAudio | InputAudioParam]
    type: Required[Literal["input_audio"]]
