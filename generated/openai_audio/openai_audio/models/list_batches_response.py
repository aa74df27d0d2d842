"""ListBatchesResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .batch import Batch

__all__ = [
    "ListBatchesResponse",
]


class ListBatchesResponse(BaseModel):
    first_id: str | None = None
    data: list[Batch]
    last_id: str | None = None
    has_more: bool
    object: Annotated[Literal["list"], LenientLiteral]
