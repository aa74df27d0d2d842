"""Request shapes: ChatCompletionUserMessageParamDict.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.chat_completion_content_part_audio import ChatCompletionContentPartAudio
from ..models.chat_completion_content_part_image import ChatCompletionContentPartImage
from ..models.chat_completion_content_part_refusal import (
    ChatCompletionContentPartRefusal,
)
from ..models.chat_completion_content_part_text import ChatCompletionContentPartText
from ..models.file import File
from .chat_completion_content_part_audio import ChatCompletionContentPartAudioParam
from .chat_completion_content_part_image import ChatCompletionContentPartImageParam
from .chat_completion_content_part_refusal import ChatCompletionContentPartRefusalParam
from .chat_completion_content_part_text import ChatCompletionContentPartTextParam
from .file import FileParam

__all__ = [
    "ChatCompletionUserMessageParamDict",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionUserMessageParamDict(TypedDict, total=False):
    content: Required[
        str
        | Sequence[
            ChatCompletionContentPartText
            | ChatCompletionContentPartTextParam
            | ChatCompletionContentPartImage
            | ChatCompletionContentPartImageParam
            | ChatCompletionContentPartAudio
            | ChatCompletionContentPartAudioParam
            | ChatCompletionContentPartRefusal
            | ChatCompletionContentPartRefusalParam
            | File
            | FileParam
        ]
    ]
    role: Required[Literal["user"]]
    name: NotRequired[str]
