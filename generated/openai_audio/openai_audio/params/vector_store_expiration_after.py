"""Request shapes: VectorStoreExpirationAfterParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "VectorStoreExpirationAfterParam",
]


@with_config(ConfigDict(extra="allow"))
class VectorStoreExpirationAfterParam(TypedDict, total=False):
    """The expiration policy for a vector store"""

    anchor: Required[Literal["last_active_at"]]
    """Anchor timestamp after which the expiration policy applies."""
    days: Required[int]
    """The number of days after the anchor time that the vector store will expire"""
