"""CreateImageEditRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, FileInput, LenientLiteral

__all__ = [
    "CreateImageEditRequest",
]


class CreateImageEditRequest(BaseModel):
    image: FileInput
    """The image to edit."""
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
    prompt: str
    """A text description of the desired image(s)."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    n: int | None = 1
    """The number of images to generate."""
    mask: FileInput | None = None
    """An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited."""
