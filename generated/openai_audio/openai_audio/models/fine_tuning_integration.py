"""FineTuningIntegration.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .fine_tuning_integration_wandb import FineTuningIntegrationWandb

__all__ = [
    "FineTuningIntegration",
]


class FineTuningIntegration(BaseModel):
    wandb: FineTuningIntegrationWandb
    """The settings for your integration with Weights and Biases."""
    type: Annotated[Literal["wandb"], LenientLiteral]
    """The type of the integration being enabled for the fine-tuning job"""
