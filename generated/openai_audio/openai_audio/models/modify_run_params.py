"""ModifyRunParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ModifyRunParams",
]


class ModifyRunParams(BaseModel):
    """The ModifyRunParams schema."""

    thread_id: str
    run_id: str
