"""Request shapes: ResponseFormatJsonSchemaParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ResponseFormatJsonSchemaParam",
]


@with_config(ConfigDict(extra="allow"))
class ResponseFormatJsonSchemaParam(TypedDict, total=False):
    name: NotRequired[str]
    schema: NotRequired[Mapping[str, object]]
