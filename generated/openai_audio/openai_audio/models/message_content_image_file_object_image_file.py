"""MessageContentImageFileObjectImageFile.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "MessageContentImageFileObjectImageFile",
]


class MessageContentImageFileObjectImageFile(BaseModel):
    detail: Annotated[Literal["auto", "low", "high"], LenientLiteral] | None = "auto"
    """Specifies the detail level of the image if specified by the user."""
