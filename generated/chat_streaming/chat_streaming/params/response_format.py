"""Request shapes: ResponseFormatParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.response_format_json_schema import ResponseFormatJsonSchema
from .response_format_json_schema import ResponseFormatJsonSchemaParam

__all__ = [
    "ResponseFormatParam",
]


@with_config(ConfigDict(extra="allow"))
class ResponseFormatParam(TypedDict, total=False):
    type: NotRequired[Literal["json_schema"]]
    json_schema: NotRequired[ResponseFormatJsonSchema | ResponseFormatJsonSchemaParam]
