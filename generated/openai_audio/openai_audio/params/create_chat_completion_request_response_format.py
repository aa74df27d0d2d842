"""Request shapes: CreateChatCompletionRequestResponseFormatParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "CreateChatCompletionRequestResponseFormatParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateChatCompletionRequestResponseFormatParam(TypedDict, total=False):
    """An object specifying the format that the model must output."""

    type: NotRequired[Literal["text", "json_object"]]
    """Must be one of `text` or `json_object`."""
