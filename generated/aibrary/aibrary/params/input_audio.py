"""Request shapes: InputAudioParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "InputAudioParam",
]


@with_config(ConfigDict(extra="allow"))
class InputAudioParam(TypedDict, total=False):
    data: Required[str]
    format: Required[Literal["wav", "mp3"]]
