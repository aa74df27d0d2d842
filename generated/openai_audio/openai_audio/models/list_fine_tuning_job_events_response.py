"""ListFineTuningJobEventsResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .fine_tuning_job_event import FineTuningJobEvent

__all__ = [
    "ListFineTuningJobEventsResponse",
]


class ListFineTuningJobEventsResponse(BaseModel):
    data: list[FineTuningJobEvent]
    object: Annotated[Literal["list"], LenientLiteral]
