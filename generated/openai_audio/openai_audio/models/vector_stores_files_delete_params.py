"""VectorStoresFilesDeleteParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "VectorStoresFilesDeleteParams",
]


class VectorStoresFilesDeleteParams(BaseModel):
    vector_store_id: str
    file_id: str
