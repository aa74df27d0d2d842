"""Request shapes: UpdateVectorStoreRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
from .vector_store_expiration_after import VectorStoreExpirationAfterParam

__all__ = [
    "UpdateVectorStoreRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class UpdateVectorStoreRequestParam(TypedDict, total=False):
    metadata: NotRequired[Mapping[str, object] | None]
    """Set of 16 key-value pairs that can be attached to an object."""
    expires_after: NotRequired[
        VectorStoreExpirationAfter | VectorStoreExpirationAfterParam
    ]
    """The expiration policy for a vector store"""
    name: NotRequired[str | None]
    """The name of the vector store"""
