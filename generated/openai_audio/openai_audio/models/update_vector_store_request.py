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
    """The UpdateVectorStoreRequest schema."""

    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    expires_after: VectorStoreExpirationAfter | None = None
    name: str | None = None
    """The name of the vector store"""
