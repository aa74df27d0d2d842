"""CreateFineTuningJobRequestHyperparameters.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "CreateFineTuningJobRequestHyperparameters",
]


class CreateFineTuningJobRequestHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job"""

    batch_size: Annotated[Literal["auto"], LenientLiteral] | int | None = None
    """Number of examples in each batch."""
    n_epochs: Annotated[Literal["auto"], LenientLiteral] | int | None = None
    """The number of epochs to train the model for."""
    learning_rate_multiplier: (
        Annotated[Literal["auto"], LenientLiteral] | float | None
    ) = None
    """Scaling factor for the learning rate."""
