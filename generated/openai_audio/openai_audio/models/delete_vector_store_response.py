"""DeleteVectorStoreResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "DeleteVectorStoreResponse",
]


class DeleteVectorStoreResponse(BaseModel):
    deleted: bool
    id: str
    object: Annotated[Literal["vector_store.deleted"], LenientLiteral]
