"""GetThreadParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "GetThreadParams",
]


class GetThreadParams(BaseModel):
    """The GetThreadParams schema."""

    thread_id: str
