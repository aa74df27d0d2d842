"""RetrieveBatchParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "RetrieveBatchParams",
]


class RetrieveBatchParams(BaseModel):
    """The RetrieveBatchParams schema."""

    batch_id: str
