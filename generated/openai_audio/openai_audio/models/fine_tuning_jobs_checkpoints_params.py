"""FineTuningJobsCheckpointsParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FineTuningJobsCheckpointsParams",
]


class FineTuningJobsCheckpointsParams(BaseModel):
    fine_tuning_job_id: str
    limit: int | None = None
    after: str | None = None
