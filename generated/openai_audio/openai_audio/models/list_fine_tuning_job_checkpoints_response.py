"""ListFineTuningJobCheckpointsResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint

__all__ = [
    "ListFineTuningJobCheckpointsResponse",
]


class ListFineTuningJobCheckpointsResponse(BaseModel):
    first_id: str | None = None
    data: list[FineTuningJobCheckpoint]
    last_id: str | None = None
    has_more: bool
    object: Annotated[Literal["list"], LenientLiteral]
