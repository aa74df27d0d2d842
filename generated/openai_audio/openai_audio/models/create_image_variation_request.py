"""CreateImageVariationRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, FileInput, LenientLiteral

__all__ = [
    "CreateImageVariationRequest",
]


class CreateImageVariationRequest(BaseModel):
    image: FileInput
    """The image to use as the basis for the variation(s)."""
    response_format: Annotated[Literal["url", "b64_json"], LenientLiteral] | None = (
        "url"
    )
    """The format in which the generated images are returned."""
    size: (
        Annotated[Literal["256x256", "512x512", "1024x1024"], LenientLiteral] | None
    ) = "1024x1024"
    """The size of the generated images."""
    model: str | Annotated[Literal["dall-e-2"], LenientLiteral] | None = None
    """The model to use for image generation."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    n: int | None = 1
    """The number of images to generate."""
