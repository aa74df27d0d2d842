"""RunToolCallObjectFunction.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "RunToolCallObjectFunction",
]


class RunToolCallObjectFunction(BaseModel):
    """The function definition"""

    name: str
    """The name of the function"""
    arguments: str
    """The arguments that the model expects you to pass to the function"""
