"""MessageContentTextAnnotationsFilePathObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "MessageContentTextAnnotationsFilePathObject",
]


class MessageContentTextAnnotationsFilePathObject(BaseModel):
    """A URL for the file that's generated when the assistant used the code_interpreter tool to generate a file"""

    start_index: int
    end_index: int
    text: str
    """The text in the message content that needs to be replaced"""
    type: Literal["file_path"]
    """Always `file_path`"""
