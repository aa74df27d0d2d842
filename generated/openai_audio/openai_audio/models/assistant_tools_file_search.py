"""AssistantToolsFileSearch.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch

__all__ = [
    "AssistantToolsFileSearch",
]


class AssistantToolsFileSearch(BaseModel):
    """The AssistantToolsFileSearch schema."""

    file_search: AssistantToolsFileSearchFileSearch | None = None
    type: Literal["file_search"]
    """The type of tool being defined: `file_search`."""
