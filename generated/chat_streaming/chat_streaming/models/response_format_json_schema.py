"""ResponseFormatJsonSchema.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime import BaseModel

__all__ = [
    "ResponseFormatJsonSchema",
]


class ResponseFormatJsonSchema(BaseModel):
    name: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
