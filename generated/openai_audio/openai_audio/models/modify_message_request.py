"""ModifyMessageRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any

from .._runtime import BaseModel

__all__ = [
    "ModifyMessageRequest",
]


class ModifyMessageRequest(BaseModel):
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
