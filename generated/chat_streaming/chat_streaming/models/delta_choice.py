"""DeltaChoice.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .response_message import ResponseMessage

__all__ = [
    "DeltaChoice",
]


class DeltaChoice(BaseModel):
    delta: ResponseMessage | None = None
    index: int | None = None
    finish_reason: str | None = None
