"""FineTuningJob.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .fine_tuning_job_error import FineTuningJobError
from .fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
from .fine_tuning_job_integrations import FineTuningJobIntegrations

__all__ = [
    "FineTuningJob",
]


class FineTuningJob(BaseModel):
    """The fine_tuning.job object represents a fine-tuning job that has been created through the API"""

    finished_at: int | None
    """The Unix timestamp (in seconds) for when the fine-tuning job was finished."""
    seed: int
    """The seed used for the fine-tuning job"""
    fine_tuned_model: str | None
    """The name of the fine-tuned model that is being created."""
    created_at: int
    """The Unix timestamp (in seconds) for when the fine-tuning job was created"""
    error: FineTuningJobError | None
    """For fine-tuning jobs that have failed, this will contain more information on the cause of the failure"""
    estimated_finish: int | None = None
    """The Unix timestamp (in seconds) for when the fine-tuning job is estimated to finish."""
    organization_id: str
    """The organization that owns the fine-tuning job"""
    hyperparameters: FineTuningJobHyperparameters
    """The hyperparameters used for the fine-tuning job."""
    model: str
    """The base model that is being fine-tuned"""
    id: str
    """The object identifier, which can be referenced in the API endpoints"""
    trained_tokens: int | None
    """The total number of billable tokens processed by this fine-tuning job."""
    integrations: list[FineTuningJobIntegrations] | None = None
    """A list of integrations to enable for this fine-tuning job"""
    object: Annotated[Literal["fine_tuning.job"], LenientLiteral]
    """The object type, which is always "fine_tuning.job" """
    status: Annotated[
        Literal[
            "validating_files", "queued", "running", "succeeded", "failed", "cancelled"
        ],
        LenientLiteral,
    ]
    """The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`."""
