"""AssistantsListParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "AssistantsListParams",
]


class AssistantsListParams(BaseModel):
    before: str | None = None
    limit: int | None = None
    after: str | None = None
    order: Annotated[Literal["asc", "desc"], LenientLiteral] | None = None
