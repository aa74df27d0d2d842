"""GetRunStepParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "GetRunStepParams",
]


class GetRunStepParams(BaseModel):
    """The GetRunStepParams schema."""

    thread_id: str
    run_id: str
    step_id: str
