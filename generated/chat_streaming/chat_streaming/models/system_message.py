"""SystemMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "SystemMessage",
]


class SystemMessage(BaseModel):
    name: str | None = None
    role: Annotated[Literal["system"], LenientLiteral]
    content: str | list[str]
