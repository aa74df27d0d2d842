"""Request shapes: CreateImageVariationRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import FileInput

__all__ = [
    "CreateImageVariationRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateImageVariationRequestParam(TypedDict, total=False):
    image: Required[FileInput]
    """The image to use as the basis for the variation(s)."""
    response_format: NotRequired[Literal["url", "b64_json"] | None]
    """The format in which the generated images are returned."""
    size: NotRequired[Literal["256x256", "512x512", "1024x1024"] | None]
    """The size of the generated images."""
    model: NotRequired[str | Literal["dall-e-2"] | None]
    """The model to use for image generation."""
    user: NotRequired[str]
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    n: NotRequired[int | None]
    """The number of images to generate."""
