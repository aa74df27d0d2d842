"""Request shapes: CreateModerationRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "CreateModerationRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateModerationRequestParam(TypedDict, total=False):
    model: NotRequired[
        str | Literal["text-moderation-latest", "text-moderation-stable"]
    ]
    """Two content moderations models are available: `text-moderation-stable` and `text-moderation-latest`."""
