"""MessageContentTextAnnotationsFilePathObjectFilePath.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "MessageContentTextAnnotationsFilePathObjectFilePath",
]


class MessageContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    """The MessageContentTextAnnotationsFilePathObjectFilePath schema."""

    file_id: str
    """The ID of the file that was generated"""
