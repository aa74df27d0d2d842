"""FineTuningJobHyperparameters.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "FineTuningJobHyperparameters",
]


class FineTuningJobHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job."""

    n_epochs: Annotated[Literal["auto"], LenientLiteral] | int | None = None
    """The number of epochs to train the model for."""
