"""MessageContentImageUrlObjectImageUrl.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "MessageContentImageUrlObjectImageUrl",
]


class MessageContentImageUrlObjectImageUrl(BaseModel):
    detail: Annotated[Literal["auto", "low", "high"], LenientLiteral] | None = "auto"
    """Specifies the detail level of the image."""
    url: str
    """The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp"""
