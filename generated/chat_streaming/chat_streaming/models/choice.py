"""Choice.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .response_message import ResponseMessage

__all__ = [
    "Choice",
]


class Choice(BaseModel):
    message: ResponseMessage | None = None
    index: int | None = None
    finish_reason: str | None = None
