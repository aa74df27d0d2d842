"""ResponseFormat.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .response_format_json_object import ResponseFormatJSONObject
from .response_format_json_schema import ResponseFormatJSONSchema
from .response_format_text import ResponseFormatText

__all__ = [
    "ResponseFormat",
]


ResponseFormat: TypeAlias = Annotated[
    ResponseFormatText | ResponseFormatJSONObject | ResponseFormatJSONSchema,
    Field(discriminator="type"),
    LenientUnion,
]
