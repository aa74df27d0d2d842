"""UpdateVectorStoreRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any

from .._runtime import BaseModel
from .vector_store_expiration_after import VectorStoreExpirationAfter

__all__ = [
    "UpdateVectorStoreRequest",
]


class UpdateVectorStoreRequest(BaseModel):
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    expires_after: VectorStoreExpirationAfter | None = None
    """The expiration policy for a vector store"""
    name: str | None = None
    """The name of the vector store"""
