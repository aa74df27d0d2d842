"""FineTuningJobEvent.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "FineTuningJobEvent",
]


class FineTuningJobEvent(BaseModel):
    """Fine-tuning job event object"""

    level: Annotated[Literal["info", "warn", "error"], LenientLiteral]
    created_at: int
    id: str
    message: str
    object: Annotated[Literal["fine_tuning.job.event"], LenientLiteral]
