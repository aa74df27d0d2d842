"""Request shapes: ResponseFormatJSONSchemaParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.json_schema import JSONSchema
from .json_schema import JSONSchemaParam

__all__ = [
    "ResponseFormatJSONSchemaParam",
]


@with_config(ConfigDict(extra="allow"))
class ResponseFormatJSONSchemaParam(TypedDict, total=False):
    json_schema: Required[JSONSchema | JSONSchemaParam]
    type: Required[Literal["json_schema"]]
