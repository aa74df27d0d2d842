"""FineTuningJobsCancelParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FineTuningJobsCancelParams",
]


class FineTuningJobsCancelParams(BaseModel):
    fine_tuning_job_id: str
