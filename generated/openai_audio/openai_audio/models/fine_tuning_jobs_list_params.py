"""FineTuningJobsListParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FineTuningJobsListParams",
]


class FineTuningJobsListParams(BaseModel):
    limit: int | None = None
    after: str | None = None
