"""ListModelsResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .model import Model

__all__ = [
    "ListModelsResponse",
]


class ListModelsResponse(BaseModel):
    data: list[Model]
    object: Annotated[Literal["list"], LenientLiteral]
