"""RunStepDetailsToolCallsCodeOutputImageObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "RunStepDetailsToolCallsCodeOutputImageObject",
]


class RunStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    type: Literal["image"]
    """Always `image`"""
