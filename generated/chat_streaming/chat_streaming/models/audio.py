"""Audio.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "Audio",
]


class Audio(BaseModel):
    id: str | None = None
    expires_at: int | None = None
    data: str | None = None
    transcript: str | None = None
