"""InputAudio.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "InputAudio",
]


class InputAudio(BaseModel):
    data: str
    format: Annotated[Literal["wav", "mp3"], LenientLiteral]
