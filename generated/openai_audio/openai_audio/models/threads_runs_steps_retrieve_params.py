"""ThreadsRunsStepsRetrieveParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ThreadsRunsStepsRetrieveParams",
]


class ThreadsRunsStepsRetrieveParams(BaseModel):
    thread_id: str
    run_id: str
    step_id: str
