"""ListFilesResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .open_ai_file import OpenAIFile

__all__ = [
    "ListFilesResponse",
]


class ListFilesResponse(BaseModel):
    data: list[OpenAIFile]
    object: Annotated[Literal["list"], LenientLiteral]
