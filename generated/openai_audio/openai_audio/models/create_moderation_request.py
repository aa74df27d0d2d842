"""CreateModerationRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "CreateModerationRequest",
]


class CreateModerationRequest(BaseModel):
    model: (
        str
        | Annotated[
            Literal["text-moderation-latest", "text-moderation-stable"], LenientLiteral
        ]
        | None
    ) = None
    """Two content moderations models are available: `text-moderation-stable` and `text-moderation-latest`."""
