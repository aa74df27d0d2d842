"""ImageURL.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "ImageURL",
]


class ImageURL(BaseModel):
    url: str
    detail: Annotated[Literal["auto", "low", "high"], LenientLiteral] | None = None
