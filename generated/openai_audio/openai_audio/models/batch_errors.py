"""BatchErrors.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .batch_errors_data import BatchErrorsData

__all__ = [
    "BatchErrors",
]


class BatchErrors(BaseModel):
    data: list[BatchErrorsData] | None = None
    object: str | None = None
    """The object type, which is always `list`"""
