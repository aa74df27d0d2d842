"""FineTuningJobCheckpoint.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics

__all__ = [
    "FineTuningJobCheckpoint",
]


class FineTuningJobCheckpoint(BaseModel):
    """The fine_tuning.job.checkpoint object represents a model checkpoint for a fine-tuning job that is ready to use"""

    step_number: int
    """The step number that the checkpoint was created at"""
    created_at: int
    """The Unix timestamp (in seconds) for when the checkpoint was created"""
    fine_tuning_job_id: str
    """The name of the fine-tuning job that this checkpoint was created from"""
    id: str
    """The checkpoint identifier, which can be referenced in the API endpoints"""
    metrics: FineTuningJobCheckpointMetrics
    """Metrics at the step number during the fine-tuning job"""
    fine_tuned_model_checkpoint: str
    """The name of the fine-tuned checkpoint model that is created"""
    object: Annotated[Literal["fine_tuning.job.checkpoint"], LenientLiteral]
    """The object type, which is always "fine_tuning.job.checkpoint" """
