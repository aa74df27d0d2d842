"""FunctionCall.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FunctionCall",
]


class FunctionCall(BaseModel):
    arguments: str
    name: str
