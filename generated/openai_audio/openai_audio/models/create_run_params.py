"""CreateRunParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CreateRunParams",
]


class CreateRunParams(BaseModel):
    """The CreateRunParams schema."""

    thread_id: str
