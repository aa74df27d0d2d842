"""Request shapes: CreateFineTuningJobRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.create_fine_tuning_job_request_hyperparameters import (
    CreateFineTuningJobRequestHyperparameters,
)
from ..models.create_fine_tuning_job_request_integrations import (
    CreateFineTuningJobRequestIntegrations,
)
from .create_fine_tuning_job_request_hyperparameters import (
    CreateFineTuningJobRequestHyperparametersParam,
)
from .create_fine_tuning_job_request_integrations import (
    CreateFineTuningJobRequestIntegrationsParam,
)

__all__ = [
    "CreateFineTuningJobRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateFineTuningJobRequestParam(TypedDict, total=False):
    training_file: Required[str]
    """The ID of an uploaded file that contains training data."""
    seed: NotRequired[int | None]
    """The seed controls the reproducibility of the job."""
    validation_file: NotRequired[str | None]
    """The ID of an uploaded file that contains validation data."""
    hyperparameters: NotRequired[
        CreateFineTuningJobRequestHyperparameters
        | CreateFineTuningJobRequestHyperparametersParam
    ]
    """The hyperparameters used for the fine-tuning job"""
    model: Required[str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo"]]
    """The name of the model to fine-tune."""
    suffix: NotRequired[str | None]
    """A string of up to 18 characters that will be added to your fine-tuned model name."""
    integrations: NotRequired[
        Sequence[
            CreateFineTuningJobRequestIntegrations
            | CreateFineTuningJobRequestIntegrationsParam
        ]
        | None
    ]
    """A list of integrations to enable for your fine-tuning job"""
