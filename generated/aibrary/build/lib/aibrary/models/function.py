"""Function.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "Function",
]


class Function(BaseModel):
    """The function that the model called."""

    arguments: str
    name: str
