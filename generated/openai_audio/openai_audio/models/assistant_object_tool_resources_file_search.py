"""AssistantObjectToolResourcesFileSearch.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AssistantObjectToolResourcesFileSearch",
]


class AssistantObjectToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """The ID of the vector store attached to this assistant."""
