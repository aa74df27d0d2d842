"""ChatCompletionRequestToolChoiceFunction.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "ChatCompletionRequestToolChoiceFunction",
]


class ChatCompletionRequestToolChoiceFunction(BaseModel):
    type: Annotated[Literal["function"], LenientLiteral] | None = None
    function: dict[str, Any] | None = None
