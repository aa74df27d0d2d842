"""Request shapes: ChatCompletionContentPartImageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.image_url import ImageURL
from .image_url import ImageURLParam

__all__ = [
    "ChatCompletionContentPartImageParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionContentPartImageParam(TypedDict, total=False):
    """Learn about image inputs."""

    image_url: Required[ImageURL | ImageURLParam]
    type: Required[Literal["image_url"]]
