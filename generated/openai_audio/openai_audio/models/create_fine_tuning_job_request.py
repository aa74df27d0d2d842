"""CreateFineTuningJobRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .create_fine_tuning_job_request_hyperparameters import (
    CreateFineTuningJobRequestHyperparameters,
)
from .create_fine_tuning_job_request_integrations import (
    CreateFineTuningJobRequestIntegrations,
)

__all__ = [
    "CreateFineTuningJobRequest",
]


class CreateFineTuningJobRequest(BaseModel):
    training_file: str
    """The ID of an uploaded file that contains training data."""
    seed: int | None = None
    """The seed controls the reproducibility of the job."""
    validation_file: str | None = None
    """The ID of an uploaded file that contains validation data."""
    hyperparameters: CreateFineTuningJobRequestHyperparameters | None = None
    """The hyperparameters used for the fine-tuning job"""
    model: (
        str
        | Annotated[
            Literal["babbage-002", "davinci-002", "gpt-3.5-turbo"], LenientLiteral
        ]
    )
    """The name of the model to fine-tune."""
    suffix: str | None = None
    """A string of up to 18 characters that will be added to your fine-tuned model name."""
    integrations: list[CreateFineTuningJobRequestIntegrations] | None = None
    """A list of integrations to enable for your fine-tuning job"""
