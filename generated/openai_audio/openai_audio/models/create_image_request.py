"""CreateImageRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "CreateImageRequest",
]


class CreateImageRequest(BaseModel):
    response_format: Annotated[Literal["url", "b64_json"], LenientLiteral] | None = (
        "url"
    )
    """The format in which the generated images are returned."""
    size: (
        Annotated[
            Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"],
            LenientLiteral,
        ]
        | None
    ) = "1024x1024"
    """The size of the generated images."""
    model: str | Annotated[Literal["dall-e-2", "dall-e-3"], LenientLiteral] | None = (
        None
    )
    """The model to use for image generation"""
    style: Annotated[Literal["vivid", "natural"], LenientLiteral] | None = "vivid"
    """The style of the generated images."""
    prompt: str
    """A text description of the desired image(s)."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    n: int | None = 1
    """The number of images to generate."""
    quality: Annotated[Literal["standard", "hd"], LenientLiteral] | None = "standard"
    """The quality of the image that will be generated."""
