"""Request shapes: CreateFineTuningJobRequestHyperparametersParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "CreateFineTuningJobRequestHyperparametersParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateFineTuningJobRequestHyperparametersParam(TypedDict, total=False):
    """The hyperparameters used for the fine-tuning job"""

    batch_size: NotRequired[Literal["auto"] | int]
    """Number of examples in each batch."""
    n_epochs: NotRequired[Literal["auto"] | int]
    """The number of epochs to train the model for."""
    learning_rate_multiplier: NotRequired[Literal["auto"] | float]
    """Scaling factor for the learning rate."""
