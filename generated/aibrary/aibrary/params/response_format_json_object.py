"""Request shapes: ResponseFormatJSONObjectParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ResponseFormatJSONObjectParam",
]


@with_config(ConfigDict(extra="allow"))
class ResponseFormatJSONObjectParam(TypedDict, total=False):
    type: Required[Literal["json_object"]]
