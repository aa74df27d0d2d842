"""ValidationError.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ValidationError",
]


class ValidationError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str
