"""VectorStoresRetrieveParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "VectorStoresRetrieveParams",
]


class VectorStoresRetrieveParams(BaseModel):
    vector_store_id: str
