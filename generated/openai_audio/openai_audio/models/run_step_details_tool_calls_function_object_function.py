"""RunStepDetailsToolCallsFunctionObjectFunction.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "RunStepDetailsToolCallsFunctionObjectFunction",
]


class RunStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """The definition of the function that was called"""

    name: str
    """The name of the function"""
    arguments: str
    """The arguments passed to the function"""
