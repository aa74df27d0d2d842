"""Request shapes: AssistantToolsFileSearchFileSearchParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "AssistantToolsFileSearchFileSearchParam",
]


@with_config(ConfigDict(extra="allow"))
class AssistantToolsFileSearchFileSearchParam(TypedDict, total=False):
    """Overrides for the file search tool"""

    max_num_results: NotRequired[int]
    """The maximum number of results the file search tool should output."""
