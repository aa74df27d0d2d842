"""ThreadsRunsSubmitToolOutputsParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ThreadsRunsSubmitToolOutputsParams",
]


class ThreadsRunsSubmitToolOutputsParams(BaseModel):
    thread_id: str
    run_id: str
