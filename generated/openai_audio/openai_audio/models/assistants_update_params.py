"""AssistantsUpdateParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "AssistantsUpdateParams",
]


class AssistantsUpdateParams(BaseModel):
    assistant_id: str
