"""Request shapes: CreateImageEditRequestParam.

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
    "CreateImageEditRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateImageEditRequestParam(TypedDict, total=False):
    image: Required[FileInput]
    """The image to edit."""
    response_format: NotRequired[Literal["url", "b64_json"] | None]
    """The format in which the generated images are returned."""
    size: NotRequired[Literal["256x256", "512x512", "1024x1024"] | None]
    """The size of the generated images."""
    model: NotRequired[str | Literal["dall-e-2"] | None]
    """The model to use for image generation."""
    prompt: Required[str]
    """A text description of the desired image(s)."""
    user: NotRequired[str]
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    n: NotRequired[int | None]
    """The number of images to generate."""
    mask: NotRequired[FileInput]
    """An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited."""
