"""ChatCompletionContentPartImage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .image_url import ImageURL

__all__ = [
    "ChatCompletionContentPartImage",
]


class ChatCompletionContentPartImage(BaseModel):
    """Learn about image inputs."""

    image_url: ImageURL
    type: Literal["image_url"]
