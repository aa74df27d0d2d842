"""AssistantsDeleteParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AssistantsDeleteParams",
]


class AssistantsDeleteParams(BaseModel):
    assistant_id: str
