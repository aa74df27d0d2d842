"""JSONSchema.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._runtime import BaseModel

__all__ = [
    "JSONSchema",
]


class JSONSchema(BaseModel):
    name: str
    description: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None
