"""AssistantsApiResponseFormat.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "AssistantsApiResponseFormat",
]


class AssistantsApiResponseFormat(BaseModel):
    """An object describing the expected output of the model."""

    type: Annotated[Literal["text", "json_object"], LenientLiteral] | None = "text"
    """Must be one of `text` or `json_object`."""
