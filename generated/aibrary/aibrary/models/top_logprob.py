"""TopLogprob.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from pydantic import Field

from .._runtime import BaseModel

__all__ = [
    "TopLogprob",
]


class TopLogprob(BaseModel):
    token: str
    bytes_: list[int] | None = Field(default=None, alias="bytes")
    logprob: float
