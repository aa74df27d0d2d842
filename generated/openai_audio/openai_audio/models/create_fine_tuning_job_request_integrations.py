"""CreateFineTuningJobRequestIntegrations.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .create_fine_tuning_job_request_wandb import CreateFineTuningJobRequestWandb

__all__ = [
    "CreateFineTuningJobRequestIntegrations",
]


class CreateFineTuningJobRequestIntegrations(BaseModel):
    wandb: CreateFineTuningJobRequestWandb
    """The settings for your integration with Weights and Biases."""
    type: Annotated[Literal["wandb"], LenientLiteral]
    """The type of integration to enable."""
