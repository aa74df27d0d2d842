"""ResponseFormat.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .response_format_json_schema import ResponseFormatJsonSchema

__all__ = [
    "ResponseFormat",
]


class ResponseFormat(BaseModel):
    type: Annotated[Literal["json_schema"], LenientLiteral] | None = None
    json_schema: ResponseFormatJsonSchema | None = None
