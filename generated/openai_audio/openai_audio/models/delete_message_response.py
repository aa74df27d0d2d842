"""DeleteMessageResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "DeleteMessageResponse",
]


class DeleteMessageResponse(BaseModel):
    deleted: bool
    id: str
    object: Annotated[Literal["thread.message.deleted"], LenientLiteral]
