"""FineTuningJobCheckpointMetrics.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "FineTuningJobCheckpointMetrics",
]


class FineTuningJobCheckpointMetrics(BaseModel):
    """Metrics at the step number during the fine-tuning job"""

    full_valid_mean_token_accuracy: float | None = None
    valid_loss: float | None = None
    full_valid_loss: float | None = None
    train_mean_token_accuracy: float | None = None
    valid_mean_token_accuracy: float | None = None
    train_loss: float | None = None
    step: float | None = None
