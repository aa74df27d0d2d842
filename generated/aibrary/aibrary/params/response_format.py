"""Request shapes: ResponseFormatParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.response_format_json_object import ResponseFormatJSONObject
from ..models.response_format_json_schema import ResponseFormatJSONSchema
from ..models.response_format_text import ResponseFormatText
from .response_format_json_object import ResponseFormatJSONObjectParam
from .response_format_json_schema import ResponseFormatJSONSchemaParam
from .response_format_text import ResponseFormatTextParam

__all__ = [
    "ResponseFormatParam",
]


ResponseFormatParam: TypeAlias = (
    ResponseFormatText
    | ResponseFormatTextParam
    | ResponseFormatJSONObject
    | ResponseFormatJSONObjectParam
    | ResponseFormatJSONSchema
    | ResponseFormatJSONSchemaParam
)
