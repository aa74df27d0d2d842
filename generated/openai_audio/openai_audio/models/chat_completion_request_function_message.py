"""ChatCompletionRequestFunctionMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionRequestFunctionMessage",
]


class ChatCompletionRequestFunctionMessage(BaseModel):
    role: Literal["function"]
    """The role of the messages author, in this case `function`"""
    name: str
    """The name of the function to call"""
    content: str | None
    """The contents of the function message"""
