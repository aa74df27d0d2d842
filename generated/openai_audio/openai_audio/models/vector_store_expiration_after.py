"""VectorStoreExpirationAfter.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "VectorStoreExpirationAfter",
]


class VectorStoreExpirationAfter(BaseModel):
    """The expiration policy for a vector store"""

    anchor: Annotated[Literal["last_active_at"], LenientLiteral]
    """Anchor timestamp after which the expiration policy applies."""
    days: int
    """The number of days after the anchor time that the vector store will expire"""
