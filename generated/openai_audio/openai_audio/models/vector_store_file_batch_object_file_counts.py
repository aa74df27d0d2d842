"""VectorStoreFileBatchObjectFileCounts.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "VectorStoreFileBatchObjectFileCounts",
]


class VectorStoreFileBatchObjectFileCounts(BaseModel):
    in_progress: int
    """The number of files that are currently being processed"""
    total: int
    """The total number of files"""
    cancelled: int
    """The number of files that where cancelled"""
    completed: int
    """The number of files that have been processed"""
    failed: int
    """The number of files that have failed to process"""
