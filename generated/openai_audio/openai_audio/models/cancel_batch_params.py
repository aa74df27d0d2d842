"""CancelBatchParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CancelBatchParams",
]


class CancelBatchParams(BaseModel):
    """The CancelBatchParams schema."""

    batch_id: str
