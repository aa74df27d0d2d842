"""FineTuningJobError.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FineTuningJobError",
]


class FineTuningJobError(BaseModel):
    """For fine-tuning jobs that have failed, this will contain more information on the cause of the failure"""

    code: str
    """A machine-readable error code"""
    param: str | None
    """The parameter that was invalid, usually `training_file` or `validation_file`."""
    message: str
    """A human-readable error message"""
