"""CreateChatCompletionRequestResponseFormat.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "CreateChatCompletionRequestResponseFormat",
]


class CreateChatCompletionRequestResponseFormat(BaseModel):
    """An object specifying the format that the model must output."""

    type: Annotated[Literal["text", "json_object"], LenientLiteral] | None = "text"
    """Must be one of `text` or `json_object`."""
