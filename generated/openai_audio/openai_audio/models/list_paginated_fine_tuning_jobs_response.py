"""ListPaginatedFineTuningJobsResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .fine_tuning_job import FineTuningJob

__all__ = [
    "ListPaginatedFineTuningJobsResponse",
]


class ListPaginatedFineTuningJobsResponse(BaseModel):
    data: list[FineTuningJob]
    has_more: bool
    object: Annotated[Literal["list"], LenientLiteral]
