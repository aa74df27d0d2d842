"""DeleteAssistantResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "DeleteAssistantResponse",
]


class DeleteAssistantResponse(BaseModel):
    deleted: bool
    id: str
    object: Annotated[Literal["assistant.deleted"], LenientLiteral]
