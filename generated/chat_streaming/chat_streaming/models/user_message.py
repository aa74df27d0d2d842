"""UserMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral, LenientUnion
from .audio_content import AudioContent
from .image_content import ImageContent
from .text_content import TextContent

__all__ = [
    "UserMessage",
]


class UserMessage(BaseModel):
    name: str | None = None
    role: Annotated[Literal["user"], LenientLiteral]
    content: (
        str
        | list[
            Annotated[
                TextContent | ImageContent | AudioContent,
                Field(discriminator="type"),
                LenientUnion,
            ]
        ]
    )
