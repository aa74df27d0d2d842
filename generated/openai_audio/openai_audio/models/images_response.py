"""ImagesResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .image import Image

__all__ = [
    "ImagesResponse",
]


class ImagesResponse(BaseModel):
    created: int
    data: list[Image]
