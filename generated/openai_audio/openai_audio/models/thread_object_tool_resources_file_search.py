"""ThreadObjectToolResourcesFileSearch.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ThreadObjectToolResourcesFileSearch",
]


class ThreadObjectToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """The vector store attached to this thread."""
