"""ModifyVectorStoreParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ModifyVectorStoreParams",
]


class ModifyVectorStoreParams(BaseModel):
    """The ModifyVectorStoreParams schema."""

    vector_store_id: str
