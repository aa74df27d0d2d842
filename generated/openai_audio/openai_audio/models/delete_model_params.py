"""DeleteModelParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "DeleteModelParams",
]


class DeleteModelParams(BaseModel):
    """The DeleteModelParams schema."""

    model: str
