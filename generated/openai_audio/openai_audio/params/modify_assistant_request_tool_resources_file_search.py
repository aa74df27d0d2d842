"""Request shapes: ModifyAssistantRequestToolResourcesFileSearchParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import SequenceNotStr

__all__ = [
    "ModifyAssistantRequestToolResourcesFileSearchParam",
]


@with_config(ConfigDict(extra="allow"))
class ModifyAssistantRequestToolResourcesFileSearchParam(TypedDict, total=False):
    vector_store_ids: NotRequired[SequenceNotStr[str]]
    """Overrides the vector store attached to this assistant."""
