"""ModifyThreadParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ModifyThreadParams",
]


class ModifyThreadParams(BaseModel):
    """The ModifyThreadParams schema."""

    thread_id: str
