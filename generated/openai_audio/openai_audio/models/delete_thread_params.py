"""DeleteThreadParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "DeleteThreadParams",
]


class DeleteThreadParams(BaseModel):
    """The DeleteThreadParams schema."""

    thread_id: str
