"""AssistantToolsFileSearchFileSearch.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AssistantToolsFileSearchFileSearch",
]


class AssistantToolsFileSearchFileSearch(BaseModel):
    """Overrides for the file search tool"""

    max_num_results: int | None = None
    """The maximum number of results the file search tool should output."""
