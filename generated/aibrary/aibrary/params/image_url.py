"""Request shapes: ImageURLParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ImageURLParam",
]


@with_config(ConfigDict(extra="allow"))
class ImageURLParam(TypedDict, total=False):
    url: Required[str]
    detail: NotRequired[Literal["auto", "low", "high"]]
