"""ChatCompletionRequestMessageContentPartImageImageUrl.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "ChatCompletionRequestMessageContentPartImageImageUrl",
]


class ChatCompletionRequestMessageContentPartImageImageUrl(BaseModel):
    detail: Annotated[Literal["auto", "low", "high"], LenientLiteral] | None = "auto"
    """Specifies the detail level of the image."""
    url: str
    """Either a URL of the image or the base64 encoded image data"""
