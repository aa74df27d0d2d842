"""Request shapes: UserMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.audio_content import AudioContent
from ..models.image_content import ImageContent
from ..models.text_content import TextContent
from .audio_content import AudioContentParam
from .image_content import ImageContentParam
from .text_content import TextContentParam

__all__ = [
    "UserMessageParam",
]


@with_config(ConfigDict(extra="allow"))
class UserMessageParam(TypedDict, total=False):
    name: NotRequired[str]
    role: Required[Literal["user"]]
    content: Required[
        str
        | Sequence[
            TextContent
            | TextContentParam
            | ImageContent
            | ImageContentParam
            | AudioContent
            | AudioContentParam
        ]
    ]
