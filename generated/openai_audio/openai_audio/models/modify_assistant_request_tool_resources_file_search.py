"""ModifyAssistantRequestToolResourcesFileSearch.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ModifyAssistantRequestToolResourcesFileSearch",
]


class ModifyAssistantRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """Overrides the vector store attached to this assistant."""
