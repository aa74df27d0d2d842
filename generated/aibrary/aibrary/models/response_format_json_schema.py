"""ResponseFormatJSONSchema.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .json_schema import JSONSchema

__all__ = [
    "ResponseFormatJSONSchema",
]


class ResponseFormatJSONSchema(BaseModel):
    json_schema: JSONSchema
    type: Literal["json_schema"]
