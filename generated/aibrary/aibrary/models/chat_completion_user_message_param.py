"""ChatCompletionUserMessageParam.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientUnion
from .chat_completion_content_part_audio import ChatCompletionContentPartAudio
from .chat_completion_content_part_image import ChatCompletionContentPartImage
from .chat_completion_content_part_refusal import ChatCompletionContentPartRefusal
from .chat_completion_content_part_text import ChatCompletionContentPartText
from .file import File

__all__ = [
    "ChatCompletionUserMessageParam",
]


class ChatCompletionUserMessageParam(BaseModel):
    content: (
        str
        | list[
            Annotated[
                ChatCompletionContentPartText
                | ChatCompletionContentPartImage
                | ChatCompletionContentPartAudio
                | ChatCompletionContentPartRefusal
                | File,
                Field(discriminator="type"),
                LenientUnion,
            ]
        ]
    )
    role: Literal["user"]
    name: str | None = None
