"""CreateMessageParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CreateMessageParams",
]


class CreateMessageParams(BaseModel):
    """The CreateMessageParams schema."""

    thread_id: str
