"""Request shapes: CreateFineTuningJobRequestIntegrationsParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.create_fine_tuning_job_request_wandb import (
    CreateFineTuningJobRequestWandb,
)
from .create_fine_tuning_job_request_wandb import CreateFineTuningJobRequestWandbParam

__all__ = [
    "CreateFineTuningJobRequestIntegrationsParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateFineTuningJobRequestIntegrationsParam(TypedDict, total=False):
    wandb: Required[
        CreateFineTuningJobRequestWandb | CreateFineTuningJobRequestWandbParam
    ]
    """The settings for your integration with Weights and Biases."""
    type: Required[Literal["wandb"]]
    """The type of integration to enable."""
