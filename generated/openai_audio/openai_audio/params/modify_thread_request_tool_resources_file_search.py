"""Request shapes: ModifyThreadRequestToolResourcesFileSearchParam.

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
    "ModifyThreadRequestToolResourcesFileSearchParam",
]


@with_config(ConfigDict(extra="allow"))
class ModifyThreadRequestToolResourcesFileSearchParam(TypedDict, total=False):
    vector_store_ids: NotRequired[SequenceNotStr[str]]
    """The vector store attached to this thread."""
