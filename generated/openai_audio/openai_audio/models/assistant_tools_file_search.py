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
    file_search: AssistantToolsFileSearchFileSearch | None = None
    """Overrides for the file search tool"""
    type: Literal["file_search"]
    """The type of tool being defined: `file_search`."""
